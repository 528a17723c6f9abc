/**
 * The individual fixers of the repair stage. Each is a small pure function over the
 * text; what it changed is reported to a FixContext (for counts, --explain and
 * warnings). The registry in ./index.ts runs them in order.
 */
import { NAMED_ENTITIES } from "./entities-table.js";
import { LEGACY_ENTITY_NAMES, UPPER_CASE_ENTITIES } from "./entities-legacy.js";
import { badness } from "./badness.js";
import { RARE_TARGET_RE, decisiveEncoding, decodeLineAs, decodesWhole, fixMojibakeLine, fixMojibakeRuns, mayHaveMojibake } from "./mojibake.js";
import * as S from "./scan.js";
import { letterOrDigit } from "../unicode/chars.js";
import { C1_TEST_RE, CP1252_C1, MOJIBAKE_ENCODINGS, type MojibakeEncoding } from "./tables.js";

export interface FixContext {
  /** Records one change at a 1-based line of the fixer's input. */
  record(fix: string, line: number, before: string, after: string, count?: number): void;
  warn(message: string): void;
  asciiPunctuation: boolean;
}

export interface Fixer {
  name: string;
  /** Flags of ./scan.ts: the fixer runs only when the text has one of them. */
  needs: number;
  apply(text: string, ctx: FixContext): string;
}

/**
 * Replaces every match of a global regex, reporting each change with its line.
 * Line numbers are counted incrementally, so the whole pass stays linear.
 */
export function replaceRecorded(text: string, re: RegExp, by: (m: string, offset: number, text: string) => string, fix: string, ctx: FixContext): string {
  let line = 1;
  let nextNewline = -2;
  return text.replace(re, (...args: unknown[]) => {
    const m = args[0] as string;
    const offset = args[args.length - 2] as number;
    const r = by(m, offset, text);
    if (r !== m) {
      if (nextNewline === -2) nextNewline = text.indexOf("\n");
      while (nextNewline !== -1 && nextNewline < offset) {
        line++;
        nextNewline = text.indexOf("\n", nextNewline + 1);
      }
      ctx.record(fix, line, m, r);
    }
    return r;
  });
}

/** Shortens a changed line to the part that differs, with a few characters of context. */
export function changedPart(before: string, after: string): { before: string; after: string } {
  let p = 0;
  while (p < before.length && p < after.length && before[p] === after[p]) p++;
  let s = 0;
  while (s < before.length - p && s < after.length - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
  const from = Math.max(0, p - 12);
  return { before: before.slice(from, Math.min(before.length, before.length - s + 12)), after: after.slice(from, Math.min(after.length, after.length - s + 12)) };
}

/** Applies a per-line function to every line that passes a cheap test. */
function mapLines(text: string, test: (line: string) => boolean, fn: (line: string, lineNo: number) => string): string {
  const lines = text.split("\n");
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!test(l)) continue;
    const r = fn(l, i + 1);
    if (r !== l) {
      lines[i] = r;
      changed = true;
    }
  }
  return changed ? lines.join("\n") : text;
}

/**
 * "Line one\r\nLine two\rLine three" → "Line one\nLine two\nLine three" (Windows and old
 * Mac files). U+2028/U+2029 (line and paragraph separators, left by text taken from
 * JSON or JavaScript) are line breaks too: kept inside a block they reached titles raw
 * and came out of the text rendering as spaces, so cleaning was not idempotent.
 */
export const fixLineEndings: Fixer = {
  name: "line-ending",
  needs: S.CR,
  apply(text, ctx) {
    if (!/[\r\u2028\u2029]/.test(text)) return text;
    let n = 0;
    // U+2029 PARAGRAPH SEPARATOR ends a paragraph: a blank line, as two newlines say it.
    const out = text.replace(/\r\n?|[\u2028\u2029]/g, (m) => (n++, m === "\u2029" ? "\n\n" : "\n"));
    ctx.record("line-ending", 1, "\r\n", "\n", n);
    return out;
  },
};

/**
 * Terminal colour codes pasted from a console: "\x1b[1;31mALERT\x1b[0m" → "ALERT".
 * CSI sequences, OSC sequences (ended by BEL or ESC \) and two-character escapes.
 */
