#!/usr/bin/env node
/**
 * Adversarial benchmark (issue 5): no input may make clean-article slow down more
 * than linearly.
 *
 *   node bench/adversarial.mjs              # pipeline table + regex scan + memory
 *   node bench/adversarial.mjs --pipeline   # ms/MB for normal and adversarial input at 1..32 MB
 *   node bench/adversarial.mjs --regex      # attack every regex literal in src/ with pump strings
 *   node bench/adversarial.mjs --memory     # peak RSS as a multiple of the input: 50 MB dumps (normal, one line),
 *                                           # line-heavy dumps (4 MB), sentence lines (4 MB, and a million: 60 MB)
 *   options: --sizes 1,2,4 (MB)  --kinds normal,spaces  --timeout 120 (s per run)  --json
 *
 * Each pipeline run happens in a fresh child process (so a hang is reported as a
 * timeout and memory is measured per run); it needs a build (npm run build).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { rng } from "./rng.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(ROOT, "dist", "index.js");
const MB = 1024 * 1024;

// ------------------------------------------------------------------ inputs

const WORDS = ("the minister said on Tuesday that talks would resume in Geneva next week after a pause of " +
  "several months and officials from both sides were expected to attend the meeting which was called by the " +
  "United Nations").split(" ");


/** A plausible dump: menu lines, a headline, a dateline, paragraphs, a subhead, teasers, credits. */
function normalDump(bytes) {
  const r = rng(1);
  const word = () => WORDS[Math.floor(r() * WORDS.length)];
  const sentence = () => {
    const n = 8 + Math.floor(r() * 20);
    const ws = Array.from({ length: n }, word);
    ws[0] = ws[0][0].toUpperCase() + ws[0].slice(1);
    return ws.join(" ") + ".";
  };
  const parts = ["Skip to main content\nMenu\nShare\n\n"];
  let size = parts[0].length;
  let story = 0;
  while (size < bytes) {
    const chunk = [
      `Minister says talks will resume in Geneva next week, story ${story++} | Example News`,
      "By Jane Doe and John Roe",
      `GENEVA (Reuters) - ${sentence()} ${sentence()}`,
      ...Array.from({ length: 8 }, () => Array.from({ length: 3 }, sentence).join(" ")),
      "NO OTHER CHOICE",
      ...Array.from({ length: 6 }, () => Array.from({ length: 3 }, sentence).join(" ")),
      "(Reporting by Jane Doe; Editing by John Roe)",
      "Top Stories",
      "NEW",
      "Storm hits the coast as thousands flee their homes",
      "Markets fall for a third day on rate fears",
      "",
    ].join("\n\n");
    parts.push(chunk);
    size += chunk.length;
  }
  return parts.join("").slice(0, bytes);
}

/** One story sentence a line, no blank lines: a million lines is about 60 MB. */
function sentenceLines(bytes) {
  const r = rng(2);
  const out = [];
  let size = 0;
  while (size < bytes) {
    const n = 6 + Math.floor(r() * 8);
    const ws = Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]);
    ws[0] = ws[0][0].toUpperCase() + ws[0].slice(1);
    const line = ws.join(" ") + ".";
    out.push(line);
    size += line.length + 1;
  }
  return out.join("\n").slice(0, bytes);
}

/**
 * Lines of `words` story words each (the first capitalised, `end` after the last),
 * joined by `sep`: a dump cut into short lines that are not a menu (four words and up).
 */
function wordLines(bytes, words, sep, end = "") {
  const r = rng(3);
  const out = [];
  let size = 0;
  while (size < bytes) {
    const ws = Array.from({ length: words }, () => WORDS[Math.floor(r() * WORDS.length)]);
    ws[0] = ws[0][0].toUpperCase() + ws[0].slice(1);
    const line = ws.join(" ") + end;
    out.push(line);
    size += line.length + sep.length;
  }
  return out.join(sep).slice(0, bytes);
}

/**
 * A page's mix of line shapes over and over: short unpunctuated lines (4-6 words),
 * headlines (7-12 words), sentences (12-31 words), single newlines and blank lines.
 */
