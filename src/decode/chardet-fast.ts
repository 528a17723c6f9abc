/**
 * A faster, exact n-gram scorer for chardet's single-byte recognisers.
 *
 * chardet (a port of ICU's detector) rates each single-byte code page by the share of
 * the input's byte trigrams found in a list of 64 frequent trigrams per language. It
 * walks the whole input once per language (ten times for ISO-8859-1 alone, 28 times
 * in all), with a binary search per byte: for a 4 KB dump that is not UTF-8, about
 * 3 ms, more than the rest of the pipeline on the same dump.
 *
 * scoreSbcs below gives the same confidences in one walk per code page: the trigram
 * stream of a code page is the same for all its languages, so each trigram is looked
 * up once, in a table (built once, from the recogniser's own lists and with chardet's
 * own binary search) that says which of the languages' lists hold it. A small bitmap
 * rejects most trigrams before the table is consulted.
 *
 * Runs of ASCII, most of a dump in a Latin code page, map alike in every code page:
 * their trigrams are read once per input and looked up once per distinct trigram
 * for all code pages together (see sharedWalkOf, sharedHitsOf), so a code page walks
 * only its bytes from 0x80 and the edges of the runs.
 *
 * installFastSbcs replaces the match method of chardet's single-byte base class
 * (which the code pages that override match still call through super.match), so
 * chardet.analyse keeps its recognisers, their order and its sorting. The test beside
 * this file checks that the result equals chardet's own on many inputs: a chardet
 * upgrade that changes the scoring fails it.
 */
import { createRequire } from "node:module";

/** The parts of chardet's single-byte recogniser (lib/encoding/sbcs.js) used here. */
interface SbcsRecognizer {
  spaceChar: number;
  nGramLang: string | undefined;
  ngrams(): number[] | Array<{ fLang: string; fNGrams: number[] }>;
  byteMap(): number[];
  name(det: Detection): string;
  language(): string | undefined;
}

/** chardet's detection context (the fields the single-byte scorer reads). */
interface Detection {
  inputBytes: Uint8Array;
  inputLen: number;
}

type Match = { confidence: number; name: string; lang?: string };

/** A recogniser's lists, laid out for one walk. */
interface SbcsModel {
  byteMap: Int32Array;
  /** True when ngrams() is one flat list (no languages). */
  flat: boolean;
  langs: string[];
  /** Trigram → bit i set when list i holds it. */
  lists: Map<number, number>;
  /** Bit (hash of a trigram) set when some list may hold it. */
  maybe: Uint8Array;
  /** Number of the model (in the order made), its place in the shared hit counts. */
  id: number;
  /** Number of hit counters: the lists (1 when flat). */
  width: number;
}

/** Every model made so far, by id. */
const allModels: SbcsModel[] = [];
/** Trigram → the models and lists holding it, as [id, bits, id, bits, ...] (for the shared walks). */
const allLists = new Map<number, number[]>();

const BLOOM_BITS = 1 << 16;
const bloomSlot = (ngram: number): number => Math.imul(ngram, 0x9e3779b1) >>> 16;

/** chardet's NGramParser.search, as written there (a binary search over a sorted list of 64). */
function search(table: readonly number[], value: number): number {
  let index = 0;
  if (table[index + 32]! <= value) index += 32;
  if (table[index + 16]! <= value) index += 16;
  if (table[index + 8]! <= value) index += 8;
  if (table[index + 4]! <= value) index += 4;
  if (table[index + 2]! <= value) index += 2;
  if (table[index + 1]! <= value) index += 1;
  if (table[index]! > value) index -= 1;
  if (index < 0 || table[index] != value) return -1;
  return index;
}

/** Models by recogniser class (its lists and byte map are the class's: one model however many instances). */
const models = new WeakMap<object, SbcsModel>();

