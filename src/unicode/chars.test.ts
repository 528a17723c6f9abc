import { describe, expect, it } from "vitest";
import { CASED, charFlags, LETTER, LOWER_LETTER, LOWERS, MARK, NUMBER, PUNCT_SYMBOL, singleLower, SPACE, UNSPACED, UPPERS } from "./chars.js";

const cp = (ch: string): number => ch.codePointAt(0)!;
const has = (ch: string, flag: number): boolean => (charFlags(cp(ch)) & flag) !== 0;

describe("charFlags", () => {
  it("classes letters, numbers, punctuation and symbols of several scripts", () => {
    for (const ch of ["a", "Z", "é", "Ж", "ß", "中", "ع", "𝐀"]) expect(has(ch, LETTER), ch).toBe(true);
    for (const ch of ["7", "٣", "Ⅻ", "½"]) expect(has(ch, NUMBER), ch).toBe(true);
    for (const ch of [",", "—", "«", "€", "©", "。", "😀"]) expect(has(ch, PUNCT_SYMBOL), ch).toBe(true);
    for (const ch of [" ", "\u00a0", "7"]) expect(has(ch, LETTER | PUNCT_SYMBOL), ch).toBe(false);
    for (const ch of [" ", "\t", "\u00a0", "\u3000", "\ufeff"]) expect(has(ch, SPACE), ch).toBe(true);
  });

  it("tells upper-case from lower-case and uncased letters", () => {
    expect(has("A", LOWERS) && has("A", CASED) && !has("A", UPPERS)).toBe(true);
    expect(has("ж", UPPERS) && has("ж", LOWER_LETTER) && !has("ж", LOWERS)).toBe(true);
    // ß upper-cases to "SS": lower case; Han has no case.
    expect(has("ß", UPPERS)).toBe(true);
    expect(has("中", CASED) || has("中", LOWERS) || has("中", UPPERS)).toBe(false);
  });

  it("marks combining marks and the scripts written without spaces", () => {
    expect(has("\u0301", MARK)).toBe(true);
    for (const ch of ["中", "の", "カ", "ก"]) expect(has(ch, UNSPACED), ch).toBe(true);
    for (const ch of ["a", "한", "ع"]) expect(has(ch, UNSPACED), ch).toBe(false);
  });

  it("gives a lone surrogate no class and answers the same on a second call", () => {
    expect(charFlags(0xd800) & (LETTER | NUMBER | PUNCT_SYMBOL | CASED)).toBe(0);
    expect(charFlags(cp("é"))).toBe(charFlags(cp("é")));
  });

  it("agrees with the Unicode-property regexes over the whole BMP", () => {
    for (let c = 0; c < 0x10000; c += 7) {
      const ch = String.fromCharCode(c);
      const f = charFlags(c);
      expect((f & LETTER) !== 0, c.toString(16)).toBe(/\p{L}/u.test(ch));
      expect((f & PUNCT_SYMBOL) !== 0, c.toString(16)).toBe(/[\p{P}\p{S}]/u.test(ch));
      expect((f & LOWERS) !== 0, c.toString(16)).toBe(ch.toLowerCase() !== ch);
      expect((f & SPACE) !== 0, c.toString(16)).toBe(/\s/u.test(ch));
    }
  });
});

describe("singleLower", () => {
  it("is the one-unit lower case toLowerCase gives a BMP unit on its own, or -1", () => {
    for (let c = 0; c < 0x10000; c++) {
      const l = String.fromCharCode(c).toLowerCase();
      const surrogate = (u: number): boolean => u >= 0xd800 && u <= 0xdfff;
      const want = l.length === 1 && c !== 0x3a3 && !surrogate(c) && !surrogate(l.charCodeAt(0)) ? l.charCodeAt(0) : -1;
      if (singleLower(c) !== want) expect([c, singleLower(c)]).toEqual([c, want]);
    }
    expect(singleLower(0x41)).toBe(0x61);
    expect(singleLower(0x3a3)).toBe(-1); // Σ: σ or ς by its place
    expect(singleLower(0x130)).toBe(-1); // İ: two units
    expect(singleLower(0x23a)).toBe(0x2c65); // Ⱥ: one unit, beyond U+0E00
  });
});
