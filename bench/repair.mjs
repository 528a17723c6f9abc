#!/usr/bin/env node
// Repair throughput in MB/s: on correct text (which must cost little) and on
// damaged text (mojibake, double encoding, entities, invisible characters).
// Uses the readability corpus dumps when ../shared is there, else built-in samples.
//
//   npm run build && node bench/repair.mjs [--json] [--smoke]
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "..", "dist", "repair", "index.js");
if (!existsSync(dist)) {
  console.error("bench/repair.mjs: build first (npm run build)");
  process.exit(2);
}
const { repair } = await import(dist);
const smoke = process.argv.includes("--smoke");
const reps = smoke ? 1 : 5;
const shared = resolve(process.env.CLEAN_ARTICLE_SHARED ?? join(here, "..", "..", "shared"));
const dumpsDir = [join(shared, "corpus", "readability", "dumps"), join(here, "..", "..", "..", "shared", "corpus", "readability", "dumps")].find((d) => existsSync(d));

const SAMPLES = [
  "The president said on Wednesday that talks would resume in Geneva — “soon”, officials added.",
  "Le président a déclaré que les négociations reprendraient à Genève après l’été.",
  "Der Präsident erklärte, dass die Gespräche über die Größe des Pakets fortgesetzt würden.",
  "Президент заявил, что переговоры в Москве продолжатся на следующей неделе.",
  "总统周三表示，日内瓦的谈判将于下周恢复。",
  "قال الرئيس إن المحادثات ستستأنف في جنيف الأسبوع المقبل.",
];
let texts;
if (dumpsDir && !smoke) texts = readdirSync(dumpsDir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(dumpsDir, f), "utf8"));
else texts = Array.from({ length: smoke ? 5 : 50 }, (_, i) => Array.from({ length: 400 }, (_, j) => SAMPLES[(i + j) % SAMPLES.length]).join(i % 2 ? "\n\n" : " "));

// Damage (same kinds as shared/bench/damage.mjs, written out so this runs standalone).
const CP1252 = [0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178];
const cp1252 = (t) => Array.from(Buffer.from(t, "utf8"), (b) => String.fromCharCode(b >= 0x80 && b < 0xa0 ? CP1252[b - 0x80] : b)).join("");
const DAMAGE = {
  cp1252,
  double: (t) => cp1252(cp1252(t)),
  entities: (t) => t.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/’/g, "&#8217;").replace(/—/g, "&mdash;").replace(/ (?=\S)/g, (m, i) => (i % 37 === 0 ? "&nbsp;" : m)),
  invisible: (t) => t.replace(/([a-z])/g, (m, c, i) => (i % 97 === 0 ? c + "\u200b" : i % 89 === 0 ? c + "\u00ad" : m)).replace(/\n/g, "\r\n"),
};

function measure(inputs) {
  const bytes = inputs.reduce((a, t) => a + Buffer.byteLength(t), 0);
  for (const t of inputs.slice(0, 10)) repair(t); // warm-up
  // CPU time of this thread (not wall time): stable on a machine shared with other jobs.
  let best = Infinity;
  for (let rep = 0; rep < reps; rep++) {
    const c0 = process.cpuUsage();
    for (const t of inputs) repair(t, { explain: false });
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
  }
  return { mb: bytes / 1e6, mbPerS: bytes / 1e6 / (best / 1000) };
}

const results = { correct: measure(texts) };
for (const [kind, fn] of Object.entries(DAMAGE)) results[kind] = measure(texts.map(fn));
const damagedAll = Object.keys(DAMAGE).map((k) => results[k]);
results.damaged = { mb: damagedAll.reduce((a, r) => a + r.mb, 0), mbPerS: damagedAll.reduce((a, r) => a + r.mb, 0) / damagedAll.reduce((a, r) => a + r.mb / r.mbPerS, 0) };

if (process.argv.includes("--json")) {
  process.stdout.write(JSON.stringify(Object.fromEntries(Object.entries(results).map(([k, v]) => [k, Number(v.mbPerS.toFixed(1))]))) + "\n");
} else {
  console.log(`repair throughput (${dumpsDir && !smoke ? "readability corpus dumps" : "built-in samples"}, CPU time, best of ${reps}):`);
  for (const [k, v] of Object.entries(results)) console.log(`  ${k.padEnd(10)} ${v.mbPerS.toFixed(1).padStart(7)} MB/s  (${v.mb.toFixed(1)} MB)`);
}
