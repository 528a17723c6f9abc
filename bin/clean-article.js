#!/usr/bin/env node
// Entry point of the clean-article command; the code lives in dist/ (built by `npm run build`).
// dist/cli/main.bundle.js is dist/cli/main.js bundled into one file (scripts/bundle-cli.mjs)
// so that a one-file run does not spend its start-up resolving and loading ~60 modules.
// A build made without esbuild installed has no bundle: then dist/cli/main.js is loaded.
let main;
try {
  ({ main } = await import("../dist/cli/main.bundle.js"));
} catch (e) {
  if (!(e && e.code === "ERR_MODULE_NOT_FOUND" && String(e.message).includes("main.bundle.js"))) throw e;
  ({ main } = await import("../dist/cli/main.js"));
}

// Writing into a closed pipe (`| head`) ends quietly: the reader has all it wants.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err && err.code === "EPIPE") process.exit(0);
    throw err;
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`clean-article: internal error: ${String(err && err.message ? err.message : err).replace(/[\u0000-\u001f\u007f-\u009f]/g, "?")}\n`);
    process.exitCode = 2;
  },
);
