import { describe, expect, it } from "vitest";
import { segment } from "../segment/index.js";
import { blockFeatures } from "./features.js";
import { compileForest, compileStoryModel, forestScore, OWN_FEATURES, scoreBlocks, STAGE1_FEATURES, stage1Features, stage2Features, type BlockInfo, type TreeNode } from "./model.js";
import { STORY_MODEL } from "./weights.js";

describe("boosted trees", () => {
  const lw = STAGE1_FEATURES.indexOf("lw");
  const cap = STAGE1_FEATURES.indexOf("cap");
  const vec = (values: Record<number, number>): number[] => STAGE1_FEATURES.map((_, i) => values[i] ?? 0);

  it("walks each tree to a leaf (<= goes left) and sums the leaves", () => {
    const trees: TreeNode[] = [["lw", 2, -1, ["cap", 0.5, 0.5, 0.25]], 0.125];
    const forest = compileForest(trees, STAGE1_FEATURES);
    expect(forestScore(forest, vec({ [lw]: 1 }))).toBe(-1 + 0.125);
    expect(forestScore(forest, vec({ [lw]: 2 }))).toBe(-1 + 0.125);
    expect(forestScore(forest, vec({ [lw]: 3, [cap]: 0.5 }))).toBe(0.5 + 0.125);
    expect(forestScore(forest, vec({ [lw]: 3, [cap]: 0.9 }))).toBe(0.25 + 0.125);
  });

  it("walks trees of different depths alike, and sends a missing (NaN) value to the right", () => {
    // Depth 3 on the left, a leaf right under the root on the right.
    const trees: TreeNode[] = [["lw", 2, ["cap", 0.5, ["lw", 1, 1, 2], 3], 4], ["cap", 0.1, 10, 20]];
    const forest = compileForest(trees, STAGE1_FEATURES);
    expect(forestScore(forest, vec({ [lw]: 0.5, [cap]: 0 }))).toBe(1 + 10);
    expect(forestScore(forest, vec({ [lw]: 1.5, [cap]: 0.2 }))).toBe(2 + 20);
    expect(forestScore(forest, vec({ [lw]: 1.5, [cap]: 0.9 }))).toBe(3 + 20);
    expect(forestScore(forest, vec({ [lw]: 9, [cap]: 0 }))).toBe(4 + 10);
    expect(forestScore(forest, vec({ [lw]: Number.NaN, [cap]: Number.NaN }))).toBe(4 + 20);
    expect(forestScore(compileForest([], STAGE1_FEATURES), vec({}))).toBe(0);
    expect(forestScore(compileForest([0.5], STAGE1_FEATURES), vec({}))).toBe(0.5);
  });

  it("sums what walking each tree by hand gives, for many trees of mixed depths", () => {
    let seed = 7;
    const rnd = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const names = ["lw", "cap", "sw", "end"];
    const grow = (depth: number): TreeNode => (depth === 0 || rnd() < 0.2 ? Math.round(rnd() * 100) / 10 - 5 : [names[Math.floor(rnd() * 4)]!, rnd(), grow(depth - 1), grow(depth - 1)]);
    const trees = Array.from({ length: 11 }, (_, i) => grow(1 + (i % 4)));
    const walk = (t: TreeNode, f: number[]): number => (typeof t === "number" ? t : f[STAGE1_FEATURES.indexOf(t[0])]! <= t[1] ? walk(t[2], f) : walk(t[3], f));
    const forest = compileForest(trees, STAGE1_FEATURES);
    for (let n = 0; n < 200; n++) {
      const f = STAGE1_FEATURES.map(() => (rnd() < 0.05 ? Number.NaN : rnd()));
      let z = 0;
      for (const t of trees) z += walk(t, f);
      expect(forestScore(forest, f)).toBe(z);
    }
  });

  it("refuses a tree over a feature the model does not compute", () => {
    expect(() => compileForest([["nope", 1, 0, 1]], STAGE1_FEATURES)).toThrow(/nope/);
  });
});

function infosOf(text: string): { infos: BlockInfo[]; hasBlank: boolean } {
  const blocks = segment(text);
  const { raws, doc } = blockFeatures(blocks, "en");
  return { infos: blocks.map((b, i) => ({ raw: raws[i]!, lines: b.lines.length, blankBefore: b.blankBefore, blankAfter: b.blankAfter })), hasBlank: doc.hasBlankLines };
}

const TEXT = [
  "Home\nNews\nSport",
  "Council votes to close library",
  "The city council voted on Tuesday to close the old library on the harbour, ending a debate that has run for years.",
  "Supporters said the building was part of the town's history and that the council had not listened to them.",
  "Share",
  "The council said the cost of repairing the roof was too high, and that a new library would open next spring.",
].join("\n\n");

describe("stage1Features", () => {
  it("gives each block its neighbours' length, stopword and sentence-end features, and marks missing neighbours", () => {
    const { infos, hasBlank } = infosOf(TEXT);
    const rows = stage1Features(infos, hasBlank);
    expect(rows).toHaveLength(infos.length);
    const col = (name: string): number => STAGE1_FEATURES.indexOf(name);
    const own = (name: string): number => OWN_FEATURES.indexOf(name as (typeof OWN_FEATURES)[number]);
    for (let i = 0; i < rows.length; i++) {
      expect(rows[i]).toHaveLength(STAGE1_FEATURES.length);
      for (const [tag, d] of [["p2", -2], ["p1", -1], ["n1", 1], ["n2", 2]] as const) {
        const nb = rows[i + d];
        expect(rows[i]![col(`${tag}_none`)]).toBe(nb ? 0 : 1);
        for (const f of ["lw", "swLong", "endLong"]) expect(rows[i]![col(`${tag}_${f}`)]).toBe(nb ? nb[own(f)] : 0);
      }
    }
  });
});

describe("scoreBlocks", () => {
  it("keeps the feature vectors only when asked, with the same scores either way", () => {
    const { infos, hasBlank } = infosOf(TEXT);
    const model = compileStoryModel(STORY_MODEL);
    const plain = scoreBlocks(infos, hasBlank, model);
    const kept = scoreBlocks(infos, hasBlank, model, true);
    expect(plain.f1).toEqual([]);
    expect(plain.p2).toEqual(kept.p2);
    expect(kept.f1).toEqual(stage1Features(infos, hasBlank));
    expect(kept.f2).toHaveLength(infos.length);
    // A story paragraph scores above the menu.
    expect(kept.p2[2]!).toBeGreaterThan(kept.p2[0]!);
    expect(stage2Features([0, 0], infos.slice(0, 2))).toHaveLength(2);
  });
});
