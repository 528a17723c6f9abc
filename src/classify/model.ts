/**
 * The story scorer: two small logistic models over named features.
 * Stage 1 scores each block from its own text features and those of its
 * neighbours. Stage 2 (context, in the spirit of jusText's neighbour smoothing)
 * rescores each block from the stage-1 scores around it and from the main story
 * region (the maximum-sum run of blocks, found in one linear pass).
 * Weights are data (./weights.ts), fitted by bench/train.mjs.
 */
import type { RawFeatures } from "./features.js";

export interface LogisticModel {
  bias: number;
  weights: Record<string, number>;
}

/**
 * One regression tree over named stage-1 features: a leaf value, or
 * [feature, threshold, subtree when value <= threshold, subtree when greater].
 */
export type TreeNode = number | [string, number, TreeNode, TreeNode];

export interface StoryModel {
  stage1: LogisticModel;
  /**
   * Boosted trees added to the stage-1 logit: corrections for feature
   * interactions a linear model cannot express (e.g. capitalisation means
   * nothing in uncased scripts; a short line is story inside a list, not in a menu).
   */
  stage1Trees?: readonly TreeNode[];
  stage2: LogisticModel;
}

export interface BlockInfo {
  raw: RawFeatures;
  /** Lines of the dump the block spans (hard-wrapped paragraphs span several). */
  lines: number;
  blankBefore: boolean;
  blankAfter: boolean;
}

/**
 * What the scorer reads of a block besides its features: its lines (only their number)
 * and the blank lines around it. A Block is one; so is BlockInfo's layout (layoutOf).
 */
export interface BlockLayout {
  readonly lines: { readonly length: number };
  readonly blankBefore: boolean;
  readonly blankAfter: boolean;
}

/** The features and layouts of a list of BlockInfo, as the scorer reads them. */
function split(xs: readonly BlockInfo[]): { raws: RawFeatures[]; layout: BlockLayout[] } {
  return { raws: xs.map((x) => x.raw), layout: xs.map((x) => ({ lines: { length: x.lines }, blankBefore: x.blankBefore, blankAfter: x.blankAfter })) };
}

/** Math.log1p of 0, 1, 2, ... up to LOG1P_TABLE_SIZE - 1, computed once. */
const LOG1P_TABLE_SIZE = 4096;
const LOG1P_OF_INT = Float64Array.from({ length: LOG1P_TABLE_SIZE }, (_, k) => Math.log1p(k));

/**
 * Math.log1p(x), read from a table for the small whole numbers the features take it
 * of (word, sentence and character counts, distances in blocks, lines): the same
 * values, without a call into the math library (seven per block).
 */
function log1p(x: number): number {
  return (x | 0) === x && x >= 0 && x < LOG1P_TABLE_SIZE ? LOG1P_OF_INT[x]! : Math.log1p(x);
}
const b2n = (b: boolean): number => (b ? 1 : 0);

/** Names of the features of one block on its own, in vector order. */
export const OWN_FEATURES = [
  "lw", "w1", "w3", "w8", "w15", "w40", "sw", "swLong", "swLow", "end", "endLong", "sent", "commas", "cap",
  "capShort", "allCaps", "digits", "punct", "lower", "seps", "url", "time", "copy", "rep", "repMany", "phrase",
  "badge", "sideHead", "cue", "cueShort", "coh", "cohLong", "head", "colon", "quote", "bullet", "pBlock", "divLine",
] as const;

/**
 * Writes the features of one block on its own (order of OWN_FEATURES) into out from
 * position at (a window kept by eachStage1Row: no array is made per block).
 */
