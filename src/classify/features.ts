/**
 * Per-block text features for the story/boilerplate decision. Every feature is
 * computed from the block's text and a few document-wide tallies (word counts,
 * repeated lines), in one linear pass over the blocks. No per-site knowledge.
 */
import type { Block } from "../types.js";
import { BADGE_SET, BOILERPLATE_CUE_SET, BOILERPLATE_SET, SECTION_HEADING_WORDS, SIDEBAR_HEADING_SET, beginsWithSkipLink, phraseKey } from "../lexicon/boilerplate.js";
import { CHARACTER_STOPWORD_LANGUAGES, hasStopwords, stopwordSet } from "../lexicon/stopwords.js";
import { CASED, charFlags, LETTER, letterOrDigit, LOWER_LETTER, LOWERS, PUNCT_SYMBOL, singleLower, UPPERS } from "../unicode/chars.js";

/** A word: letters and digits, with inner apostrophes ("It's", "l’État"). The tokenizer below follows it. */
export const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/** Scripts written without spaces between words: each run is many words. */
const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Letter (\p{L}) at code point c. */
function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return (charFlags(c) & LETTER) !== 0;
}

/** UTF-16 length of the code point c. */
const width = (c: number): number => (c > 0xffff ? 2 : 1);

/** Index of the first word character at or after i (text.length when none). */
function wordStart(text: string, i: number): number {
  while (i < text.length) {
    const c = text.codePointAt(i)!;
    if (letterOrDigit(c)) return i;
    i += width(c);
  }
  return i;
}

/**
 * End of the WORD_RE match that starts at i (a word character): a run of letters and
 * digits, then any number of apostrophes each followed by a run of letters.
 */
function wordEnd(text: string, i: number): number {
  while (i < text.length) {
    const c = text.codePointAt(i)!;
    if (!letterOrDigit(c)) break;
    i += width(c);
  }
  // An apostrophe continues the word only when a letter follows it ("It's"), and
  // after it only letters do ("rock'n9" is "rock'n" and "9").
  for (;;) {
    const q = text.charCodeAt(i);
    if ((q !== 0x27 && q !== 0x2019) || i + 1 >= text.length || !isLetter(text.codePointAt(i + 1)!)) return i;
    i++;
    while (i < text.length) {
      const c = text.codePointAt(i)!;
      if (!isLetter(c)) break;
      i += width(c);
    }
  }
}

/** The words of a text (the matches of WORD_RE). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (let i = wordStart(text, 0); i < text.length; i = wordStart(text, i)) {
    const end = wordEnd(text, i);
    out.push(text.slice(i, end));
    i = end;
  }
  return out;
}

/** Words one word counts for: a run of CJK/Thai characters is one word per two characters. */
function wordWeight(w: string): number {
  return mayBeCjk(w) && CJK_RE.test(w) ? Math.max(1, Math.ceil([...w].length / 2)) : 1;
}

/** Word count where a run of CJK/Thai characters counts as one word per two characters. */
export function wordCount(ws: readonly string[]): number {
  let n = 0;
  for (const w of ws) n += wordWeight(w);
  return n;
}

/** Cheap pre-check: the unspaced scripts all lie at U+0E00 and above. */
function mayBeCjk(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 0x0e00) return true;
  return false;
}

/** Lower-cased copy of each word. */
export function lowerWords(ws: readonly string[]): string[] {
  const out = new Array<string>(ws.length);
  for (let i = 0; i < ws.length; i++) out[i] = ws[i]!.toLowerCase();
  return out;
}

/** The language whose stopwords a text is measured with: its own when listed, else English. */
function stopwordLanguage(language: string | null | undefined): string {
  return language && hasStopwords(language) ? language : "en";
}

/**
 * A document's vocabulary: each distinct lower-cased word gets an id once, with the
 * facts the features need about it, so each word of the text costs one map lookup
 * and blocks keep word ids instead of word strings.
 */
export interface Vocabulary {
  /** Lower-cased word that is not simple (see lowerUnit) → id × 8 + STOP / CUE / CONTENT bits (simple words are in ascii). */
  codes: Map<string, number>;
  /** Stopwords of the document's language. */
  stop: ReadonlySet<string>;
  /** True when stopwords are single characters (Chinese, Japanese). */
  characterStopwords: boolean;
  /** Number of words (the next id). */
  size: number;
  /** The codes of the simple words (ASCII ones among them) met so far, found without making the word's string (see asciiCode). */
  ascii: AsciiTable;
}

/**
 * An open-addressing table from lower-cased simple words (ASCII, and Latin, Greek,
 * Cyrillic, Arabic... below U+0E00, see lowerUnit) to their codes, looked up straight
 * from the text: most words of most dumps are simple, and cutting each out
 * (slice), lower-casing it and hashing the new string for a Map was a tenth of the
 * run time. Ids are given in the order words are first met, as before.
 */
interface AsciiTable {
  /** Slot → the word (lower case), or undefined when the slot is free. */
  keys: (string | undefined)[];
  hashes: Int32Array;
  codes: Int32Array;
  /** Capacity - 1 (the capacity is a power of two). */
  mask: number;
  used: number;
}

const newAsciiTable = (capacity: number): AsciiTable => ({
  // Left holey: a hole reads as undefined, and filling every slot cost more than the lookups.
  keys: new Array<string | undefined>(capacity),
  hashes: new Int32Array(capacity),
  codes: new Int32Array(capacity),
  mask: capacity - 1,
  used: 0,
});

/** ASCII upper-case letters to lower case; other code units unchanged. */
const asciiLower = (c: number): number => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c);

/**
 * The lower case of a code unit below U+0E00 (where the scripts written without spaces
 * begin) when singleLower gives one that is below U+0E00 too, else -1 (not "İ", not
 * "Σ", not "Ⱥ", whose lower case "ⱥ" lies beyond, where a lower-cased word is not
 * looked up as simple). Words of such units (and "’") are "simple": their lower case
 * is the lower case of each unit, and they are looked up straight from the text, like
 * ASCII words.
 */
function lowerUnit(c: number): number {
  const l = singleLower(c);
  return l < 0x0e00 ? l : -1;
}

/** The lower case of a simple word's code unit, or -1 when a word with this unit is not simple. */
function lowerSimple(c: number): number {
  if (c < 0x80) return asciiLower(c);
  if (c < 0x0e00) return lowerUnit(c);
  return c === 0x2019 ? c : -1;
}

/** Hash of text[start, end) lower-cased, or -1 when the text is not a simple word (see lowerUnit). */
function simpleHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    const l = lowerSimple(text.charCodeAt(i));
    if (l < 0) return -1;
    h = Math.imul(h ^ l, 0x01000193);
  }
  return h >>> 1;
}

