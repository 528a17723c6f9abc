/**
 * Per-block text features for the story/boilerplate decision. Every feature is
 * computed from the block's text and a few document-wide tallies (word counts,
 * repeated lines), in one linear pass over the blocks. No per-site knowledge.
 */
import type { Block } from "../types.js";
import { BADGE_SET, BOILERPLATE_CUE_SET, BOILERPLATE_SET, SIDEBAR_HEADING_SET, phraseKey } from "../lexicon/boilerplate.js";
import { CHARACTER_STOPWORD_LANGUAGES, STOPWORD_SETS } from "../lexicon/stopwords.js";
import { charFlags, LETTER, LOWERS, PUNCT_SYMBOL, UPPERS } from "../unicode/chars.js";

const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/** Scripts written without spaces between words: each run is many words. */
const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const CJK_G = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;

export function words(text: string): string[] {
  return text.match(WORD_RE) ?? [];
}

/** Word count where a run of CJK/Thai characters counts as one word per two characters. */
export function wordCount(ws: readonly string[]): number {
  let n = 0;
  for (const w of ws) n += mayBeCjk(w) && CJK_RE.test(w) ? Math.max(1, Math.ceil([...w].length / 2)) : 1;
  return n;
}

/** Cheap pre-check: the unspaced scripts all lie at U+0E00 and above. */
function mayBeCjk(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 0x0e00) return true;
  return false;
}

/** Lower-cased copy of each word, computed once per block and shared by the features. */
export function lowerWords(ws: readonly string[]): string[] {
  const out = new Array<string>(ws.length);
  for (let i = 0; i < ws.length; i++) out[i] = ws[i]!.toLowerCase();
  return out;
}

/** Share of words that are stopwords of the language (jusText's main signal). */
export function stopwordDensity(ws: readonly string[], language: string | null | undefined, lower?: readonly string[]): number {
  if (ws.length === 0) return 0;
  const lang = language && STOPWORD_SETS[language] ? language : "en";
  const set = STOPWORD_SETS[lang]!;
  if (CHARACTER_STOPWORD_LANGUAGES.has(lang)) {
    let chars = 0;
    let hits = 0;
    for (const w of ws) {
      for (const ch of w) {
        chars++;
        if (set.has(ch)) hits++;
      }
    }
    // Function characters are ~15-20% of running Chinese/Japanese text; scale to the word-list range.
    return chars === 0 ? 0 : Math.min(1, (hits / chars) * 2.5);
  }
  const lw = lower ?? lowerWords(ws);
  let n = 0;
  for (const w of lw) if (set.has(w)) n++;
  return n / ws.length;
}

