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
}

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

const models = new WeakMap<SbcsRecognizer, SbcsModel>();

function modelOf(rec: SbcsRecognizer): SbcsModel {
  let m = models.get(rec);
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
  m = { byteMap: Int32Array.from(rec.byteMap()), flat, langs, lists, maybe };
  models.set(rec, m);
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
  const count = walk(m, det, this.spaceChar, hits);
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

/** chardet's own single-byte match, once fastMatch is in its place. */
let original: ((det: unknown) => unknown) | null = null;

/**
 * Puts fastMatch in place of chardet's single-byte match. Returns chardet's own match
 * (for the test that compares the two), or null when chardet's layout is not the one
 * this was written for (then chardet is left as it is).
 */
export function installFastSbcs(): ((det: unknown) => unknown) | null {
  if (original) return original;
  const load = createRequire(import.meta.url);
  try {
    const sbcs = load("chardet/lib/encoding/sbcs") as Record<string, unknown>;
    const makeMatch = (load("chardet/lib/match") as { default: (det: Detection, rec: SbcsRecognizer, confidence: number) => Match }).default;
    const iso = sbcs.ISO_8859_1 as { prototype: object } | undefined;
    const base = iso ? (Object.getPrototypeOf(iso.prototype) as { match?: (det: unknown) => unknown }) : null;
    if (!base || typeof base.match !== "function" || typeof makeMatch !== "function") return null;
    original = base.match;
    base.match = function (this: SbcsRecognizer, det: unknown) {
      return fastMatch.call(this, det as Detection, makeMatch);
    };
    return original;
  } catch {
    return null;
  }
}