/** ASCII letters and digits (what letterOrDigit accepts below 0x80): 1 for a digit, 2 for a letter. */
const ASCII_ALNUM = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (letterOrDigit(c)) ASCII_ALNUM[c] = 1 + (isLetter(c) ? 1 : 0);

/** simpleHash of the word simpleWordEnd last found. */
let simpleWordHash = 0;
/** The hash simpleRun carries on (FNV-1a over lower-cased code units). */
let runHash = 0;

/**
 * End of the run of letters and digits (letters only, when lettersOnly) that starts
 * at i, its code units' lower case hashed on into runHash; -1 when a unit of the run
 * is not simple.
 */
function simpleRun(text: string, i: number, lettersOnly: boolean): number {
  const n = text.length;
  let h = runHash;
  while (i < n) {
    const c = text.charCodeAt(i);
    let l: number;
    if (c < 0x80) {
      const k = ASCII_ALNUM[c]!;
      if (k === 0 || (lettersOnly && k !== 2)) break;
      l = asciiLower(c);
    } else if (c < 0x0e00) {
      if (!(lettersOnly ? isLetter(c) : letterOrDigit(c))) break;
      l = lowerUnit(c);
      if (l < 0) return -1;
    } else {
      const cp = text.codePointAt(i)!;
      if (lettersOnly ? isLetter(cp) : letterOrDigit(cp)) return -1;
      break;
    }
    h = Math.imul(h ^ l, 0x01000193);
    i++;
  }
  runHash = h;
  return i;
}

/**
 * wordEnd and simpleHash in one scan: the end of the word that starts at i
 * (simpleWordHash is then its hash), or -1 when the word is not simple (the caller
 * then uses wordEnd). Follows wordEnd's rules: a run of letters and digits, then
 * apostrophes each followed by a run of letters.
 */
function simpleWordEnd(text: string, i: number): number {
  runHash = 0x811c9dc5;
  let end = simpleRun(text, i, false);
  for (;;) {
    if (end < 0) return -1;
    const q = text.charCodeAt(end);
    if ((q !== 0x27 && q !== 0x2019) || end + 1 >= text.length || !isLetter(text.codePointAt(end + 1)!)) break;
    runHash = Math.imul(runHash ^ q, 0x01000193);
    end = simpleRun(text, end + 1, true);
  }
  simpleWordHash = runHash >>> 1;
  return end;
}

/** The slot of the word text[start, end) (lower-cased, with hash h): where it is, or the free slot where it goes. */
function asciiSlot(t: AsciiTable, text: string, start: number, end: number, h: number): number {
  const len = end - start;
  for (let slot = h & t.mask; ; slot = (slot + 1) & t.mask) {
    const key = t.keys[slot];
    if (key === undefined) return slot;
    if (t.hashes[slot] !== h || key.length !== len) continue;
    // A word written in lower case (most are) is the key itself: one native comparison.
    if (text.startsWith(key, start)) return slot;
    let j = 0;
    while (j < len && key.charCodeAt(j) === lowerSimple(text.charCodeAt(start + j))) j++;
    if (j === len) return slot;
  }
}

/** Code of the simple word text[start, end) with hash h (simpleHash), coding it with wordCode when new. */
function asciiCode(v: Vocabulary, text: string, start: number, end: number, h: number): number {
  let t = v.ascii;
  const slot = asciiSlot(t, text, start, end, h);
  if (t.keys[slot] !== undefined) return t.codes[slot]!;
  const lower = text.slice(start, end).toLowerCase();
  const code = newCode(v, lower);
  // Kept at most half full, so probe runs stay short.
  if ((t.used + 1) * 2 > t.keys.length) {
    t = growAscii(t);
    v.ascii = t;
    const s = asciiSlot(t, text, start, end, h);
    putAscii(t, s, lower, h, code);
  } else putAscii(t, slot, lower, h, code);
  return code;
}

function putAscii(t: AsciiTable, slot: number, key: string, h: number, code: number): void {
  t.keys[slot] = key;
  t.hashes[slot] = h;
  t.codes[slot] = code;
  t.used++;
}

function growAscii(t: AsciiTable): AsciiTable {
  const g = newAsciiTable(t.keys.length * 2);
  for (let i = 0; i < t.keys.length; i++) {
    const key = t.keys[i];
    if (key === undefined) continue;
    let slot = t.hashes[i]! & g.mask;
    while (g.keys[slot] !== undefined) slot = (slot + 1) & g.mask;
    putAscii(g, slot, key, t.hashes[i]!, t.codes[i]!);
  }
  return g;
}

/** The word is a stopword of the language. */
const STOP = 1;
/** The word is a boilerplate cue (cookie, newsletter, share...). */
const CUE = 2;
/** A content word: not a stopword, at least 3 characters, not all digits. */
const CONTENT = 4;

/**
 * A new, empty vocabulary. textLength (the document's length, when known) sizes the
 * ASCII table for the words it can hold, so that it rarely has to grow.
 */
export function newVocabulary(language: string | null | undefined, textLength = 0): Vocabulary {
  const lang = stopwordLanguage(language);
  // About one distinct word per 16 characters (news text), in a table kept under half full;
  // a dump with more grows it.
  let capacity = 256;
  while (capacity < textLength / 8 && capacity < 1 << 16) capacity *= 2;
  return { codes: new Map(), stop: stopwordSet(lang), characterStopwords: CHARACTER_STOPWORD_LANGUAGES.has(lang), size: 0, ascii: newAsciiTable(capacity) };
}

/**
 * The code (id × 8 + bits) of a lower-cased word, adding it to the vocabulary when new.
 * Simple words live in the table, the others in the map; the test is made on the
 * lower-cased word, so a word that is not simple can still be found in the table by
 * its lower case ("K", the Kelvin sign, is "k"; "İst" is "i̇st").
 */
function wordCode(v: Vocabulary, lower: string): number {
  const h = simpleHash(lower, 0, lower.length);
  if (h >= 0) return asciiCode(v, lower, 0, lower.length, h);
  let code = v.codes.get(lower);
  if (code === undefined) {
    code = newCode(v, lower);
    v.codes.set(lower, code);
  }
  return code;
}

/** The code of a word new to the vocabulary: the next id and the word's bits. */
function newCode(v: Vocabulary, lower: string): number {
  const stop = v.stop.has(lower);
  const content = lower.length >= 3 && !stop && !allDigits(lower);
  return v.size++ * 8 + (stop ? STOP : 0) + (BOILERPLATE_CUE_SET.has(lower) ? CUE : 0) + (content ? CONTENT : 0);
}