/** Sentence-final punctuation, allowing closing quotes and brackets after it. */
const SENTENCE_END_RE = /[.!?…。！？]["'”’»)\]]*$/u;
/** Sentence boundaries inside a block: ". The", "? «Yes". */
const SENTENCE_SPLIT_RE = /[.!?。！？]["'”’»)]*\s+["'“‘«(]?\p{Lu}/gu;
/** Separators typical of menus, breadcrumbs and link rows: "Home | News", "A · B", "Home > World". */
const SEPARATOR_RE = /\s[|·•»›>/]\s|\s[|·•»›]$/gu;
/** A URL or e-mail address (bounded parts, so no backtracking blow-up on long tokens). */
const URL_RE = /(?:https?:\/\/|www\.)\S|(?:^|\s)[^\s@]{1,64}@[^\s@]{1,64}\.\p{L}{2,}/iu;
/** Cheap pre-check for URL_RE: every match holds "@", "://" or "www." (any case). */
function mayHoldUrl(text: string): boolean {
  return text.includes("@") || text.includes("://") || /www\./i.test(text);
}
/** A time or date stamp alone or leading: "10:45", "3 hours ago", "12.03.2021". */
const TIMESTAMP_RE = /^(?:\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})\b/iu;
const COPYRIGHT_RE = /(?:^|\s)(?:©|\(c\)|copyright\b)/iu;

export interface DocStats {
  /** How many times each exact block text occurs. */
  repeats: Map<string, number>;
  /** For each lowercase content word, the number of long blocks containing it. */
  df: Map<string, number>;
  /** Content words of the headline candidate (first title-like block). */
  headline: Set<string>;
  /** True when the dump separates blocks with blank lines at all. */
  hasBlankLines: boolean;
  /** Total word count of the document. */
  totalWords: number;
  /** Number of long blocks (12+ words), the basis of the cohesion measure. */
  longBlocks: number;
}

function allDigits(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** Content word: not a stopword of the language and at least 3 characters long (words given lower-cased). */
function contentWords(lw: readonly string[], stop: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const l of lw) if (l.length >= 3 && !stop.has(l) && !allDigits(l)) out.push(l);
  return out;
}

export interface RawFeatures {
  words: number;
  chars: number;
  stopwords: number;
  sentenceEnd: boolean;
  sentences: number;
  commas: number;
  capRatio: number;
  allCaps: boolean;
  digitRatio: number;
  punctRatio: number;
  startsLower: boolean;
  separators: number;
  url: boolean;
  timestamp: boolean;
  copyright: boolean;
  repeated: number;
  boilerPhrase: boolean;
  badge: boolean;
  sidebarPhrase: boolean;
  cues: number;
  cohesion: number;
  headlineOverlap: number;
  endsColon: boolean;
  quoteStart: boolean;
  bullet: boolean;
}

/**
 * Short block whose key is a sidebar heading, or starts/ends with one ("More from X",
 * "Site Top Stories"). Looks up each word-prefix and word-suffix of the key in the
 * phrase set (at most 12 lookups) instead of scanning every phrase.
 */
export function isSidebarPhrase(key: string, nWords: number): boolean {
  if (SIDEBAR_HEADING_SET.has(key)) return true;
  if (nWords > 6 || key === "") return false;
  // The key's words are its parts between single spaces; the k-th space splits
  // it into the first k words (head) and the rest (tail).
  let spaces = 0;
  for (let i = key.indexOf(" "); i >= 0; i = key.indexOf(" ", i + 1)) spaces++;
  if (spaces + 1 > 12) return false;
  for (let at = key.indexOf(" "); at >= 0; at = key.indexOf(" ", at + 1)) {
    const head = key.slice(0, at);
    const tail = key.slice(at + 1);
    if ((head.length >= 6 && SIDEBAR_HEADING_SET.has(head)) || (tail.length >= 6 && SIDEBAR_HEADING_SET.has(tail))) return true;
  }
  return false;
}

/** No phrase in the lexicon is longer than this; longer blocks skip the phrase lookups. */
const MAX_PHRASE_BLOCK_CHARS = 160;
/** ASCII punctuation and symbols (what [\p{P}\p{S}] matches below 0x80). */
const ASCII_PUNCT = new Uint8Array(128);
for (let c = 0x21; c < 0x7f; c++) if (!/[0-9A-Za-z]/.test(String.fromCharCode(c))) ASCII_PUNCT[c] = 1;

/**
 * One pass over the characters: digits, commas, punctuation/symbols, letters, and
 * whether any cased letter is lower or upper case. charCodeAt with an ASCII table,
 * and the code-point class table (../unicode/chars.ts) beyond ASCII.
 */
function charTallies(text: string): { digits: number; commas: number; punct: number; letters: number; upper: boolean; lower: boolean } {
  let digits = 0;
  let commas = 0;
  let punct = 0;
  let letters = 0;
  let upper = false;
  let lower = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x30 && c <= 0x39) digits++;
      else if (c >= 0x41 && c <= 0x5a) {
        letters++;
        upper = true;
      } else if (c >= 0x61 && c <= 0x7a) {
        letters++;
        lower = true;
      } else if (ASCII_PUNCT[c]) {
        punct++;
        if (c === 0x2c) commas++;
      }
      continue;
    }
    // A high surrogate and the unit after it are read as one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      c = text.codePointAt(i)!;
      i++;
    }
    if (c === 0xff0c || c === 0x3001) commas++;
    const f = charFlags(c);
    if (f & PUNCT_SYMBOL) punct++;
    else if (f & LETTER) {
      letters++;
      if (f & LOWERS) upper = true;
      else if (f & UPPERS) lower = true;
    }
  }
  return { digits, commas, punct, letters, upper, lower };
}

