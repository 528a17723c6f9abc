// Loads the command for bin/clean-article.js, as fast as Node 20 allows.
//
// dist/cli/single.bundle.cjs is the whole command (dist/cli/main.js with the pipeline,
// commander and chalk) in one CommonJS file, built by scripts/bundle-cli.mjs. It is
// compiled with vm.Script and the V8 code cache dist/cli/single.bundle.cache, which that
// script wrote after running the command on sample dumps: V8 then neither parses the
// source nor compiles the functions a run calls (ES modules have no code cache in Node
// 20; module.enableCompileCache() comes with Node 22). A cache made by another Node
// version, or under other V8 flags, is rejected by V8 and the source is compiled as usual.
// The batch runner and the zod schema are ES modules imported only when needed.
//
// Without the bundle (a build made without esbuild installed), dist/cli/main.js and its
// modules are imported as they are.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const CLI = new URL("../dist/cli/", import.meta.url);
export const BUNDLE = fileURLToPath(new URL("single.bundle.cjs", CLI));
export const CODE_CACHE = fileURLToPath(new URL("single.bundle.cache", CLI));

const loaders = {
  batch: () => import(new URL("batch.bundle.js", CLI).href),
  schema: () => import(new URL("../schema.js", CLI).href),
};

/**
 * The command's main(argv) and the loaders to pass it. With `keepScript`, also the
 * vm.Script, from which scripts/bundle-cli.mjs makes the code cache.
 */
export async function loadMain({ keepScript = false } = {}) {
  let source;
  try {
    source = readFileSync(BUNDLE, "utf8");
  } catch (e) {
    if (e.code !== "ENOENT") throw e;
    const { main } = await import(new URL("main.js", CLI).href);
    return { main, loaders: undefined, script: undefined };
  }
  let cachedData;
  try {
    cachedData = keepScript ? undefined : readFileSync(CODE_CACHE);
  } catch {
    // no cache: compiled from source
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return { main: module.exports.main, loaders, script: keepScript ? script : undefined, cacheRejected: script.cachedDataRejected };
}

/** Write the code cache of a script that has run (its compiled functions are included). */
export function writeCodeCache(script) {
  writeFileSync(CODE_CACHE, script.createCachedData());
}
