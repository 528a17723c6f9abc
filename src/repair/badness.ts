/**
 * The badness score (after ftfy's badness.py): the number of short character
 * sequences that almost never occur in real text but are typical of mojibake,
 * e.g. "Ã©" (é read as windows-1252), "â€™" (’), "Ð¿Ñ€" (Cyrillic read as
 * windows-1252), "вЂ" (windows-1251 reading of U+2000–U+20FF). A re-decoding is
 * accepted only when it lowers the score. Every alternative below is a fixed
 * number of single characters, so the regex runs in linear time.
 */
import { BAD, BOX, C1, COMMON, CURRENCY, END_PUNCT, KAOMOJI, LAW, LOWER_ACCENTED, LOWER_COMMON, NUMERIC, START_PUNCT, UPPER_ACCENTED, UPPER_COMMON } from "./tables.js";

const la = LOWER_ACCENTED;
/** windows-1252/latin-1 readings of continuation bytes 0x80–0xBF that are not letters, NBSP or SHY. */
const CONT_SYMBOL = "\u0080-\u009f\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u2039\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u203a\u00a1-\u00ac\u00ae-\u00bf\u0160\u0161\u0152\u0153\u017d\u017e\u0178";
/** Every windows-1252/latin-1 reading of a continuation byte 0x80–0xBF. */
const CONT = `${CONT_SYMBOL}\u00a0\u00ad`;
const ua = UPPER_ACCENTED;
/** windows-1251 readings of continuation bytes 0x80–0xBF (Ђ Ѓ ‚ ѓ … ё № є » ј Ѕ ѕ ї, NBSP, SHY). */
const CONT_1251 =
  "\u0401-\u040c\u040e\u040f\u0451-\u045c\u045e\u045f\u0490\u0491\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2116\u2122\u0098\u00a0\u00a4\u00a6\u00a7\u00a9\u00ab-\u00ae\u00b0\u00b1\u00b5-\u00b7\u00bb";

/** KOI8-R readings of continuation bytes 0x80–0xBF that are no letter, space or © (box drawing, ⌠ ⌡ ∙ √ ≈ ≤ ≥ ² ÷). */
const KOI8_CONT = "\u2500-\u25a0\u2320\u2321\u2219\u221a\u2248\u2264\u2265\u00b2\u00f7";

