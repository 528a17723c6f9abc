#!/usr/bin/env node
// Batch benchmark: generates a deterministic synthetic corpus (bench/generate.mjs), runs the
// built CLI folder → folder (JSON written to disk) with --jobs 1 and --jobs = cores, a
// 100,000-file run for peak memory, single-file start-up against bare `node -e 0`, and the
// repair and extraction stages in-process; writes the figures into BENCHMARKS.md.
//
//   npm run bench                  # full run (a few minutes), rewrites BENCHMARKS.md
//   node bench/run.mjs --smoke     # tiny run that checks everything works (CI); writes nothing
//   node bench/run.mjs --files N --rss-files N --keep
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, release, tmpdir, totalmem, type as osType } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generate, makeDump } from "./generate.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const BIN = join(root, "bin", "clean-article.js");
const PROBE = pathToFileURL(join(here, "rss-probe.mjs")).href;

const args = process.argv.slice(2);
const opt = (n, d) => {
  const i = args.indexOf(n);
  return i >= 0 ? args[i + 1] : d;
};
const smoke = args.includes("--smoke");
const cores = availableParallelism();
const FILES = Number(opt("--files", smoke ? 40 : 5_000));
const RSS_FILES = Number(opt("--rss-files", smoke ? 300 : 100_000));
const STARTUP_RUNS = smoke ? 3 : 31;
const ROUNDS = smoke ? 1 : 2;
const SEED = join(root, "..", "..", "shared", "corpus", "seed", "ctv-reuters-putin.txt");
const SEED_FALLBACK = join(root, "..", "shared", "corpus", "seed", "ctv-reuters-putin.txt");
const work = mkdtempSync(join(tmpdir(), "clean-article-bench-"));
const log = (s) => process.stderr.write(s + "\n");

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Run the CLI on a folder, folder → folder; returns wall time, peak RSS (whole process,
 * workers included) and the report. Each run writes into a folder of its own that is kept
 * until the end (`label` must be unique): deleting the outputs between runs made the next
 * run pay for the deletion. On ext4 without a journal (this kind of VM disk) every new
 * file's inode allocation steps over each inode freed in the last 30 s, reading it, while
 * it holds the output folder's lock: after a deleted run, --jobs 1 lost ~1 s and --jobs 2
 * ~2 s (its two workers spin on that lock), which hid most of the scaling (x1.19 instead
 * of x1.40 measured back to back on 5,000 dumps).
 */
