/**
 * Mojibake: UTF-8 bytes that were decoded with a single-byte code page
 * (windows-1252, latin-1, windows-1251, MacRoman, ...), possibly several times.
 * The fix re-encodes the text with that code page and decodes the bytes as UTF-8,
 * and keeps the result only when the badness score says it is clearly better.
 * Works line by line (a dump often has one damaged line among correct ones) and,
 * when a whole line cannot be re-decoded, run by run (mojibake confined to a few
 * words of otherwise correct text).
 */
import { TextDecoder } from "node:util";
import { badness, hasBadness, isBad } from "./badness.js";
import { charFlags, LETTER, LOWERS, LOWER_LETTER } from "../unicode/chars.js";
import { C1_RE, C1_TEST_RE, CP1252_C1, MOJIBAKE_ENCODINGS, definedC1For, encoderFor, type MojibakeEncoding } from "./tables.js";

// ignoreBOM: a decoded U+FEFF is content here (the invisible fixer decides about it).
const utf8Fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Encodes text with a code page's char→byte map; null if some character has no byte there. */
export function encodeSingleByte(text: string, enc: MojibakeEncoding): Uint8Array | null {
  const table = encoderFor(enc);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = table[text.charCodeAt(i)]!;
    if (b < 0) return null;
    out[i] = b;
  }
  return out;
}

/**
 * UTF-8 lead bytes: for each byte, the length of the sequence it starts (0 for no
 * lead: a continuation, C0, C1, F5-FF) and the range its first continuation byte
 * must fall in (E0 needs A0-BF, ED 80-9F, F0 90-BF, F4 80-8F; the rest 80-BF).
 */
const LEAD_LENGTH = new Uint8Array(256);
const FIRST_LO = new Uint8Array(256).fill(0x80);
const FIRST_HI = new Uint8Array(256).fill(0xbf);
for (let b = 0xc2; b <= 0xdf; b++) LEAD_LENGTH[b] = 2;
for (let b = 0xe0; b <= 0xef; b++) LEAD_LENGTH[b] = 3;
for (let b = 0xf0; b <= 0xf4; b++) LEAD_LENGTH[b] = 4;
FIRST_LO[0xe0] = 0xa0;
FIRST_HI[0xed] = 0x9f;
FIRST_LO[0xf0] = 0x90;
FIRST_HI[0xf4] = 0x8f;

/** Length of the well-formed UTF-8 sequence starting at bytes[i] (0 if none, 1 for ASCII). */
export function utf8SeqLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  const n = LEAD_LENGTH[b0]!;
  if (n === 0 || i + n > bytes.length) return 0;
  const b1 = bytes[i + 1]!;
  if (b1 < FIRST_LO[b0]! || b1 > FIRST_HI[b0]!) return 0;
  for (let k = 2; k < n; k++) {
    const b = bytes[i + k]!;
    if (b < 0x80 || b > 0xbf) return 0;
  }
  return n;
}

/**
 * ftfy's restore_byte_a0, for every sequence length: when mojibake was copied through
 * something that turned NBSP into a space, the UTF-8 byte 0xA0 (read as NBSP) became
 * 0x20: "Ã " (à, C3 A0), "Â " (NBSP), "Å " (Š), "Ð " (Р, D0 A0), "æ ·" (样, E6 A0 B7),
 * "â„ " (℠, E2 84 A0). Puts 0xA0 back for a space that stands where a sequence needs a
 * continuation byte, when that makes the sequence well-formed; null when none does.
 * (utf8Through's spaceAsA0 reads the same, a little more loosely: it takes "â€ " too.)
 */