export const fixAnsiEscapes: Fixer = {
  name: "ansi-escape",
  needs: S.ESC,
  apply(text, ctx) {
    if (!text.includes("\x1b")) return text;
    return replaceRecorded(text, /\x1b\[[0-9:;<=>?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]/g, () => "", "ansi-escape", ctx);
  },
};

/**
 * An entity: numeric (decimal or hex), or named, with its ";". Browsers also read a
 * numeric one without the ";" ("&#8220hello" is “hello), and the legacy named ones
 * (LEGACY_ENTITY_NAMES) before a space or punctuation ("Tom &amp Jerry", "&nbsp",
 * "&eacute", "&copy 2024"): escapers that lost the ";" leave both in scraped text.
 */
const ENTITY_SOURCE = `&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};|(?:${[...LEGACY_ENTITY_NAMES].sort((a, b) => b.length - a.length).join("|")})(?![A-Za-z0-9;]))`;
const ENTITY_RE = new RegExp(ENTITY_SOURCE, "g");
const ENTITY_TEST_RE = new RegExp(ENTITY_SOURCE);

/** One entity to its text, or itself when it names nothing. */
export function decodeEntity(m: string): string {
  const closed = m.endsWith(";");
  const body = closed ? m.slice(1, -1) : m.slice(1);
  if (body[0] === "#") {
    const hex = body[1] === "x" || body[1] === "X";
    const code = parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    // Browsers read &#150; as windows-1252 byte 0x96 ("–"), as sites mean it.
    if (code >= 0x80 && code <= 0x9f) return CP1252_C1[code - 0x80]!;
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return m;
    // Without its ";", a number meant as a character names a printable one ("&#1" is no entity).
    if (!closed && code < 0x20) return m;
    return String.fromCodePoint(code);
  }
  return NAMED_ENTITIES[body] ?? (Object.hasOwn(UPPER_CASE_ENTITIES, body) ? NAMED_ENTITIES[UPPER_CASE_ENTITIES[body]!]! : m);
}

/**
 * A run of line-break and block-closing tags (and the spaces after each): "<br>", "<br/>",
 * "<br />", "<p>", "</p>", "</div>", "</h1>"…"</h6>", "</li>", "</blockquote>", in any
 * case. Matched greedily with no look-ahead to fail, so a long run is read once.
 */
const BREAK_TAG = String.raw`<(?:br\s?\/?|\/?p|\/div|\/h[1-6]|\/li|\/blockquote)>`;
const BREAK_TAGS_RE = new RegExp(`(?:${BREAK_TAG}[ \\t]*)+`, "gi");
const BREAK_TAG_TEST_RE = new RegExp(BREAK_TAG, "i");

/**
 * A run of block-opening tags at the start of a line, attributes allowed ("<p>",
 * '<div class="body">', "<h1>", "<li>", "<blockquote>"), with the indentation before it.
 * The attribute text is bounded and cannot hold "<" or ">": nothing to backtrack over.
 */
const OPENING_TAGS_RE = /^[ \t]*(?:<(?:p|div|h[1-6]|li|blockquote)(?:\s[^<>\n]{0,200})?>[ \t]*)+/gim;
const OPENING_TAG_TEST_RE = /<(?:p|div|h[1-6]|li|blockquote)[\s>]/i;
/** One of BREAK_TAGS_RE's tags, whole. */
const BREAK_TAG_WHOLE_RE = new RegExp(`^${BREAK_TAG}$`, "i");
/** The longest tag BREAK_TAG matches ("</blockquote>", "<br />"). */
const LONGEST_BREAK_TAG = 13;

/**
 * The line without the run of BREAK_TAGS_RE's tags (and spaces) that ends it. Tags are
 * taken off from the end one at a time, each looked at once: a regex anchored at "$"
 * would retry a long run of tags from each of its positions.
 */
function withoutClosingRun(line: string): string {
  let end = line.length;
  for (;;) {
    while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
    if (end === 0 || line.charCodeAt(end - 1) !== 62) break;
    const lt = line.lastIndexOf("<", end - 1);
    if (lt < 0 || end - lt > LONGEST_BREAK_TAG || !BREAK_TAG_WHOLE_RE.test(line.slice(lt, end))) break;
    end = lt;
  }
  return line.slice(0, end);
}

/**
 * The opening tags of a scraper's paragraph wrappers ("<p>The council voted…</p>",
 * "<h1>Headline</h1>"): gone from the start of a line of text. Only where the rest of
 * the line is text with no other tag, and the line ends with a closing tag or the dump
 * has other lines that start with such tags; a line of markup (an embed code) is kept,
 * and so is a lone "<p> is the paragraph tag" in prose.
 */
function stripOpeningTags(text: string, ctx: FixContext): string {
  OPENING_TAGS_RE.lastIndex = 0;
  let wrapped = 0;
  while (wrapped < 2 && OPENING_TAGS_RE.exec(text) !== null) wrapped++;
  if (wrapped === 0) return text;
  return replaceRecorded(
    text,
    OPENING_TAGS_RE,
    (m, offset, whole) => {
      let lineEnd = whole.indexOf("\n", offset);
      if (lineEnd < 0) lineEnd = whole.length;
      const rest = whole.slice(offset + m.length, lineEnd).trimEnd();
      const words = withoutClosingRun(rest);
      if (words.trim() === "" || words.includes("<")) return m;
      if (words.length === rest.length && wrapped < 2) return m;
      return m.slice(0, m.length - m.trimStart().length);
    },
    "markup",
    ctx,
  );
}

/**
 * Tags a scraper left around lines of text: line-break and closing tags at the ends of
 * lines ("…closed on Tuesday.<br><br>", "</p>"), where the line ends anyway, and the
 * opening tags of paragraph wrappers at their starts (stripOpeningTags). Only next to
 * text, where prose never writes one: "use the <br> tag" and lines of markup are kept.
 */
export const fixBreakTags: Fixer = {
  name: "markup",
  needs: S.MARKUP,
  apply(text, ctx) {
    if (!BREAK_TAG_TEST_RE.test(text) && !OPENING_TAG_TEST_RE.test(text)) return text;
    const opened = stripOpeningTags(text, ctx);
    return replaceRecorded(
      opened,
      BREAK_TAGS_RE,
      (m, offset, whole) => {
        const after = offset + m.length;
        if (after !== whole.length && whole.charCodeAt(after) !== 10 && whole.charCodeAt(after) !== 13) return m;
        // A line of markup (an embed code, "<a href=…>…</a><br />Chapters: 14</p>") is
        // left whole: only tags after plain text go.
        const lineStart = whole.lastIndexOf("\n", offset - 1) + 1;
        return whole.lastIndexOf("<", offset - 1) >= lineStart ? m : "";
      },
      "markup",
      ctx,
    );
  },
};

/**
 * "\\uXXXX" escapes (JavaScript, JSON), and surrogate pairs of them: text a scraper
 * took from a script or JSON-LD block without unescaping it ("it\\u2019s",
 * "caf\\u00e9", "\\ud83d\\ude00"). Only escapes of non-ASCII printable characters with
 * no backslash before them; and only those that touch a letter or digit (inside or
 * at the edge of a word), unless two such show the dump was escaped throughout (then
 * "word \\u2014 word" too). '"\\u00e9" is é in JavaScript' stays as it is.
 */
const ESCAPE_RE = /\\u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})/g;
const ESCAPE_TEST_RE = /\\u[0-9a-fA-F]{4}/;

