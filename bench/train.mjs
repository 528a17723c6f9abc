#!/usr/bin/env node
// Fits the two-stage story model (src/classify/model.ts) on the development corpora
// and writes the weights as a readable data module, src/classify/weights.ts.
// Reports K-fold CROSS-VALIDATED corpus scores (documents split into folds; each
// fold is scored by the full pipeline with a model fitted on the other folds).
//
//   npm run build && node bench/train.mjs [--folds 5] [--no-write] [--epochs 300] [--cv-only] [--no-cv]
//                                         [--trees 150] [--depth 3] [--rate 0.1]
//
// Labels per block: readability — a block is story when its line occurs in the gold
// text (or most of its word 4-grams do); trafilatura-eval — a block is story when it
// contains a "with" snippet, boilerplate when it contains a "without" snippet,
// unlabeled otherwise. Every document is used in both layouts (as dumped, and with
// all blank lines removed) so the model does not lean on blank lines alone.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const shared = resolve(process.env.CLEAN_ARTICLE_SHARED ?? join(root, "..", "shared"));
const dist = (p) => join(root, "dist", p);
const { decode } = await import(dist("decode/index.js"));
const { repair } = await import(dist("repair/index.js"));
const { segment } = await import(dist("segment/index.js"));
const { classify } = await import(dist("classify/index.js"));
const { assemble } = await import(dist("assemble/index.js"));
const { detectLanguage } = await import(dist("meta/index.js"));
const { blockFeatures } = await import(dist("classify/features.js"));
const { stage1Features, stage2Features, STAGE1_FEATURES, STAGE2_FEATURES, compile, dot, compileForest, forestScore } = await import(dist("classify/model.js"));
const { fitTrees } = await import(join(here, "gbdt.mjs"));
const { loadCorpus, scoreShingle, scoreSnippet, normWs, shingles } = await import(join(shared, "bench", "score.mjs"));

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const FOLDS = Number(opt("--folds", 5));
const EPOCHS = Number(opt("--epochs", 250));
const L2 = Number(opt("--l2", 1e-4));
const TREES = Number(opt("--trees", 150));
const DEPTH = Number(opt("--depth", 3));
const RATE = Number(opt("--rate", 0.1));
const LAMBDA = Number(opt("--lambda", 1));
const MIN_HESSIAN = Number(opt("--min-hessian", 1));
const DOC_WEIGHT = Number(opt("--doc-weight", 40));

const toLines = (t) => t.replace(/\n[ \t]*(?=\n)/g, "").replace(/\n+/g, "\n");

function hash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/** Prepare one document: blocks, features, language. */
function prepare(text) {
  const bytes = new Uint8Array(Buffer.from(text));
  const d = decode(bytes, {});
  const r = repair(d.ok ? d.text : text, {});
  const blocks = segment(r.text);
  const language = detectLanguage(r.text);
  const { raws, doc: stats } = blockFeatures(blocks, language);
  const infos = blocks.map((b, i) => ({ raw: raws[i], lines: b.lines.length, blankBefore: b.blankBefore, blankAfter: b.blankAfter }));
  const f1 = stage1Features(infos, stats.hasBlankLines).map((f) => Float64Array.from(f));
  return { blocks, language, infos, f1, repairs: r.repairs, warnings: r.warnings };
}