function mixedLines(bytes) {
  const r = rng(4);
  const parts = [];
  let size = 0;
  while (size < bytes) {
    const k = r();
    const n = k < 0.3 ? 4 + Math.floor(r() * 3) : k < 0.6 ? 7 + Math.floor(r() * 6) : 12 + Math.floor(r() * 20);
    const ws = Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]);
    ws[0] = ws[0][0].toUpperCase() + ws[0].slice(1);
    const line = ws.join(" ") + (k < 0.6 ? "" : ".") + (r() < 0.4 ? "\n\n" : "\n");
    parts.push(line);
    size += line.length;
  }
  return parts.join("").slice(0, bytes);
}

/** Repeat `unit` to `bytes` characters (ASCII units), optionally with a line break every `lineEvery` units. */
function pump(unit, bytes, tail = "\u0001") {
  const n = Math.max(1, Math.floor((bytes - tail.length) / unit.length));
  return unit.repeat(n) + tail;
}

/** Inputs built to trip backtracking regexes and per-line or per-block quadratic loops. */
const KINDS = {
  normal: (b) => normalDump(b),
  "normal-one-line": (b) => normalDump(b).replace(/\n+/g, " "),
  "one-line-tabs": (b) => normalDump(b).replace(/\n+/g, " \t "),
  spaces: (b) => "Title here now\n\n" + pump(" ", b, "x"),
  "spaces-tabs-nbsp": (b) => pump(" \t\u00a0", b, "x"),
  punctuation: (b) => pump("!.,;:-", b, "a"),
  "A-A-A": (b) => pump("A-", b, "a"),
  capitals: (b) => pump("ABCDEFGHIJ", b, "."),
  "capitals-spaced": (b) => pump("ABC DE ", b, "-"),
  "&&&&": (b) => pump("&", b, "a"),
  entities: (b) => pump("&amp;&#", b, "x"),
  "entity-names": (b) => pump("&ampamp", b, "x"),
  digits: (b) => pump("1234-", b, "x"),
  "short-lines": (b) => pump("a b\n", b, ""),
  "sentence-lines": (b) => sentenceLines(b),
  "blank-lines": (b) => pump("\n", b, "x"),
  "upper-lines": (b) => pump("NEWS\n", b, ""),
  "heading-lines": (b) => pump("NO OTHER CHOICE\n\n", b, ""),
  "four-word-lines": (b) => pump("NO OTHER CHOICE NOW\n\n", b, ""),
  "4-word-lines": (b) => wordLines(b, 4, "\n\n"),
  "5-word-lines": (b) => wordLines(b, 5, "\n"),
  "8-word-lines": (b) => wordLines(b, 8, "\n"),
  "mixed-lines": (b) => mixedLines(b),
  "same-length-lines": (b) => pump("The minister said on Tuesday that talks would resume in Geneva.\n", b, ""),
  "mixed-endings": (b) => pump("Some text here.\r\n\r\rMore text\n\r", b, ""),
  "by-by-by": (b) => pump("By ", b, "x"),
  "paren-runs": (b) => pump("(((", b, "x"),
  "dateline-runs": (b) => pump("MOSCOW - ", b, "x"),
  "month-runs": (b) => pump("Jan ", b, "x"),
  "combining-marks": (b) => pump("e\u0301\u0302\u0303", b, "."),
  rtl: (b) => pump("مرحبا بالعالم. ", b, ""),
};

// ------------------------------------------------------------------ pipeline runs (child)

async function child(kind, bytes) {
  const { cleanArticle } = await import(pathToFileURL(DIST).href);
  const input = Buffer.from(KINDS[kind](bytes), "utf8");
  const base = process.memoryUsage().rss;
  const t0 = performance.now();
  const a = cleanArticle(input, { maxBytes: Infinity });
  const ms = performance.now() - t0;
  const maxRss = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(JSON.stringify({ ms, bytes: input.length, base, maxRss, blocks: a.body.length, warnings: a.warnings.slice(0, 2) }));
}

function runChild(kind, bytes, timeoutS) {
  const r = spawnSync(process.execPath, ["--max-old-space-size=4096", fileURLToPath(import.meta.url), "--child", kind, String(bytes)], {
    encoding: "utf8",
    timeout: timeoutS * 1000,
    maxBuffer: 16 * MB,
  });
  if (r.error?.code === "ETIMEDOUT" || r.signal === "SIGTERM") return { timeout: true };
  if (r.status !== 0) return { error: (r.stderr || "").split("\n").slice(0, 3).join(" ") };
  return JSON.parse(r.stdout);
}

