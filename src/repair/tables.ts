/**
 * Character tables for the repair stage, as data.
 *
 * - Single-byte code pages (built once from TextDecoder, so they cannot drift from
 *   what browsers do): which byte each character came from, for re-encoding
 *   mojibake back to the bytes that were mis-read.
 * - Character categories for the badness score (after ftfy's badness.py): groups of
 *   characters whose neighbourhood in real text is predictable, so that sequences
 *   like "Ã©" or "â€™" stand out.
 */
import { Buffer } from "node:buffer";
import { TextDecoder } from "node:util";

/** Code pages that UTF-8 bytes are commonly mis-read as, most frequent first. */
export const MOJIBAKE_ENCODINGS = ["windows-1252", "windows-1251", "macintosh", "windows-1250", "windows-1253", "windows-1254", "windows-1257", "iso-8859-2", "ibm866", "koi8-r"] as const;
export type MojibakeEncoding = (typeof MOJIBAKE_ENCODINGS)[number];

/**
 * windows-1252 bytes 0x80–0x9F. Written out because Node 20's TextDecoder drops
 * these bytes for windows-1252 (its latin-1 fast path); the five holes of the code
 * page decode to the C1 control of the same value, as browsers do.
 */
export const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** The characters of CP1252_HIGH, by byte - 0x80. */
const CP1252_HIGH_CHARS: readonly string[] = CP1252_HIGH.map((cp) => String.fromCharCode(cp));
/** A C1 control (U+0080-U+009F): what latin-1 decoding leaves of bytes 0x80-0x9F. */
export const C1_TEST_RE = /[\u0080-\u009f]/;
export const C1_RE = /[\u0080-\u009f]/g;

/**
 * Decodes windows-1252 bytes (WHATWG: latin-1 with 0x80–0x9F from CP1252_HIGH): the
 * native latin-1 decoding (each byte the character of its value), then the bytes
 * 0x80–0x9F, C1 controls there, replaced by their windows-1252 characters.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return C1_TEST_RE.test(latin1) ? latin1.replace(C1_RE, (c) => CP1252_HIGH_CHARS[c.charCodeAt(0) - 0x80]!) : latin1;
}

/** Decodes bytes with a code page; windows-1252 goes through decodeWindows1252. */
function decodeSingleByte(label: string, bytes: Uint8Array): string {
  return label === "windows-1252" ? decodeWindows1252(bytes) : new TextDecoder(label).decode(bytes);
}

const highCache = new Map<string, readonly string[]>();

/**
 * What a code page reads each byte 0x80-0xFF as (index b - 0x80): one decode of the
 * 128 bytes, split into characters. Decoding them one by one made 128 decoders per code
 * page, ~1 ms each page on a one-file run's first dump with mojibake. A page that read
 * some byte as more or less than one UTF-16 unit is decoded byte by byte instead.
 */
function highBytesOf(label: string): readonly string[] {
  let high = highCache.get(label);
  if (!high) {
    const bytes = Uint8Array.from({ length: 0x80 }, (_, i) => 0x80 + i);
    const all = decodeSingleByte(label, bytes);
    high = all.length === 0x80 ? Array.from({ length: 0x80 }, (_, i) => all[i]!) : Array.from(bytes, (b) => decodeSingleByte(label, Uint8Array.of(b)));
    highCache.set(label, high);
  }
  return high;
}

/**
 * char code → byte for one code page. ASCII maps to itself. "Sloppy", like ftfy's
 * sloppy codecs: the C1 controls U+0080–U+009F map to their own byte value as well,
 * because latin-1 decoding (or a code page with holes) leaves them in the text.
 */
function buildEncoder(label: string): Map<number, number> {
  const map = new Map<number, number>();
  const high = highBytesOf(label);
  for (let b = 0x80; b <= 0xff; b++) {
    const ch = high[b - 0x80]!;
    const cp = ch.codePointAt(0)!;
    if (ch.length === 1 && cp !== 0xfffd && !map.has(cp)) map.set(cp, b);
  }
  for (let c = 0x80; c <= 0x9f; c++) if (!map.has(c)) map.set(c, c);
  // latin-1 itself: for windows-1252 every U+00A0–U+00FF is its own byte already.
  return map;
}

const encoderCache = new Map<string, Int16Array>();

/**
 * The char→byte table of a code page, indexed by UTF-16 code unit: the byte, or -1
 * for characters the code page does not have (lazily built, then shared).
 */
export function encoderFor(label: MojibakeEncoding): Int16Array {
  let t = encoderCache.get(label);
  if (!t) {
    t = new Int16Array(0x10000).fill(-1);
    for (let c = 0; c < 0x80; c++) t[c] = c;
    for (const [cp, b] of buildEncoder(label)) if (cp < 0x10000) t[cp] = b;
    encoderCache.set(label, t);
  }
  return t;
}

const definedC1Cache = new Map<string, Uint8Array>();

/**
 * For a code page, 1 at index b - 0x80 for each byte 0x80–0x9F it decodes to a
 * character of its own (windows-1250 reads 0x9F as "ź"), 0 where it leaves the C1
 * control (latin-1, the ISO-8859 pages, holes). A C1 control in mojibake shows
 * that the text went through a code page of the second kind for that byte.
 */