/** What the features need from one block's words, gathered in one pass; the words themselves are not kept. */
export interface BlockWords {
  /** Number of words (WORD_RE matches). */
  tokens: number;
  /** Word count with CJK/Thai runs counted by characters (wordCount). */
  count: number;
  /** Words whose first character is cased, and of those the upper-case ones. */
  cased: number;
  caps: number;
  /** Words that are boilerplate cues. */
  cues: number;
  /** Stopword density (stopwordDensity). */
  stopwords: number;
  /** What stopwords is measured from: stopword hits, and characters (CJK, see stopwordShare). */
  stopHits: number;
  stopChars: number;
  /** Vocabulary ids of the content words, in text order (repeats included). */
  content: number[];
}

/** Running tallies of tallyWord, turned into BlockWords by finishWords. */
interface WordTally {
  tokens: number;
  count: number;
  cased: number;
  caps: number;
  cues: number;
  stopHits: number;
  stopChars: number;
  /**
   * Content word ids: the first nContent entries. scanBlocks reuses one tally for every
   * block and only resets nContent: emptying the array (length = 0) gave up its storage,
   * and every block's ids grew a new one.
   */
  content: number[];
  nContent: number;
}

const newTally = (): WordTally => ({ tokens: 0, count: 0, cased: 0, caps: 0, cues: 0, stopHits: 0, stopChars: 0, content: [], nContent: 0 });

/** Adds one word to a block's tallies. */
function tallyWord(t: WordTally, w: string, v: Vocabulary): void {
  tallyCode(t, w.charCodeAt(0), wordWeight(w), wordCode(v, w.toLowerCase()), v);
  if (v.characterStopwords) {
    for (const ch of w) {
      t.stopChars++;
      if (v.stop.has(ch)) t.stopHits++;
    }
  }
}

/** Adds a word to the tallies from its first code unit, its weight (wordWeight) and its code (wordCode). */
function tallyCode(t: WordTally, first: number, weight: number, code: number, v: Vocabulary): void {
  t.tokens++;
  t.count += weight;
  // Case of the first character (UTF-16 unit): ASCII by range, the rest by the class table.
  if (first < 0x80) {
    if (first >= 0x41 && first <= 0x5a) {
      t.cased++;
      t.caps++;
    } else if (first >= 0x61 && first <= 0x7a) t.cased++;
  } else {
    const f = charFlags(first);
    if (f & CASED) {
      t.cased++;
      if (f & LOWERS) t.caps++;
    }
  }
  if (code & CUE) t.cues++;
  if (code & CONTENT) t.content[t.nContent++] = (code - (code & 7)) / 8;
  if (!v.characterStopwords && code & STOP) t.stopHits++;
}

/** Stopword density of the tallied words (stopwordDensity). */
function stopwordShare(t: WordTally, v: Vocabulary): number {
  return stopShare(t.tokens, t.stopHits, t.stopChars, v.characterStopwords);
}

/** Stopword density of a block's words from its counts; by character in CJK vocabularies. */
function stopShare(tokens: number, stopHits: number, stopChars: number, byCharacter: boolean): number {
  if (tokens === 0) return 0;
  // Function characters are ~15-20% of running Chinese/Japanese text; scale to the word-list range.
  if (byCharacter) return stopChars === 0 ? 0 : Math.min(1, (stopHits / stopChars) * 2.5);
  return stopHits / tokens;
}

/** The BlockWords of a fresh tally (one that was never reset). */
function finishWords(t: WordTally, v: Vocabulary): BlockWords {
  return { tokens: t.tokens, count: t.count, cased: t.cased, caps: t.caps, cues: t.cues, stopwords: stopwordShare(t, v), stopHits: t.stopHits, stopChars: t.stopChars, content: t.content };
}

/** One block's words, read straight from its text (no array of words is built). */
export function scanWords(text: string, v: Vocabulary): BlockWords {
  const t = newTally();
  scanInto(t, text, v);
  return finishWords(t, v);
}

/** Adds the words of a text to a tally. */
function scanInto(t: WordTally, text: string, v: Vocabulary): void {
  for (let i = wordStart(text, 0); i < text.length; i = wordStart(text, i)) {
    // A simple word (weight 1) is coded straight from the text; others are cut out.
    // (Non-ASCII simple words went the slow way too: 12% of segment and classify's time.)
    const simpleEnd = v.characterStopwords ? -1 : simpleWordEnd(text, i);
    if (simpleEnd >= 0) {
      tallyCode(t, text.charCodeAt(i), 1, asciiCode(v, text, i, simpleEnd, simpleWordHash), v);
      i = simpleEnd;
      continue;
    }
    const end = wordEnd(text, i);
    tallyWord(t, text.slice(i, end), v);
    i = end;
  }
}

/**
 * The BlockWords of all the blocks of a document: the counts go straight into the
 * document's RawColumns (raw), whose features they are, and the content word ids of
 * every block into one array (block i's are ids[start[i]] up to ids[start[i + 1]]): on
 * a dump of a million lines, an object and an array per block cost tens of times the
 * text, and a second set of count columns 30 bytes a block.
 */
export class WordColumns {
  readonly start: Int32Array;
  ids: Int32Array;

  constructor(
    readonly raw: RawColumns,
    idsCapacity = 16,
  ) {
    this.start = new Int32Array(raw.length + 1);
    this.ids = new Int32Array(Math.max(16, idsCapacity));
  }

  /** Columns of a list of BlockWords. */
  static of(bws: readonly BlockWords[]): WordColumns {
    const c = new WordColumns(new RawColumns(bws.length));
    bws.forEach((bw, i) => c.setRow(i, bw, bw.content, bw.content.length));
    return c;
  }

  /** Number of words of row i (WORD_RE matches). */
  tokens(i: number): number {
    return this.raw.count(i, K_TOKENS);
  }

  /**
   * Sets row i from the counts of a BlockWords or a tally and its content ids (the
   * first n of content). Rows must be set in order: the content ids are appended.
   */
  setRow(i: number, counts: Pick<BlockWords, "tokens" | "count" | "cased" | "caps" | "cues" | "stopHits" | "stopChars">, content: readonly number[], n: number): void {
    const r = this.raw;
    r.setCount(i, K_TOKENS, counts.tokens);
    r.words[i] = counts.count;
    r.setCount(i, K_CASED, counts.cased);
    r.setCount(i, K_CAPS, counts.caps);
    r.setCount(i, K_CUES, counts.cues);
    r.setCount(i, K_STOP_HITS, counts.stopHits);
    r.setCount(i, K_STOP_CHARS, counts.stopChars);
    const at = this.start[i]!;
    const end = at + n;
    if (end > this.ids.length) {
      let cap = this.ids.length * 2;
      while (cap < end) cap *= 2;
      const grown = new Int32Array(cap);
      grown.set(this.ids.subarray(0, at));
      this.ids = grown;
    }
    for (let k = 0; k < n; k++) this.ids[at + k] = content[k]!;
    this.start[i + 1] = end;
  }

  /** The content word ids of row i. */
  content(i: number): Int32Array {
    return this.ids.subarray(this.start[i]!, this.start[i + 1]!);
  }
}

