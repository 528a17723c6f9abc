/**
 * The command runs from bundles (dist/cli/*.bundle*, built by scripts/bundle-cli.mjs), the
 * one-file path compiled with a V8 code cache (bin/load.js), and, for a small single
 * input, with V8's regexp optimizations off (src/cli/main.ts).
 * Neither may change what it prints: a one-file run must give, byte for byte, what the
 * library (dist/index.js, separate modules, default V8 settings, in this process) renders
 * for the same bytes. The lazily loaded parts (batch runner, zod schema) must still load
 * from the bundle.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURES, HAS_SHARED, ROOT, SEED, runCli } from "./helpers.js";

type Lib = typeof import("../src/index.js");
const lib = (await import(pathToFileURL(join(ROOT, "dist", "index.js")).href)) as Lib;

const TMP = mkdtempSync(join(tmpdir(), "clean-article-bundle-"));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const inputs = readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => join(FIXTURES, f));
if (HAS_SHARED && existsSync(SEED)) inputs.push(SEED);

function libraryOutput(file: string, format: "json" | "markdown", compact: boolean): string {
  const r = lib.processInput(new Uint8Array(readFileSync(file)), { path: file });
  if (!r.ok) throw new Error(r.message);
  return lib.render(r.article, format, { compact, sidebar: true });
}

describe("the bundled command", () => {
  it("is what bin/clean-article.js runs, with a code cache that V8 accepts", () => {
    // Missing when the build ran without esbuild installed (npm install brings it).
    for (const f of ["single.bundle.cjs", "single.bundle.cache", "batch.bundle.js", "worker.bundle.js"]) {
      expect(existsSync(join(ROOT, "dist", "cli", f)), `dist/cli/${f} was not built: is esbuild installed?`).toBe(true);
    }
    // A fresh node, as the command runs: a stale or mismatched cache would be rejected.
    const load = pathToFileURL(join(ROOT, "bin", "load.js")).href;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", `const m = await import(${JSON.stringify(load)}); const r = await m.loadMain(); console.log(JSON.stringify({ rejected: r.cacheRejected, main: typeof r.main }))`], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({ rejected: false, main: "function" });
  });

  it("does not carry zod, and the one-file bundle not the batch runner (they are imported only when needed)", () => {
    const single = readFileSync(join(ROOT, "dist", "cli", "single.bundle.cjs"), "utf8");
    expect(single).not.toMatch(/new Worker\(/);
    expect(single).not.toMatch(/picomatch/);
    for (const f of readdirSync(join(ROOT, "dist", "cli")).filter((f) => /\.bundle[.-].*js$/.test(f))) {
      expect(readFileSync(join(ROOT, "dist", "cli", f), "utf8"), f).not.toMatch(/node_modules\/zod/);
    }
  });

  it("is ASCII, so that Node reads it without decoding UTF-8 (non-ASCII characters are escapes)", () => {
    const single = readFileSync(join(ROOT, "dist", "cli", "single.bundle.cjs"), "utf8");
    expect(single.match(/[^\x00-\x7f]/g) ?? []).toEqual([]);
    // The escapes stand for the characters (a regex literal with "’" still matches it).
    expect(single).toMatch(/\\u2019/);
  });

  it("starts bundled worker threads", () => {
    const src = readFileSync(join(ROOT, "dist", "cli", "batch.bundle.js"), "utf8");
    expect(src).toMatch(/WORKER_FILE = true \? "\.\/worker\.bundle\.js"/);
    expect(existsSync(join(ROOT, "dist", "cli", "worker.bundle.js"))).toBe(true);
  });

  it.each(inputs.map((f) => [f.slice(f.lastIndexOf("/") + 1), f]))("prints what the library renders for %s (JSON)", (_name, file) => {
    const r = runCli([file, "--sidebar"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(libraryOutput(file, "json", true));
  });

  it.each(inputs.slice(0, 4).map((f) => [f.slice(f.lastIndexOf("/") + 1), f]))("prints what the library renders for %s (Markdown)", (_name, file) => {
    const r = runCli([file, "-f", "md", "--sidebar"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(libraryOutput(file, "markdown", false));
  });

  it("loads the batch runner and its workers for a folder", () => {
    const out = join(TMP, "out");
    const file = join(FIXTURES, "wire-dateline.txt");
    for (const jobs of ["1", "2"]) {
      const r = runCli([FIXTURES, "-o", `${out}${jobs}`, "--jobs", jobs, "--quiet"]);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      expect(JSON.parse(readFileSync(join(`${out}${jobs}`, "wire-dateline.json"), "utf8"))).toEqual(JSON.parse(libraryOutput(file, "json", true)));
    }
  });

  it("loads the zod schema for --schema", () => {
    const r = runCli(["--schema"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).properties).toHaveProperty("body");
  });

  it("-o FILE writes the same bytes the library renders (indented JSON)", () => {
    const file = join(FIXTURES, "german-von.txt");
    const target = join(TMP, "one.json");
    writeFileSync(target, "old");
    const r = runCli([file, "-o", target]);
    expect(r.status).toBe(0);
    expect(readFileSync(target, "utf8")).toBe(libraryOutput(file, "json", false));
  });
});
