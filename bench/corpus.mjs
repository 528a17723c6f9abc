#!/usr/bin/env node
// Development loop for extraction quality: runs the built library over the shared
// corpora (optionally damaged, or with blank lines removed) and scores the output
// with ../shared/bench/score.mjs.
//
//   node bench/corpus.mjs [readability|trafilatura-eval|all] [--layout lines|wrapped] [--damage KIND] [--worst N] [--json]
import { readdirSync, readFileSync, writeFileSync, mkdirSync, rmSync, realpathSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { tmpdir } from "node:os";

const here = dirname(fileURLToPath(import.meta.url));
// Real path: score.mjs only runs its main when started by its own (symlink-free) path.
const shared = realpathSync(resolve(process.env.CLEAN_ARTICLE_SHARED ?? join(here, "..", "..", "shared")));
const { processInput } = await import(join(here, "..", "dist", "index.js"));

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const which = args.find((a, i) => !a.startsWith("--") && !(i > 0 && args[i - 1].startsWith("--"))) ?? "all";
const corpora = which === "all" ? ["readability", "trafilatura-eval"] : [which];
const layout = opt("--layout") ?? "blocks";
const damage = opt("--damage");
const mode = opt("--mode") ?? "balanced";
const results = {};

for (const corpus of corpora) {
  const corpusDir = join(shared, "corpus", corpus);
  let dumps = join(corpusDir, "dumps");
  const work = join(tmpdir(), `clean-article-${corpus}-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  if (damage) {
    const dmg = join(work, "damaged");
    execFileSync("node", [join(shared, "bench", "damage.mjs"), dumps, dmg, ...(damage === "mixed" ? [] : ["--kind", damage])], { stdio: "ignore" });
    dumps = dmg;
  }
  const pred = join(work, "pred");
  mkdirSync(pred);
  const t0 = performance.now();
  let bytes = 0;
  for (const f of readdirSync(dumps).filter((f) => f.endsWith(".txt")).sort()) {
    let buf = readFileSync(join(dumps, f));
    if (layout === "lines") buf = Buffer.from(buf.toString("utf8").replace(/\n[ \t]*(?=\n)/g, "").replace(/\n+/g, "\n"));
    // Hard-wrapped at 72 columns (a crawler that saved text as an e-mail or terminal would).
    else if (layout === "wrapped") buf = Buffer.from(wrap72(buf.toString("utf8")));
    bytes += buf.length;
    const r = processInput(new Uint8Array(buf), { mode });
    const article = r.ok ? r.article : { title: null, body: [] };
    writeFileSync(join(pred, f.replace(/\.txt$/, ".json")), JSON.stringify(article));
  }
  const ms = performance.now() - t0;
  const scoreArgs = [join(shared, "bench", "score.mjs"), "--corpus", corpusDir, "--pred", pred];
  if (opt("--worst")) scoreArgs.push("--worst", opt("--worst"));
  const out = execFileSync("node", scoreArgs, { encoding: "utf8" });
  process.stdout.write(out);
  process.stderr.write(`${corpus}: ${(bytes / 1e6).toFixed(1)} MB in ${(ms / 1000).toFixed(2)} s (${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s)\n`);
  results[corpus] = out.trim().split("\n").pop();
  if (!args.includes("--keep")) rmSync(work, { recursive: true, force: true });
  else process.stderr.write(`kept ${pred}\n`);
}
if (args.includes("--json")) process.stdout.write(JSON.stringify(results) + "\n");

/** Each line longer than 72 characters broken at spaces into lines of at most 72. */
function wrap72(text) {
  return text
    .split("\n")
    .map((line) => {
      if (line.length <= 72) return line;
      const out = [];
      let cur = "";
      for (const w of line.split(" ")) {
        if (cur !== "" && cur.length + 1 + w.length > 72) {
          out.push(cur);
          cur = w;
        } else cur = cur === "" ? w : cur + " " + w;
      }
      if (cur !== "") out.push(cur);
      return out.join("\n");
    })
    .join("\n");
}