/** The words of every block, tallied into the columns of raw; one tally and one array of ids are reused for all blocks. */
function scanBlocks(blocks: readonly Block[], v: Vocabulary, chars: number, raw: RawColumns): WordColumns {
  // About one content word per 8 characters of news text; the ids array grows when there are more.
  const c = new WordColumns(raw, Math.ceil(chars / 8));
  raw.characterStopwords = v.characterStopwords;
  const t = newTally();
  for (let i = 0; i < blocks.length; i++) {
    t.tokens = t.count = t.cased = t.caps = t.cues = t.stopHits = t.stopChars = t.nContent = 0;
    scanInto(t, blocks[i]!.text, v);
    c.setRow(i, t, t.content, t.nContent);
  }
  return c;
}

/** One block's words, from a list of words (as words() gives them). */
export function summarizeWords(ws: readonly string[], v: Vocabulary): BlockWords {
  const t = newTally();
  for (const w of ws) tallyWord(t, w, v);
  return finishWords(t, v);
}

/** Share of words that are stopwords of the language (jusText's main signal). */
export function stopwordDensity(ws: readonly string[], language: string | null | undefined, lower?: readonly string[]): number {
  if (ws.length === 0) return 0;
  const lang = stopwordLanguage(language);
  const set = stopwordSet(lang);
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
export const SENTENCE_END_RE = /[.!?…。！？]["'”’»)\]]*$/u;
/** The characters SENTENCE_END_RE allows after the punctuation, and the punctuation itself. */
const CLOSERS = "\"'”’»)]";
const SENTENCE_FINAL = ".!?…。！？";

/**
 * SENTENCE_END_RE.test(text), read from the end: skip the closing quotes and brackets,
 * then look at one character. (The regex, anchored at the end only, is tried from
 * every position of the text: a scan of the whole block, twice per block.)
 */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.includes(text[i]!)) i--;
  return i >= 0 && SENTENCE_FINAL.includes(text[i]!);
}
/** Sentence boundaries inside a block: ". The", "? «Yes". */
const SENTENCE_SPLIT_RE = /[.!?。！？]["'”’»)]*\s+["'“‘«(]?\p{Lu}/gu;
/** Separators typical of menus, breadcrumbs and link rows: "Home | News", "A · B", "Home > World". */
const SEPARATOR_RE = /\s[|·•»›>/]\s|\s[|·•»›]$/gu;
/** A URL or e-mail address (bounded parts, so no backtracking blow-up on long tokens). */
const URL_RE = /(?:https?:\/\/|www\.)\S|(?:^|\s)[^\s@]{1,64}@[^\s@]{1,64}\.\p{L}{2,}/iu;
/** Cheap pre-check for URL_RE: every match holds "@", "://" or "www." (any case). */
function mayHoldUrl(text: string): boolean {
  return MAY_HOLD_URL_RE.test(text);
}
/** "@", "://" or "www." in any case, in one scan (two includes and a regex took three). */
const MAY_HOLD_URL_RE = /@|:\/\/|www\./i;
/** A time or date stamp alone or leading: "10:45", "3 hours ago", "12.03.2021". */
const TIMESTAMP_RE = /^(?:\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})\b/iu;
const COPYRIGHT_RE = /(?:^|\s)(?:©|\(c\)|copyright\b)/iu;
/**
 * Cheap pre-check for COPYRIGHT_RE: every match holds "©", "(c)" in either case, or
 * "copyright" in any ASCII case (the only letters /iu matches for those of the word).
 */
function mayHoldCopyright(text: string): boolean {
  return text.includes("©") || text.includes("(c)") || text.includes("(C)") || /copyright/i.test(text);
}

/**
 * Blocks longer than this are counted in a Map by TextCounts (few of them: at most
 * one per this many characters of the dump); shorter ones in its table.
 */
const COUNTED_IN_TABLE_CHARS = 256;
/** Documents of fewer blocks (a page has a few hundred) have their texts counted in a Map: V8 hashes strings faster than JS. */
const COUNTED_IN_TABLE_BLOCKS = 4096;

/**
 * How many times each exact block text occurs in a document, counted in an
 * open-addressing table of block numbers (Int32Arrays sized once for the number of
 * blocks: 12-20 bytes a block outside the heap) instead of a Map of every distinct text,
 * which took ~80 bytes of heap a block as it grew (a dump of 180,000 short lines: 14 MB
 * at classify's peak, issue 5). A text is hashed over all its characters (FNV-1a, so
 * no set of texts can pile onto one slot beyond chance) and compared in full with the
 * block in each slot it probes (linear probing, the table at most half full).
 * A page's few hundred blocks are counted in the Map (COUNTED_IN_TABLE_BLOCKS). Texts longer than COUNTED_IN_TABLE_CHARS, not worth a
 * hash walk of their own, go to a Map.
 */
export class TextCounts {
  /** 1 + the number of the first block with the slot's text; 0: empty slot. */
  private slots: Int32Array;
  /** Count of each text, at the number of its first block. */
  private counts: Int32Array;
  private readonly long = new Map<string, number>();
  private readonly mask: number;
  /** Longest text counted in the table (longer ones, and all when the document is short, in long). */
  private readonly tableChars: number;

  constructor(
    private readonly blocks: readonly { readonly text: string }[],
    n = blocks.length,
  ) {
    let size = 16;
    this.tableChars = n >= COUNTED_IN_TABLE_BLOCKS ? COUNTED_IN_TABLE_CHARS : -1;
    if (this.tableChars < 0) n = size = 0;
    while (size < 2 * n) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size);
    this.counts = new Int32Array(n);
  }

  /** The table slot of text: the one holding it, or the empty one where it goes. */
  private slot(text: string): number {
    const { slots, mask } = this;
    for (let s = keyHash(text) & mask; ; s = (s + 1) & mask) {
      const b = slots[s]!;
      if (b === 0 || this.blocks[b - 1]!.text === text) return s;
    }
  }

  /** Counts block i's text once more. */
  add(i: number): void {
    const text = this.blocks[i]!.text;
    if (text.length > this.tableChars) {
      this.long.set(text, (this.long.get(text) ?? 0) + 1);
      return;
    }
    const s = this.slot(text);
    if (this.slots[s] === 0) this.slots[s] = i + 1;
    this.counts[this.slots[s]! - 1]!++;
  }

  /** How many times text was counted (undefined: never). */
  get(text: string): number | undefined {
    if (text.length > this.tableChars) return this.long.get(text);
    if (this.slots.length === 0) return undefined;
    const b = this.slots[this.slot(text)]!;
    return b === 0 ? undefined : this.counts[b - 1];
  }

  /** Forgets every count and lets the table go (get gives undefined). */
  clear(): void {
    this.long.clear();
    this.slots = this.counts = EMPTY_INTS;
  }
}

const EMPTY_INTS = new Int32Array(0);