function restoreByteA0(bytes: Uint8Array): Uint8Array | null {
  let out: Uint8Array | null = null;
  for (let i = 0; i < bytes.length; i++) {
    const n = LEAD_LENGTH[bytes[i]!]!;
    if (n < 2 || i + n > bytes.length) continue;
    let spaces = 0;
    let ok = true;
    for (let k = 1; k < n && ok; k++) {
      const b = bytes[i + k] === 0x20 ? 0xa0 : bytes[i + k]!;
      if (bytes[i + k] === 0x20) spaces++;
      ok = k === 1 ? b >= FIRST_LO[bytes[i]!]! && b <= FIRST_HI[bytes[i]!]! : b >= 0x80 && b <= 0xbf;
    }
    if (!ok || spaces === 0) continue;
    // "â€ " is "”" (E2 80 9D) whose undefined 0x9D was dropped, far more often than
    // "†" (E2 80 A0): left for the C1 rules.
    if (n === 3 && bytes[i] === 0xe2 && bytes[i + 1] === 0x80 && bytes[i + 2] === 0x20) continue;
    out ??= bytes.slice();
    for (let k = 1; k < n; k++) if (out[i + k] === 0x20) out[i + k] = 0xa0;
    i += n - 1;
  }
  return out;
}

/**
 * Characters a decoding must not produce: C0 controls, unassigned code points, lone
 * surrogates. (C1 controls may appear half-way through undoing double encoding, and
 * badness counts them; private-use icon-font glyphs are real content of web pages.)
 */
const IMPLAUSIBLE_RE = /[\u0000-\u0008\u000b-\u001f\u007f\p{Cn}\p{Cs}]/u;

/** Number of UTF-8 lead bytes (multi-byte sequences) in bytes. */
function countLeads(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0xc2) n++;
  return n;
}

/** True if bytes contain a 3- or 4-byte UTF-8 sequence (as opposed to only 2-byte ones). */
function hasLongSequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0xe0 && bytes[i]! <= 0xf4) return true;
  return false;
}

export interface RedecodeResult {
  text: string;
  encoding: MojibakeEncoding;
}

/**
 * Re-decodes a whole line: "The CafÃ© was â€œfullâ€\u009d" → "The Café was “full”".
 * Accepts a decoding of a bad line that is no worse, or of any line that holds
 * 3-byte sequences (like "â€¦") and decodes into clean text: a whole line of
 * valid UTF-8 is no accident.
 *
 * Several code pages can turn one line into valid UTF-8: "budĹźetu" (budżetu read
 * as ISO-8859-2) is "budşetu" through windows-1250, "aĆ§Ä±ldÄ±" (açıldı read as
 * windows-1257) is "aƧıldı" through windows-1250. Of the decodings, the best wins
 * (see betterDecoding); `prefer` (the code page the rest of the dump was read with)
 * breaks a tie, then the order of MOJIBAKE_ENCODINGS (how common the accident is).
 */
export function redecodeLine(line: string, prefer: MojibakeEncoding | null = null): RedecodeResult | null {
  // The line's badness, asked for only when a decoding is found, and counted in full
  // only when that decoding is not clean (0 needs only to know whether it has any).
  const before = new LineBadness(line);
  const start = firstNonAscii(line);
  const hasC1 = C1_TEST_RE.test(line);
  let best: Decoding | null = null;
  const tried: Array<{ table: Int16Array; cand: Decoding | null }> = [];
  for (const enc of MOJIBAKE_ENCODINGS) {
    // Most code pages fail at once (a character they lack, two lead bytes in a row):
    // told without building the bytes. windows-1252 may need lost 0xA0 bytes put back ("Ã ").
    const table = encoderFor(enc);
    if (!mayDecodeAs(line, start, enc)) continue;
    const unread = hasC1 ? unreadC1(line, enc) : 0;
    // A code page that gives the line the same bytes as one tried before gives the
    // same text (windows-1254 and windows-1252 differ in six letters only); it may
    // still be the likelier one to have made the mojibake (fewer unread C1 controls,
    // or preferred), which decides the dump's code page for its other lines.
    const same = enc === prefer ? undefined : tried.find((t) => sameBytes(line, start, t.table, table));
    if (same) {
      if (same.cand && best && betterDecoding({ ...same.cand, encoding: enc, unread }, best, prefer)) best = { ...same.cand, encoding: enc, unread };
      continue;
    }
    const cand = wholeDecoding(line, enc, before, unread, prefer);
    tried.push({ table, cand });
    if (cand === null) continue;
    if (best === null || betterDecoding(cand, best, prefer)) best = cand;
    // Nothing later can beat a clean decoding, only tie with it (and a tie goes to
    // the earlier code page unless the later one is preferred).
    if (best.score === 0 && best.unread === 0 && best.rare === 0 && (prefer === null || prefer === best.encoding)) break;
  }
  return best === null ? null : { text: best.text, encoding: best.encoding };
}

