import { describe, expect, it } from "vitest";
import { segment, wrapWidth } from "./index.js";

describe("segment", () => {
  it("makes one block per line and records blank lines around it", () => {
    const blocks = segment("Title\n\nMenu one\nMenu two\n\nA paragraph.\n");
    expect(blocks.map((b) => b.text)).toEqual(["Title", "Menu one", "Menu two", "A paragraph."]);
    expect(blocks.map((b) => [b.blankBefore, b.blankAfter])).toEqual([
      [true, true],
      [true, false],
      [false, true],
      [true, true],
    ]);
    expect(blocks.map((b) => b.line)).toEqual([1, 3, 4, 6]);
  });

  it("collapses inner whitespace and skips whitespace-only lines", () => {
    const blocks = segment("  a \t b  \n \t \nc");
    expect(blocks.map((b) => b.text)).toEqual(["a b", "c"]);
    expect(blocks[1]!.blankBefore).toBe(true);
  });

  it("gives no blocks for empty text", () => {
    expect(segment("")).toEqual([]);
    expect(segment("\n\n \n")).toEqual([]);
  });

  it("rejoins paragraphs hard-wrapped at a fixed width", () => {
    const para = (seed: string): string[] => [
      `${seed} the council met on Tuesday evening to discuss the plan for`,
      "the harbour road, which traders say will cost them customers and",
      "which the transport lead says will make buses faster for everyone",
      "in the town.",
    ];
    const text = [...para("First,"), "", ...para("Then"), "", ...para("Finally,")].join("\n");
    expect(wrapWidth(text.split("\n"))).toBeGreaterThan(55);
    const blocks = segment(text);
    expect(blocks).toHaveLength(3);
    expect(blocks[0]!.text.startsWith("First, the council met")).toBe(true);
    expect(blocks[0]!.text.endsWith("everyone in the town.")).toBe(true);
    expect(blocks[0]!.lines).toHaveLength(4);
    expect(blocks[1]!.line).toBe(6);
  });

  it("does not join lines of a dump that is not wrapped", () => {
    const text = "Short line\nAnother short line\nA much longer line that goes on and on for quite a while, as paragraphs do.\nEnd";
    expect(wrapWidth(text.split("\n"))).toBe(0);
    expect(segment(text)).toHaveLength(4);
  });
});
