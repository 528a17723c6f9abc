/** Small text helpers shared by the meta parsers. */
import { charFlags, LETTER } from "../unicode/chars.js";

const DOUBLE_QUOTES_RE = /[“”„‟«»]/gu;
const SINGLE_QUOTES_RE = /[‘’‚‛]/gu;

/**
 * Whitespace-normalised, NFC, lower-cased key for comparing lines; typographic
 * quotes count as straight ones (a page's <title> often has "Burned" where its
 * headline has “Burned”).
 */
export function lineKey(text: string): string {
  return straightQuotes(nfc(text).replace(/\s+/g, " ").trim().toLowerCase());
}

/** Typographic quote marks replaced by straight ones. */
export function straightQuotes(text: string): string {
  return text.replace(DOUBLE_QUOTES_RE, '"').replace(SINGLE_QUOTES_RE, "'");
}

const NON_ASCII_RE = /[^\x00-\x7f]/;

/**
 * text.normalize("NFC"), skipped for ASCII text (which NFC leaves as it is): the
 * normalizer costs a microsecond or more even on a short ASCII line, and the title
 * finder keys every block near the top of every dump.
 */
export function nfc(text: string): string {
  return isAscii(text) ? text : text.normalize("NFC");
}

/** Every code unit of the text is ASCII. */
export function isAscii(text: string): boolean {
  return !NON_ASCII_RE.test(text);
}

const HAN_KANA_HANGUL = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu;

/**
 * Word count that also works for scripts written without spaces: whitespace-separated
 * tokens containing a letter or digit, plus one word per two CJK/Thai characters.
 */
export function wordCount(text: string): number {
  let n = 0;
  for (const tok of text.split(/\s+/)) if (tok !== "") n += tokenWords(tok);
  return n;
}

/** Words one whitespace-separated token counts for (see wordCount). */
function tokenWords(tok: string): number {
  const cjk = tok.match(HAN_KANA_HANGUL)?.length ?? 0;
  if (cjk >= 2) return Math.ceil(cjk / 2);
  return /[\p{L}\p{N}]/u.test(tok) ? 1 : 0;
}

const TOKEN_RE = /\S+/g;

/**
 * wordCount(text) when it is at most cap, else some number above cap: counts token by
 * token and stops past cap, so a huge block is not split into millions of strings to
 * learn that it is no headline.
 */
export function wordCountUpTo(text: string, cap: number): number {
  let n = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null && n <= cap; m = TOKEN_RE.exec(text)) n += tokenWords(m[0]);
  return n;
}

/** Number of letters in the text. */
export function letterCount(text: string): number {
  // Counted with the class table (a regex match list was an array of every letter).
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) n++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (charFlags(cp) & LETTER) n++;
  }
  return n;
}

/** "Label: value" lines (captions, metadata rows) that are not subheads: "Photograph: X", "Source: Y", "来源：新华网" (full-width colon, no space). */
export const LABEL_VALUE_RE = /^\p{L}+(?:\s?:\s|：)/u;

/** White space that squeeze changes: a run of two, a character other than " ", or one at either end. */
const UNSQUEEZED_RE = /\s\s|[^\S ]|^ | $/;

/**
 * text.replace(/\s+/g, " ").trim(), without the copies when there is nothing to change
 * (block texts come out of segment single-spaced and trimmed: most byline and title
 * tests were copying their text to learn that).
 */
export function squeeze(text: string): string {
  return UNSQUEEZED_RE.test(text) ? text.replace(/\s+/g, " ").trim() : text;
}

const LETTER_RE = /\p{L}/gu;

/** True when the text has at least n letters; stops counting at n (no array of every letter). */
export function hasLetters(text: string, n: number): boolean {
  let k = 0;
  LETTER_RE.lastIndex = 0;
  while (k < n && LETTER_RE.exec(text) !== null) k++;
  return k >= n;
}

const SPACE_RUN_RE = /\s+/g;

/**
 * True when text.split(/\s+/) has more than n pieces, found without splitting: it
 * stops at the n-th run of white space (a 50 MB one-line block is not cut into
 * millions of strings to learn that it is long).
 */
export function moreWordsThan(text: string, n: number): boolean {
  // The pieces are one more than the runs of white space.
  let pieces = 1;
  SPACE_RUN_RE.lastIndex = 0;
  while (pieces <= n && SPACE_RUN_RE.exec(text) !== null) pieces++;
  return pieces > n;
}

/** A string to match literally inside a regex. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Phrases as one regex alternation matched literally, longest first (so that a phrase
 * is never cut short by a shorter one it starts with), each once.
 */
export function alternation(phrases: readonly string[]): string {
  return [...new Set(phrases)].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
}