const ALTERNATIVES: readonly string[] = [
  // A C1 control: only latin-1 decoding of UTF-8 leaves these.
  `[${C1}]`,
  `[${BAD}${la}${ua}${BOX}${START_PUNCT}${END_PUNCT}${CURRENCY}${NUMERIC}${LAW}][${BAD}]`,
  `[a-zA-Z][${LOWER_COMMON}${UPPER_COMMON}][${BAD}]`,
  `[${BAD}][${la}${ua}${BOX}${START_PUNCT}${END_PUNCT}${CURRENCY}${NUMERIC}${LAW}]`,
  `[${la}${LOWER_COMMON}${BOX}${END_PUNCT}${CURRENCY}${NUMERIC}][${ua}]`,
  `[${BOX}${END_PUNCT}${CURRENCY}${NUMERIC}][${la}]`,
  `[${la}${BOX}${END_PUNCT}][${CURRENCY}]`,
  `\\s[${ua}][${CURRENCY}]`,
  `[${ua}${BOX}][${NUMERIC}${LAW}]`,
  `[${la}${ua}${BOX}${CURRENCY}${END_PUNCT}][${START_PUNCT}][${NUMERIC}]`,
  `[${la}${ua}${CURRENCY}${NUMERIC}${BOX}${LAW}][${END_PUNCT}][${START_PUNCT}]`,
  `[${CURRENCY}${NUMERIC}${BOX}][${START_PUNCT}]`,
  `[a-z][${ua}][${START_PUNCT}${CURRENCY}]`,
  `[${BOX}][${KAOMOJI}]`,
  `[${la}${ua}${CURRENCY}${NUMERIC}${START_PUNCT}${END_PUNCT}${LAW}][${BOX}]`,
  `[${BOX}][${END_PUNCT}]`,
  `[${la}${ua}][${START_PUNCT}${END_PUNCT}][\\p{L}\\p{N}]`,
  // The ligature œ not followed by a Latin letter.
  `[\u0152\u0153][^A-Za-z]`,
  // Degree sign after a capital accented letter ("Â°" for °).
  `[${ua}]\u00b0`,
  // Common windows-1252 two-character mojibake not covered above: "Â€", "Ã©", "Ð¿", "Î±".
  `[\u00c2\u00c3\u00ce\u00d0][\u20ac\u0160\u0161\u00a2\u00a3\u0178\u017e\u00a0\u00ad\u00ae\u00a9\u00b0\u00b7\u00bb${START_PUNCT}${END_PUNCT}\u2013\u2014\u00b4]`,
  `\u00d7[\u00b2\u00b3]`,
  // windows-1252 mojibake of Arabic ("Ø§Ù„"): needs four characters, as it uses common ones.
  `[\u00d8\u00d9][${COMMON}${CURRENCY}${BAD}${NUMERIC}${START_PUNCT}\u0178\u0160\u00ae\u00b0\u00b5\u00bb][\u00d8\u00d9][${COMMON}${CURRENCY}${BAD}${NUMERIC}${START_PUNCT}\u0178\u0160\u00ae\u00b0\u00b5\u00bb]`,
  // A 3-byte UTF-8 sequence read as windows-1252 or latin-1: lower-case lead "à"-"ï"
  // then a symbol or C1 control, then any continuation ("ä¸­" 中, "â„¢" ™, "æ–‡" 文).
  // (Not NBSP or soft hyphen in the middle: "ä\u00a0–" is Finnish prose.)
  `[\u00e0-\u00ef][${CONT_SYMBOL}][${CONT}]`,
  // A 4-byte sequence (emoji): "ðŸ˜€".
  `\u00f0[\u0178\u009f\u0090-\u009e\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u00a0-\u00bf][${CONT}][${CONT}]`,
  // windows-1252 lead of 3-byte South Asian letters ("à¤¹" for ह).
  `\u00e0[\u00b2\u00b5\u00b9\u00bc\u00bd\u00be]`,
  // MacRoman mojibake ("√©" for é, "‚Äô" for ’).
  `\u221a[\u00b1\u2202\u2020\u2260\u00ae\u2122\u00b4\u2264\u2265\u00a5\u00b5\u00f8]`,
  `\u2248[\u00b0\u00a2]`,
  `\u201a\u00c4[\u00ec\u00ee\u00ef\u00f2\u00f4\u00fa\u00f9\u00fb\u2020\u00b0\u00a2\u03c0]`,
  `\u201a[\u00e2\u00f3][\u00e0\u00e4\u00b0\u00ea]`,
  // windows-1251 mojibake of U+2000–U+20FF ("вЂ™" for ’) and of Cyrillic ("Рџ").
  `\u0432\u0402`,
  // windows-1251 mojibake of Latin letters ("negociaciГіn" for negociación, "hattД±" for
  // hattı, "SГЈo", "25В°"): the lead byte C2–C5 reads as В, Г, Д or Е, the next byte as a
  // symbol or a rare Cyrillic letter, inside a Latin word (Cyrillic text never has them there).
  `[A-Za-z0-9][\u0412-\u0415][${CONT_1251}]`,
  `[\u0412-\u0415][${CONT_1251}][A-Za-z]`,
  // windows-1251 mojibake of Latin-1 signs (UTF-8 lead C2 reads as В): "В© 2026", "В°C", "В«".
  // Not "В»": «В» is a Cyrillic letter in quotes.
  `\u0412[\u00a4\u00a6\u00a7\u00a9\u00ab\u00ac\u00ae\u00b0\u00b1\u00b5\u00b6\u00b7]`,
  // windows-1251 mojibake of Arabic ("Ш§Щ„" for ال): two leads Ш/Щ, each before a continuation.
  `[\u0428\u0429][${CONT_1251}][\u0428\u0429][${CONT_1251}]`,
  `[\u0412\u0413\u0420\u0421][${C1}${BAD}${START_PUNCT}${END_PUNCT}${CURRENCY}\u00b0\u00b5][\u0412\u0413\u0420\u0421]`,
  `\u0413\u045e\u0412\u0402\u0412.[A-Za-z ]`,
  // windows-1252 encodings of "à", "á" and NBSP itself.
  `\u00c3[\u00a0\u00a1]`,
  `[a-z0-9]\\s?[\u00c3\u00c2] `,
  `^[\u00c3\u00c2] `,
  // "Â" from double-encoded NBSP between words and punctuation.
  `[a-z.,?!${END_PUNCT}]\u00c2[ ${START_PUNCT}${END_PUNCT}]`,
  // windows-1253 mojibake of U+2000–U+20FF and of Greek.
  `\u03b2\u20ac[\u2122\u00a0\u0386\u00ad\u00ae\u00b0]`,
  `[\u0392\u0393\u039e\u039f][${C1}${BAD}${START_PUNCT}${END_PUNCT}${CURRENCY}\u00b0][\u0392\u0393\u039e\u039f]`,
  // windows-1257 mojibake of U+2000–U+20FF.
  `\u0100[${C1}${BAD}]`,
  // KOI8-R mojibake: UTF-8 lead bytes read as small Cyrillic letters, continuation
  // bytes as box drawing and math signs ("п▓" for В, "ц╘" for é, "Б─■" for —).
  // Real Cyrillic text never puts those right after a letter.
  `[\u0400-\u04ff][${KOI8_CONT}]`,
  // IBM866 mojibake: lead bytes read as box drawing, continuations as Cyrillic
  // letters ("╨Т" for В, "├й" for é).
  `[\u2500-\u25a0][\u0400-\u04ff]`,
];

