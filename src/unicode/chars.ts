/**
 * Character classes by code point, for the hot loops of classify and meta that
 * used to test one character at a time with Unicode-property regexes
 * (`/\p{L}/u.test(ch)` builds a string and runs a regex per character).
 *
 * charFlags(cp) answers the same questions as those regexes and as
 * toLowerCase/toUpperCase, exactly: each answer is computed once per code point
 * with the regex itself and kept in a fixed-size table (BMP only; astral code
 * points, rare in text, are computed each time). The table fills lazily, so
 * loading this module costs nothing at start-up.
 */

/** \p{L}: a letter of any script. */
export const LETTER = 1 << 0;
/** \p{N}: a digit or other number character. */
export const NUMBER = 1 << 1;
/** \p{P} or \p{S}: punctuation or a symbol. */
export const PUNCT_SYMBOL = 1 << 2;
/** ch.toLowerCase() !== ch: an upper-case (or title-case) character. */
export const LOWERS = 1 << 3;
/** ch.toUpperCase() !== ch: a lower-case character. */
export const UPPERS = 1 << 4;
/** ch.toLowerCase() !== ch.toUpperCase(): a cased character. */
export const CASED = 1 << 5;
/** \p{Ll}: a lower-case letter. */
export const LOWER_LETTER = 1 << 6;
/**
 * A character of the scripts written without spaces between words: Han,
 * Hiragana, Katakana, Thai, Lao, Khmer, Myanmar.
 */
export const UNSPACED = 1 << 7;
/** \p{M}: a combining mark. */
export const MARK = 1 << 8;
/** \s: white space or a line break (as the u-flag regex \s matches it). */
export const SPACE = 1 << 9;
/** Set once the entry has been computed. */
const KNOWN = 1 << 15;

const LETTER_RE = /^\p{L}$/u;
const NUMBER_RE = /^\p{N}$/u;
const PUNCT_SYMBOL_RE = /^[\p{P}\p{S}]$/u;
const LOWER_LETTER_RE = /^\p{Ll}$/u;
const MARK_RE = /^\p{M}$/u;
const SPACE_RE = /^\s$/u;
const UNSPACED_RE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]$/u;

/** The flags of one code point, computed with the regexes they stand for. */
function computeFlags(cp: number): number {
  const ch = String.fromCodePoint(cp);
  let f = KNOWN;
  if (LETTER_RE.test(ch)) f |= LETTER;
  if (NUMBER_RE.test(ch)) f |= NUMBER;
  if (PUNCT_SYMBOL_RE.test(ch)) f |= PUNCT_SYMBOL;
  if (LOWER_LETTER_RE.test(ch)) f |= LOWER_LETTER;
  if (MARK_RE.test(ch)) f |= MARK;
  if (SPACE_RE.test(ch)) f |= SPACE;
  if (UNSPACED_RE.test(ch)) f |= UNSPACED;
  const lo = ch.toLowerCase();
  const up = ch.toUpperCase();
  if (lo !== ch) f |= LOWERS;
  if (up !== ch) f |= UPPERS;
  if (lo !== up) f |= CASED;
  return f;
}

/** Flags of the BMP code points seen so far (0 = not yet computed). */
const BMP = new Uint16Array(0x10000);

/**
 * The class flags of a code point (a UTF-16 code unit alone, such as a lone
 * surrogate, is classed as the one-unit string it makes).
 */
export function charFlags(cp: number): number {
  if (cp > 0xffff) return computeFlags(cp);
  const f = BMP[cp]!;
  if (f !== 0) return f;
  return (BMP[cp] = computeFlags(cp));
}

/** Letter or digit (\p{L} or \p{N}) at code point c: ASCII by range, the rest by the class table. */
export function letterOrDigit(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return (charFlags(c) & (LETTER | NUMBER)) !== 0;
}

/** singleLower of the BMP code units asked for so far: 0 not yet, -1 none, else the lower case + 1. */
const SINGLE_LOWER = new Int32Array(0x10000);

/**
 * The code unit toLowerCase maps the BMP code unit c to on its own, when that is one
 * unit and no surrogate; -1 for the others: "Σ" (σ or ς by its place in a word), "İ"
 * (two units), surrogates. A word of units that all have one lower-cases unit by unit.
 * Computed the first time a unit is asked for.
 */
export function singleLower(c: number): number {
  const known = SINGLE_LOWER[c]!;
  if (known !== 0) return known > 0 ? known - 1 : -1;
  const l = String.fromCharCode(c).toLowerCase();
  const u = l.charCodeAt(0);
  const one = l.length === 1 && c !== 0x3a3 && (c < 0xd800 || c > 0xdfff) && (u < 0xd800 || u > 0xdfff);
  SINGLE_LOWER[c] = one ? u + 1 : -1;
  return one ? u : -1;
}