function modelOf(rec: SbcsRecognizer): SbcsModel {
  let m = models.get(rec.constructor);
  if (m) return m;
  const ngrams = rec.ngrams();
  const flat = Array.isArray(ngrams) && isFinite(ngrams[0] as number);
  const tables = flat ? [ngrams as number[]] : (ngrams as Array<{ fLang: string; fNGrams: number[] }>).map((n) => n.fNGrams);
  const langs = flat ? [] : (ngrams as Array<{ fLang: string }>).map((n) => n.fLang);
  if (tables.length > 31) throw new Error("too many n-gram lists for a bit mask");
  const lists = new Map<number, number>();
  const maybe = new Uint8Array(BLOOM_BITS / 8);
  // search() can only find a value the list holds: the trigrams of the lists are all that can hit.
  for (const table of tables) {
    for (const v of table) {
      if (lists.has(v)) continue;
      let bits = 0;
      tables.forEach((t, i) => {
        if (search(t, v) >= 0) bits |= 1 << i;
      });
      if (bits === 0) continue;
      lists.set(v, bits);
      const slot = bloomSlot(v);
      maybe[slot >>> 3]! |= 1 << (slot & 7);
    }
  }
  m = { byteMap: Int32Array.from(rec.byteMap()), flat, langs, lists, maybe, id: allModels.length, width: flat ? 1 : langs.length };
  allModels.push(m);
  for (const [v, bits] of lists) {
    const holders = allLists.get(v);
    if (holders) holders.push(m.id, bits);
    else allLists.set(v, [m.id, bits]);
  }
  models.set(rec.constructor, m);
  return m;
}

/**
 * Hits per list and the number of trigrams, as chardet's NGramParser.parse counts
 * them: bytes mapped through the code page's byte map (0 = skipped), runs of spaces
 * folded to one, and a closing space.
 */
function walk(m: SbcsModel, det: Detection, space: number, hits: Int32Array): number {
  const { byteMap, lists, maybe } = m;
  const bytes = det.inputBytes;
  const len = det.inputLen;
  let ngram = 0;
  let count = 0;
  let ignoreSpace = false;
  // k === len adds the closing space.
  for (let k = 0; k <= len; k++) {
    let mb = space;
    if (k < len) {
      mb = byteMap[bytes[k]! & 0xff]!;
      if (mb === 0) continue;
      const folded = mb === space && ignoreSpace;
      ignoreSpace = mb === space;
      if (folded) continue;
    }
    ngram = ((ngram << 8) + (mb & 0xff)) & 0xffffff;
    count++;
    const slot = bloomSlot(ngram);
    if ((maybe[slot >>> 3]! & (1 << (slot & 7))) === 0) continue;
    const bits = lists.get(ngram);
    if (bits === undefined) continue;
    for (let i = 0; i < hits.length; i++) if (bits & (1 << i)) hits[i]!++;
  }
  return count;
}

/**
 * All of chardet's single-byte code pages map ASCII alike: letters lower-cased, the
 * apostrophe skipped (0), everything else a space. Between two bytes from 0x80 the
 * trigram stream is then the same for every code page, but for its first symbols
 * (a leading space is folded or not by what came before; the first trigrams reach
 * back into it). sharedWalkOf reads those runs once per input; walkShared then needs
 * per code page only the bytes from 0x80, the first three symbols of each run, and
 * one lookup per distinct trigram of the rest.
 */
const ASCII_MAP = new Int32Array(128);
for (let b = 0; b < 128; b++) ASCII_MAP[b] = (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) ? b | 0x20 : b === 0x27 ? 0 : 0x20;
const SPACE = 0x20;

/** A code page's byte map and space agree with ASCII_MAP (true of all chardet's). */
function sharesAsciiMap(m: SbcsModel, space: number): boolean {
  if (space !== SPACE) return false;
  for (let b = 0; b < 128; b++) if (m.byteMap[b] !== ASCII_MAP[b]) return false;
  return true;
}

/** One input read as runs of ASCII (their symbols under ASCII_MAP, spaces folded as if no space came before) and the bytes from 0x80 between them. */
interface SharedWalk {
  len: number;
  /** In input order: a byte from 0x80, or 0x100 + the number of a run (runs without symbols are left out). */
  parts: Int32Array;
  /** Per run: its symbol count, its first three symbols (C0 << 16 | C1 << 8 | C2), its last three (the trigram state after it). */
  runLength: Int32Array;
  runHead: Int32Array;
  runTail: Int32Array;
  /** The trigrams of the runs that end at their fourth symbol or later, as distinct trigrams and how many times each occurs. */
  trigrams: Int32Array;
  times: Int32Array;
  /**
   * Per model id, the hits of those trigrams on its lists, counted for all models at
   * once (one lookup per trigram) when the first code page asks; undefined for a
   * model made after that (it counts its own).
   */
  sharedHits: Array<Int32Array | undefined> | null;
}

const sharedWalks = new WeakMap<Uint8Array, SharedWalk>();