export function definedC1For(label: MojibakeEncoding): Uint8Array {
  let t = definedC1Cache.get(label);
  if (!t) {
    t = new Uint8Array(32);
    const high = highBytesOf(label);
    for (let b = 0x80; b <= 0x9f; b++) {
      const ch = high[b - 0x80]!;
      const cp = ch.charCodeAt(0);
      t[b - 0x80] = ch.length === 1 && cp !== 0xfffd && !(cp >= 0x80 && cp <= 0x9f) ? 1 : 0;
    }
    definedC1Cache.set(label, t);
  }
  return t;
}

/** windows-1252 decoding of bytes 0x80–0x9F, used to turn stray C1 controls into what they meant. */
export const CP1252_C1: readonly string[] = CP1252_HIGH.map((cp) => String.fromCharCode(cp));

/*
 * Badness categories (after ftfy). Each is a string usable inside a regex
 * character class.
 */

/** C1 controls: nothing produces them any more except latin-1 mojibake. */
export const C1 = "\\u0080-\\u009f";

/** Characters almost only seen in mojibake: ¦ ¤ ¨ ¬ ¯ ¸ ƒ ˆ ˇ ˘ ˛ ˜ † ‡ ‰ ⌐ ◊ � ª º */
export const BAD = "\u00a6\u00a4\u00a8\u00ac\u00af\u00b8\u0192\u02c6\u02c7\u02d8\u02db\u02dc\u2020\u2021\u2030\u2310\u25ca\ufffd\u00aa\u00ba";

/** Legal signs: ¶ § */
export const LAW = "\u00b6\u00a7";

/** Currency signs: ¢ £ ¥ ₧ € */
export const CURRENCY = "\u00a2\u00a3\u00a5\u20a7\u20ac";

/** Punctuation that opens something: ¡ « ¿ © ΄ ΅ ‘ ‚ “ „ • ‹ (Apple logo) */
export const START_PUNCT = "\u00a1\u00ab\u00bf\u00a9\u0384\u0385\u2018\u201a\u201c\u201e\u2022\u2039\uf8ff";

/** Punctuation that closes something: ® » ˝ ” › ™ */
export const END_PUNCT = "\u00ae\u00bb\u02dd\u201d\u203a\u2122";

/** Numeric and math signs: ² ³ ¹ ± ¼ ½ ¾ × µ ÷ ⁄ ∂ ∆ ∏ ∑ √ ∞ ∩ ∫ ≈ ≠ ≡ ≤ ≥ № */
export const NUMERIC = "\u00b2\u00b3\u00b9\u00b1\u00bc\u00bd\u00be\u00d7\u00b5\u00f7\u2044\u2202\u2206\u220f\u2211\u221a\u221e\u2229\u222b\u2248\u2260\u2261\u2264\u2265\u2116";

/** Capital accented Latin letters that mojibake leads with (not O/U ones used in kaomoji, but Ø Ü Ý). */
export const UPPER_ACCENTED = "\u00c0-\u00d1\u00d8\u00dc\u00dd\u0102\u0104\u0106\u010c\u010e\u0110\u0118\u011a\u0139\u013d\u0141\u0143\u0147\u0150\u0154\u0158\u015a\u015e\u0160\u0162\u0164\u016e\u0170\u0178\u0179\u017b\u017d\u0490";

/** Small accented Latin letters (not o/u ones used in kaomoji). */
export const LOWER_ACCENTED = "\u00df\u00e0-\u00f1\u0103\u0105\u0107\u010d\u010f\u0111\u0119\u011b\u013a\u013e\u0142\u0144\u0148\u0151\u0155\u0159\u015b\u015f\u0161\u0163\u0165\u016f\u0171\u017a\u017c\u017e\u0491\ufb01\ufb02";

/** Capital Greek and Cyrillic, and Þ: common at word ends, so judged only in context. */
export const UPPER_COMMON = "\u00de\u0391-\u03a9\u0386\u0388\u0389\u038a\u038c\u038e\u038f\u03aa\u03ab\u0401-\u042f";

/** Small Greek and Cyrillic. */
export const LOWER_COMMON = "\u03b1-\u03c9\u03ac\u03ad\u03ae\u03af\u03b0\u03cc\u03cd\u03ce\u03ca\u03cb\u0430-\u045f";

/** Box drawing and block elements (cp437 / cp866 mojibake). */
export const BOX = "\u2502\u250c\u2510\u2518\u251c\u2524\u252c\u253c\u2550-\u256c\u2580\u2584\u2588\u258c\u2590\u2591\u2592\u2593";

/** Letters that kaomoji faces use, so they may appear in odd company. */
export const KAOMOJI = "\u00d2-\u00d6\u00d9-\u00dc\u00f2-\u00f6\u00f8-\u00fc\u0150\u014c\u016a\u0151\u014d\u016b\u00b0";

/** Characters seen in many contexts, in real text as in mojibake: NBSP, soft hyphen, · ´ – — ― … ’ */
export const COMMON = "\u00a0\u00ad\u00b7\u00b4\u2013\u2014\u2015\u2026\u2019";
