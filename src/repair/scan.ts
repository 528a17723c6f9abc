/**
 * One pass over the text that tells which fixers could have anything to do, so
 * correct text (the common case) skips them all after a single cheap loop. Each
 * flag is a superset of what its fixer acts on: a set flag only means "look".
 */

export const CR = 1 << 0;
export const ESC = 1 << 1;
export const AMP = 1 << 2;
/** C0 controls (not tab/LF/CR), DEL, C1 controls. */
export const CONTROL = 1 << 3;
/** No-break and other odd spaces. */
export const ODD_SPACE = 1 << 4;
/** Zero-width, soft hyphen, BOM, directional marks. */
export const INVISIBLE = 1 << 5;
export const REPLACEMENT = 1 << 6;
/** Characters from U+0300 up: only these can change under NFC. */
export const NFC_CANDIDATE = 1 << 7;
/** Something mojibake-like: two adjacent non-ASCII characters one of which is Latin-1,
 * Latin Extended, punctuation, currency, math or box drawing; a C1 control; Â, Ã, Œ, œ;
 * a Cyrillic letter next to a Latin letter or digit. */
export const MOJIBAKE = 1 << 8;
/** Accented Latin beside a letter of another script, or Â, or U+FFFD: junk candidates. */
export const JUNK = 1 << 9;
/** Curly quotes, dashes, ellipsis (for --ascii-punctuation). */
export const PUNCT = 1 << 10;

function isSuspect(c: number): boolean {
  return (c >= 0x80 && c <= 0x2ff) || c === 0x402 || (c >= 0x2000 && c <= 0x25ff) || c === 0xf8ff || c === 0xfffd;
}
function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
function isLatinX(c: number): boolean {
  return (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff);
}
/** Â Ã Ð Ñ Ø Ù: windows-1252 readings of the commonest UTF-8 lead bytes. */
function isLeadLetter(c: number): boolean {
  return c === 0xc2 || c === 0xc3 || c === 0xd0 || c === 0xd1 || c === 0xd8 || c === 0xd9;
}
function isOtherScript(c: number): boolean {
  return (c >= 0x370 && c <= 0x1dff) || (c >= 0x2c00 && c <= 0xfffc);
}

/** The flags of the text, in one loop over its UTF-16 code units. */
export function scanText(text: string): number {
  let flags = 0;
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c < 0x20) {
        if (c === 13) flags |= CR;
        else if (c === 27) flags |= ESC | CONTROL;
        else if (c !== 9 && c !== 10) flags |= CONTROL;
      } else if (c === 38) flags |= AMP;
      else if (c === 127) flags |= CONTROL;
      // A Cyrillic letter glued to a Latin one: windows-1251 mojibake of Latin text ("SГЈo").
      else if (prev >= 0x400 && prev <= 0x4ff && isAsciiAlnum(c)) flags |= MOJIBAKE;
      prev = c;
      continue;
    }
    if (c >= 0x400 && c <= 0x4ff && isAsciiAlnum(prev)) flags |= MOJIBAKE;
    if (c <= 0x9f) flags |= CONTROL | MOJIBAKE;
    else if (c === 0x2028 || c === 0x2029) flags |= CR;
    else if (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000) flags |= ODD_SPACE;
    else if (c === 0xad || c === 0x180e || (c >= 0x200b && c <= 0x200f) || c === 0x2060 || c === 0xfeff || c === 0x61c || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) flags |= INVISIBLE;
    else if (c === 0xfffd) flags |= REPLACEMENT | JUNK;
    if (c >= 0x300) flags |= NFC_CANDIDATE;
    if (c === 0xc2) flags |= MOJIBAKE | JUNK;
    else if (c === 0xc3 || c === 0x152 || c === 0x153) flags |= MOJIBAKE;
    if ((c >= 0x2013 && c <= 0x2026) || c === 0x2032 || c === 0x2033 || c === 0x2212) flags |= PUNCT;
    if (prev >= 0x80) {
      if (isSuspect(c) || isSuspect(prev)) flags |= MOJIBAKE;
      if ((isLatinX(c) && isOtherScript(prev)) || (isLatinX(prev) && isOtherScript(c)) || (isLeadLetter(c) && isLeadLetter(prev))) flags |= JUNK;
    }
    prev = c;
  }
  return flags;
}
