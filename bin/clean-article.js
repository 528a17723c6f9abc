#!/usr/bin/env node
// Entry point of the clean-article command; the code lives in dist/ (built by `npm run build`).
import { main } from "../dist/cli/main.js";

process.stdout.on("error", (err) => {
  // Writing into a closed pipe (`| head`) ends quietly.
  if (err && err.code === "EPIPE") process.exit(0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`clean-article: internal error: ${err && err.message ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