/** A line's badness, worked out as far as asked and kept. */
class LineBadness {
  private n = -1;
  private some: boolean | null = null;
  constructor(private readonly line: string) {}
  /** badness(line) > 0, without counting every sequence. */
  any(): boolean {
    if (this.some === null) this.some = this.n >= 0 ? this.n > 0 : hasBadness(this.line);
    return this.some;
  }
  /** badness(line). */
  count(): number {
    if (this.n < 0) this.n = badness(this.line);
    return this.n;
  }
}

/** The line decoded whole through a code page, if that decoding is acceptable (see redecodeLine), else null. */
function wholeDecoding(line: string, enc: MojibakeEncoding, before: LineBadness, unread: number, prefer: MojibakeEncoding | null): Decoding | null {
  const d = decodeChecked(line, enc);
  if (!d) return null;
  // One or two sequences of nothing but letters in a rarer code page ("ÈßÄ" is 駀 in
  // MacRoman) is more likely a word in capitals than mojibake; real mojibake of one
  // character there carries a symbol ("caf√©"), unless the rest of the dump was
  // read with that code page.
  // A Cyrillic letter glued to a Latin one ("SГЈo", "вЂњIt") is no word in capitals.
  if (enc !== "windows-1252" && enc !== prefer && d.sequences < 3 && !/[^\p{L}\x00-\x7f]/u.test(line) && !(enc === "windows-1251" && LATIN_CYRILLIC_SEAM_RE.test(line))) return null;
  const score = badness(d.text);
  const rare = rareLetters(d.text);
  // Double encoding undone one level keeps the count ("ÃƒÂ©" → "Ã©"), so equal
  // is enough for a bad line: decoding a whole line as valid UTF-8 is no accident.
  // A line that looked fine and decodes whole into clean text through two or more
  // sequences is mojibake all the same ("ÂŤUn interventoÂť" → "«Un intervento»"),
  // if into letters that fit: not "LՎtat" (L’état through MacRoman: Armenian
  // inside a Latin word), not "NESTLɮ" (NESTLÉ®: IPA).
  const strong = score === 0 ? before.any() || d.long : before.count() >= score;
  if (!strong && !(score === 0 && d.sequences >= 2 && rare === 0 && scriptSeams(d.text) <= scriptSeams(line))) return null;
  return { text: d.text, encoding: enc, score, unread, rare };
}

/** Whether two char→byte tables give the line from `start` on the same bytes. */
function sameBytes(line: string, start: number, a: Int16Array, b: Int16Array): boolean {
  for (let i = start; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (a[c] !== b[c]) return false;
  }
  return true;
}

/** Whether a code page reads byte 0xA0 as NBSP (the ones whose lost 0xA0 bytes restoreByteA0 puts back). */
const readsA0AsNbsp = (table: Int16Array): boolean => table[0xa0] === 0xa0;

/**
 * Whether the code page can decode the line (from `start`, its first non-ASCII
 * character) into UTF-8, told without building the bytes or catching the decoder's
 * exception: most lines fail at once (a character the code page lacks, two lead
 * bytes in a row). A code page that reads 0xA0 as NBSP may need lost 0xA0 bytes put
 * back ("Ã ", "æ ·"; restoreByteA0).
 */
function mayDecodeAs(line: string, start: number, enc: MojibakeEncoding): boolean {
  const table = encoderFor(enc);
  return utf8Through(line, start, table) > 0 || (readsA0AsNbsp(table) && utf8Through(line, start, table, true) > 0);
}