export interface DocStats {
  /** How many times each exact block text occurs (emptied by blockFeatures once its features are written). */
  repeats: TextCounts;
  /** The document's words (the ids below are its ids). */
  vocabulary: Vocabulary;
  /** For each content word id, the number of long blocks containing it. */
  df: Int32Array;
  /** Content word ids of the headline candidate (first title-like block). */
  headline: Set<number>;
  /** 1 for each content word id in the headline, for the per-word lookups. */
  inHeadline: Uint8Array;
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

export interface RawFeatures {
  words: number;
  chars: number;
  stopwords: number;
  sentenceEnd: boolean;
  sentences: number;
  commas: number;
  capRatio: number;
  /** Share of words in a cased script (0 for Chinese, Arabic, Thai...). */
  casedShare: number;
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
export function isSidebarPhrase(key: string, nWords: number, text = ""): boolean {
  if (key.length <= SIDEBAR_LONGEST && SIDEBAR_HEADING_SET.has(key)) return true;
  if (nWords > 6 || key === "") return false;
  if (nWords === 2 && sectionHeading(text)) return true;
  // The key's words are its parts between single spaces; the k-th space splits
  // it into the first k words (head) and the rest (tail).
  let spaces = 0;
  for (let i = key.indexOf(" "); i >= 0; i = key.indexOf(" ", i + 1)) spaces++;
  if (spaces + 1 > 12) return false;
  for (let at = key.indexOf(" "); at >= 0; at = key.indexOf(" ", at + 1)) {
    // head = key[0, at), tail = key[at + 1, end): cut out and looked up only at a length some heading has.
    const tailLength = key.length - at - 1;
    if (at >= 6 && at <= SIDEBAR_LONGEST && SIDEBAR_HEADING_SET.has(key.slice(0, at))) return true;
    if (tailLength >= 6 && tailLength <= SIDEBAR_LONGEST && SIDEBAR_HEADING_SET.has(key.slice(at + 1))) return true;
  }
  return false;
}

/** "More" and a section's name of one capitalised word: "More Opinion", "Mehr Sport". */
const SECTION_HEADING_RE = /^(\p{Lu}\p{Ll}{1,6}) \p{Lu}[\p{L}'’-]*$/u;

/**
 * A sidebar heading of a word from SECTION_HEADING_WORDS and a section's name in
 * capitals: "More Opinion", "More Reviews" (not "More than 40%", "More games news:";
 * nor a title-case subhead of three words, "More Rain Expected").
 */
function sectionHeading(text: string): boolean {
  if (text.length > 40) return false;
  const m = SECTION_HEADING_RE.exec(text.trim());
  return m !== null && SECTION_HEADING_SET.has(m[1]!.toLowerCase());
}

/** Length of the longest string of a set. */
function longest(set: ReadonlySet<string>): number {
  let n = 0;
  for (const s of set) n = Math.max(n, s.length);
  return n;
}
/**
 * The longest phrase of each phrase set: a longer key is in none, and is not hashed
 * to learn it (hashing every block's key was a sixth of writeRawFeatures' time).
 */
const BOILERPLATE_LONGEST = longest(BOILERPLATE_SET);
const BADGE_LONGEST = longest(BADGE_SET);
const SIDEBAR_LONGEST = longest(SIDEBAR_HEADING_SET);
const SECTION_HEADING_SET: ReadonlySet<string> = new Set(SECTION_HEADING_WORDS);

/** No phrase in the lexicon is longer than this; longer blocks skip the phrase lookups. */
const MAX_PHRASE_BLOCK_CHARS = 160;
/** ASCII punctuation and symbols (what [\p{P}\p{S}] matches below 0x80). */
const ASCII_PUNCT = new Uint8Array(128);
for (let c = 0x21; c < 0x7f; c++) if (!/[0-9A-Za-z]/.test(String.fromCharCode(c))) ASCII_PUNCT[c] = 1;

/** charTallies' classes of an ASCII code unit, as bits (ASCII_CLASS). */
const C_DIGIT = 1;
const C_LETTER = 2;
const C_UPPER = 4;
const C_LOWER = 8;
const C_PUNCT = 16;
const C_COMMA = 32;
/** Characters some per-block pattern needs (see seen in charTallies): sentence-final punctuation. */
const C_SENTENCE = 64;
/** A separator SEPARATOR_RE looks for. */
const C_SEPARATOR = 128;
/** "@", ":" or "w": every URL_RE match holds one ("@", "://", "www."). */
const C_URL = 256;
/** "©", "(" or "y": every COPYRIGHT_RE match holds one ("©", "(c)", "copyright"). */
const C_COPYRIGHT = 512;

/** The classes of each ASCII code unit (punctuation and symbols: what [\p{P}\p{S}] matches below 0x80). */
const ASCII_CLASS = new Uint16Array(128);
for (let c = 0; c < 128; c++) {
  let k = 0;
  if (c >= 0x30 && c <= 0x39) k |= C_DIGIT;
  else if (c >= 0x41 && c <= 0x5a) k |= C_LETTER | C_UPPER;
  else if (c >= 0x61 && c <= 0x7a) k |= C_LETTER | C_LOWER;
  else if (ASCII_PUNCT[c]) k |= C_PUNCT;
  if (c === 0x2c) k |= C_COMMA;
  if (c === 0x2e || c === 0x21 || c === 0x3f) k |= C_SENTENCE;
  if (c === 0x7c || c === 0x3e || c === 0x2f) k |= C_SEPARATOR;
  if (c === 0x40 || c === 0x3a || c === 0x77 || c === 0x57) k |= C_URL;
  if (c === 0x28 || c === 0x79 || c === 0x59) k |= C_COPYRIGHT;
  ASCII_CLASS[c] = k;
}

interface CharTallies {
  digits: number;
  commas: number;
  punct: number;
  letters: number;
  upper: boolean;
  lower: boolean;
  /** C_SENTENCE, C_SEPARATOR, C_URL, C_COPYRIGHT: set when the text holds such a character. */
  seen: number;
}

/**
 * The one CharTallies object charTallies fills and returns (read it before the next
 * call): an object per block was a fiftieth of everything the pipeline allocates.
 */
const TALLIES: CharTallies = { digits: 0, commas: 0, punct: 0, letters: 0, upper: false, lower: false, seen: 0 };

/**
 * One pass over the characters: digits, commas, punctuation/symbols, letters, and
 * whether any cased letter is lower or upper case. ASCII units are tallied from a
 * table without a branch (a test per character mispredicts about every other
 * letter); beyond ASCII, the code-point class table (../unicode/chars.ts). Also
 * notes which characters some per-block patterns need (seen), so that a block
 * without them skips those patterns.
 */
function charTallies(text: string): CharTallies {
  const out = TALLIES;
  let digits = 0;
  let commas = 0;
  let punct = 0;
  let letters = 0;
  let seen = 0;
  let upper = false;
  let lower = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      const k = ASCII_CLASS[c]!;
      digits += k & C_DIGIT;
      letters += (k >> 1) & 1;
      punct += (k >> 4) & 1;
      commas += (k >> 5) & 1;
      seen |= k;
      continue;
    }
    // A high surrogate and the unit after it are read as one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      c = text.codePointAt(i)!;
      i++;
    }
    if (c === 0xff0c || c === 0x3001) commas++;
    else if (c === 0x3002 || c === 0xff01 || c === 0xff1f) seen |= C_SENTENCE;
    else if (c === 0xb7 || c === 0x2022 || c === 0xbb || c === 0x203a) seen |= C_SEPARATOR;
    else if (c === 0xa9) seen |= C_COPYRIGHT;
    const f = charFlags(c);
    if (f & PUNCT_SYMBOL) punct++;
    else if (f & LETTER) {
      letters++;
      if (f & LOWERS) upper = true;
      else if (f & UPPERS) lower = true;
    }
  }
  if (seen & C_UPPER) upper = true;
  if (seen & C_LOWER) lower = true;
  out.digits = digits;
  out.commas = commas;
  out.punct = punct;
  out.letters = letters;
  out.upper = upper;
  out.lower = lower;
  out.seen = seen;
  return out;
}