function sharedWalkOf(det: Detection): SharedWalk {
  const bytes = det.inputBytes;
  const len = det.inputLen;
  const known = sharedWalks.get(bytes);
  if (known && known.len === len) return known;
  const parts: number[] = [];
  const runLength: number[] = [];
  const runHead: number[] = [];
  const runTail: number[] = [];
  const times = new Map<number, number>();
  let n = 0; // symbols in the current run
  let head = 0;
  let tail = 0; // its last three symbols
  let lastSpace = false;
  const close = (): void => {
    if (n === 0) return;
    parts.push(0x100 + runLength.length);
    runLength.push(n);
    // Fewer than three symbols: head holds them in its high bytes, as if followed by more.
    runHead.push(n >= 3 ? head : head << (8 * (3 - n)));
    runTail.push(tail);
    n = 0;
    head = 0;
    tail = 0;
    lastSpace = false;
  };
  for (let k = 0; k < len; k++) {
    const b = bytes[k]! & 0xff;
    if (b >= 0x80) {
      close();
      parts.push(b);
      continue;
    }
    const s = ASCII_MAP[b]!;
    if (s === 0) continue;
    if (s === SPACE && lastSpace) continue;
    lastSpace = s === SPACE;
    tail = ((tail << 8) | s) & 0xffffff;
    if (n < 3) head = (head << 8) | s;
    else times.set(tail, (times.get(tail) ?? 0) + 1);
    n++;
  }
  close();
  const w: SharedWalk = {
    len,
    parts: Int32Array.from(parts),
    runLength: Int32Array.from(runLength),
    runHead: Int32Array.from(runHead),
    runTail: Int32Array.from(runTail),
    trigrams: Int32Array.from(times.keys()),
    times: Int32Array.from(times.values()),
    sharedHits: null,
  };
  sharedWalks.set(bytes, w);
  return w;
}

/** Adds `times` hits of a trigram to the lists that hold it. */
function look(m: SbcsModel, hits: Int32Array, gram: number, times: number): void {
  const slot = bloomSlot(gram);
  if ((m.maybe[slot >>> 3]! & (1 << (slot & 7))) === 0) return;
  const bits = m.lists.get(gram);
  if (bits === undefined) return;
  for (let i = 0; i < hits.length; i++) if (bits & (1 << i)) hits[i]! += times;
}

/** The hits of the shared trigrams on the lists of every model made so far (see SharedWalk.sharedHits). */
function sharedHitsOf(w: SharedWalk): Array<Int32Array | undefined> {
  const out = allModels.map((m) => new Int32Array(m.width));
  const { trigrams, times } = w;
  for (let t = 0; t < trigrams.length; t++) {
    const holders = allLists.get(trigrams[t]!);
    if (holders === undefined) continue;
    const n = times[t]!;
    for (let k = 0; k < holders.length; k += 2) {
      const hits = out[holders[k]!]!;
      const bits = holders[k + 1]!;
      for (let i = 0; i < hits.length; i++) if (bits & (1 << i)) hits[i]! += n;
    }
  }
  return out;
}

/** walk's hits and count, from the input's shared walk (for a code page that sharesAsciiMap). */
function walkShared(m: SbcsModel, w: SharedWalk, hits: Int32Array): number {
  const { byteMap } = m;
  let ngram = 0;
  let count = 0;
  let ignoreSpace = false;
  const { parts, runLength, runHead, runTail } = w;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    if (part < 0x100) {
      const mb = byteMap[part]!;
      if (mb === 0) continue;
      const folded = mb === SPACE && ignoreSpace;
      ignoreSpace = mb === SPACE;
      if (folded) continue;
      ngram = ((ngram << 8) + (mb & 0xff)) & 0xffffff;
      count++;
      look(m, hits, ngram, 1);
      continue;
    }
    const r = part - 0x100;
    const n = runLength[r]!;
    const head = runHead[r]!;
    // The run's first three symbols as walk meets them (only the first can be a folded space).
    for (let j = 0; j < 3 && j < n; j++) {
      const s = (head >>> (16 - 8 * j)) & 0xff;
      const folded = s === SPACE && ignoreSpace;
      ignoreSpace = s === SPACE;
      if (folded) continue;
      ngram = ((ngram << 8) + s) & 0xffffff;
      count++;
      look(m, hits, ngram, 1);
    }
    if (n > 3) {
      // The rest of the run: its trigrams are in the shared counts; the state is its last three symbols.
      count += n - 3;
      ngram = runTail[r]!;
      ignoreSpace = (ngram & 0xff) === SPACE;
    }
  }
  // The closing space.
  ngram = ((ngram << 8) + SPACE) & 0xffffff;
  count++;
  look(m, hits, ngram, 1);
  w.sharedHits ??= sharedHitsOf(w);
  const shared = w.sharedHits[m.id];
  if (shared) {
    for (let i = 0; i < hits.length; i++) hits[i]! += shared[i]!;
  } else {
    const { trigrams, times } = w;
    for (let t = 0; t < trigrams.length; t++) look(m, hits, trigrams[t]!, times[t]!);
  }
  return count;
}