/**
 * The code page that alone decodes the whole line with the fewest C1 controls, those
 * it could not have left (unreadC1) and those it decodes into, or null when none does or two tie ("budĹźetu"
 * decodes through windows-1250 and ISO-8859-2 alike): a line's vote for the code
 * page the dump was read with. Cheap: no bytes built, no badness.
 */
export function decisiveEncoding(line: string): MojibakeEncoding | null {
  const start = firstNonAscii(line);
  if (start === line.length) return null;
  let best: MojibakeEncoding | null = null;
  let fewest = Infinity;
  let tie = false;
  const hasC1 = C1_TEST_RE.test(line);
  for (const enc of MOJIBAKE_ENCODINGS) {
    if (utf8Through(line, start, encoderFor(enc)) <= 0) continue;
    // C1 controls on either side: left by a code page that reads the byte, or made.
    const u = c1Out + (hasC1 ? unreadC1(line, enc) : 0);
    if (u < fewest) {
      best = enc;
      fewest = u;
      tie = false;
    } else if (u === fewest) tie = true;
  }
  return tie ? null : best;
}

interface Decoding extends RedecodeResult {
  /** Badness of the decoded text. */
  score: number;
  /** C1 controls in the line that this code page would have read as a character (unreadC1). */
  unread: number;
  /** Rarely used letters in the decoded text (rareLetters). */
  rare: number;
}

/**
 * Whether decoding a beats decoding b of the same line: lower badness, then fewer C1
 * controls the code page could not have left, then fewer rare letters, then the
 * preferred code page. Otherwise b, the earlier (commoner) code page, stays.
 */
function betterDecoding(a: Decoding, b: Decoding, prefer: MojibakeEncoding | null): boolean {
  if (a.score !== b.score) return a.score < b.score;
  if (a.unread !== b.unread) return a.unread < b.unread;
  if (a.rare !== b.rare) return a.rare < b.rare;
  return prefer !== null && a.encoding === prefer && b.encoding !== prefer;
}

/**
 * C1 controls in the line at bytes the code page reads as a character of its own:
 * "Ä\u0087" (ć read as ISO-8859-2, which leaves 0x87 a control) cannot come from
 * windows-1250, which reads 0x87 as "‡". Each is evidence against that code page.
 */
function unreadC1(line: string, enc: MojibakeEncoding): number {
  const defined = definedC1For(enc);
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0x80 && c <= 0x9f) n += defined[c - 0x80]!;
  }
  return n;
}

/**
 * Letters few languages write, of the kinds a wrong code page decodes into: Latin
 * Extended-B but Romanian (ș ț), Vietnamese (ơ ư) and pinyin (ǎ ǐ ǒ ǔ ǖ-ǜ), IPA and
 * spacing modifiers, Syriac, Thaana, NKo. "aƧıldı" has one; "açıldı" none.
 * rareLetters counts them, and accented capitals inside small-letter words.
 */
const RARE_LETTER_RE = /[\u0180-\u019f\u01a2-\u01ae\u01b1-\u01cc\u01dd-\u0217\u021c-\u02ff\u0700-\u07ff]/g;

function rareLetters(text: string): number {
  RARE_LETTER_RE.lastIndex = 0;
  let n = 0;
  while (RARE_LETTER_RE.exec(text) !== null) n++;
  // A capital with a diacritic right after a small letter: "quÊ" (qué read as
  // ISO-8859-2 and decoded through windows-1250) is no word.
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xc0 && (charFlags(c) & LOWERS) !== 0 && (charFlags(text.charCodeAt(i - 1)) & LOWER_LETTER) !== 0) n++;
  }
  return n;
}

/**
 * Alphabets of U+0000–U+07FF (the targets of two-byte UTF-8), by code point: 1 Latin
 * (with IPA), 2 Greek, 3 Cyrillic, 4 Armenian, 5 Hebrew, 6 Arabic, 7 Syriac, Thaana
 * and NKo; 0 for what is no letter or above.
 */
