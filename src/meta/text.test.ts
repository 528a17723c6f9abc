import { describe, expect, it } from "vitest";
import { hasLetters, letterCount, lineKey, moreWordsThan, squeeze, wordCount, wordCountUpTo } from "./text.js";

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

describe("wordCountUpTo", () => {
  const cases = ["", "one", "Talks resume in Geneva", "  a  — b ", "北京时间 新闻", "1 2 3 | 4", "x ".repeat(40)];

  it("is wordCount when that is at most the cap, and above the cap otherwise", () => {
    for (const t of cases) {
      for (const cap of [0, 2, 3, 30]) {
        const n = wordCountUpTo(t, cap);
        if (wordCount(t) <= cap) expect(n, `${JSON.stringify(t)} ${cap}`).toBe(wordCount(t));
        else expect(n, `${JSON.stringify(t)} ${cap}`).toBeGreaterThan(cap);
      }
    }
  });

  it("stops early on a huge block and can be called again", () => {
    expect(wordCountUpTo("word ".repeat(2_000_000), 30)).toBe(31);
    expect(wordCountUpTo("Talks resume in Geneva", 30)).toBe(4);
  });
});

describe("hasLetters", () => {
  it("letterCount counts what /\\p{L}/gu matches", () => {
    for (const t of ["", "12 34", "Genève", "北京 news", "𝐀𝐁 c", "\ud835 lone", "İ\u0307x", "ab-cd"]) expect(letterCount(t), t).toBe(t.match(/\p{L}/gu)?.length ?? 0);
  });

  it("answers as letterCount(text) >= n would", () => {
    for (const t of ["", "12 34", "ab", "Genève", "北京", "a1b2c3d4e5f6g7h8"]) for (const n of [0, 1, 2, 3, 8]) expect(hasLetters(t, n), `${t} ${n}`).toBe(letterCount(t) >= n);
  });
});

describe("lineKey", () => {
  it("compares lines whatever their spacing, case, normal form and quote marks", () => {
    expect(lineKey("  “Burned  her up”  ")).toBe(lineKey('"burned her up"'));
    expect(lineKey("It’s here")).toBe(lineKey("It's here"));
    expect(lineKey("Cafe\u0301")).toBe(lineKey("Café"));
    expect(lineKey("Burned her up")).not.toBe(lineKey("Burned her down"));
  });
});

describe("squeeze", () => {
  it("is text.replace(/\\s+/g, \" \").trim(), and gives the text itself when that changes nothing", () => {
    const pieces = ["a", "Bé", " ", "  ", "\t", "\n", "\u00a0", "\u3000", "\ufeff", "\u2028", "-", "中"];
    for (const a of pieces) for (const b of pieces) for (const c of pieces) {
      const t = a + b + c;
      expect(squeeze(t), JSON.stringify(t)).toBe(t.replace(/\s+/g, " ").trim());
    }
    const clean = "By Jane Doe, Reuters";
    expect(squeeze(clean)).toBe(clean);
  });
});