function pipelineTable(sizes, kinds, timeoutS, json) {
  const rows = [];
  if (!json) console.log(`ms per MB (child process per run; timeout ${timeoutS}s)\n${"kind".padEnd(18)}${sizes.map((s) => `${s} MB`.padStart(9)).join("")}   max/min`);
  for (const kind of kinds) {
    const cells = [];
    let dead = false;
    for (const s of sizes) {
      if (dead) {
        cells.push(null);
        continue;
      }
      const r = runChild(kind, s * MB, timeoutS);
      if (r.timeout || r.error) {
        dead = true;
        cells.push(r.timeout ? "timeout" : "error");
        if (r.error && !json) console.error(`  ${kind} ${s} MB: ${r.error}`);
        continue;
      }
      cells.push(r.ms / (r.bytes / MB));
    }
    const nums = cells.filter((c) => typeof c === "number");
    const ratio = nums.length > 1 ? Math.max(...nums) / Math.min(...nums) : NaN;
    rows.push({ kind, msPerMB: Object.fromEntries(sizes.map((s, i) => [s, cells[i]])), maxOverMin: ratio });
    if (!json) {
      const fmt = (c) => (c === null ? "-" : typeof c === "string" ? c : c.toFixed(0)).padStart(9);
      console.log(`${kind.padEnd(18)}${cells.map(fmt).join("")}   ${Number.isNaN(ratio) ? "" : ratio.toFixed(2)}`);
    }
  }
  return rows;
}

// ------------------------------------------------------------------ regex scan

/** Every regex literal in src/ (TypeScript parser), with file and line. */
async function regexLiterals() {
  const ts = (await import("typescript")).default;
  const out = [];
  const walkDir = (dir) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walkDir(p);
      else if (p.endsWith(".ts") && !p.endsWith(".test.ts")) {
        const src = ts.createSourceFile(p, readFileSync(p, "utf8"), ts.ScriptTarget.Latest, true);
        const visit = (node) => {
          if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
            const text = node.getText();
            const last = text.lastIndexOf("/");
            const line = src.getLineAndCharacterOfPosition(node.getStart()).line + 1;
            out.push({ where: `${relative(ROOT, p)}:${line}`, source: text.slice(1, last), flags: text.slice(last + 1) });
          }
          ts.forEachChild(node, visit);
        };
        visit(src);
      }
    }
  };
  walkDir(join(ROOT, "src"));
  return out;
}

const PUMP_UNITS = [" ", "\t", "\u00a0", "!", ".", ",", "-", "—", "A", "a", "1", "A-", "A ", "a ", "A.", ". ", "&", "&#", "&amp;", "#",
  "*", "(", ")", "'", "’", "é", "|", "<", ">", "_", "\n", "\n\n", "\r\n", "By ", "Jan ", "2024-", "MOSCOW - ", "\u0301", "ab", "a1"];
const PREFIXES = ["", "A", "(", "&"];
const SUFFIXES = ["\u0001", "", "a", "\n"];

function timeRe(re, s) {
  const t0 = performance.now();
  s.replace(re, "");
  return performance.now() - t0;
}

async function regexScan(json) {
  const lits = await regexLiterals();
  const bad = [];
  const N1 = 1000;
  const N2 = 4000;
  for (const lit of lits) {
    let re;
    try {
      re = new RegExp(lit.source, lit.flags.includes("g") ? lit.flags : lit.flags + "g");
    } catch {
      continue;
    }
    let worst = { ratio: 0 };
    for (const u of PUMP_UNITS)
      for (const p of PREFIXES)
        for (const x of SUFFIXES) {
          const t1 = timeRe(re, p + u.repeat(N1) + x);
          if (t1 < 0.5) continue; // fast at small size: only confirm growth when there is some
          const t2 = timeRe(re, p + u.repeat(N2) + x);
          const ratio = t2 / Math.max(t1, 0.01);
          if (ratio > worst.ratio) worst = { ratio, t1, t2, input: JSON.stringify(p + u + "…" + x) };
        }
    // linear growth is 4x from N1 to N2; quadratic is 16x
    const superLinear = worst.ratio > 10 && worst.t2 > 10;
    if (superLinear) bad.push({ ...lit, ...worst });
  }
  if (!json) {
    console.log(`\nregex scan: ${lits.length} regex literals in src/, each attacked with ${PUMP_UNITS.length * PREFIXES.length * SUFFIXES.length} pump strings (${N1} and ${N2} units; flagged when 4x input costs over 10x time)`);
    if (bad.length === 0) console.log("no regex grows faster than linearly");
    for (const b of bad) console.log(`SUPER-LINEAR ${b.where} /${b.source}/${b.flags}  pump ${b.input}: ${b.t1.toFixed(1)} ms -> ${b.t2.toFixed(1)} ms (x${b.ratio.toFixed(0)} for x4 input)`);
  }
  return { count: lits.length, superLinear: bad };
}