/** The character an escape match stands for, or -1 when it is not to be decoded (ASCII, a control, a lone surrogate, a format character, or "\\" before it). */
function escapedChar(m: string, offset: number, whole: string): number {
  if (offset > 0 && whole.charCodeAt(offset - 1) === 92) return -1;
  const cp = m.length === 12 ? 0x10000 + ((parseInt(m.slice(2, 6), 16) - 0xd800) << 10) + (parseInt(m.slice(8, 12), 16) - 0xdc00) : parseInt(m.slice(2, 6), 16);
  if (cp < 0xa0 || (cp >= 0xd800 && cp <= 0xdfff) || (cp >= 0x2000 && cp <= 0x200f) || (cp >= 0x2028 && cp <= 0x202f) || (cp >= 0x2060 && cp <= 0x206f) || cp === 0xfeff) return -1;
  return cp;
}

/** Whether an escape match touches a letter or digit on either side. */
function glued(m: string, offset: number, whole: string): boolean {
  const before = offset > 0 ? whole.charCodeAt(offset - 1) : 0;
  const after = offset + m.length < whole.length ? whole.charCodeAt(offset + m.length) : 0;
  return letterOrDigit(before) || letterOrDigit(after);
}

export const fixEscapes: Fixer = {
  name: "escape",
  needs: S.BACKSLASH,
  apply(text, ctx) {
    if (!ESCAPE_TEST_RE.test(text)) return text;
    let evidence = 0;
    ESCAPE_RE.lastIndex = 0;
    for (let m = ESCAPE_RE.exec(text); m !== null && evidence < 2; m = ESCAPE_RE.exec(text)) {
      if (escapedChar(m[0], m.index, text) >= 0 && glued(m[0], m.index, text)) evidence++;
    }
    if (evidence === 0) return text;
    return replaceRecorded(
      text,
      ESCAPE_RE,
      (m, offset, whole) => {
        const cp = escapedChar(m, offset, whole);
        return cp >= 0 && (evidence >= 2 || glued(m, offset, whole)) ? String.fromCodePoint(cp) : m;
      },
      "escape",
      ctx,
    );
  },
};

/**
 * HTML entities left in scraped text, named and numeric, also double-escaped:
 * "Tom &amp; Jerry&#8217;s &mdash; &amp;amp; &amp;#8217;" → "Tom & Jerry’s — & ’",
 * and the ones browsers read without a ";" ("&#8220hello&#8221", "Tom &amp Jerry").
 * Repeats (at most 3 times) so that "&amp;amp;" and "&amp;#8217;" come out right.
 */