function alphabetOf(cp: number): number {
  if (cp > 0x7ff || (charFlags(cp) & LETTER) === 0) return 0;
  if (cp < 0x370) return 1;
  if (cp < 0x400) return 2;
  if (cp < 0x530) return 3;
  if (cp < 0x590) return 4;
  if (cp < 0x600) return 5;
  if (cp < 0x700) return 6;
  return 7;
}

/** Letters of two of those alphabets side by side, "LՎtat": words are written in one. */
function scriptSeams(text: string): number {
  let n = 0;
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    const a = alphabetOf(text.charCodeAt(i));
    if (a !== 0 && prev !== 0 && a !== prev) n++;
    prev = a;
  }
  return n;
}

/** A Latin letter and a Cyrillic one side by side, in either order. */
const LATIN_CYRILLIC_SEAM_RE = /[A-Za-z][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z]/;

/**
 * The line re-encoded with a code page and decoded as UTF-8, if that works and
 * gives plausible characters; `long` tells whether 3/4-byte sequences were involved.
 */
export function decodeLineAs(line: string, enc: MojibakeEncoding): { text: string; long: boolean; sequences: number } | null {
  return mayDecodeAs(line, firstNonAscii(line), enc) ? decodeChecked(line, enc) : null;
}

/** decodeLineAs for a line mayDecodeAs has already let through. */
function decodeChecked(line: string, enc: MojibakeEncoding): { text: string; long: boolean; sequences: number } | null {
  let bytes = encodeSingleByte(line, enc);
  if (!bytes) return null;
  let text: string;
  try {
    text = utf8Fatal.decode(bytes);
  } catch {
    const restored = readsA0AsNbsp(encoderFor(enc)) ? restoreByteA0(bytes) : null;
    if (!restored) return null;
    try {
      text = utf8Fatal.decode(restored);
      bytes = restored;
    } catch {
      return null;
    }
  }
  if (text === line || IMPLAUSIBLE_RE.test(text)) return null;
  // "ßØ" in windows-1257 is DF A8, valid UTF-8 for an NKo letter: on so little
  // evidence (under 4 sequences) such a target is an accident. A long line that
  // decodes is real (the Aramaic "ܐܪܡܝܐ" of a language list); IPA always stays
  // possible (Salish "təməsew̓txʷ" needs ə and ʷ).
  if (RARE_SCRIPT_RE.test(text) && !RARE_SCRIPT_RE.test(line) && countLeads(bytes) < 4) return null;
  return { text, long: hasLongSequence(bytes), sequences: countLeads(bytes) };
}

/**
 * Where a capital like É, Ê, Ë, Ü, Ý, Þ or ß followed by punctuation lands when read
 * as UTF-8 ("CAFÉ®" → U+026E, "spaß“" → U+07D3): IPA, spacing modifiers, Syriac,
 * Thaana, NKo. Real text rarely needs them, so a run decoding into them is left alone.
 */
export const RARE_TARGET_RE = /[\u0240-\u02ff\u0700-\u07ff]/;
/** Syriac, Thaana, NKo: never the target of a whole-line decoding unless already there. */
const RARE_SCRIPT_RE = /[\u0700-\u07ff]/;

/**
 * A lower-case lead letter followed by NBSP or a soft hyphen is how correct text
 * looks ("maß\u00adnahmen", "Talouselämä\u00a0–"), even though the bytes
 * (DF AD, E4 A0 96) happen to be valid UTF-8. Mojibake leads with NBSP/SHY are
 * capitals: "Ã\u00a0" (à), "Ã\u00ad" (í), "Ð\u00a0" (Р), "Å\u00a0" (Š).
 */
function looksLikeProse(bytes: Uint8Array): boolean {
  for (let i = 0; i + 1 < bytes.length; i++) {
    const b = bytes[i]!;
    if ((b === 0xdf || b >= 0xe0) && (bytes[i + 1] === 0xa0 || bytes[i + 1] === 0xad)) return true;
  }
  return false;
}

