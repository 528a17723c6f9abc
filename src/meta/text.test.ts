import { describe, expect, it } from "vitest";
import { moreWordsThan } from "./text.js";

describe("moreWordsThan", () => {
  it("answers as text.split(/\\s+/).length > n would", () => {
    const cases = ["", "one", "one two", " lead", "trail ", "a  b\tc\nd", "  ", "x ".repeat(40)];
    for (const t of cases) for (const n of [0, 1, 2, 3, 4, 30, 31]) expect(moreWordsThan(t, n), `${JSON.stringify(t)} ${n}`).toBe(t.split(/\s+/).length > n);
  });

  it("stops early on a huge line and can be called again", () => {
    const huge = "word ".repeat(2_000_000);
    expect(moreWordsThan(huge, 30)).toBe(true);
    expect(moreWordsThan("a b", 30)).toBe(false);
  });
});