/**
 * Number of matches of a global regex in the text, without building the list of
 * matches nor a match object each (test() only moves lastIndex). The regex must not
 * match the empty string (each match then moves lastIndex forward).
 */
function countMatches(re: RegExp, text: string): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.test(text)) n++;
  return n;
}

/** Document-wide tallies from every block's words (the blocks' BlockWords, in order). */
export function docStatsOf(blocks: readonly Block[], bws: readonly BlockWords[], vocabulary: Vocabulary): DocStats {
  return docStatsOfColumns(blocks, WordColumns.of(bws), vocabulary);
}

/** docStatsOf from the words of every block in columns. */
function docStatsOfColumns(blocks: readonly Block[], wc: WordColumns, vocabulary: Vocabulary): DocStats {
  const repeats = new TextCounts(blocks);
  const df = new Int32Array(vocabulary.size);
  // The last block that counted each word in df: a word counts once per block.
  const seenIn = new Int32Array(vocabulary.size).fill(-1);
  let headline = new Set<number>();
  let hasBlankLines = false;
  let totalWords = 0;
  let longBlocks = 0;
  const { ids, start } = wc;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const tokens = wc.tokens(i);
    totalWords += tokens;
    repeats.add(i);
    if (i > 0 && b.blankBefore) hasBlankLines = true;
    if (headline.size === 0 && tokens >= 3 && tokens <= 40 && i < 40 && !endsSentence(b.text)) {
      if (start[i + 1]! - start[i]! >= 2) headline = new Set(wc.content(i));
    }
    if (tokens >= 12) {
      longBlocks++;
      for (let k = start[i]!; k < start[i + 1]!; k++) {
        const id = ids[k]!;
        if (seenIn[id] === i) continue;
        seenIn[id] = i;
        df[id]!++;
      }
    }
  }
  const inHeadline = new Uint8Array(vocabulary.size);
  for (const id of headline) inHeadline[id] = 1;
  return { repeats, vocabulary, df, headline, inHeadline, hasBlankLines, totalWords, longBlocks };
}

/** Document-wide tallies from each block's list of words (see docStatsOf). */
export function docStats(blocks: readonly Block[], tokens: readonly string[][], language: string | null | undefined): DocStats {
  const v = newVocabulary(language);
  return docStatsOf(blocks, tokens.map((ws) => summarizeWords(ws, v)), v);
}

/** The features of one block from its words and the document tallies. */
export function rawFeaturesOf(b: Block, bw: BlockWords, doc: DocStats): RawFeatures {
  const wc = WordColumns.of([bw]);
  wc.raw.characterStopwords = doc.vocabulary.characterStopwords;
  writeRawFeatures(wc, 0, b.text, doc, shortKey(b.text));
  return wc.raw.plain(0);
}

/** phraseKey of a block short enough to be a lexicon phrase, else null. */
function shortKey(text: string): string | null {
  return text.length <= MAX_PHRASE_BLOCK_CHARS ? phraseKey(text) : null;
}

/** Bits of RawColumns.flags, one per boolean feature. */
const F_SENTENCE_END = 1;
const F_ALL_CAPS = 2;
const F_STARTS_LOWER = 4;
const F_URL = 8;
const F_TIMESTAMP = 16;
const F_COPYRIGHT = 32;
const F_BOILER_PHRASE = 64;
const F_BADGE = 128;
const F_SIDEBAR_PHRASE = 256;
const F_ENDS_COLON = 512;
const F_QUOTE_START = 1024;
const F_BULLET = 2048;

const bit = (on: boolean, f: number): number => (on ? f : 0);

/** RawColumns.counts' mark for a count kept in RawColumns.big. */
const BIG = 0xffff;

/** The counts of a RawColumns row, in the order they sit in the row. */
const K_CHARS = 0;
const K_SENTENCES = 1;
const K_SEPARATORS = 2;
const K_REPEATED = 3;
const K_CUES = 4;
const K_TOKENS = 5;
const K_CASED = 6;
const K_CAPS = 7;
const K_COMMAS = 8;
const K_DIGITS = 9;
const K_PUNCT = 10;
const K_STOP_HITS = 11;
const K_STOP_CHARS = 12;
const K_CONTENT = 13;
const K_SHARED = 14;
const K_IN_HEAD = 15;
/** Counts a row (a power of two: a row starts at i << COUNT_SHIFT). */
const COUNT_SHIFT = 4;

/**
 * The RawFeatures of every block of a document in columns: the counts they are
 * made of (two bytes a block each, in one array, or an Int32Array for the word count) and
 * one bit each for the booleans, ~40 bytes a block. The ratio features (stopwords,
 * commas, capRatio, casedShare, digitRatio, punctRatio, cohesion, headlineOverlap)
 * are divided out when read, the same expressions on the same numbers as when they
 * were eight Float64 columns (64 bytes a block: a dump of 180,000 short lines held
 * 16 MB of feature columns while classify ran, issue 5). RawRow reads a row as a
 * RawFeatures.
 */
export class RawColumns {
  /** Word count (wordCount: a CJK run counts by characters). */
  readonly words: Int32Array;
  /**
   * Row i's counts at counts[(i << COUNT_SHIFT) + K_...], two bytes each, the rare
   * one from 65,535 up (a block that long: a dump on one line) in big: characters,
   * sentences, separators, repeats of the text, boilerplate cues; words (WORD_RE
   * matches), of those cased (first letter) and of those upper case; commas, digits,
   * punctuation and symbols; stopword hits and, in a CJK vocabulary, the characters
   * they are counted among; content words, of those shared with another long block,
   * and in the headline.
   */
  readonly counts: Uint16Array;
  big: Map<number, number> | null = null;
  readonly flags: Uint16Array;
  /** The document's: stopwords measured by character (CJK), long blocks (12+ words), headline content words. */
  characterStopwords = false;
  longBlocks = 0;
  headlineSize = 0;