/**
 * Mojibake confined to some words (ftfy's decode_inconsistent_utf8):
 * "Größe: 5 cm, Ã¼ber alles" → "Größe: 5 cm, über alles". Finds runs of
 * characters whose windows-1252/latin-1 bytes are well-formed multi-byte UTF-8,
 * and decodes each run that looks bad, if its decoding is no worse.
 * `relaxed` (the rest of the document is windows-1252 mojibake) decodes every run
 * that does not get worse, so short ones like "ÄŒ" (Č) are fixed too.
 */
export function fixMojibakeRuns(line: string, relaxed = false): string {
  const table = encoderFor("windows-1252");
  const n = line.length;
  const bytes = new Uint8Array(n);
  const encodable = new Uint8Array(n);
  let any = false;
  for (let i = 0; i < n; i++) {
    const b = table[line.charCodeAt(i)]!;
    if (b >= 0) {
      bytes[i] = b;
      encodable[i] = 1;
      if (b >= 0xc2) any = true;
    }
  }
  if (!any) return line;
  let out = "";
  let last = 0;
  let i = 0;
  while (i < n) {
    if (!encodable[i] || bytes[i]! < 0xc2) {
      i++;
      continue;
    }
    // Extend a run of consecutive well-formed multi-byte sequences, all encodable.
    let j = i;
    while (j < n && encodable[j] && bytes[j]! >= 0xc2) {
      const len = utf8SeqLength(bytes, j);
      if (len < 2) break;
      let allEnc = true;
      for (let k = j; k < j + len; k++) if (!encodable[k]) allEnc = false;
      if (!allEnc) break;
      j += len;
    }
    if (j === i) {
      i++;
      continue;
    }
    const run = line.slice(i, j);
    const runBytes = bytes.subarray(i, j);
    let dec: string | null = null;
    try {
      dec = utf8Fatal.decode(runBytes);
    } catch {
      dec = null;
    }
    if (dec !== null && !IMPLAUSIBLE_RE.test(dec) && !RARE_TARGET_RE.test(dec) && !looksLikeProse(runBytes) && (relaxed || isBad(run)) && badness(dec) <= badness(run)) {
      out += line.slice(last, i) + dec;
      last = j;
    }
    i = j;
  }
  return last === 0 ? line : out + line.slice(last);
}

/**
 * "â€" whose third byte was lost: ” is E2 80 9D, and 0x9D is a hole in
 * windows-1252, which many tools drop: "He said â€œhiâ€ and left" → "… “hi” and left".
 * "â€" never starts anything else in real text.
 */
const LOST_RDQUO_RE = new RegExp(`\u00e2\u20ac(?![${"\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178"}])`);
const LOST_RDQUO_G = new RegExp(LOST_RDQUO_RE.source, "g");

/**
 * C1 controls left by latin-1 decoding of windows-1252 text: "It\u0092s" → "It’s".
 * Each becomes the windows-1252 character of the same byte; the five bytes that
 * windows-1252 leaves undefined are dropped.
 */
export function fixC1Controls(line: string): string {
  return line.replace(C1_RE, (c) => {
    const r = CP1252_C1[c.charCodeAt(0) - 0x80]!;
    return r.charCodeAt(0) >= 0x80 && r.charCodeAt(0) <= 0x9f ? "" : r;
  });
}

/** A 3- or 4-byte UTF-8 sequence read as windows-1252 ("â€™", "ðŸ˜€"): flags lines worth a look even when badness is 0. */
const CONT = "\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178";
export const UTF8_LONG_RE = new RegExp(`[\u00e0-\u00ef][${CONT}]{2}|[\u00f0-\u00f4][${CONT}]{3}`);

/**
 * True when the line, re-encoded with one of the code pages, is valid UTF-8 with two
 * or more multi-byte sequences (or one of three or four bytes): "ÂŤUn interventoÂť"
 * (« » read as ISO-8859-2), "п▓ п°п╬я│п╨п╡п╣" (Russian read as KOI8-R) score no
 * badness, yet decode whole. Correct non-ASCII text almost never does: in any
 * script its letters follow one another, and two lead bytes in a row are invalid,
 * so each code page is given up at the first such pair, a few characters in.
 */