export const fixEntities: Fixer = {
  name: "entity",
  needs: S.AMP,
  apply(text, ctx) {
    if (!ENTITY_TEST_RE.test(text)) return text;
    let cur = text;
    for (let round = 0; round < 3 && cur.includes("&"); round++) {
      const next = replaceRecorded(cur, ENTITY_RE, decodeEntity, "entity", ctx);
      if (next === cur) break;
      cur = next;
    }
    return cur;
  },
};

const isMojibakeEncoding = (s: string): s is MojibakeEncoding => (MOJIBAKE_ENCODINGS as readonly string[]).includes(s);

/**
 * Mojibake, line by line: "CafÃ©", "itâ€™s", "ÃƒÂ©" (double), "РџСЂРёРІРµС‚"
 * (windows-1251) → "Café", "it’s", "é", "Привет". See ./mojibake.ts.
 */
export const fixMojibake: Fixer = {
  name: "mojibake",
  needs: S.MOJIBAKE | S.CONTROL,
  apply(text, ctx) {
    // Lines that look bad (a C1 control, a mojibake-like sequence) and lines that
    // decode whole as UTF-8 through some code page, which takes two non-ASCII
    // characters in a row (a lead byte and a continuation): most English text has none.
    const looksBad = C1_TEST_RE.test(text) || mayHaveMojibake(text);
    const pairs = TWO_NON_ASCII_RE.test(text);
    if (!looksBad && !pairs) return text;
    const lines = text.split("\n");
    const suspect = new Uint8Array(lines.length);
    let any = false;
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      if ((looksBad && (C1_TEST_RE.test(l) || mayHaveMojibake(l))) || (pairs && decodesWhole(l))) {
        suspect[i] = 1;
        any = true;
      }
    }
    if (!any) return text;
    const fixedBy = new Map<MojibakeEncoding, number>();
    const done = new Uint8Array(lines.length);
    const commit = (i: number, after: string, c1Only: boolean) => {
      const part = changedPart(lines[i]!, after);
      ctx.record(c1Only ? "c1-control" : "mojibake", i + 1, part.before, part.after);
      lines[i] = after;
      done[i] = 1;
    };
    const prefer = votedEncoding(lines, suspect);
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      if (!suspect[i]) continue;
      const r = fixMojibakeLine(l, prefer);
      if (r.text === l) continue;
      commit(i, r.text, r.steps.every((s) => s === "c1"));
      // Only the steps that name a code page vote ("runs", "c1" and "lost-byte" name none:
      // two lines fixed only by putting back a dropped byte once made "lost-byte" the
      // dump's code page, and the document an internal error).
      for (const s of r.steps) if (isMojibakeEncoding(s)) fixedBy.set(s, (fixedBy.get(s) ?? 0) + 1);
    }
    // Document evidence: once two or more lines were clearly mojibake in one code
    // page, the other lines of the dump went through the same mis-decoding, even
    // where the damage is too short to look bad on its own ("Zdroj: ÄŒTK" → "Zdroj: ČTK").
    let enc: MojibakeEncoding | null = null;
    let most = 1;
    for (const [e, n] of fixedBy) {
      if (n > most) {
        enc = e;
        most = n;
      }
    }
    if (enc) {
      for (let i = 0; i < lines.length; i++) {
        const l = lines[i]!;
        if (!NON_ASCII_RE.test(l)) continue;
        // Up to three levels (double and triple encoding of short words: "MÃ…Å¡" → "MÅš" → "MŚ").
        let next = l;
        for (let level = 0; level < 3; level++) {
          const d = decodeLineAs(next, enc);
          let dec = d && badness(d.text) <= badness(next) && !(RARE_TARGET_RE.test(d.text) && !RARE_TARGET_RE.test(next)) ? d.text : next;
          if (dec === next && enc === "windows-1252") dec = fixMojibakeRuns(next, true);
          if (dec === next) break;
          next = dec;
        }
        if (next === l) continue;
        commit(i, fixMojibakeLine(next).text, false);
      }
    }
    return lines.join("\n");
  },
};

/** How many suspect lines are asked for their vote (the first ones: a sample is enough). */
const MAX_VOTERS = 48;

/**
 * The code page most damaged lines of the dump were read with, from the lines that
 * only one code page decodes best (decisiveEncoding); null without such lines. A
 * whole dump goes through one mis-decoding, so a line that two code pages decode
 * equally well ("budĹźetu": windows-1250 or ISO-8859-2) is read like the others.
 */
function votedEncoding(lines: readonly string[], suspect: Uint8Array): MojibakeEncoding | null {
  const votes = new Map<MojibakeEncoding, number>();
  let asked = 0;
  for (let i = 0; i < lines.length && asked < MAX_VOTERS; i++) {
    if (!suspect[i]) continue;
    asked++;
    const e = decisiveEncoding(lines[i]!);
    if (e !== null) votes.set(e, (votes.get(e) ?? 0) + 1);
  }
  let best: MojibakeEncoding | null = null;
  let most = 0;
  for (const [e, n] of votes) {
    if (n > most) {
      best = e;
      most = n;
    }
  }
  return best;
}