export const BADNESS_RE = new RegExp(ALTERNATIVES.join("|"), "gmu");
const BADNESS_TEST_RE = new RegExp(ALTERNATIVES.join("|"), "mu");

/**
 * Every badness sequence contains one of these: two adjacent non-ASCII characters
 * of which one is Latin-1/Latin Extended, a punctuation, currency, math or box
 * character (or Ђ); or a C1 control, "Â", "Ã", "Œ", "œ" alone; or В, Г, Д, Е and another
 * non-ASCII character next to a Latin letter or digit. Text without any
 * (ASCII, CJK, Cyrillic, Arabic, most accented prose) skips the full regex.
 */
const SUSPECT = "\u0080-\u02ff\u0402\u2000-\u25ff\uf8ff\ufffd";
const ANCHOR_RE = new RegExp(`[${SUSPECT}][^\x00-\x7f]|[^\x00-\x7f][${SUSPECT}]|[\u0080-\u009f\u00c2\u00c3\u0152\u0153]|[A-Za-z0-9][\u0412-\u0415][^\x00-\x7f]|[\u0412-\u0415][^\x00-\x7f][A-Za-z]`, "g");

/** Number of mojibake-like sequences in the text (0 for normal text in any script). */
export function badness(text: string): number {
  ANCHOR_RE.lastIndex = 0;
  if (!ANCHOR_RE.test(text)) return 0;
  ANCHOR_RE.lastIndex = 0;
  BADNESS_RE.lastIndex = 0;
  let n = 0;
  while (BADNESS_RE.exec(text) !== null) n++;
  return n;
}

/** badness(text) > 0: the same tests, stopping at the first sequence. */
export function hasBadness(text: string): boolean {
  ANCHOR_RE.lastIndex = 0;
  if (!ANCHOR_RE.test(text)) return false;
  ANCHOR_RE.lastIndex = 0;
  return BADNESS_TEST_RE.test(text);
}

/**
 * True when the text contains at least one mojibake-like sequence. Only looks
 * at a few characters around each anchor, so long correct text costs one fast scan.
 */
export function isBad(text: string): boolean {
  ANCHOR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANCHOR_RE.exec(text)) !== null) {
    const from = Math.max(m.index - 3, 0);
    // A window that starts mid-line must not let "^" match there.
    const window = (from > 0 && text[from - 1] !== "\n" ? "\u0001" : "") + text.slice(from, m.index + 6);
    if (BADNESS_TEST_RE.test(window)) {
      ANCHOR_RE.lastIndex = 0;
      return true;
    }
  }
  return false;
}