function runCli(corpus, jobs, label) {
  const out = join(work, `out-${label}`);
  const report = join(work, `report-${label}.json`);
  const rssFile = join(work, `rss-${label}`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--import", PROBE, BIN, corpus, "-o", out, "--force", "--jobs", String(jobs), "--quiet", "--report", report], {
    encoding: "utf8",
    env: { ...process.env, CLEAN_ARTICLE_RSS_OUT: rssFile, NO_COLOR: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`clean-article --jobs ${jobs} exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  const rep = JSON.parse(readFileSync(report, "utf8"));
  const rssMB = Number(readFileSync(rssFile, "utf8")) / 1024;
  return {
    jobs,
    files: rep.counts.inputs,
    ok: rep.counts.ok,
    mb: rep.bytes.input / 1e6,
    seconds,
    docsPerSec: rep.counts.inputs / seconds,
    mbPerSec: rep.bytes.input / 1e6 / seconds,
    peakRssMB: rssMB,
  };
}

/**
 * Median wall time of `node -e 0` and of single-file runs (the small synthetic dump, and the
 * real example dump when the shared corpus is there), interleaved so load drifts hit all.
 */
function startup(files) {
  const bare = [];
  const single = files.map(() => []);
  for (let i = 0; i < STARTUP_RUNS; i++) {
    let t = performance.now();
    spawnSync(process.execPath, ["-e", "0"]);
    bare.push(performance.now() - t);
    files.forEach((file, j) => {
      t = performance.now();
      const r = spawnSync(process.execPath, [BIN, file], { encoding: "utf8" });
      single[j].push(performance.now() - t);
      if (r.status !== 0) throw new Error(`single-file run failed: ${r.stderr}`);
    });
  }
  const bareMs = median(bare);
  const runs = files.map((file, j) => ({ file, singleMs: median(single[j]), ratio: median(single[j]) / bareMs }));
  return { bareMs, singleMs: runs[0].singleMs, ratio: runs[0].ratio, runs };
}

/**
 * How many cores this process really gets: the wall time of one CPU-bound node process,
 * against `cores` of them at once. On a machine shared with other work (or a virtual
 * machine whose cores are shared on the host) this is below the number of cores, and no
 * program can scale past it.
 */
function parallelism() {
  const spin = "let x = 0; for (let i = 0; i < 2e8; i++) x += i % 7; if (x < 0) console.log(x);";
  const once = () => {
    const t = performance.now();
    spawnSync(process.execPath, ["-e", spin]);
    return performance.now() - t;
  };
  const together = async () => {
    const t = performance.now();
    await Promise.all(Array.from({ length: cores }, () => new Promise((r) => spawn(process.execPath, ["-e", spin]).on("close", r))));
    return performance.now() - t;
  };
  return { once, together };
}

/** Repair (decode + repair) and extraction (the rest of the pipeline) throughput, in-process. */
async function stages(corpus, limit) {
  const lib = await import(pathToFileURL(join(root, "dist", "index.js")).href);
  const docs = [];
  let bytes = 0;
  outer: for (const d of readdirSync(corpus).sort()) {
    for (const f of readdirSync(join(corpus, d)).sort()) {
      const b = new Uint8Array(readFileSync(join(corpus, d, f)));
      docs.push(b);
      bytes += b.length;
      if (docs.length >= limit) break outer;
    }
  }
  // Warm up, then time.
  for (const b of docs.slice(0, 50)) lib.processInput(b);
  let t = performance.now();
  for (const b of docs) {
    const d = lib.decode(b);
    if (d.ok) lib.repair(d.text);
  }
  const repairS = (performance.now() - t) / 1000;
  t = performance.now();
  for (const b of docs) lib.processInput(b);
  const totalS = (performance.now() - t) / 1000;
  const extractS = Math.max(totalS - repairS, 1e-6);
  return {
    docs: docs.length,
    mb: bytes / 1e6,
    repairMBs: bytes / 1e6 / repairS,
    extractionMBs: bytes / 1e6 / extractS,
    pipelineMBs: bytes / 1e6 / totalS,
  };
}

function repairBench() {
  const script = join(here, "repair.mjs");
  if (smoke || !existsSync(script)) return null;
  const r = spawnSync(process.execPath, [script], { encoding: "utf8", timeout: 600_000, cwd: root });
  return { status: r.status, output: (r.stdout || "").trim() };
}

const results = { smoke, cores, machine: {}, corpus: {}, runs: [], rss: null, startup: null, stages: null, repairBench: null, load: {} };
try {
  results.load.start = loadavg()[0];
  if (cores > 1) {
    const p = parallelism();
    const singles = [];
    const groups = [];
    for (let i = 0; i < (smoke ? 1 : 3); i++) {
      singles.push(p.once());
      groups.push(await p.together());
    }
    results.parallelism = (cores * median(singles)) / median(groups);
  } else results.parallelism = 1;
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  results.machine = { cpu, cores, memoryGB: Math.round(totalmem() / 1e9), os: `${osType()} ${release()}`, node: process.version };

  log(`generating ${FILES} dumps...`);
  const corpus = join(work, "corpus");
  const g = generate(corpus, { files: FILES, seed: 1 });
  results.corpus = { files: g.files, mb: g.bytes / 1e6 };

  // Interleaved rounds, the fastest run of each kept: on a shared machine the load drifts,
  // and the least disturbed run is the best estimate of what the tool itself costs.
  const jobsList = cores > 1 ? [1, cores] : [1];
  const best = new Map();
  for (let round = 0; round < ROUNDS; round++) {
    for (const jobs of jobsList) {
      log(`end to end, --jobs ${jobs} (round ${round + 1} of ${ROUNDS}) ...`);
      const r = runCli(corpus, jobs, `j${jobs}-r${round}`);
      if (!best.has(jobs) || r.seconds < best.get(jobs).seconds) best.set(jobs, r);
    }
  }
  results.runs.push(...jobsList.map((j) => best.get(j)));

  log(`generating ${RSS_FILES} small dumps for the memory run...`);
  const many = join(work, "many");
  const gm = generate(many, { files: RSS_FILES, seed: 2, size: "small" });
  log(`memory run, ${RSS_FILES} files, --jobs ${cores} ...`);
  results.rss = { ...runCli(many, cores, "many"), corpusMB: gm.bytes / 1e6 };
  // Nothing timed writes files after this point: the memory run's inputs and outputs can go.
  rmSync(many, { recursive: true, force: true });
  rmSync(join(work, "out-many"), { recursive: true, force: true });

  log("start-up ...");
  const one = join(work, "one.txt");
  writeFileSync(one, makeDump(424242).bytes);
  const seed = [process.env.CLEAN_ARTICLE_SHARED && join(process.env.CLEAN_ARTICLE_SHARED, "corpus", "seed", "ctv-reuters-putin.txt"), SEED, SEED_FALLBACK].find((f) => f && existsSync(f));
  results.startup = startup(seed ? [one, seed] : [one]);

  log("stages in-process ...");
  results.stages = await stages(corpus, smoke ? 40 : 3000);
  results.repairBench = repairBench();

  results.load.end = loadavg()[0];
  // Sanity checks: the smoke test relies on these.
  for (const r of [...results.runs, results.rss]) {
    if (!(r.files > 0 && r.ok > 0 && r.mbPerSec > 0 && r.peakRssMB > 0)) throw new Error(`implausible run: ${JSON.stringify(r)}`);
  }
  if (!(results.startup.ratio > 0) || !(results.stages.repairMBs > 0)) throw new Error("implausible start-up or stage figures");

  if (!smoke) writeFileSync(join(root, "BENCHMARKS.md"), markdown(results));
  process.stdout.write(JSON.stringify(results, null, 2) + "\n");
} finally {
  if (!args.includes("--keep")) rmSync(work, { recursive: true, force: true });
  else log(`kept ${work}`);
}

function markdown(r) {
  const f1 = (x) => x.toFixed(1);
  const j1 = r.runs[0];
  const jn = r.runs[1] ?? r.runs[0];
  const perCore = jn.mbPerSec / jn.jobs;
  const row = (x) => `| --jobs ${x.jobs} | ${x.files} | ${f1(x.mb)} | ${f1(x.seconds)} | ${Math.round(x.docsPerSec)} | ${f1(x.mbPerSec)} | ${Math.round(x.peakRssMB)} |`;
  const rb = r.repairBench;
  return `# Benchmarks

Measured by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString().slice(0, 10)}. Re-run it to refresh this file.

## Machine

- CPU: ${r.machine.cpu}, ${r.machine.cores} cores available to Node (\`os.availableParallelism()\`)
- Memory: ${r.machine.memoryGB} GB; OS: ${r.machine.os}; Node ${r.machine.node}
- Effective parallelism: **×${r.parallelism.toFixed(2)}** of ${r.machine.cores} cores (${r.machine.cores} CPU-bound \`node\` processes at once, against one alone; medians of ${STARTUP_RUNS > 3 ? 3 : 1}). Scaling with \`--jobs\` cannot exceed this.
- Load average (1 min) when the run started: ${r.load.start.toFixed(1)}, when it ended: ${r.load.end.toFixed(1)}, on ${r.machine.cores} cores. ${r.load.start > r.machine.cores / 2 || r.load.end > r.machine.cores / 2 ? "The machine was shared with other work while measuring, so throughput and scaling figures are below what an idle machine gives, and noisy; compare ratios, not absolutes." : "The machine was mostly idle."}

## Corpus

Synthetic and deterministic (bench/generate.mjs, seed 1): ${r.corpus.files} dumps, ${f1(r.corpus.mb)} MB, in folders of 1000.
Each imitates a scraped page's text: navigation lines, headline, byline, date, dateline
paragraph, body with a subhead and "READ MORE" teasers, a sidebar of teasers with badges,
cookie and newsletter prompts, credits and a copyright line; in English, German, French,
Spanish and Russian; a third of them damaged (mojibake, HTML entities, invisible characters,
CRLF, a glyph junk line, windows-1252 bytes).

## End to end: folder → folder, JSON written to disk

\`clean-article corpus/ -o out/ --force --jobs N --quiet --report r.json\`, wall time of the whole command (start-up included); ${ROUNDS} interleaved rounds, the fastest run of each kept.

| run | files | MB | seconds | docs/s | MB/s | peak RSS (MB) |
|---|---:|---:|---:|---:|---:|---:|
${r.runs.map(row).join("\n")}

- Per core: ${f1(perCore)} MB/s with ${jn.jobs} jobs (target ≥ 20 MB/s per core).
- Scaling from 1 to ${jn.jobs} jobs: ×${(jn.mbPerSec / j1.mbPerSec).toFixed(2)} (linear would be ×${jn.jobs}; this machine gave ×${r.parallelism.toFixed(2)} to ${jn.jobs} CPU-bound processes during the run).

## Memory on 100,000 files

${r.rss.files} small dumps (${f1(r.rss.corpusMB)} MB), \`--jobs ${r.rss.jobs}\`: peak RSS **${Math.round(r.rss.peakRssMB)} MB** for the whole process, worker threads included (target < 200 MB); ${f1(r.rss.seconds)} s, ${Math.round(r.rss.docsPerSec)} docs/s.
The file list is walked lazily; each worker holds at most two messages of 4 tasks; workers run with a 12 MB young and 48 MB old generation (an input too big for that is redone in the main thread). The main thread's heap stays flat over the run (old space ~15 MB): until 2026-11-27 it grew by ~0.5 KB per input (a Promise.race against a never-settled promise kept every task), which made peak RSS grow with the number of files (193–233 MB at 100,000).

## Start-up

Median of ${STARTUP_RUNS} runs each, interleaved (wall time): \`node -e 0\` ${Math.round(r.startup.bareMs)} ms;
${r.startup.runs.map((x, i) => `- \`clean-article ${i === 0 ? "one.txt" : "ctv-reuters-putin.txt"}\` (${i === 0 ? "a small synthetic dump" : "the real example dump, 5 KB"}): ${Math.round(x.singleMs)} ms, **×${x.ratio.toFixed(2)}** (target < ×2.5)`).join("\n")}

A one-file run loads one CommonJS bundle compiled with a V8 code cache (bin/load.js, scripts/bundle-cli.mjs), and runs a small input with V8's regexp optimizations off (their lookahead tables for Unicode-property classes cost more to build than a small input takes to scan). It loads neither the worker pool, nor globbing, nor the progress bar, nor zod.

## Stages, in-process (one core)

${r.stages.docs} dumps, ${f1(r.stages.mb)} MB, after a warm-up:

| stage | MB/s |
|---|---:|
| repair (decode + repair) | ${f1(r.stages.repairMBs)} |
| extraction (segment, classify, assemble: the pipeline minus repair) | ${f1(r.stages.extractionMBs)} |
| whole pipeline (\`processInput\`) | ${f1(r.stages.pipelineMBs)} |
${rb ? `\n## Repair benchmark (bench/repair.mjs)\n\n\`\`\`\n${rb.output.slice(-3000)}\n\`\`\`\n` : ""}`;
}