  constructor(readonly length: number) {
    this.words = new Int32Array(length);
    this.counts = new Uint16Array(length << COUNT_SHIFT);
    this.flags = new Uint16Array(length);
  }

  /** Count k (K_...) of row i. */
  count(i: number, k: number): number {
    const at = (i << COUNT_SHIFT) + k;
    const v = this.counts[at]!;
    return v !== BIG ? v : this.big!.get(at)!;
  }

  setCount(i: number, k: number, v: number): void {
    const at = (i << COUNT_SHIFT) + k;
    if (v < BIG) {
      this.counts[at] = v;
      return;
    }
    this.counts[at] = BIG;
    (this.big ??= new Map()).set(at, v);
  }

  /** Row i as a view (reads the columns; nothing is copied). */
  row(i: number): RawFeatures {
    return new RawRow(this, i);
  }

  /** A view of every row, in order. */
  rows(): RawFeatures[] {
    const out = new Array<RawFeatures>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = new RawRow(this, i);
    return out;
  }

  /** Row i copied into a plain object. */
  plain(i: number): RawFeatures {
    const r = new RawRow(this, i);
    return {
      words: r.words,
      chars: r.chars,
      stopwords: r.stopwords,
      sentenceEnd: r.sentenceEnd,
      sentences: r.sentences,
      commas: r.commas,
      capRatio: r.capRatio,
      casedShare: r.casedShare,
      allCaps: r.allCaps,
      digitRatio: r.digitRatio,
      punctRatio: r.punctRatio,
      startsLower: r.startsLower,
      separators: r.separators,
      url: r.url,
      timestamp: r.timestamp,
      copyright: r.copyright,
      repeated: r.repeated,
      boilerPhrase: r.boilerPhrase,
      badge: r.badge,
      sidebarPhrase: r.sidebarPhrase,
      cues: r.cues,
      cohesion: r.cohesion,
      headlineOverlap: r.headlineOverlap,
      endsColon: r.endsColon,
      quoteStart: r.quoteStart,
      bullet: r.bullet,
    };
  }
}

/**
 * One row of RawColumns, read as a RawFeatures (read-only). classify's BlockRow, a
 * block and its features in one view, extends it.
 */
export class RawRow implements RawFeatures {
  constructor(
    protected readonly c: RawColumns,
    protected readonly i: number,
  ) {}
  get words(): number {
    return this.c.words[this.i]!;
  }
  get chars(): number {
    return this.c.count(this.i, K_CHARS);
  }
  get sentences(): number {
    return this.c.count(this.i, K_SENTENCES);
  }
  get separators(): number {
    return this.c.count(this.i, K_SEPARATORS);
  }
  get repeated(): number {
    return this.c.count(this.i, K_REPEATED);
  }
  get cues(): number {
    return this.c.count(this.i, K_CUES);
  }
  get stopwords(): number {
    const { c, i } = this;
    return stopShare(c.count(i, K_TOKENS), c.count(i, K_STOP_HITS), c.count(i, K_STOP_CHARS), c.characterStopwords);
  }
  get commas(): number {
    const tokens = this.c.count(this.i, K_TOKENS);
    return tokens ? this.c.count(this.i, K_COMMAS) / tokens : 0;
  }
  get capRatio(): number {
    // Scripts without case (CJK, Arabic, Thai...): neutral, neither title case nor prose.
    const cased = this.c.count(this.i, K_CASED);
    return cased ? this.c.count(this.i, K_CAPS) / cased : 0.5;
  }
  get casedShare(): number {
    const tokens = this.c.count(this.i, K_TOKENS);
    return tokens ? this.c.count(this.i, K_CASED) / tokens : 0;
  }
  get digitRatio(): number {
    const chars = this.c.count(this.i, K_CHARS);
    return chars ? this.c.count(this.i, K_DIGITS) / chars : 0;
  }
  get punctRatio(): number {
    const chars = this.c.count(this.i, K_CHARS);
    return chars ? this.c.count(this.i, K_PUNCT) / chars : 0;
  }
  get cohesion(): number {
    // With fewer than 4 other long blocks there is no vocabulary to share: neutral.
    const { c, i } = this;
    const long = c.count(i, K_TOKENS) >= 12;
    if (c.longBlocks - (long ? 1 : 0) < 4) return 0.5;
    const n = c.count(i, K_CONTENT);
    return n ? c.count(i, K_SHARED) / n : 0;
  }
  get headlineOverlap(): number {
    const n = this.c.count(this.i, K_CONTENT);
    const h = this.c.headlineSize;
    return n && h ? this.c.count(this.i, K_IN_HEAD) / Math.min(n, h) : 0;
  }
  get sentenceEnd(): boolean {
    return (this.c.flags[this.i]! & F_SENTENCE_END) !== 0;
  }
  get allCaps(): boolean {
    return (this.c.flags[this.i]! & F_ALL_CAPS) !== 0;
  }
  get startsLower(): boolean {
    return (this.c.flags[this.i]! & F_STARTS_LOWER) !== 0;
  }
  get url(): boolean {
    return (this.c.flags[this.i]! & F_URL) !== 0;
  }
  get timestamp(): boolean {
    return (this.c.flags[this.i]! & F_TIMESTAMP) !== 0;
  }
  get copyright(): boolean {
    return (this.c.flags[this.i]! & F_COPYRIGHT) !== 0;
  }
  get boilerPhrase(): boolean {
    return (this.c.flags[this.i]! & F_BOILER_PHRASE) !== 0;
  }
  get badge(): boolean {
    return (this.c.flags[this.i]! & F_BADGE) !== 0;
  }
  get sidebarPhrase(): boolean {
    return (this.c.flags[this.i]! & F_SIDEBAR_PHRASE) !== 0;
  }
  get endsColon(): boolean {
    return (this.c.flags[this.i]! & F_ENDS_COLON) !== 0;
  }
  get quoteStart(): boolean {
    return (this.c.flags[this.i]! & F_QUOTE_START) !== 0;
  }
  get bullet(): boolean {
    return (this.c.flags[this.i]! & F_BULLET) !== 0;
  }
}