function own(r: RawFeatures, x: BlockLayout, hasBlank: boolean, out: Float64Array, at: number): void {
  // Each feature read once (classify's rows divide the ratios out when read).
  const words = r.words;
  const stopwords = r.stopwords;
  const capRatio = r.capRatio;
  const cohesion = r.cohesion;
  const sentenceEnd = r.sentenceEnd;
  const cues = r.cues;
  const repeated = r.repeated;
  const lw = log1p(words);
  let k = at;
  out[k++] = lw;
  out[k++] = b2n(words <= 1);
  out[k++] = b2n(words <= 3);
  out[k++] = b2n(words <= 8);
  out[k++] = b2n(words <= 15);
  out[k++] = b2n(words >= 40);
  out[k++] = stopwords;
  out[k++] = words >= 8 ? stopwords : 0;
  out[k++] = b2n(words >= 8 && stopwords < 0.15);
  out[k++] = b2n(sentenceEnd);
  out[k++] = b2n(sentenceEnd && words >= 8);
  out[k++] = log1p(r.sentences);
  out[k++] = Math.min(r.commas, 0.5);
  out[k++] = capRatio;
  out[k++] = words <= 12 ? capRatio : 0;
  out[k++] = b2n(r.allCaps);
  out[k++] = Math.min(r.digitRatio, 0.6);
  out[k++] = Math.min(r.punctRatio, 0.5);
  out[k++] = b2n(r.startsLower);
  out[k++] = b2n(r.separators > 0);
  out[k++] = b2n(r.url);
  out[k++] = b2n(r.timestamp);
  out[k++] = b2n(r.copyright);
  out[k++] = b2n(repeated > 1);
  out[k++] = b2n(repeated > 2);
  out[k++] = b2n(r.boilerPhrase);
  out[k++] = b2n(r.badge);
  out[k++] = b2n(r.sidebarPhrase);
  out[k++] = b2n(cues > 0);
  out[k++] = b2n(cues > 0 && words <= 25);
  out[k++] = cohesion;
  out[k++] = words >= 6 ? cohesion : 0;
  out[k++] = Math.min(r.headlineOverlap, 1);
  out[k++] = b2n(r.endsColon);
  out[k++] = b2n(r.quoteStart);
  out[k++] = b2n(r.bullet);
  out[k++] = hasBlank ? (x.blankBefore && x.blankAfter ? 1 : -1) : 0;
  out[k++] = hasBlank ? b2n(!x.blankBefore && !x.blankAfter) : 0;
}

const OWN_INDEX = Object.fromEntries(OWN_FEATURES.map((n, i) => [n, i])) as Record<(typeof OWN_FEATURES)[number], number>;
const NEIGHBOURS = [-2, -1, 1, 2] as const;
const NEIGHBOUR_FEATURES = ["lw", "swLong", "endLong"] as const;

/** Names of the stage-1 features, in vector order. */
export const STAGE1_FEATURES: readonly string[] = [
  ...OWN_FEATURES,
  ...NEIGHBOURS.flatMap((d) => {
    const tag = d < 0 ? `p${-d}` : `n${d}`;
    return [...NEIGHBOUR_FEATURES.map((f) => `${tag}_${f}`), `${tag}_none`];
  }),
  "dPrev", "dNext", "between", "run", "runLong", "posStart", "posEnd", "pos",
  "cased", "nLines", "lchars", "prevColon", "docLong", "relLen",
];

/** A block that by itself reads as a story paragraph (used for distance features). */
function isGood(r: RawFeatures): boolean {
  return r.words >= 15 && r.sentenceEnd && (r.stopwords >= 0.2 || r.sentences >= 2) && r.cues <= 1;
}

const OWN_COUNT = OWN_FEATURES.length;
/** Positions in OWN_FEATURES of the features taken from the neighbours. */
const NEIGHBOUR_AT = NEIGHBOUR_FEATURES.map((name) => OWN_INDEX[name]);
/** Blocks kept in the window of own features: the block and two on each side. */
const WINDOW = 5;

/** Above this many blocks, the scorer's per-block integers are typed arrays. */
const TYPED_FROM = 4096;

/**
 * n small integers, all `fill`: an Int32Array on a long dump (4 bytes a block where an
 * array takes 8: a dump of a million lines), an array on a page (a typed array is an
 * allocation outside the heap, which costs more than it saves on a few hundred blocks).
 */