const TWO_NON_ASCII_RE = /[^\x00-\x7f]{2}/;
const NON_ASCII_RE = /[^\x00-\x7f]/;

/* ---- Unrecoverable junk ---- */

/** Scripts that share words with Latin letters in real text (Japanese, Korean, Chinese, science Greek). */
const FRIENDLY_WITH_LATIN_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\p{Script=Greek}]/u;
const NON_ASCII_LATIN = "(?![A-Za-z])\\p{Script=Latin}";
const OTHER_SCRIPT = "(?![\\p{Script=Latin}\\p{Script=Common}\\p{Script=Inherited}])[\\p{L}\\p{N}]";
const NON_ASCII_LATIN_RE = new RegExp(NON_ASCII_LATIN, "u");
const OTHER_SCRIPT_RE = new RegExp(OTHER_SCRIPT, "u");
/** Cheaper still: accented Latin beside a non-Latin letter, or the other hints, by code ranges only. */
const LATIN_X = "\\u00c0-\\u024f\\u1e00-\\u1eff";
const JUNK_PREFILTER_RE = new RegExp(`\\ufffd|\\u00c2|[\\u00c3\\u00d0\\u00d1\\u00d8\\u00d9]{2}|[${LATIN_X}][\\u0370-\\u1dff\\u2c00-\\uffff]|[\\u0370-\\u1dff\\u2c00-\\uffff][${LATIN_X}]`);
/** A line of nothing but format characters (listed, as the \\p{Cf} regex is slow on long text). */
const FORMAT_LINE_RE = /(?:^|\n)[ \t\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff\u061c\u202a-\u202e\u2066-\u2069]*[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff\u061c\u202a-\u202e\u2066-\u2069](?:\n|$)/;
/** Per-line test: a place where junk could be (hasJunkHint says the same, faster). */
export const JUNK_HINT_RE = new RegExp(`^\\p{Cf}+$|\\ufffd|\\u00c2|[\\u00c3\\u00d0\\u00d1\\u00d8\\u00d9]{2}|${NON_ASCII_LATIN}${OTHER_SCRIPT}|${OTHER_SCRIPT}${NON_ASCII_LATIN}`, "mu");

/** Classes of a code point for hasJunkHint: JUNK_HINT_RE's NON_ASCII_LATIN, OTHER_SCRIPT and \p{Cf}. */
const HINT_LATIN = 1;
const HINT_OTHER = 2;
const HINT_FORMAT = 4;
const HINT_KNOWN = 8;
/** hintClassOf of the BMP code points met so far (0 = not yet computed). */
const HINT_CLASSES = new Uint8Array(0x10000);
const LATIN_CP_RE = new RegExp(`^${NON_ASCII_LATIN}$`, "u");
const OTHER_CP_RE = new RegExp(`^${OTHER_SCRIPT}$`, "u");
const FORMAT_CP_RE = /^\p{Cf}$/u;

/** The classes of a code point, each computed once with the regex it stands for (astral ones every time). */
function hintClassOf(cp: number): number {
  if (cp < 0x80) return 0; // ASCII letters are Latin, digits Common; no format character
  if (cp <= 0xffff) {
    const k = HINT_CLASSES[cp]!;
    if (k !== 0) return k;
  }
  const ch = String.fromCodePoint(cp);
  let k = HINT_KNOWN;
  if (LATIN_CP_RE.test(ch)) k |= HINT_LATIN;
  if (OTHER_CP_RE.test(ch)) k |= HINT_OTHER;
  if (FORMAT_CP_RE.test(ch)) k |= HINT_FORMAT;
  if (cp <= 0xffff) HINT_CLASSES[cp] = k;
  return k;
}

const isHintLead = (c: number): boolean => c === 0xc3 || c === 0xd0 || c === 0xd1 || c === 0xd8 || c === 0xd9;

/**
 * JUNK_HINT_RE.test(text), in one loop over the code points with their classes
 * looked up (the regex tries Unicode-script lookaheads at every position: ~16 ns a
 * character). Its alternatives: a line (between line terminators, as "^" and "$"
 * with the m flag see them) of nothing but format characters; U+FFFD or "Â"; two
 * of Ã Ð Ñ Ø Ù in a row; accented Latin beside a letter or digit of another script,
 * either way round. No match spans a line break, so it is also true of a text
 * exactly when it is of one of its lines.
 */