/** NGramParser.parse's confidence from the hits. */
function confidence(hits: number, count: number): number {
  const rawPercent = hits / count;
  if (rawPercent > 0.33) return 98;
  return Math.floor(rawPercent * 300.0);
}

/** sbcs.prototype.match, scoring every language list in one walk. */
function fastMatch(this: SbcsRecognizer, det: Detection, makeMatch: (det: Detection, rec: SbcsRecognizer, confidence: number) => Match): Match | null {
  this.nGramLang = undefined;
  const m = modelOf(this);
  const hits = new Int32Array(m.flat ? 1 : m.langs.length);
  const count = sharesAsciiMap(m, this.spaceChar) ? walkShared(m, sharedWalkOf(det), hits) : walk(m, det, this.spaceChar, hits);
  if (m.flat) {
    const c = confidence(hits[0]!, count);
    return c <= 0 ? null : makeMatch(det, this, c);
  }
  // Languages from the last to the first; a tie keeps the one met first (chardet's order).
  let best = -1;
  for (let i = m.langs.length - 1; i >= 0; i--) {
    const c = confidence(hits[i]!, count);
    if (c > best) {
      best = c;
      this.nGramLang = m.langs[i];
    }
  }
  return best <= 0 ? null : makeMatch(det, this, best);
}

/** A recogniser's match with chardet's makeMatch handed in (fastMatch, fastMbcsMatch). */
type FastMatch<D, R> = (this: R, det: D, makeMatch: (det: D, rec: R, confidence: number) => Match) => Match | null;

/**
 * Puts fast in place of the match method that the recognisers of chardet's module
 * `path` inherit (found through one of their classes, `sample`). Returns chardet's own
 * match (for the tests that compare the two), or null when chardet's layout is not the
 * one this was written for (then chardet is left as it is).
 */
function replaceMatch<D, R>(path: string, sample: string, fast: FastMatch<D, R>): ((det: unknown) => unknown) | null {
  const load = createRequire(import.meta.url);
  try {
    const mod = load(path) as Record<string, unknown>;
    const makeMatch = (load("chardet/lib/match") as { default: (det: D, rec: R, confidence: number) => Match }).default;
    const cls = mod[sample] as { prototype: object } | undefined;
    const base = cls ? (Object.getPrototypeOf(cls.prototype) as { match?: (det: unknown) => unknown }) : null;
    if (!base || typeof base.match !== "function" || typeof makeMatch !== "function") return null;
    const own = base.match;
    base.match = function (this: R, det: unknown) {
      return fast.call(this, det as D, makeMatch);
    };
    return own;
  } catch {
    return null;
  }
}

/** chardet's own single-byte match, once fastMatch is in its place. */
let original: ((det: unknown) => unknown) | null = null;

/** Puts fastMatch in place of chardet's single-byte match (see replaceMatch). */
export function installFastSbcs(): ((det: unknown) => unknown) | null {
  return (original ??= replaceMatch<Detection, SbcsRecognizer>("chardet/lib/encoding/sbcs", "ISO_8859_1", fastMatch));
}

/*
 * The multi-byte recognisers (Shift_JIS, Big5, EUC-JP, EUC-KR, GB18030) walk the
 * input a character at a time through a method call per character, five times over.
 * In all five a byte below 0x80 is a character of its own, without error and below
 * 0x100: it only adds to the character count, and cannot end the walk (the counts
 * the walk stops on do not change). fastMbcsMatch is chardet's mbcs.prototype.match
 * with such runs skipped at once, to the next byte from 0x80 (found once per input
 * and shared by the five); the other characters still go through the recogniser's
 * own nextChar.
 */

/** The parts of chardet's multi-byte recogniser (lib/encoding/mbcs.js) used here. */
interface MbcsRecognizer {
  commonChars: number[] | null;
  nextChar(iter: IteratedChar, det: MbcsDetection): boolean;
}