function intColumn(n: number, fill: number): Int32Array | number[] {
  return n >= TYPED_FROM ? new Int32Array(n).fill(fill) : new Array<number>(n).fill(fill);
}

/** n numbers, all 0: a Float64Array on a long dump, an array on a page (as intColumn). */
function floatColumn(n: number): Float64Array | number[] {
  return n >= TYPED_FROM ? new Float64Array(n) : new Array<number>(n).fill(0);
}

/**
 * Visits every block's stage-1 feature vector, in block order: its own features plus a
 * few of its neighbours' and distances. The vector given to visit is reused for the
 * next block (copy it to keep it). Own features are computed once per block into a
 * window of the last five blocks, so memory does not grow with the number of blocks
 * (a dump of a million short lines).
 */
function eachStage1Row(raws: readonly RawFeatures[], xs: readonly BlockLayout[], hasBlank: boolean, visit: (i: number, row: Float64Array) => void): void {
  const n = raws.length;
  // Distance (in blocks) to the nearest good block before and after: story text clusters.
  const distPrev = intColumn(n, 99);
  const distNext = intColumn(n, 99);
  let last = -1;
  // isGood of each block, found in the first pass and read in the second (distNext's).
  const good = n >= TYPED_FROM ? new Uint8Array(n) : new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    if (last >= 0) distPrev[i] = i - last;
    if (isGood(raws[i]!)) {
      good[i] = 1;
      last = i;
    }
  }
  last = -1;
  for (let i = n - 1; i >= 0; i--) {
    if (last >= 0) distNext[i] = last - i;
    if (good[i] === 1) last = i;
  }
  // Runs of short blocks: menus, tag clouds, link lists.
  const runLen = intColumn(n, 0);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && raws[j]!.words <= 4) j++;
    for (let k = i; k < j; k++) runLen[k] = j - i;
    i = j === i ? i + 1 : j;
  }
  // Position by words: a story sits in the middle, footers at the end.
  let total = 0;
  let longest = 1;
  let long = 0;
  for (const r of raws) {
    total += r.words;
    longest = Math.max(longest, r.words);
    if (r.words >= 15) long++;
  }
  const docLong = n ? long / n : 0;
  let before = 0;
  // Own features of block j at window[(j % WINDOW) * OWN_COUNT ...] (every entry is
  // written before it is read: the scratch needs no clearing).
  const scratch = takeScratch();
  const { window, row } = scratch;
  const emit = (i: number): void => {
    let k = 0;
    for (let a = (i % WINDOW) * OWN_COUNT; k < OWN_COUNT; a++) row[k++] = window[a]!;
    for (const d of NEIGHBOURS) {
      const j = i + d;
      const present = j >= 0 && j < n;
      for (const at of NEIGHBOUR_AT) row[k++] = present ? window[(j % WINDOW) * OWN_COUNT + at]! : 0;
      row[k++] = present ? 0 : 1;
    }
    const pos = total > 0 ? (before + raws[i]!.words / 2) / total : 0.5;
    row[k++] = log1p(Math.min(distPrev[i]!, 30));
    row[k++] = log1p(Math.min(distNext[i]!, 30));
    row[k++] = b2n(distPrev[i]! <= 2 && distNext[i]! <= 2);
    row[k++] = log1p(runLen[i]!);
    row[k++] = b2n(runLen[i]! >= 5);
    row[k++] = b2n(pos < 0.05);
    row[k++] = b2n(pos > 0.95);
    row[k++] = pos;
    row[k++] = raws[i]!.casedShare;
    // nLines, the source lines a block spans, is held at 0. Only a hard-wrapped dump
    // has blocks of several lines (its rejoined paragraphs), and there a wrapped menu
    // or language list spans as many lines as a story paragraph: the weight it learnt
    // (+4.3 a log unit) made a 16-line list of countries story text. Held at 0, no
    // corpus dump's body changes but one's; hard-wrapped copies of the readability
    // dumps (bench/corpus.mjs --layout wrapped) go from 0.904 to 0.935.
    row[k++] = 0;
    row[k++] = log1p(raws[i]!.chars);
    row[k++] = i > 0 ? b2n(raws[i - 1]!.endsColon) : 0;
    row[k++] = docLong;
    row[k++] = raws[i]!.words / longest;
    visit(i, row);
    before += raws[i]!.words;
  };
  // Block i's row needs the own features of block i+2: it is made two blocks behind.
  for (let j = 0; j < n; j++) {
    own(raws[j]!, xs[j]!, hasBlank, window, (j % WINDOW) * OWN_COUNT);
    if (j >= 2) emit(j - 2);
  }
  for (let i = Math.max(0, n - 2); i < n; i++) emit(i);
  releaseScratch(scratch);
}

