import { describe, expect, it } from "vitest";
import { compileForest, forestScore, STAGE1_FEATURES, type TreeNode } from "./model.js";

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

  it("refuses a tree over a feature the model does not compute", () => {
    expect(() => compileForest([["nope", 1, 0, 1]], STAGE1_FEATURES)).toThrow(/nope/);
  });
});