/** The characters a quoted block starts with (quoteStart). */
const QUOTE_OPENERS = "\"“„«‘'»";
/** A list item's start: a bullet or a number and a space. */
const BULLET_RE = /^(?:[-*•·–]\s|\d{1,3}[.)]\s)/u;
/** Cheap pre-check for BULLET_RE: the first unit is a bullet character or an ASCII digit. */
function mayBeBullet(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2a || c === 0x2022 || c === 0xb7 || c === 0x2013;
}
/** Cheap pre-check for TIMESTAMP_RE, whose every alternative starts with \d (ASCII digits under /u). */
function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}
/** /^\p{Ll}/u.test(text): the first code point is a lower-case letter. */
function startsLower(text: string): boolean {
  return text.length > 0 && (charFlags(text.codePointAt(0)!) & LOWER_LETTER) !== 0;
}

/** Writes the features of block text (row i of the word columns wc) into row i of wc.raw, with the block's shortKey already made. */
function writeRawFeatures(wc: WordColumns, i: number, text: string, doc: DocStats, shortKey: string | null): void {
  const c = wc.raw;
  const chars = text.length;
  const { digits, commas, punct, letters, upper, lower, seen } = charTallies(text);
  const key = shortKey ?? "";
  const tokens = c.count(i, K_TOKENS);
  const long = tokens >= 12;
  const from = wc.start[i]!;
  const to = wc.start[i + 1]!;
  let shared = 0;
  let inHead = 0;
  for (let k = from; k < to; k++) {
    const id = wc.ids[k]!;
    const d = (doc.df[id] ?? 0) - (long ? 1 : 0);
    if (d >= 1) shared++;
    if (doc.inHeadline[id] === 1) inHead++;
  }
  const sentenceEnd = endsSentence(text);
  c.longBlocks = doc.longBlocks;
  c.headlineSize = doc.headline.size;
  c.setCount(i, K_CHARS, chars);
  c.setCount(i, K_SENTENCES, (seen & C_SENTENCE ? countMatches(SENTENCE_SPLIT_RE, text) : 0) + (sentenceEnd ? 1 : 0));
  c.setCount(i, K_COMMAS, commas);
  c.setCount(i, K_DIGITS, digits);
  c.setCount(i, K_PUNCT, punct);
  c.setCount(i, K_SEPARATORS, seen & C_SEPARATOR ? countMatches(SEPARATOR_RE, text) : 0);
  c.setCount(i, K_REPEATED, doc.repeats.get(text) ?? 1);
  c.setCount(i, K_CONTENT, to - from);
  c.setCount(i, K_SHARED, shared);
  c.setCount(i, K_IN_HEAD, inHead);
  c.flags[i] =
    bit(sentenceEnd, F_SENTENCE_END) |
    bit(letters >= 2 && upper && !lower, F_ALL_CAPS) |
    bit(startsLower(text), F_STARTS_LOWER) |
    bit((seen & C_URL) !== 0 && mayHoldUrl(text) && URL_RE.test(text), F_URL) |
    bit(startsWithDigit(text) && TIMESTAMP_RE.test(text), F_TIMESTAMP) |
    bit((seen & C_COPYRIGHT) !== 0 && mayHoldCopyright(text) && COPYRIGHT_RE.test(text), F_COPYRIGHT) |
    bit((key.length <= BOILERPLATE_LONGEST && BOILERPLATE_SET.has(key)) || beginsWithSkipLink(key), F_BOILER_PHRASE) |
    bit(key.length <= BADGE_LONGEST && BADGE_SET.has(key), F_BADGE) |
    bit(isSidebarPhrase(key, tokens, text), F_SIDEBAR_PHRASE) |
    bit(text.endsWith(":"), F_ENDS_COLON) |
    bit(text.length > 0 && QUOTE_OPENERS.includes(text[0]!), F_QUOTE_START) |
    bit(mayBeBullet(text) && BULLET_RE.test(text), F_BULLET);
}

/**
 * The features of one block from its list of words, with stats from docStats. The
 * language is the one docStats was given (the parameter stays for older callers).
 */
export function rawFeatures(b: Block, ws: readonly string[], doc: DocStats, _language?: string | null): RawFeatures {
  return rawFeaturesOf(b, summarizeWords(ws, doc.vocabulary), doc);
}

/**
 * The features of every block of a document (and the phrase keys of the short blocks,
 * null for the others): each block's text is tokenised once,
 * into tallies and word ids (no per-word strings are kept, so memory stays a small
 * multiple of the text even for a huge block), then the document tallies, then the
 * features, into columns (RawColumns, or `into`, columns made for the blocks beforehand:
 * classify's LabelColumns; raws are views of its rows).
 */
export function blockFeatures(blocks: readonly Block[], language: string | null | undefined, views = true, into?: RawColumns): { raws: RawFeatures[]; columns: RawColumns; doc: DocStats; keys: KeyHashes } {
  let chars = 0;
  for (const b of blocks) chars += b.text.length;
  const v = newVocabulary(language, chars);
  const columns = into ?? new RawColumns(blocks.length);
  const wc = scanBlocks(blocks, v, chars, columns);
  const doc = docStatsOfColumns(blocks, wc, v);
  // The phrase keys of short blocks are kept as hashes for classify's structure passes,
  // which compare blocks with the headline (kept as strings, a dump of short lines held
  // a lower-cased copy of each, 48 bytes a block).
  const keys = new KeyHashes(blocks.length);
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]!.text;
    const key = shortKey(text);
    if (key !== null) keys.set(i, key);
    writeRawFeatures(wc, i, text, doc, key);
  }
  // The repeat counts are in the features now: the map of every distinct block text
  // (~30-60 bytes a block) is not kept while classify runs.
  doc.repeats.clear();
  // Without views (views = false), raws is empty: the caller reads the columns its own way.
  return { raws: views ? columns.rows() : [], columns, doc, keys };
}


/** FNV-1a hash of the UTF-16 units of s up to end. */
export function keyHash(s: string, end = s.length): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** keyHash of every prefix of s: element j is keyHash(s, j). */
export function prefixHashes(s: string): Int32Array {
  const out = new Int32Array(s.length + 1);
  let h = 0x811c9dc5;
  out[0] = h;
  for (let i = 0; i < s.length; i++) out[i + 1] = h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return out;
}

/**
 * The phrase keys of a document's blocks (phraseKey of blocks up to
 * MAX_PHRASE_BLOCK_CHARS long), as a hash and a length each: enough to rule out that a
 * block's key is a given string, or a prefix of it, without a copy of the key. A
 * block without one (longer) has length -1.
 */
export class KeyHashes {
  readonly hash: Int32Array;
  readonly length: Int32Array;

  constructor(n: number) {
    this.hash = new Int32Array(n);
    this.length = new Int32Array(n).fill(-1);
  }

  set(i: number, key: string): void {
    this.hash[i] = keyHash(key);
    this.length[i] = key.length;
  }

  /** False when block i's key is known not to be the string of length `length` whose keyHash is `hash`. */
  mayBe(i: number, length: number, hash: number): boolean {
    const l = this.length[i]!;
    return l < 0 || (l === length && this.hash[i] === hash);
  }
}