export function docStats(blocks: readonly Block[], tokens: readonly string[][], language: string | null | undefined, lowered?: readonly string[][]): DocStats {
  const stop = STOPWORD_SETS[language ?? "en"] ?? STOPWORD_SETS.en!;
  const repeats = new Map<string, number>();
  const df = new Map<string, number>();
  let headline = new Set<string>();
  let hasBlankLines = false;
  let totalWords = 0;
  let longBlocks = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const ws = tokens[i]!;
    totalWords += ws.length;
    repeats.set(b.text, (repeats.get(b.text) ?? 0) + 1);
    if (i > 0 && b.blankBefore) hasBlankLines = true;
    if (headline.size === 0 && ws.length >= 3 && ws.length <= 40 && i < 40 && !SENTENCE_END_RE.test(b.text)) {
      const cw = contentWords(lowered?.[i] ?? lowerWords(ws), stop);
      if (cw.length >= 2) headline = new Set(cw);
    }
    if (ws.length >= 12) {
      longBlocks++;
      for (const w of new Set(contentWords(lowered?.[i] ?? lowerWords(ws), stop))) df.set(w, (df.get(w) ?? 0) + 1);
    }
  }
  return { repeats, df, headline, hasBlankLines, totalWords, longBlocks };
}

export function rawFeatures(b: Block, ws: readonly string[], doc: DocStats, language: string | null | undefined, lowered?: readonly string[]): RawFeatures {
  const lw = lowered ?? lowerWords(ws);
  const text = b.text;
  const stop = STOPWORD_SETS[language ?? "en"] ?? STOPWORD_SETS.en!;
  const n = wordCount(ws);
  const chars = text.length;
  let caps = 0;
  let cased = 0;
  for (const w of ws) {
    const k = w.charCodeAt(0);
    if (k < 0x80) {
      // ASCII fast path: A-Z upper, a-z lower, digits uncased.
      if (k >= 0x41 && k <= 0x5a) {
        cased++;
        caps++;
      } else if (k >= 0x61 && k <= 0x7a) cased++;
      continue;
    }
    const c = w[0]!;
    if (c.toLowerCase() !== c.toUpperCase()) {
      cased++;
      if (c !== c.toLowerCase()) caps++;
    }
  }
  const { digits, commas, punct, letters, upper, lower } = charTallies(text);
  const key = chars <= MAX_PHRASE_BLOCK_CHARS ? phraseKey(text) : "";
  let cues = 0;
  for (const w of lw) if (BOILERPLATE_CUE_SET.has(w)) cues++;
  const long = ws.length >= 12;
  const cw = contentWords(lw, stop);
  let shared = 0;
  let inHead = 0;
  for (const w of cw) {
    const d = (doc.df.get(w) ?? 0) - (long ? 1 : 0);
    if (d >= 1) shared++;
    if (doc.headline.has(w)) inHead++;
  }
  return {
    words: n,
    chars,
    stopwords: stopwordDensity(ws, language, lw),
    sentenceEnd: SENTENCE_END_RE.test(text),
    sentences: (text.match(SENTENCE_SPLIT_RE)?.length ?? 0) + (SENTENCE_END_RE.test(text) ? 1 : 0),
    commas: ws.length ? commas / ws.length : 0,
    // Scripts without case (CJK, Arabic, Thai...): neutral, neither title case nor prose.
    capRatio: cased ? caps / cased : 0.5,
    allCaps: letters >= 2 && upper && !lower,
    digitRatio: chars ? digits / chars : 0,
    punctRatio: chars ? punct / chars : 0,
    startsLower: /^\p{Ll}/u.test(text),
    separators: text.match(SEPARATOR_RE)?.length ?? 0,
    url: mayHoldUrl(text) && URL_RE.test(text),
    timestamp: TIMESTAMP_RE.test(text),
    copyright: COPYRIGHT_RE.test(text),
    repeated: doc.repeats.get(text) ?? 1,
    boilerPhrase: BOILERPLATE_SET.has(key),
    badge: BADGE_SET.has(key),
    sidebarPhrase: isSidebarPhrase(key, ws.length),
    cues,
    // With fewer than 4 other long blocks there is no vocabulary to share: neutral.
    cohesion: doc.longBlocks - (long ? 1 : 0) < 4 ? 0.5 : cw.length ? shared / cw.length : 0,
    headlineOverlap: cw.length && doc.headline.size ? inHead / Math.min(cw.length, doc.headline.size) : 0,
    endsColon: /:$/.test(text),
    quoteStart: /^["“„«‘'»]/u.test(text),
    bullet: /^(?:[-*•·–]\s|\d{1,3}[.)]\s)/u.test(text),
  };
}

/** CJK share of a text, for language-independent length handling. */
export function cjkShare(text: string): number {
  const m = text.match(CJK_G);
  return m ? m.length / Math.max(1, text.length) : 0;
}