export function hasJunkHint(text: string): boolean {
  const n = text.length;
  let prev = 0;
  let prevLead = false;
  let lineLength = 0;
  let allFormat = true;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      i++;
      if (c === 10 || c === 13) {
        if (lineLength > 0 && allFormat) return true;
        lineLength = 0;
        allFormat = true;
      } else {
        lineLength++;
        allFormat = false;
      }
      prev = 0;
      prevLead = false;
      continue;
    }
    let cp = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
    }
    i += cp > 0xffff ? 2 : 1;
    if (c === 0xfffd || c === 0xc2) return true;
    const lead = isHintLead(c);
    if (lead && prevLead) return true;
    const k = hintClassOf(cp);
    if (((prev & HINT_LATIN) !== 0 && (k & HINT_OTHER) !== 0) || ((prev & HINT_OTHER) !== 0 && (k & HINT_LATIN) !== 0)) return true;
    if (c === 0x2028 || c === 0x2029) {
      if (lineLength > 0 && allFormat) return true;
      lineLength = 0;
      allFormat = true;
    } else {
      lineLength++;
      if ((k & HINT_FORMAT) === 0) allFormat = false;
    }
    prev = k;
    prevLead = lead;
  }
  return lineLength > 0 && allFormat;
}

/**
 * A token (between spaces) that no writing system produces:
 * - only U+FFFD replacement characters ("��": bytes lost for good);
 * - a lone "Â" or a cluster of UTF-8 lead letters like "ÐÐ" (mojibake whose other
 *   bytes were lost);
 * - a short token mixing accented Latin with a non-Latin script that never share a
 *   word, like "۴ý" (Arabic-Indic digit + Latin ý) at the top of the example dump.
 * "Ñandú", "naïve", "Ƶ", "təməsew̓txʷ", "Tシャツ", "ΔT" are words and are kept.
 */
export function isJunkToken(token: string): boolean {
  const core = token.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, "");
  if (/^\ufffd+$/.test(token)) return true;
  if (core === "\u00c2" || /^[\u00c2\u00c3\u00d0\u00d1\u00d8\u00d9]{2,4}$/.test(core)) return true;
  const len = [...core].length;
  if (len === 0 || len > 6) return false;
  if (!NON_ASCII_LATIN_RE.test(core) || !OTHER_SCRIPT_RE.test(core)) return false;
  // Latin beside a script that does mix with it (Japanese, Korean, Chinese, Greek) is fine.
  for (const ch of core) if (OTHER_SCRIPT_RE.test(ch) && !FRIENDLY_WITH_LATIN_RE.test(ch)) return true;
  return false;
}

/**
 * Removes junk tokens; a line that held only junk is removed whole, a junk token
 * inside a sentence is cut out and the sentence kept:
 * "۴ý\n\nSkip to" → "Skip to"; "obtained by ۴ý Toronto" → "obtained by Toronto".
 */
export const fixJunk: Fixer = {
  name: "junk",
  needs: S.JUNK | S.INVISIBLE,
  apply(text, ctx) {
    if (!(JUNK_PREFILTER_RE.test(text) && hasJunkHint(text)) && !FORMAT_LINE_RE.test(text)) return text;
    const lines = text.split("\n");
    const out: string[] = [];
    let changed = false;
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      if (!hasJunkHint(l)) {
        out.push(l);
        continue;
      }
      // A line of nothing but format characters (a stray BOM, zero-width spaces of
      // an empty paragraph) goes the same way, silently: it is invisible, not junk.
      if (FORMAT_ONLY_RE.test(l)) {
        changed = true;
        ctx.record("invisible", i + 1, l, "");
        // Followed by a blank line: both go. Otherwise it separated two blocks: keep it blank.
        if (i + 1 < lines.length && lines[i + 1]!.trim() === "") i++;
        else out.push("");
        continue;
      }
      const parts = l.split(/(\s+)/);
      const removed: string[] = [];
      for (let k = 0; k < parts.length; k += 2) {
        if (parts[k] && isJunkToken(parts[k]!)) {
          removed.push(parts[k]!);
          parts[k] = "";
          // Drop one neighbouring space run so words do not end up double-spaced.
          if (k + 1 < parts.length) parts[k + 1] = "";
          else if (k > 0) parts[k - 1] = "";
        }
      }
      if (removed.length === 0) {
        out.push(l);
        continue;
      }
      changed = true;
      const fixed = parts.join("");
      const part = changedPart(l, fixed.trim() === "" ? "" : fixed);
      ctx.record("junk", i + 1, part.before, part.after);
      ctx.warn(`unrecoverable junk removed at line ${i + 1}: ${removed.map((r) => JSON.stringify(r)).join(", ")}`);
      if (fixed.trim() !== "") out.push(fixed);
      // A junk line goes with the blank line after it: "A\n۴ý\n\nB" → "A\nB",
      // "A\n\n۴ý\n\nB" → "A\n\nB".
      else if (i + 1 < lines.length && lines[i + 1]!.trim() === "") i++;
    }
    return changed ? out.join("\n") : text;
  },
};

