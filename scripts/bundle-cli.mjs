// Run by `npm run build` after tsc: bundles the command line into a few files beside the
// modules tsc wrote in dist/cli/, which bin/clean-article.js loads:
//   main.bundle.js    the command, with the single-input path (pipeline, commander, chalk)
//   batch.bundle.js   the batch runner (globbing, progress bar, worker pool), imported by
//                     main only for folders, globs, several inputs and streams
//   worker.bundle.js  a worker thread of the pool
//   chunk.bundle-*.js code they share (the pipeline above all), loaded once per thread
// Resolving and loading ~60 separate modules cost a one-file run about 60 ms of its
// ~250 ms, and each worker thread as much again; a handful of files costs a few ms.
// zod stays out: `import("../schema.js")` (for --schema) is left as it is. Everything is
// written to dist/cli/, so relative URLs (import.meta.url: ../../package.json, chardet)
// mean the same in the bundle as in the modules. `__BUNDLED__` tells the pool to start
// worker.bundle.js rather than worker.js.
import { readdirSync, rmSync } from "node:fs";

const outdir = new URL("../dist/cli/", import.meta.url).pathname;
// Earlier builds' bundles and chunks (chunk names change with their content).
for (const f of readdirSync(outdir)) if (/\.bundle[.-]/.test(f)) rmSync(outdir + f);

let build;
try {
  ({ build } = await import("esbuild"));
} catch {
  // A checkout whose node_modules predates the esbuild devDependency: no bundle, the bin
  // then loads dist/cli/main.js and its modules. `npm install` brings esbuild.
  process.stderr.write("bundle-cli: esbuild is not installed (run npm install): the command will load dist/cli/main.js, unbundled and slower to start\n");
  process.exit(0);
}

await build({
  entryPoints: ["main", "batch", "worker"].map((n) => ({ in: `${outdir}${n}.js`, out: `${n}.bundle` })),
  outdir,
  chunkNames: "chunk.bundle-[hash]",
  bundle: true,
  splitting: true,
  platform: "node",
  format: "esm",
  target: "node20",
  define: { __BUNDLED__: "true" },
  // chardet (a CommonJS package) is loaded with createRequire, only for legacy encodings.
  external: ["chardet"],
  plugins: [
    {
      name: "lazy-schema",
      setup(b) {
        b.onResolve({ filter: /^\.\.\/schema\.js$/ }, (a) => ({ path: a.path, external: true }));
      },
    },
  ],
  // commander is CommonJS and requires Node's built-in modules: give the bundle a require.
  banner: { js: 'import { createRequire as __createRequire } from "node:module";\nconst require = __createRequire(import.meta.url);' },
  logLevel: "warning",
});