// ------------------------------------------------------------------ memory

/**
 * The memory runs: 50 MB dumps (normal, on one line, on one line with tabs), a million
 * short lines (4 MB, one menu run), 250,000 three-word lines with blank lines between
 * (4 MB, one menu run), 200,000 four-word lines with blank lines between (4 MB, a
 * block each: the shortest lines that are not grouped; the same line, and varied
 * lines at 4 and 16 MB), lines of five and eight words (4 MB), a mix of line shapes
 * (4 and 32 MB) and sentence lines (4 MB, and a million lines, about 60 MB).
 */
const MEMORY_RUNS = [
  ["normal", 50 * MB],
  ["normal-one-line", 50 * MB],
  ["one-line-tabs", 50 * MB],
  ["short-lines", 4 * MB],
  ["heading-lines", 4 * MB],
  ["four-word-lines", 4 * MB],
  ["4-word-lines", 4 * MB],
  ["4-word-lines", 16 * MB],
  ["5-word-lines", 4 * MB],
  ["8-word-lines", 4 * MB],
  ["mixed-lines", 4 * MB],
  ["mixed-lines", 32 * MB],
  ["sentence-lines", 4 * MB],
  ["sentence-lines", 60 * MB],
];

function memory(timeoutS, json) {
  const rows = [];
  for (const [kind, bytes] of MEMORY_RUNS) {
    const r = runChild(kind, bytes, timeoutS);
    if (r.timeout || r.error) {
      rows.push({ kind, error: r.timeout ? "timeout" : r.error });
      continue;
    }
    const multiple = (r.maxRss - r.base) / r.bytes;
    rows.push({ kind, bytes: r.bytes, ms: r.ms, maxRssMB: r.maxRss / MB, baseMB: r.base / MB, multiple, sPerMB: r.ms / 1000 / (r.bytes / MB) });
  }
  if (!json) {
    console.log("\nmemory (peak RSS above the process's RSS before the run, / input bytes)");
    for (const r of rows) console.log(r.error ? `${r.kind.padEnd(18)} ${r.error}` : `${r.kind.padEnd(18)} ${(r.bytes / MB).toFixed(0).padStart(3)} MB: peak ${r.maxRssMB.toFixed(0)} MB, base ${r.baseMB.toFixed(0)} MB, ${r.multiple.toFixed(1)}x input, ${(r.ms / 1000).toFixed(1)} s (${r.sPerMB.toFixed(2)} s/MB)`);
  }
  return rows;
}

// ------------------------------------------------------------------ main

async function main(argv) {
  if (argv[0] === "--child") return child(argv[1], Number(argv[2]));
  const opt = (name, dflt) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : dflt;
  };
  const json = argv.includes("--json");
  const only = ["--pipeline", "--regex", "--memory"].filter((f) => argv.includes(f));
  const want = (f) => only.length === 0 || only.includes(f);
  const sizes = opt("--sizes", "1,2,4,8,16,32").split(",").map(Number);
  const kinds = opt("--kinds", Object.keys(KINDS).join(",")).split(",");
  const timeoutS = Number(opt("--timeout", "120"));
  for (const k of kinds) if (!KINDS[k]) throw new Error(`unknown kind ${k} (${Object.keys(KINDS).join(", ")})`);
  if ((want("--pipeline") || want("--memory")) && !existsSync(DIST)) {
    console.error("dist/ missing: run `npm run build` first");
    return 2;
  }
  const report = {};
  if (want("--regex")) report.regex = await regexScan(json);
  if (want("--pipeline")) report.pipeline = pipelineTable(sizes, kinds, timeoutS, json);
  if (want("--memory")) report.memory = memory(timeoutS, json);
  if (json) console.log(JSON.stringify(report, null, 2));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (typeof code === "number") process.exitCode = code;
  },
  (err) => {
    console.error(err);
    process.exitCode = 1;
  },
);
