// Gradient-boosted regression trees for the logistic loss (histogram splits, level-wise
// growth to a fixed depth), used by bench/train.mjs to fit the stage-1 corrections of the
// story model. Output trees are in the readable TreeNode form of src/classify/model.ts:
// a leaf value, or [featureName, threshold, left (value <= threshold), right].
//
//   fitTrees(rows, names, base, { trees, depth, rate, lambda, minHessian, bins })
//   rows: [{ x: Float64Array, y: 0|1, w: weight }], base: Float64Array of starting logits.

/** Candidate cut values of one feature: up to `bins - 1` quantiles of its values. */
function cutsOf(values, bins) {
  const sorted = Float64Array.from(values).sort();
  const cuts = [];
  for (let k = 1; k < bins; k++) {
    const v = sorted[Math.min(sorted.length - 1, Math.floor((k * sorted.length) / bins))];
    if (cuts.length === 0 || v > cuts[cuts.length - 1]) cuts.push(v);
  }
  // A cut at the maximum separates nothing.
  if (cuts.length && cuts[cuts.length - 1] >= sorted[sorted.length - 1]) cuts.pop();
  return cuts;
}

/** Bin index of x: the first cut with x <= cut, else cuts.length. */
function binOf(cuts, x) {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x <= cuts[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const round = (x) => Number(x.toPrecision(6));
/** A threshold to 6 significant digits, never below the cut (data at the cut stays on the left). */
function roundUp(x) {
  const r = Number(x.toPrecision(6));
  return r >= x ? r : Number((x + Math.abs(x) * 1e-5).toPrecision(6));
}

export function fitTrees(rows, names, base, opts = {}) {
  const { trees = 100, depth = 4, rate = 0.1, lambda = 1, minHessian = 1, bins = 32 } = opts;
  const n = rows.length;
  const m = names.length;
  const cuts = [];
  const binned = [];
  for (let j = 0; j < m; j++) {
    const vals = new Float64Array(n);
    for (let i = 0; i < n; i++) vals[i] = rows[i].x[j];
    const c = cutsOf(vals, bins);
    cuts.push(c);
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i++) b[i] = binOf(c, vals[i]);
    binned.push(b);
  }
  const margin = Float64Array.from(base);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const out = [];
  const histG = new Float64Array(bins + 1);
  const histH = new Float64Array(bins + 1);
  for (let t = 0; t < trees; t++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-margin[i]));
      g[i] = rows[i].w * (p - rows[i].y);
      h[i] = Math.max(rows[i].w * p * (1 - p), 1e-12);
    }
    const all = new Uint32Array(n);
    for (let i = 0; i < n; i++) all[i] = i;
    const grow = (idx, level) => {
      let G = 0;
      let H = 0;
      for (const i of idx) {
        G += g[i];
        H += h[i];
      }
      const leaf = () => {
        const v = (-G / (H + lambda)) * rate;
        for (const i of idx) margin[i] += v;
        return round(v);
      };
      if (level >= depth || H < 2 * minHessian) return leaf();
      const parent = (G * G) / (H + lambda);
      let best = 1e-6;
      let bestJ = -1;
      let bestB = -1;
      for (let j = 0; j < m; j++) {
        const nc = cuts[j].length;
        if (nc === 0) continue;
        histG.fill(0, 0, nc + 1);
        histH.fill(0, 0, nc + 1);
        const bj = binned[j];
        for (const i of idx) {
          histG[bj[i]] += g[i];
          histH[bj[i]] += h[i];
        }
        let GL = 0;
        let HL = 0;
        for (let b = 0; b < nc; b++) {
          GL += histG[b];
          HL += histH[b];
          const HR = H - HL;
          if (HL < minHessian || HR < minHessian) continue;
          const GR = G - GL;
          const gain = (GL * GL) / (HL + lambda) + (GR * GR) / (HR + lambda) - parent;
          if (gain > best) {
            best = gain;
            bestJ = j;
            bestB = b;
          }
        }
      }
      if (bestJ < 0) return leaf();
      const bj = binned[bestJ];
      let nl = 0;
      for (const i of idx) if (bj[i] <= bestB) nl++;
      const L = new Uint32Array(nl);
      const R = new Uint32Array(idx.length - nl);
      let a = 0;
      let c = 0;
      for (const i of idx) {
        if (bj[i] <= bestB) L[a++] = i;
        else R[c++] = i;
      }
      return [names[bestJ], roundUp(cuts[bestJ][bestB]), grow(L, level + 1), grow(R, level + 1)];
    };
    out.push(grow(all, 0));
  }
  return out;
}
