// Run by `npm run build` after tsc: bundles the command line's single-input path
// (dist/cli/main.js with the whole pipeline, commander and chalk) into one file,
// dist/cli/main.bundle.js, which bin/clean-article.js loads. Resolving and loading ~60
// separate modules cost a one-file run about 60 ms of its ~250 ms; one file costs a few.
// The batch runner (worker threads, globbing, progress bar) and the zod schema stay
// separate modules, imported from dist/ only when a run needs them: the bundle leaves
// `import("./batch.js")` and `import("../schema.js")` as they are, and since it sits beside
// dist/cli/main.js, those relative paths (and import.meta.url) mean the same there.
import { rmSync } from "node:fs";

const outfile = new URL("../dist/cli/main.bundle.js", import.meta.url).pathname;
let build;
try {
  ({ build } = await import("esbuild"));
} catch {
  // A checkout whose node_modules predates the esbuild devDependency: no bundle (and no
  // stale one), the bin then loads dist/cli/main.js. `npm install` brings esbuild.
  rmSync(outfile, { force: true });
  process.stderr.write("bundle-cli: esbuild is not installed (run npm install): the command will load dist/cli/main.js, unbundled and slower to start\n");
  process.exit(0);
}

const LAZY = /^(\.\/batch|\.\.\/schema)\.js$/;

await build({
  entryPoints: [new URL("../dist/cli/main.js", import.meta.url).pathname],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // chardet (a CommonJS package) is loaded with createRequire, only for legacy encodings.
  external: ["chardet"],
  plugins: [
    {
      name: "lazy-modules",
      setup(b) {
        b.onResolve({ filter: LAZY }, (a) => ({ path: a.path, external: true }));
      },
    },
  ],
  // commander is CommonJS and requires Node's built-in modules: give the bundle a require.
  banner: { js: 'import { createRequire as __createRequire } from "node:module";\nconst require = __createRequire(import.meta.url);' },
  logLevel: "warning",
});