/** The window and row buffers of eachStage1Row. */
interface Stage1Scratch {
  window: Float64Array;
  row: Float64Array;
}

/**
 * One set of eachStage1Row's buffers, kept from one document to the next: a
 * Float64Array is an allocation outside the heap, and making two per document was
 * 1% of classify's time. A call made while the set is in use (a visit that scores
 * another document) gets buffers of its own.
 */
let spareScratch: Stage1Scratch | null = null;

function takeScratch(): Stage1Scratch {
  const s = spareScratch ?? { window: new Float64Array(WINDOW * OWN_COUNT), row: new Float64Array(STAGE1_FEATURES.length) };
  spareScratch = null;
  return s;
}

function releaseScratch(s: Stage1Scratch): void {
  spareScratch = s;
}

/** Stage-1 feature vectors: each block's own features plus a few of its neighbours' and distances. */
export function stage1Features(xs: readonly BlockInfo[], hasBlank: boolean): number[][] {
  const out: number[][] = [];
  const { raws, layout } = split(xs);
  eachStage1Row(raws, layout, hasBlank, (_i, row) => out.push(Array.from(row)));
  return out;
}

/** A logistic model's weights laid out in the order of a feature-name list. */
export interface CompiledModel {
  bias: number;
  w: Float64Array;
}

export function compile(m: LogisticModel, names: readonly string[]): CompiledModel {
  const w = new Float64Array(names.length);
  names.forEach((name, i) => {
    w[i] = m.weights[name] ?? 0;
  });
  return { bias: m.bias, w };
}

/** Deepest tree compileForest lays out (a complete tree of this depth has 2^16 leaves). */
const MAX_TREE_DEPTH = 16;

/**
 * Trees laid out as complete binary trees of one depth, in heap order: in each tree,
 * internal node k (0-based) tests feature[k] <= threshold[k] and continues at 2k+1
 * (yes) or 2k+2 (no); after `depth` tests the walk is at a leaf, whose value is in
 * leaf[]. A leaf above the full depth is padded with tests whose two sides lead to
 * copies of it, so every walk takes the same number of steps with no branch tables.
 */
export interface CompiledForest {
  depth: number;
  /** Per tree, 2^depth - 1 internal nodes. */
  feature: Int16Array;
  threshold: Float64Array;
  /** Per tree, 2^depth leaf values. */
  leaf: Float64Array;
  trees: number;
}

const treeDepth = (t: TreeNode): number => (typeof t === "number" ? 0 : 1 + Math.max(treeDepth(t[2]), treeDepth(t[3])));

