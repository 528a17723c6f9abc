import { describe, expect, it } from "vitest";
import fc from "fast-check";
import * as S from "./scan.js";
import { scanText } from "./scan.js";

/* The per-character scan that the table-driven scanText replaced, kept as its specification. */
function isSuspect(c: number): boolean {
  return (c >= 0x80 && c <= 0x2ff) || c === 0x402 || (c >= 0x2000 && c <= 0x25ff) || c === 0xf8ff || c === 0xfffd;
}
function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
function isLatinX(c: number): boolean {
  return (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff);
}
function isLeadLetter(c: number): boolean {
  return c === 0xc2 || c === 0xc3 || c === 0xd0 || c === 0xd1 || c === 0xd8 || c === 0xd9;
}
function isOtherScript(c: number): boolean {
  return (c >= 0x370 && c <= 0x1dff) || (c >= 0x2c00 && c <= 0xfffc);
}
function referenceScan(text: string): number {
  let flags = 0;
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c < 0x20) {
        if (c === 13) flags |= S.CR;
        else if (c === 27) flags |= S.ESC | S.CONTROL;
        else if (c !== 9 && c !== 10) flags |= S.CONTROL;
      } else if (c === 38) flags |= S.AMP;
      else if (c === 60) flags |= S.MARKUP;
      else if (c === 127) flags |= S.CONTROL;
      else if (prev >= 0x400 && prev <= 0x4ff && isAsciiAlnum(c)) flags |= S.MOJIBAKE;
      prev = c;
      continue;
    }
    if (c >= 0x400 && c <= 0x4ff && isAsciiAlnum(prev)) flags |= S.MOJIBAKE;
    if (c <= 0x9f) flags |= S.CONTROL | S.MOJIBAKE;
    else if (c === 0x2028 || c === 0x2029) flags |= S.CR;
    else if (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000) flags |= S.ODD_SPACE;
    else if (c === 0xad || c === 0x180e || (c >= 0x200b && c <= 0x200f) || c === 0x2060 || c === 0xfeff || c === 0x61c || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) flags |= S.INVISIBLE;
    else if (c === 0xfffd) flags |= S.REPLACEMENT | S.JUNK;
    if (c >= 0x300) flags |= S.NFC_CANDIDATE;
    if (c === 0xc2) flags |= S.MOJIBAKE | S.JUNK;
    else if (c === 0xc3 || c === 0x152 || c === 0x153) flags |= S.MOJIBAKE;
    if ((c >= 0x2013 && c <= 0x2026) || c === 0x2032 || c === 0x2033 || c === 0x2212) flags |= S.PUNCT;
    if (prev >= 0x80) {
      if (isSuspect(c) || isSuspect(prev)) flags |= S.MOJIBAKE;
      if ((isLatinX(c) && isOtherScript(prev)) || (isLatinX(prev) && isOtherScript(c)) || (isLeadLetter(c) && isLeadLetter(prev))) flags |= S.JUNK;
    }
    prev = c;
  }
  return flags;
}

describe("scanText", () => {
  it("flags what the character-by-character scan flags", () => {
    // Characters at the edges of every class the scan tells apart, so that neighbours meet.
    const units = [0x09, 0x0a, 0x0d, 0x1b, 0x00, 0x20, 0x26, 0x2f, 0x3c, 0x30, 0x39, 0x41, 0x5a, 0x61, 0x7a, 0x7b, 0x7f, 0x80, 0x9f, 0xa0, 0xad, 0xbf, 0xc0, 0xc2, 0xc3, 0xd0, 0xd1, 0xd7, 0xd8, 0xd9, 0xe9, 0x152, 0x153, 0x24f, 0x250, 0x2ff, 0x300, 0x301, 0x36f, 0x370, 0x3b1, 0x3ff, 0x400, 0x402, 0x41f, 0x4ff, 0x500, 0x61c, 0x627, 0x1680, 0x180e, 0x1dff, 0x1e00, 0x1eff, 0x1f00, 0x2000, 0x200a, 0x200b, 0x200f, 0x2013, 0x2019, 0x2026, 0x2028, 0x2029, 0x202a, 0x202f, 0x2032, 0x205f, 0x2060, 0x2066, 0x2212, 0x25ff, 0x2600, 0x2bff, 0x2c00, 0x3000, 0x3001, 0x4e2d, 0xac00, 0xd83d, 0xde00, 0xf8ff, 0xfeff, 0xfffc, 0xfffd, 0xfffe, 0xffff];
    const text = fc.array(fc.oneof(fc.constantFrom(...units), fc.integer({ min: 0, max: 0xffff })), { maxLength: 30 }).map((cs) => String.fromCharCode(...cs));
    fc.assert(fc.property(text, (t) => scanText(t) === referenceScan(t)), { numRuns: 20000 });
  });

  it("flags a Cyrillic letter glued to a Latin one, either way round, and not a Cyrillic word", () => {
    expect(scanText("SГЈo") & S.MOJIBAKE).not.toBe(0);
    expect(scanText("Гa") & S.MOJIBAKE).not.toBe(0);
    expect(scanText("Привет, мир") & S.MOJIBAKE).toBe(0);
  });
});
