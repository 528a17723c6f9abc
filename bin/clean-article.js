#!/usr/bin/env node
// Entry point of the clean-article command; the code lives in dist/ (built by `npm run build`),
// loaded by ./load.js from a bundle with a V8 code cache so that a one-file run starts fast.
import { loadMain } from "./load.js";

const { main, loaders } = await loadMain();

// Writing into a closed pipe (`| head`) ends quietly: the reader has all it wants.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err && err.code === "EPIPE") process.exit(0);
    throw err;
  });
}

main(process.argv.slice(2), loaders).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`clean-article: internal error: ${String(err && err.message ? err.message : err).replace(/[\u0000-\u001f\u007f-\u009f]/g, "?")}\n`);
    process.exitCode = 2;
  },
);