export function compileForest(trees: readonly TreeNode[], names: readonly string[]): CompiledForest {
  const index = new Map(names.map((n, i) => [n, i]));
  const depth = trees.reduce<number>((d, t) => Math.max(d, treeDepth(t)), 0);
  if (depth > MAX_TREE_DEPTH) throw new Error(`a tree is ${depth} levels deep, more than ${MAX_TREE_DEPTH}`);
  const inner = 2 ** depth - 1;
  const leaves = 2 ** depth;
  const feature = new Int16Array(trees.length * inner);
  const threshold = new Float64Array(trees.length * inner);
  const leaf = new Float64Array(trees.length * leaves);
  trees.forEach((tree, ti) => {
    /** Writes subtree t at heap position k of tree ti. */
    const put = (t: TreeNode, k: number): void => {
      if (k >= inner) {
        leaf[ti * leaves + k - inner] = t as number;
        return;
      }
      if (typeof t === "number") {
        // A leaf above the full depth: a test (feature 0) whose both sides are this leaf.
        put(t, 2 * k + 1);
        put(t, 2 * k + 2);
        return;
      }
      const fi = index.get(t[0]);
      if (fi === undefined) throw new Error(`tree feature ${t[0]} is not a stage-1 feature`);
      feature[ti * inner + k] = fi;
      threshold[ti * inner + k] = t[1];
      put(t[2], 2 * k + 1);
      put(t[3], 2 * k + 2);
    };
    put(tree, 0);
  });
  return { depth, feature, threshold, leaf, trees: trees.length };
}

/**
 * The leaf position (0-based heap index) the feature vector reaches in the tree whose
 * internal nodes start at base: left (2k+1) when the value is <= the threshold, else
 * right (2k+2), NaN included; computed without a branch, the side taken being unpredictable.
 */
function walkTree(m: CompiledForest, f: ArrayLike<number>, base: number): number {
  let k = 0;
  for (let d = 0; d < m.depth; d++) k = 2 * k + 2 - Number(f[m.feature[base + k]!]! <= m.threshold[base + k]!);
  return k;
}

/**
 * Sum of the leaf values the feature vector reaches in every tree, added in tree order.
 * The trees the model ships are all three levels deep: they take an unrolled walk.
 */
export function forestScore(m: CompiledForest, f: ArrayLike<number>): number {
  if (m.depth === 3) return forestScore3(m, f);
  const inner = 2 ** m.depth - 1;
  let z = 0;
  for (let t = 0; t < m.trees; t++) z += m.leaf[t * (inner + 1) + walkTree(m, f, t * inner) - inner]!;
  return z;
}

/**
 * forestScore for trees of depth 3 (7 tests and 8 leaves each): the three tests of a
 * walk written out, each step branch-free (the side taken is unpredictable, and a
 * mispredicted branch costs more than the arithmetic). Twice as fast as the loop over
 * the depth.
 */
function forestScore3(m: CompiledForest, f: ArrayLike<number>): number {
  const { feature, threshold, leaf } = m;
  let z = 0;
  // a: the tree's first test; l + k: its leaf k, for k = 7..14 the heap index of the leaf.
  for (let t = 0, a = 0, l = -7; t < m.trees; t++, a += 7, l += 8) {
    const k1 = 2 - Number(f[feature[a]!]! <= threshold[a]!);
    const k2 = 2 * k1 + 2 - Number(f[feature[a + k1]!]! <= threshold[a + k1]!);
    const k3 = 2 * k2 + 2 - Number(f[feature[a + k2]!]! <= threshold[a + k2]!);
    z += leaf[l + k3]!;
  }
  return z;
}

