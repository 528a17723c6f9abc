// Run by `npm run build` after tsc: bundles the command line so that it starts fast.
// Resolving and loading ~60 separate modules cost a one-file run about 60 ms of its
// ~250 ms, and each worker thread as much again; a handful of files costs a few ms.
//
// 1. dist/cli/single.bundle.cjs: the command (dist/cli/main.js, with the pipeline,
//    commander and chalk) as one CommonJS file, which bin/load.js compiles with a V8 code
//    cache; 2. dist/cli/single.bundle.cache, that cache, written by a fresh `node` process
//    after running the command on sample dumps, so that it holds the compiled functions a
//    run needs; 3. the batch runner and the worker thread as ES modules with a shared chunk:
//      batch.bundle.js   globbing, progress bar, worker pool; imported by the command only
//                        for folders, globs, several inputs and streams
//      worker.bundle.js  a worker thread of the pool
//      chunk.bundle-*.js code they share (the pipeline above all)
// zod stays out: the zod schema (--schema) is imported from dist/schema.js when asked for.
// Everything is written to dist/cli/, so relative URLs (import.meta.url: package.json,
// chardet) mean the same as in the modules. `__BUNDLED__` tells the pool to start
// worker.bundle.js rather than worker.js.
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const outdir = fileURLToPath(new URL("../dist/cli/", import.meta.url));

if (process.argv[2] === "--write-code-cache") {
  // In a fresh process with Node's default V8 flags, as the command will run.
  const { loadMain, writeCodeCache } = await import("../bin/load.js");
  const { main, loaders, script } = await loadMain({ keepScript: true });
  const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));
  let samples = [];
  try {
    samples = readdirSync(fixtures).filter((f) => f.endsWith(".txt")).sort().map((f) => fixtures + f);
  } catch {
    // no fixtures (a package build): the cache then holds what loading compiles
  }
  const write = process.stdout.write;
  process.stdout.write = () => true;
  try {
    for (const f of samples) await main([f], loaders);
    for (const f of samples.slice(0, 2)) await main([f, "-f", "md"], loaders);
  } finally {
    process.stdout.write = write;
  }
  // The one-file run turned V8's regexp optimizations off (src/cli/main.ts); V8 stamps the
  // cache with its flags and rejects it under others, so they are put back first.
  (await import("node:v8")).setFlagsFromString("--regexp-optimization");
  writeCodeCache(script);
  process.exit(0);
}

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

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  define: { __BUNDLED__: "true" },
  // chardet (a CommonJS package) is loaded with createRequire, only for legacy encodings.
  external: ["chardet"],
  logLevel: "warning",
};

await build({
  ...common,
  entryPoints: ["batch", "worker"].map((n) => ({ in: `${outdir}${n}.js`, out: `${n}.bundle` })),
  outdir,
  chunkNames: "chunk.bundle-[hash]",
  splitting: true,
  format: "esm",
  plugins: [{ name: "lazy-schema", setup: (b) => b.onResolve({ filter: /^\.\.\/schema\.js$/ }, (a) => ({ path: a.path, external: true })) }],
  // commander is CommonJS and requires Node's built-in modules: give the bundle a require.
  banner: { js: 'import { createRequire as __createRequire } from "node:module";\nconst require = __createRequire(import.meta.url);' },
});

/**
 * commander requires node:child_process when it loads (with net and dgram, ~5 ms), only to
 * spawn executable subcommands, which clean-article does not have: in the one-file bundle
 * it gets a stand-in that loads the real module on first use.
 */
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (a) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(a.importer) ? { path: "child_process", namespace: "lazy-child-process" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "lazy-child-process" }, () => ({
      contents: 'module.exports = new Proxy({}, { get: (_t, k) => require("node:child_process")[k] });',
      loader: "js",
    }));
  },
};

await build({
  ...common,
  entryPoints: [`${outdir}main.js`],
  plugins: [lazyChildProcess],
  outfile: `${outdir}single.bundle.cjs`,
  format: "cjs",
  // No comments or indentation: 0.40 MB to read and hold instead of 0.56 (names are
  // kept, for stack traces and profiles). See asciiOnly below for the rest.
  minifyWhitespace: true,
  // Never called from the bundle (bin/load.js passes loaders to main): left out of it.
  external: [...common.external, "./batch.js", "../schema.js"],
  supported: { "dynamic-import": true },
  define: { ...common.define, "import.meta.url": "__import_meta_url" },
  banner: { js: 'var __import_meta_url = require("node:url").pathToFileURL(__filename).href;' },
});

/**
 * The one-file bundle with every non-ASCII UTF-16 unit written as a \uXXXX escape
 * (esbuild escapes them in strings but not in regex literals or String.raw regex
 * sources, where an escape means the same character). An ASCII file is read into a
 * one-byte string with no UTF-8 decoding: ~1.5 ms on each one-file run instead of ~4.
 */
function asciiOnly(file) {
  const source = readFileSync(file, "utf8");
  writeFileSync(file, source.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));
}
asciiOnly(`${outdir}single.bundle.cjs`);

const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--write-code-cache"], { stdio: ["ignore", "inherit", "inherit"] });
if (r.status !== 0) throw new Error(`writing the code cache failed (exit ${r.status})`);