/**
 * A replacement character U+FFFD at the edge of a word stands for a lost quote
 * mark or a stray byte, and carries nothing: "said \ufffdyes\ufffd" → "said yes".
 * Inside a word ("na\ufffdve") it marks a lost letter and is kept, so a reader can
 * see that something is missing.
 */
export const fixStrayReplacement: Fixer = {
  name: "replacement-char",
  needs: S.REPLACEMENT,
  apply(text, ctx) {
    if (!text.includes("\ufffd")) return text;
    let first = 0;
    let n = 0;
    const out = replaceRecorded(
      text,
      /\ufffd+/g,
      (m, i) => {
        const inWord = WORD_CHAR_RE.test(charBefore(text, i)) && WORD_CHAR_RE.test(charAfter(text, i + m.length));
        return inWord ? m : "";
      },
      "replacement-char",
      {
        ...ctx,
        record(fix, line, before, after) {
          if (n++ === 0) first = line;
          ctx.record(fix, line, before, after);
        },
      },
    );
    if (n > 0) ctx.warn(`${n} stray replacement character${n > 1 ? "s" : ""} (U+FFFD) removed, first at line ${first}`);
    return out;
  },
};

const FORMAT_ONLY_RE = /^(?=.*\p{Cf})[\s\p{Cf}]+$/u;
const WORD_CHAR_RE = /^[\p{L}\p{M}\p{N}]/u;

/* ---- Invisible characters ---- */

/** Scripts that need ZWNJ/ZWJ between letters (Persian, Indic, ...). */
const JOINING_SCRIPT_RE = /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mongolian}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}\p{Script=Thaana}]/u;
const ARABIC_RE = /\p{Script=Arabic}/u;
/** Brahmic scripts, whose joiners only act around a virama (halant). */
const INDIC_RE = /[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** The viramas (halants, al-lakuna, coeng) of those scripts. */
const VIRAMA_RE = /[\u094d\u09cd\u0a4d\u0acd\u0b4d\u0bcd\u0c4d\u0ccd\u0d4d\u0dca\u1039\u103a\u17d2]/u;
/** Letters of Persian, Urdu, Kurdish, Pashto that Arabic does not have: پ چ ژ گ ک ی ۀ ے ڕ ێ ۆ ټ ځ ړ ښ */
const PERSIAN_LETTER_RE = /[\u067e\u0686\u0698\u06af\u06a9\u06cc\u06c0\u06d2\u0695\u06ce\u06c6\u067c\u0681\u0693\u069a]/;
const EMOJI_RE = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{fe0f}\u{20e3}]/u;
const RTL_RE = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const INVISIBLE_RE = /[\u00ad\u180e\u200b-\u200f\u2060\ufeff\u061c\u202a-\u202e\u2066-\u2069]/g;

function charBefore(text: string, i: number): string {
  const c = text.charCodeAt(i - 1);
  if (i >= 2 && c >= 0xdc00 && c <= 0xdfff) return text.slice(i - 2, i);
  return i >= 1 ? text[i - 1]! : "";
}
function charAfter(text: string, i: number): string {
  const cp = text.codePointAt(i);
  return cp === undefined ? "" : String.fromCodePoint(cp);
}

/** The line around offset i (for the bidi test). */
function lineAround(text: string, i: number): string {
  const s = text.lastIndexOf("\n", i) + 1;
  const e = text.indexOf("\n", i);
  return text.slice(s, e === -1 ? text.length : e);
}

/**
 * Zero-width spaces, word joiners, soft hyphens, stray BOMs and directional marks:
 * "in\u200bvisible so\u00adft \ufeffBOM" → "invisible soft BOM". Kept where they
 * do something: ZWJ inside emoji sequences ("👩\u200d💻"), ZWNJ/ZWJ between letters of
 * Persian ("می\u200cخواهم") and around a virama in Indic scripts ("क्\u200cष"), and
 * directional marks in lines with right-to-left text.
 */