export function dot(m: CompiledModel, f: ArrayLike<number>): number {
  let z = m.bias;
  for (let i = 0; i < f.length; i++) z += m.w[i]! * f[i]!;
  return z;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * The main story region: the run of blocks with the largest sum of
 * (p - 0.5) × length, found with Kadane's linear scan. Teasers or captions that
 * interrupt the story cost little and are bridged; the menus and footers around
 * it fall outside.
 */
export function storyRegion(ps: ArrayLike<number>, lens: ArrayLike<number>): [number, number] {
  let best = -Infinity;
  let bestStart = 0;
  let bestEnd = -1;
  let cur = 0;
  let start = 0;
  for (let i = 0; i < ps.length; i++) {
    const v = (ps[i]! - 0.5) * Math.min(lens[i]!, 80);
    if (cur <= 0) {
      cur = v;
      start = i;
    } else cur += v;
    if (cur > best) {
      best = cur;
      bestStart = start;
      bestEnd = i;
    }
  }
  return [bestStart, bestEnd];
}

/** Below this many words over the threshold, and under THIN_STORY_SHARE of the page's words, the story is thin. */
export const THIN_STORY_WORDS = 150;
export const THIN_STORY_SHARE = 0.2;
/** The lower bar for blocks inside the best region of a thin story. */
export const THIN_STORY_THRESHOLD = 0.2;

/**
 * A page carries a story; when the blocks over the threshold add up to fewer than
 * THIN_STORY_WORDS words and a small share of the page, the model was unsure of
 * the whole page (a blog in short unpunctuated lines, a page in a script or
 * register it scores low) rather than sure it is all boilerplate. The story is then
 * the best region (maximum-sum run) of the scores measured against a lower bar;
 * the caller keeps the blocks in it that pass that bar. Returns the region, or
 * null when the story is not thin. A short story that is most of a short page is
 * not thin: widening it would only add the page's buttons.
 */
export function thinStoryRegion(ps: ArrayLike<number>, words: ArrayLike<number>, threshold: number): [number, number] | null {
  let story = 0;
  let all = 0;
  for (let i = 0; i < ps.length; i++) {
    all += words[i]!;
    if (ps[i]! >= threshold) story += words[i]!;
  }
  if (story >= THIN_STORY_WORDS || story >= THIN_STORY_SHARE * all) return null;
  const lifted = floatColumn(ps.length);
  for (let i = 0; i < ps.length; i++) lifted[i] = ps[i]! + 0.5 - THIN_STORY_THRESHOLD;
  const [a, b] = storyRegion(lifted, words);
  return b >= a ? [a, b] : null;
}

/** Names of the stage-2 features, in vector order. */
export const STAGE2_FEATURES: readonly string[] = ["z", "zp1", "zn1", "zp2", "zn2", "m3", "m10", "mPrev", "mNext", "inRegion", "regionDist", "zShort", "zIn"];

const clampZ = (z: number): number => Math.max(-8, Math.min(8, z));

/**
 * Visits every block's stage-2 feature vector from stage-1 logits, in block order:
 * neighbours, window means, story region. The vector given to visit is reused for the
 * next block (copy it to keep it): an array per block was a twentieth of all the
 * pipeline allocates.
 */
function eachStage2Row(z: ArrayLike<number>, raws: readonly RawFeatures[], visit: (i: number, row: Float64Array) => void, probabilities?: ArrayLike<number>): void {
  const n = z.length;
  // sigmoid of every z: given by scoreLaidOut, which returns them as p1 (not made twice).
  let ps = probabilities;
  if (!ps) {
    const p = floatColumn(n);
    for (let i = 0; i < n; i++) p[i] = sigmoid(z[i]!);
    ps = p;
  }
  const lens = intColumn(n, 0);
  for (let i = 0; i < n; i++) lens[i] = raws[i]!.words;
  const [rs, re] = storyRegion(ps, lens);
  // Prefix sums of p for window means.
  const pre = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) pre[i + 1] = pre[i]! + ps[i]!;
  const mean = (a: number, b: number): number => {
    const lo = Math.max(0, a);
    const hi = Math.min(n - 1, b);
    return hi >= lo ? (pre[hi + 1]! - pre[lo]!) / (hi - lo + 1) : 0.5;
  };
  const row = new Float64Array(STAGE2_FEATURES.length);
  for (let i = 0; i < n; i++) {
    const zi = clampZ(z[i]!);
    const inRegion = i >= rs && i <= re;
    const dist = inRegion ? 0 : i < rs ? rs - i : i - re;
    row[0] = zi;
    row[1] = i > 0 ? clampZ(z[i - 1]!) : 0;
    row[2] = i < n - 1 ? clampZ(z[i + 1]!) : 0;
    row[3] = i > 1 ? clampZ(z[i - 2]!) : 0;
    row[4] = i < n - 2 ? clampZ(z[i + 2]!) : 0;
    row[5] = mean(i - 3, i + 3);
    row[6] = mean(i - 10, i + 10);
    row[7] = mean(i - 5, i - 1);
    row[8] = mean(i + 1, i + 5);
    row[9] = b2n(inRegion);
    row[10] = log1p(Math.min(dist, 50));
    row[11] = lens[i]! <= 5 ? zi : 0;
    row[12] = inRegion ? zi : 0;
    visit(i, row);
  }
}