export function decodesWhole(line: string): boolean {
  const start = firstNonAscii(line);
  if (start === line.length) return false;
  for (const enc of MOJIBAKE_ENCODINGS) {
    const r = utf8Through(line, start, encoderFor(enc));
    if (r >= 2) return true;
  }
  return false;
}

/**
 * The line from `start` (its first non-ASCII character) through a char→byte table:
 * -1 when some character has no byte or the bytes are not valid UTF-8, else the
 * number of multi-byte sequences, plus LONG_SEQUENCE when one has 3 or 4 bytes.
 * With `spaceAsA0`, a space where a continuation byte is due counts as 0xA0 (the
 * byte restoreByteA0 puts back). No allocation and no exception (a fatal
 * TextDecoder throws on every failure).
 */
function utf8Through(line: string, start: number, table: Int16Array, spaceAsA0 = false): number {
  c1Out = 0;
  let sequences = 0;
  let long = 0;
  let need = 0;
  let lo = 0x80;
  let hi = 0xbf;
  for (let i = start; i < line.length; i++) {
    let b = table[line.charCodeAt(i)]!;
    if (b < 0) return -1;
    if (need > 0) {
      if (b === 0x20 && spaceAsA0) b = 0xa0;
      if (b < lo || b > hi) return -1;
      lo = 0x80;
      hi = 0xbf;
      need--;
      continue;
    }
    if (b < 0x80) continue;
    const n = LEAD_LENGTH[b]!;
    if (n === 0) return -1;
    need = n - 1;
    lo = FIRST_LO[b]!;
    hi = FIRST_HI[b]!;
    if (n > 2) long = LONG_SEQUENCE;
    // C2 80-9F decodes to a C1 control: the sign of a wrong code page.
    else if (b === 0xc2) {
      const next = table[line.charCodeAt(i + 1)] ?? -1;
      if (next >= 0x80 && next <= 0x9f) c1Out++;
    }
    sequences++;
  }
  return need === 0 ? sequences + long : -1;
}
const LONG_SEQUENCE = 1 << 24;
/** C1 controls the last utf8Through call's bytes decode to. */
let c1Out = 0;

/** Index of the first non-ASCII character of the line (its length when none). */
function firstNonAscii(line: string): number {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) < 0x80) i++;
  return i;
}

/** True when a line may hold mojibake (cheap test before the expensive ones). */
export function mayHaveMojibake(text: string): boolean {
  return isBad(text) || UTF8_LONG_RE.test(text);
}

export interface LineFix {
  text: string;
  /** Names of the steps applied, in order ("windows-1252", "runs", "c1"). */
  steps: string[];
}

/** Fixes one line until stable (double and triple encoding), at most 4 rounds. */
export function fixMojibakeLine(line: string, prefer: MojibakeEncoding | null = null): LineFix {
  const steps: string[] = [];
  let cur = line;
  for (let round = 0; round < 4; round++) {
    if (!mayHaveMojibake(cur) && !decodesWhole(cur)) break;
    const whole = redecodeLine(cur, prefer);
    if (whole) {
      cur = whole.text;
      steps.push(whole.encoding);
      continue;
    }
    const runs = fixMojibakeRuns(cur);
    if (runs !== cur) {
      cur = runs;
      steps.push("runs");
      continue;
    }
    break;
  }
  if (LOST_RDQUO_RE.test(cur)) {
    const fixed = cur.replace(LOST_RDQUO_G, "\u201d");
    if (fixed !== cur) {
      cur = fixed;
      steps.push("lost-byte");
    }
  }
  if (C1_TEST_RE.test(cur)) {
    const fixed = fixC1Controls(cur);
    if (fixed !== cur) {
      cur = fixed;
      steps.push("c1");
      // A C1 fix can complete a sequence ("ðŸ\u0093°" → "ðŸ“°" → 📰).
      if (mayHaveMojibake(cur)) {
        const again = fixMojibakeLine(cur, prefer);
        cur = again.text;
        steps.push(...again.steps);
      }
    }
  }
  return { text: cur, steps };
}