export const fixInvisible: Fixer = {
  name: "invisible",
  needs: S.INVISIBLE,
  apply(text, ctx) {
    INVISIBLE_RE.lastIndex = 0;
    if (!INVISIBLE_RE.test(text)) return text;
    INVISIBLE_RE.lastIndex = 0;
    const rtlLines = new Map<number, boolean>();
    return replaceRecorded(
      text,
      INVISIBLE_RE,
      (m, i) => {
        const c = m.charCodeAt(0);
        if (c === 0x200c || c === 0x200d) {
          const prev = charBefore(text, i);
          const next = charAfter(text, i + 1);
          if (JOINING_SCRIPT_RE.test(prev) && JOINING_SCRIPT_RE.test(next)) {
            // Arabic script: ZWNJ belongs to Persian, Urdu, Kurdish, ... (recognised by
            // their own letters); Arabic itself does not use it.
            // Indic scripts: a joiner shapes a conjunct after a virama ("क्\u200cष"), or a
            // ZWJ before one (eyelash ra "र\u200d्"); between two plain letters it does nothing.
            if (INDIC_RE.test(prev)) return VIRAMA_RE.test(prev) || (c === 0x200d && VIRAMA_RE.test(next)) ? m : "";
            if (!ARABIC_RE.test(prev) || c === 0x200d) return m;
            const line = lineAround(text, i);
            if (PERSIAN_LETTER_RE.test(line)) return m;
            return "";
          }
          if (c === 0x200d && EMOJI_RE.test(prev) && EMOJI_RE.test(next)) return m;
          return "";
        }
        if (c === 0x200e || c === 0x200f || c === 0x061c || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
          const start = text.lastIndexOf("\n", i) + 1;
          let rtl = rtlLines.get(start);
          if (rtl === undefined) {
            rtl = RTL_RE.test(lineAround(text, i));
            rtlLines.set(start, rtl);
          }
          return rtl ? m : "";
        }
        return "";
      },
      "invisible",
      ctx,
    );
  },
};

/**
 * An ideographic space (U+3000) between two characters of scripts other than Chinese
 * and Japanese ("after\u3000months", "في\u3000بيان", Korean "외곽\u3000지역", Thai):
 * text pasted through a CJK input method or editor; Korean and Thai space their words
 * and phrases with ordinary spaces. Between, before or after Chinese or Japanese
 * text, or at a line's start (an indent), it is that text's own space and stays.
 */
function latinWideSpace(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at + 1);
  // Beside a space on one side ("CNN\u3000 —"), the other side decides.
  return (spacedScript(before) || blank(before)) && (spacedScript(after) || blank(after)) && !(blank(before) && blank(after));
}

/** A space or tab beside U+3000 (a line's edge is none: there U+3000 is an indent, and stays). */
function blank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/**
 * A character of a script whose text uses ordinary spaces: not Chinese or Japanese
 * (Han, kana, CJK punctuation and symbols, full-width forms; astral Han by its surrogates).
 */
function spacedScript(c: number): boolean {
  if (Number.isNaN(c) || c <= 0x20 || c === 0x3000) return false;
  return !((c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0xd800 && c <= 0xdfff));
}

/**
 * No-break, narrow no-break and other typographic spaces become a plain space:
 * "10\u00a0km" → "10 km". The ideographic space U+3000 only between words of scripts
 * written with spaces (latinWideSpace): elsewhere it is part of CJK typography and stays.
 */
export const fixOddSpaces: Fixer = {
  name: "odd-space",
  needs: S.ODD_SPACE,
  apply(text, ctx) {
    if (!/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/.test(text)) return text;
    return replaceRecorded(text, /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, (m, at, t) => (m === "\u3000" && !latinWideSpace(t, at) ? m : " "), "odd-space", ctx);
  },
};

/**
 * Control characters other than tab and newline never belong in text:
 * "Breaking\u0007 news\u0000" → "Breaking news". (C1 controls left after the mojibake fix too.)
 */
export const fixControls: Fixer = {
  name: "control",
  needs: S.CONTROL,
  apply(text, ctx) {
    const re = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
    if (!/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(text)) return text;
    return replaceRecorded(text, re, () => "", "control", ctx);
  },
};

const ASCII_PUNCT: Readonly<Record<string, string>> = {
  "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
  "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
  "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-", "\u2026": "...",
};

/** Only with asciiPunctuation: curly quotes, dashes and ellipsis to ASCII: "“It’s—fine…”" → "\"It's-fine...\"". */
export const fixAsciiPunctuation: Fixer = {
  name: "ascii-punctuation",
  needs: S.PUNCT,
  apply(text, ctx) {
    if (!ctx.asciiPunctuation) return text;
    return replaceRecorded(text, /[\u2018\u2019\u201a\u201b\u2032\u201c-\u201f\u2033\u2013-\u2015\u2212\u2026]/g, (m) => ASCII_PUNCT[m] ?? m, "ascii-punctuation", ctx);
  },
};

/** Canonical composition: "e\u0301" (e + combining acute) → "é", so equal text compares equal. */
export const fixNfc: Fixer = {
  name: "nfc",
  needs: S.NFC_CANDIDATE,
  apply(text, ctx) {
    // Pure ASCII and text already in NFC (the common case) cost one native call.
    // Nothing below U+0300 composes with anything: Latin-1 text is already NFC.
    if (!/[^\x00-\u02ff]/.test(text)) return text;
    const n = text.normalize("NFC");
    if (n === text) return text;
    return mapLines(
      text,
      () => true,
      (l, lineNo) => {
        const r = l.normalize("NFC");
        if (r !== l) {
          const part = changedPart(l, r);
          ctx.record("nfc", lineNo, part.before, part.after);
        }
        return r;
      },
    );
  },
};