/** Stage-2 feature vectors from stage-1 logits: neighbours, window means, story region. */
export function stage2Features(z: ArrayLike<number>, xs: readonly BlockInfo[]): number[][] {
  const out: number[][] = [];
  eachStage2Row(z, split(xs).raws, (_i, row) => out.push(Array.from(row)));
  return out;
}

/** A story model compiled for the feature vectors. */
export interface CompiledStoryModel {
  stage1: CompiledModel;
  stage1Trees: CompiledForest | null;
  stage2: CompiledModel;
}

export function compileStoryModel(m: StoryModel): CompiledStoryModel {
  return {
    stage1: compile(m.stage1, STAGE1_FEATURES),
    stage1Trees: m.stage1Trees?.length ? compileForest(m.stage1Trees, STAGE1_FEATURES) : null,
    stage2: compile(m.stage2, STAGE2_FEATURES),
  };
}

/** Stage-1 logit of one block: the linear part plus the trees' corrections. */
export function stage1Logit(m: CompiledStoryModel, f: ArrayLike<number>): number {
  return dot(m.stage1, f) + (m.stage1Trees ? forestScore(m.stage1Trees, f) : 0);
}

/**
 * Story probability of every block, alone (p1) and in context (p2). The feature
 * vectors (f1, f2) are kept only when asked for (--explain): each vector is
 * scored as it is made.
 */
export function scoreBlocks(
  xs: readonly BlockInfo[],
  hasBlank: boolean,
  model: CompiledStoryModel,
  keepFeatures = false,
): { p1: number[]; p2: number[]; f1: number[][]; f2: number[][] } {
  const { raws, layout } = split(xs);
  const s = scoreLaidOut(raws, layout, hasBlank, model, keepFeatures);
  return { ...s, p1: Array.from(s.p1), p2: Array.from(s.p2) };
}

/**
 * scoreBlocks from the blocks' features and layouts in two lists (raws[i] and
 * layout[i] are block i): classify passes its blocks as the layouts, with no
 * BlockInfo object made per block. The scores are Float64Arrays on a long dump (8
 * bytes a block, outside the heap; see floatColumn), the stage-2 logits turned into
 * p2 where they are: on a dump of
 * 180,000 short lines, the scorer's arrays of numbers (z1, p1, z2, p2, the word
 * counts) were 7 MB of large objects on the heap at classify's peak (issue 5).
 */
export function scoreLaidOut(
  raws: readonly RawFeatures[],
  layout: readonly BlockLayout[],
  hasBlank: boolean,
  model: CompiledStoryModel,
  keepFeatures = false,
): { p1: ArrayLike<number>; p2: ArrayLike<number>; f1: number[][]; f2: number[][] } {
  const f1: number[][] = [];
  const f2: number[][] = [];
  const n = raws.length;
  const z1 = floatColumn(n);
  eachStage1Row(raws, layout, hasBlank, (i, row) => {
    z1[i] = stage1Logit(model, row);
    if (keepFeatures) f1.push(Array.from(row));
  });
  const p1 = floatColumn(n);
  for (let i = 0; i < n; i++) p1[i] = sigmoid(z1[i]!);
  const p2 = floatColumn(n);
  eachStage2Row(
    z1,
    raws,
    (i, row) => {
      p2[i] = dot(model.stage2, row);
      if (keepFeatures) f2.push(Array.from(row));
    },
    p1,
  );
  for (let i = 0; i < n; i++) p2[i] = sigmoid(p2[i]!);
  return { p1, p2, f1, f2 };
}
