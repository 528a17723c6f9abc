/**
 * Per-block text features for the story/boilerplate decision. Every feature is
 * computed from the block's text and a few document-wide tallies (word counts,
 * repeated lines), in one linear pass over the blocks. No per-site knowledge.
 */
import type { Block } from "../types.js";
import { BADGE_SET, BOILERPLATE_CUE_SET, BOILERPLATE_SET, SIDEBAR_HEADING_SET, phraseKey } from "../lexicon/boilerplate.js";
import { CHARACTER_STOPWORD_LANGUAGES, STOPWORD_SETS } from "../lexicon/stopwords.js";

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
  for (const w of ws) n += CJK_RE.test(w) ? Math.max(1, Math.ceil([...w].length / 2)) : 1;
  return n;
}

/** Share of words that are stopwords of the language (jusText's main signal). */
export function stopwordDensity(ws: readonly string[], language: string | null | undefined): number {
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
  let n = 0;
  for (const w of ws) if (set.has(w.toLowerCase())) n++;
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
/** A time or date stamp alone or leading: "10:45", "3 hours ago", "12.03.2021". */
const TIMESTAMP_RE = /^(?:\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})\b/iu;
const PUNCT_RE = /[\p{P}\p{S}]/u;
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

/** Content word: not a stopword of the language and at least 3 characters long. */
function contentWords(ws: readonly string[], stop: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const w of ws) {
    const l = w.toLowerCase();
    if (l.length >= 3 && !stop.has(l) && !/^\d+$/.test(l)) out.push(l);
  }
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

/** Short block whose key is a sidebar heading, or starts/ends with one ("More from X", "Site Top Stories"). */
export function isSidebarPhrase(key: string, nWords: number): boolean {
  if (SIDEBAR_HEADING_SET.has(key)) return true;
  if (nWords > 6) return false;
  for (const p of SIDEBAR_HEADING_SET) {
    if (p.length < 6) continue;
    if (key.endsWith(` ${p}`) || key.startsWith(`${p} `)) return true;
  }
  return false;
}

export function docStats(blocks: readonly Block[], tokens: readonly string[][], language: string | null | undefined): DocStats {
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
      const cw = contentWords(ws, stop);
      if (cw.length >= 2) headline = new Set(cw);
    }
    if (ws.length >= 12) {
      longBlocks++;
      for (const w of new Set(contentWords(ws, stop))) df.set(w, (df.get(w) ?? 0) + 1);
    }
  }
  return { repeats, df, headline, hasBlankLines, totalWords, longBlocks };
}

export function rawFeatures(b: Block, ws: readonly string[], doc: DocStats, language: string | null | undefined): RawFeatures {
  const text = b.text;
  const stop = STOPWORD_SETS[language ?? "en"] ?? STOPWORD_SETS.en!;
  const n = wordCount(ws);
  const chars = text.length;
  let caps = 0;
  let cased = 0;
  for (const w of ws) {
    const c = w[0]!;
    if (c.toLowerCase() !== c.toUpperCase()) {
      cased++;
      if (c !== c.toLowerCase()) caps++;
    }
  }
  let digits = 0;
  let punct = 0;
  let commas = 0;
  for (const ch of text) {
    if (ch >= "0" && ch <= "9") digits++;
    else if (ch === "," || ch === "，" || ch === "、") commas++;
    if (PUNCT_RE.test(ch)) punct++;
  }
  const key = phraseKey(text);
  let cues = 0;
  for (const w of ws) if (BOILERPLATE_CUE_SET.has(w.toLowerCase())) cues++;
  const long = ws.length >= 12;
  const cw = contentWords(ws, stop);
  let shared = 0;
  let inHead = 0;
  for (const w of cw) {
    const d = (doc.df.get(w) ?? 0) - (long ? 1 : 0);
    if (d >= 1) shared++;
    if (doc.headline.has(w)) inHead++;
  }
  const letters = text.replace(/[^\p{L}]/gu, "");
  return {
    words: n,
    chars,
    stopwords: stopwordDensity(ws, language),
    sentenceEnd: SENTENCE_END_RE.test(text),
    sentences: (text.match(SENTENCE_SPLIT_RE)?.length ?? 0) + (SENTENCE_END_RE.test(text) ? 1 : 0),
    commas: ws.length ? commas / ws.length : 0,
    // Scripts without case (CJK, Arabic, Thai...): neutral, neither title case nor prose.
    capRatio: cased ? caps / cased : 0.5,
    allCaps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    digitRatio: chars ? digits / chars : 0,
    punctRatio: chars ? punct / chars : 0,
    startsLower: /^\p{Ll}/u.test(text),
    separators: text.match(SEPARATOR_RE)?.length ?? 0,
    url: URL_RE.test(text),
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
