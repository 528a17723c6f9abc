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
/** "<": a tag left from the page's markup could be there. */
export const MARKUP = 1 << 11;
/** "\\": a JavaScript/JSON escape ("\\u2019") could be there. */
export const BACKSLASH = 1 << 12;

/** Class bits kept above the flags in CLASSES: what the neighbour rules of scanText look at. */
const SUSPECT = 1 << 16; // Latin-1, Latin Extended, punctuation, currency, math, box drawing, Ђ, U+F8FF, U+FFFD
const LATIN_X = 1 << 17; // accented Latin
const OTHER_SCRIPT = 1 << 18; // a letter of a script other than Latin (roughly: Greek up, CJK, ...)
const LEAD_LETTER = 1 << 19; // Â Ã Ð Ñ Ø Ù: windows-1252 readings of the commonest UTF-8 lead bytes
const CYRILLIC = 1 << 20;
const ASCII_ALNUM = 1 << 21;
const NON_ASCII = 1 << 22;
const FLAG_BITS = 0xffff;

/** The flags a code unit sets alone, and its class bits: the rules of scanText, by code unit. */
function classOf(c: number): number {
  let e = 0;
  if (c < 0x80) {
    if (c < 0x20) {
      if (c === 13) e |= CR;
      else if (c === 27) e |= ESC | CONTROL;
      else if (c !== 9 && c !== 10) e |= CONTROL;
    } else if (c === 38) e |= AMP;
    else if (c === 60) e |= MARKUP;
    else if (c === 92) e |= BACKSLASH;
    else if (c === 127) e |= CONTROL;
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) e |= ASCII_ALNUM;
    return e;
  }
  e |= NON_ASCII;
  if (c <= 0x9f) e |= CONTROL | MOJIBAKE;
  else if (c === 0x2028 || c === 0x2029) e |= CR;
  else if (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000) e |= ODD_SPACE;
  else if (c === 0xad || c === 0x180e || (c >= 0x200b && c <= 0x200f) || c === 0x2060 || c === 0xfeff || c === 0x61c || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) e |= INVISIBLE;
  else if (c === 0xfffd) e |= REPLACEMENT | JUNK;
  if (c >= 0x300) e |= NFC_CANDIDATE;
  if (c === 0xc2) e |= MOJIBAKE | JUNK;
  else if (c === 0xc3 || c === 0x152 || c === 0x153) e |= MOJIBAKE;
  if ((c >= 0x2013 && c <= 0x2026) || c === 0x2032 || c === 0x2033 || c === 0x2212) e |= PUNCT;
  if ((c >= 0x80 && c <= 0x2ff) || c === 0x402 || (c >= 0x2000 && c <= 0x25ff) || c === 0xf8ff || c === 0xfffd) e |= SUSPECT;
  if ((c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff)) e |= LATIN_X;
  if (c === 0xc2 || c === 0xc3 || c === 0xd0 || c === 0xd1 || c === 0xd8 || c === 0xd9) e |= LEAD_LETTER;
  if ((c >= 0x370 && c <= 0x1dff) || (c >= 0x2c00 && c <= 0xfffc)) e |= OTHER_SCRIPT;
  if (c >= 0x400 && c <= 0x4ff) e |= CYRILLIC;
  return e;
}

/** Set in every entry of CLASSES once computed (0: not yet); above the class bits, masked off with them. */
const KNOWN = 1 << 23;

/**
 * classOf of each UTF-16 code unit | KNOWN, filled in as units are met (0: not yet):
 * a one-file run meets a hundred or so, and filling the 12,000 below U+3000 at once
 * was 6 ms of its start-up.
 */
const CLASSES = new Int32Array(0x10000);

/** CLASSES[c], computed when c is first met. */
function classAt(c: number): number {
  const e = CLASSES[c]!;
  return e !== 0 ? e : (CLASSES[c] = classOf(c) | KNOWN);
}

/**
 * The flags of the text, in one loop over its UTF-16 code units, each looked up in
 * a table of its flags and classes. Besides the flags a character sets alone, two
 * neighbours set:
 * - MOJIBAKE: a Cyrillic letter glued to an ASCII letter or digit, either way round
 *   (windows-1251 mojibake of Latin text, "SГЈo"); two non-ASCII characters one of
 *   which is suspect;
 * - JUNK: two non-ASCII characters, accented Latin beside another script, or two lead letters.
 */
export function scanText(text: string): number {
  let flags = 0;
  let prev = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const e = classAt(text.charCodeAt(i));
    flags |= e;
    // Plain ASCII after plain ASCII (most of most text) needs nothing more.
    if (((e | prev) & NON_ASCII) !== 0) {
      if (((e & CYRILLIC) !== 0 && (prev & ASCII_ALNUM) !== 0) || ((prev & CYRILLIC) !== 0 && (e & ASCII_ALNUM) !== 0)) flags |= MOJIBAKE;
      if ((e & prev & NON_ASCII) !== 0) {
        if (((e | prev) & SUSPECT) !== 0) flags |= MOJIBAKE;
        if (((e & LATIN_X) !== 0 && (prev & OTHER_SCRIPT) !== 0) || ((prev & LATIN_X) !== 0 && (e & OTHER_SCRIPT) !== 0) || (e & prev & LEAD_LETTER) !== 0) flags |= JUNK;
      }
    }
    prev = e;
  }
  return flags & FLAG_BITS;
}