const docs = []; // { corpus, id, layout, fold, prep, labels: Int8Array (1, 0, -1 unlabeled), weights }
const t0 = performance.now();
const corpora = {};
for (const name of ["readability", "trafilatura-eval"]) {
  const corpus = loadCorpus(join(shared, "corpus", name));
  corpora[name] = corpus;
  for (const d of corpus.docs) {
    const raw = readFileSync(join(corpus.dir, "dumps", `${d.id}.txt`), "utf8");
    for (const layout of ["blocks", "lines"]) {
      const prep = prepare(layout === "lines" ? toLines(raw) : raw);
      const n = prep.blocks.length;
      const labels = new Int8Array(n).fill(-1);
      const weights = new Float64Array(n);
      if (name === "readability") {
        const goldLines = new Set(d.gold.split("\n").map(normWs).filter(Boolean));
        const gold = shingles(d.gold);
        let total = 0;
        for (let i = 0; i < n; i++) {
          const t = normWs(prep.blocks[i].text);
          let pos = goldLines.has(t);
          if (!pos) {
            const s = shingles(t);
            let hit = 0;
            let all = 0;
            for (const [k, c] of s) {
              all += c;
              hit += Math.min(c, gold.get(k) ?? 0);
            }
            pos = all >= 3 && hit / all >= 0.5;
          }
          labels[i] = pos ? 1 : 0;
          weights[i] = prep.infos[i].raw.words + 3;
          total += weights[i];
        }
        // Each document weighs the same (the metric averages over documents).
        for (let i = 0; i < n; i++) weights[i] *= DOC_WEIGHT / total;
      } else {
        const withs = d.with.map((s) => normWs(s.text));
        const withouts = d.without.map((s) => normWs(s.text));
        for (let i = 0; i < n; i++) {
          const t = normWs(prep.blocks[i].text);
          const w = withs.some((s) => t.includes(s));
          const wo = withouts.some((s) => t.includes(s));
          if (w !== wo) {
            labels[i] = w ? 1 : 0;
            weights[i] = 1;
          }
        }
      }
      docs.push({ corpus: name, id: d.id, layout, fold: hash(d.id) % FOLDS, prep, labels, weights });
    }
  }
}
process.stderr.write(`prepared ${docs.length} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);

/** Full-batch logistic regression with L2, Adam, on standardised features; returns raw-scale weights. */
function fit(rows, names) {
  const m = names.length;
  const mean = new Float64Array(m);
  const sd = new Float64Array(m);
  let W = 0;
  for (const { x, w } of rows) {
    W += w;
    for (let j = 0; j < m; j++) mean[j] += w * x[j];
  }
  for (let j = 0; j < m; j++) mean[j] /= W;
  for (const { x, w } of rows) for (let j = 0; j < m; j++) sd[j] += w * (x[j] - mean[j]) ** 2;
  for (let j = 0; j < m; j++) sd[j] = Math.sqrt(sd[j] / W) || 1;
  const beta = new Float64Array(m);
  let b0 = 0;
  const mt = new Float64Array(m + 1);
  const vt = new Float64Array(m + 1);
  const lr = 0.05;
  const g = new Float64Array(m + 1);
  const z = new Float64Array(m);
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    g.fill(0);
    for (const { x, y, w } of rows) {
      let s = b0;
      for (let j = 0; j < m; j++) {
        z[j] = (x[j] - mean[j]) / sd[j];
        s += beta[j] * z[j];
      }
      const p = 1 / (1 + Math.exp(-s));
      const e = w * (p - y);
      g[m] += e;
      for (let j = 0; j < m; j++) g[j] += e * z[j];
    }
    for (let j = 0; j <= m; j++) {
      let gj = g[j] / W;
      if (j < m) gj += L2 * beta[j];
      mt[j] = 0.9 * mt[j] + 0.1 * gj;
      vt[j] = 0.999 * vt[j] + 0.001 * gj * gj;
      const step = (lr * (mt[j] / (1 - 0.9 ** epoch))) / (Math.sqrt(vt[j] / (1 - 0.999 ** epoch)) + 1e-8);
      if (j < m) beta[j] -= step;
      else b0 -= step;
    }
  }
  // Fold the standardisation into the weights.
  const weights = {};
  let bias = b0;
  for (let j = 0; j < m; j++) {
    const wj = beta[j] / sd[j];
    bias -= wj * mean[j];
    weights[names[j]] = Number(wj.toFixed(4));
  }
  return { bias: Number(bias.toFixed(4)), weights };
}

function stage1Rows(ds) {
  const rows = [];
  for (const d of ds) for (let i = 0; i < d.labels.length; i++) if (d.labels[i] >= 0) rows.push({ x: d.prep.f1[i], y: d.labels[i], w: d.weights[i] });
  return rows;
}

function stage2Of(d, s1, trees) {
  const c = compile(s1, STAGE1_FEATURES);
  const forest = trees.length ? compileForest(trees, STAGE1_FEATURES) : null;
  const z = d.prep.f1.map((f) => dot(c, f) + (forest ? forestScore(forest, f) : 0));
  return stage2Features(z, d.prep.infos);
}

function train(ds) {
  const rows1 = stage1Rows(ds);
  const s1 = fit(rows1, STAGE1_FEATURES);
  let trees = [];
  if (TREES > 0) {
    const c = compile(s1, STAGE1_FEATURES);
    const base = Float64Array.from(rows1, (r) => dot(c, r.x));
    trees = fitTrees(rows1, STAGE1_FEATURES, base, { trees: TREES, depth: DEPTH, rate: RATE, lambda: LAMBDA, minHessian: MIN_HESSIAN });
  }
  const rows = [];
  for (const d of ds) {
    const f2 = stage2Of(d, s1, trees);
    for (let i = 0; i < d.labels.length; i++) if (d.labels[i] >= 0) rows.push({ x: f2[i], y: d.labels[i], w: d.weights[i] });
  }
  const s2 = fit(rows, STAGE2_FEATURES);
  return trees.length ? { stage1: s1, stage1Trees: trees, stage2: s2 } : { stage1: s1, stage2: s2 };
}

/** Run the rest of the pipeline on a prepared document with a given model. */
function predict(d, model, mode = "balanced") {
  const labeled = classify(d.prep.blocks, { language: d.prep.language, mode }, model);
  const a = assemble(labeled, {
    source: { path: null, bytes: 0, encoding: "utf-8", sha256: "0".repeat(64) },
    repairs: d.prep.repairs,
    warnings: [],
    language: d.prep.language,
  });
  return { body: a.body.map((b) => b.text).join("\n\n"), title: a.title };
}

function evaluate(ds, modelFor) {
  const out = {};
  for (const name of Object.keys(corpora)) {
    for (const layout of ["blocks", "lines"]) {
      const preds = new Map();
      for (const d of ds) if (d.corpus === name && d.layout === layout) preds.set(d.id, predict(d, modelFor(d)));
      const corpus = { ...corpora[name], docs: corpora[name].docs.filter((x) => preds.has(x.id)) };
      const s = name === "readability" ? scoreShingle(corpus, preds) : scoreSnippet(corpus, preds);
      out[`${name}/${layout}`] = `F1=${s.f1.toFixed(3)} P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)}${s.title ? ` title=${s.title.exact.toFixed(3)}` : ""}`;
    }
  }
  return out;
}

if (!args.includes("--no-cv")) {
  const models = [];
  for (let f = 0; f < FOLDS; f++) {
    models.push(train(docs.filter((d) => d.fold !== f)));
    process.stderr.write(`fold ${f + 1}/${FOLDS} fitted\n`);
  }
  const cv = evaluate(docs, (d) => models[d.fold]);
  console.log(`cross-validated (${FOLDS} folds by document):`);
  for (const [k, v] of Object.entries(cv)) console.log(`  ${k.padEnd(28)} ${v}`);
}
if (!args.includes("--cv-only")) {
  const model = train(docs);
  const fitted = evaluate(docs, () => model);
  console.log("fitted on all (in-sample):");
  for (const [k, v] of Object.entries(fitted)) console.log(`  ${k.padEnd(28)} ${v}`);
  if (!args.includes("--no-write")) {
    const fmt = (m) =>
      `{\n    bias: ${m.bias},\n    weights: {\n${Object.entries(m.weights)
        .map(([k, v]) => `      ${/^[a-z_][a-z0-9_]*$/i.test(k) ? k : JSON.stringify(k)}: ${v},`)
        .join("\n")}\n    },\n  }`;
    const src = `/**
 * Weights of the two-stage story model (see ./model.ts), fitted by bench/train.mjs
 * on the development corpora (${FOLDS}-fold cross-validated figures in its output).
 * Generated file: edit the features or the trainer, then re-run
 * \`npm run build && node bench/train.mjs\`.
 */
import type { StoryModel } from "./model.js";

export const STORY_MODEL: StoryModel = {
  stage1: ${fmt(model.stage1)},${
    model.stage1Trees
      ? `
  // Boosted trees, one per line: a leaf value, or [feature, threshold, if <=, if >].
  stage1Trees: [
${model.stage1Trees.map((t) => `    ${JSON.stringify(t)},`).join("\n")}
  ],`
      : ""
  }
  stage2: ${fmt(model.stage2)},
};
`;
    writeFileSync(join(root, "src", "classify", "weights.ts"), src);
    process.stderr.write("wrote src/classify/weights.ts\n");
  }
}