/** chardet's detection context (the fields the multi-byte walk reads). */
interface MbcsDetection {
  rawInput: Uint8Array;
  rawLen: number;
}

/** chardet's IteratedChar (not exported there), field for field. */
class IteratedChar {
  charValue = 0;
  index = 0;
  nextIndex = 0;
  error = false;
  done = false;
  reset(): void {
    this.charValue = 0;
    this.index = -1;
    this.nextIndex = 0;
    this.error = false;
    this.done = false;
  }
  nextByte(det: MbcsDetection): number {
    if (this.nextIndex >= det.rawLen) {
      this.done = true;
      return -1;
    }
    return det.rawInput[this.nextIndex++]! & 0x00ff;
  }
}

/** chardet's mbcs binarySearch, probe for probe (iterative). */
function binarySearch(arr: readonly number[], value: number): number {
  let left = 0;
  let right = arr.length - 1;
  while (right >= left) {
    const mid = Math.floor((left + right) >>> 1);
    if (value > arr[mid]!) left = mid + 1;
    else if (value < arr[mid]!) right = mid - 1;
    else return mid;
  }
  return -1;
}

/** For each input: index → the first index from there holding a byte from 0x80 (rawLen when none). */
const nextHighOf = new WeakMap<Uint8Array, Int32Array>();

function nextHigh(det: MbcsDetection): Int32Array {
  let t = nextHighOf.get(det.rawInput);
  if (t && t.length === det.rawLen + 1) return t;
  const n = det.rawLen;
  t = new Int32Array(n + 1);
  let next = n;
  t[n] = n;
  for (let i = n - 1; i >= 0; i--) {
    if (det.rawInput[i]! >= 0x80) next = i;
    t[i] = next;
  }
  nextHighOf.set(det.rawInput, t);
  return t;
}

/** mbcs.prototype.match (chardet 2.x), with runs of bytes below 0x80 counted at once. */
function fastMbcsMatch(this: MbcsRecognizer, det: MbcsDetection, makeMatch: (det: MbcsDetection, rec: MbcsRecognizer, confidence: number) => Match): Match | null {
  let doubleByteCharCount = 0;
  let commonCharCount = 0;
  let badCharCount = 0;
  let totalCharCount = 0;
  let confidence = 0;
  const iter = new IteratedChar();
  const skip = nextHigh(det);
  detectBlock: {
    for (iter.reset(); ; ) {
      const k = skip[Math.min(iter.nextIndex, det.rawLen)]!;
      if (k > iter.nextIndex) {
        totalCharCount += k - iter.nextIndex;
        iter.nextIndex = k;
      }
      if (!this.nextChar(iter, det)) break;
      totalCharCount++;
      if (iter.error) {
        badCharCount++;
      } else {
        const cv = iter.charValue & 0xffffffff;
        if (cv > 0xff) {
          doubleByteCharCount++;
          if (this.commonChars != null) {
            if (binarySearch(this.commonChars, cv) >= 0) commonCharCount++;
          }
        }
      }
      if (badCharCount >= 2 && badCharCount * 5 >= doubleByteCharCount) break detectBlock;
    }
    if (doubleByteCharCount <= 10 && badCharCount == 0) {
      if (doubleByteCharCount == 0 && totalCharCount < 10) confidence = 0;
      else confidence = 10;
      break detectBlock;
    }
    if (doubleByteCharCount < 20 * badCharCount) {
      confidence = 0;
      break detectBlock;
    }
    if (this.commonChars == null) {
      confidence = 30 + doubleByteCharCount - 20 * badCharCount;
      if (confidence > 100) confidence = 100;
    } else {
      const maxVal = Math.log(doubleByteCharCount / 4);
      const scaleFactor = 90.0 / maxVal;
      confidence = Math.floor(Math.log(commonCharCount + 1) * scaleFactor + 10);
      confidence = Math.min(confidence, 100);
    }
  }
  return confidence == 0 ? null : makeMatch(det, this, confidence);
}

/** chardet's own multi-byte match, once fastMbcsMatch is in its place. */
let originalMbcs: ((det: unknown) => unknown) | null = null;

/** Puts fastMbcsMatch in place of chardet's multi-byte match (see replaceMatch). */
export function installFastMbcs(): ((det: unknown) => unknown) | null {
  return (originalMbcs ??= replaceMatch<MbcsDetection, MbcsRecognizer>("chardet/lib/encoding/mbcs", "sjis", fastMbcsMatch));
}
