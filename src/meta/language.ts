/**
 * Language identification from a bounded prefix of the text: the writing system
 * first (Han/Kana/Hangul, Arabic, Hebrew, Greek, Thai, Indic scripts... name the
 * language or narrow it down), then, for Latin and Cyrillic text, a vote of the
 * most frequent function words of each language. Deterministic, linear.
 */
import { FUNCTION_WORDS, PERSIAN_LETTERS, RUSSIAN_LETTERS, SCRIPT_LANGUAGES, TURKISH_LETTERS, UKRAINIAN_LETTERS, URDU_LETTERS } from "../lexicon/languages.js";
import { charFlags, LETTER, MARK, singleLower } from "../unicode/chars.js";

/** Only this many characters are looked at: enough for a confident vote, and fast. */
export const LANGUAGE_PREFIX_CHARS = 20000;
/** A CJK character carries about as much as a short word: it counts this many letters. */
const CJK_WEIGHT = 3;

const PROFILE_SETS: Record<string, ReadonlySet<string>> = Object.fromEntries(
  Object.entries(FUNCTION_WORDS).map(([lang, words]) => [lang, new Set(words.split(" "))]),
);
const CYRILLIC_LANGS: ReadonlySet<string> = new Set(["ru", "uk", "bg", "sr", "mk"]);
const OTHER_SCRIPTS = SCRIPT_LANGUAGES.map(([script, lang]) => ({ re: new RegExp(`\\p{Script=${script}}`, "u"), lang }));

type Script = "latin" | "cyrillic" | "arabic" | "han" | "kana" | "hangul" | string;

/** The scripts scriptCounts tells apart by code-point range, then the OTHER_SCRIPTS in order. */
const RANGE_SCRIPTS: readonly Script[] = ["latin", "cyrillic", "arabic", "han", "kana", "hangul"];
const SCRIPT_NAMES: readonly Script[] = [...new Set([...RANGE_SCRIPTS, ...OTHER_SCRIPTS.map((o) => o.lang)])];
/** Script id of each OTHER_SCRIPTS entry (two entries naming one language share it). */
const OTHER_IDS: readonly number[] = OTHER_SCRIPTS.map((o) => SCRIPT_NAMES.indexOf(o.lang));
const [LATIN, CYRILLIC, ARABIC, HAN, KANA, HANGUL] = [0, 1, 2, 3, 4, 5];
const NO_SCRIPT = -1;

/** Script id of a BMP code point found by otherScript, +1 (0 = not yet computed). */
const OTHER_SCRIPT_OF = new Int16Array(0x10000);

/**
 * Script id (index in SCRIPT_NAMES) of a letter or mark outside the ranges scriptCounts
 * checks itself, by testing OTHER_SCRIPTS in order; NO_SCRIPT when none matches.
 * BMP answers are kept in a table, filled as code points are met.
 */
function otherScript(cp: number): number {
  const known = cp <= 0xffff ? OTHER_SCRIPT_OF[cp]! : 0;
  if (known !== 0) return known - 1;
  const ch = String.fromCodePoint(cp);
  let id = NO_SCRIPT;
  for (let k = 0; k < OTHER_SCRIPTS.length; k++) {
    if (OTHER_SCRIPTS[k]!.re.test(ch)) {
      id = OTHER_IDS[k]!;
      break;
    }
  }
  if (cp <= 0xffff) OTHER_SCRIPT_OF[cp] = id + 1;
  return id;
}

/** Script id of one code point for scriptCounts, or NO_SCRIPT when it is no letter of a counted script. */
function scriptOf(c: number): number {
  if (c < 0x41) return NO_SCRIPT;
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) return LATIN;
  if (c < 0x370) return NO_SCRIPT;
  if (c >= 0x400 && c <= 0x52f) return CYRILLIC;
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfeff)) return charFlags(c) & LETTER ? ARABIC : NO_SCRIPT;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) return HAN;
  if (c >= 0x3040 && c <= 0x30ff) return KANA;
  if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) return HANGUL;
  if (charFlags(c) & (LETTER | MARK)) return otherScript(c);
  return NO_SCRIPT;
}

/** 1 for the ASCII letters (A-Z, a-z), else 0. */
const ASCII_LETTER = new Uint8Array(128);
for (let c = 0x41; c <= 0x7a; c++) if (c <= 0x5a || c >= 0x61) ASCII_LETTER[c] = 1;

/**
 * Letters per script in the text (CJK weighted), one pass over the code points.
 * The map lists the scripts in the order they first occur in the text.
 * ASCII (most of most dumps) is read by code unit and tallied without a branch (a
 * test per character mispredicts on every other letter); the rest goes through scriptOf.
 */
export function scriptCounts(text: string): Map<Script, number> {
  const tally = new Int32Array(SCRIPT_NAMES.length);
  const order: number[] = [];
  // ASCII letters, counted apart: Latin goes into order before the first script met
  // after them (or at the end), which is where their first one put it.
  let ascii = 0;
  let latinListed = false;
  const n = text.length;
  for (let i = 0; i < n; ) {
    let c = text.charCodeAt(i++);
    if (c < 0x80) {
      ascii += ASCII_LETTER[c]!;
      continue;
    }
    // A high surrogate and the low one after it are one code point (as codePointAt reads them).
    if (c >= 0xd800 && c <= 0xdbff && i < n) {
      const d = text.charCodeAt(i);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    const s = scriptOf(c);
    if (s === NO_SCRIPT) continue;
    if (tally[s] === 0) {
      if (ascii > 0 && !latinListed) {
        order.push(LATIN);
        latinListed = true;
      }
      if (s === LATIN) {
        if (!latinListed) order.push(LATIN);
        latinListed = true;
      } else order.push(s);
    }
    tally[s]! += s === HAN || s === KANA || s === HANGUL ? CJK_WEIGHT : 1;
  }
  if (ascii > 0 && !latinListed) order.push(LATIN);
  tally[LATIN]! += ascii;
  const counts = new Map<Script, number>();
  for (const s of order) counts.set(SCRIPT_NAMES[s]!, tally[s]!);
  return counts;
}

/** Function-word profiles inverted for counting: word → the languages (by number) that list it. */
interface ProfileIndex {
  langs: string[];
  words: Map<string, number[]>;
  /** Length (UTF-16 units) of the longest word: longer words need no lookup. */
  longest: number;
}

function invert(profiles: Record<string, ReadonlySet<string>>): ProfileIndex {
  const langs: string[] = [];
  const words = new Map<string, number[]>();
  let longest = 0;
  for (const lang in profiles) {
    const li = langs.push(lang) - 1;
    for (const w of profiles[lang]!) {
      const l = words.get(w);
      if (l) l.push(li);
      else words.set(w, [li]);
      longest = Math.max(longest, w.length);
    }
  }
  return { langs, words, longest };
}
const PROFILE_INDEX = invert(PROFILE_SETS);

/**
 * The profile words in an open-addressing table keyed by a hash of their code units,
 * so that a word of the text is looked up from where it stands in the text, without
 * cutting it out (a slice and a Map hash for every word of every dump).
 */
interface WordTable {
  keys: (string | undefined)[];
  hashes: Int32Array;
  /** Slot → the languages (by number) listing the word. */
  langs: (number[] | undefined)[];
  mask: number;
  /**
   * One bit per value of a hash's low 16 bits, set when a word of the table has it:
   * most words of a text are no function word, and are turned away here by one
   * read of an 8 KB array, without a probe of the table.
   */
  filter: Uint8Array;
}

/** FNV-1a step over one UTF-16 code unit. */
const hashStep = (h: number, unit: number): number => Math.imul(h ^ unit, 0x01000193);
const HASH_START = 0x811c9dc5;

function wordTable(index: ProfileIndex): WordTable {
  let capacity = 16;
  while (capacity < index.words.size * 4) capacity *= 2;
  const t: WordTable = { keys: new Array<string | undefined>(capacity).fill(undefined), hashes: new Int32Array(capacity), langs: new Array<number[] | undefined>(capacity).fill(undefined), mask: capacity - 1, filter: new Uint8Array(1 << 13) };
  for (const [w, langs] of index.words) {
    let h = HASH_START;
    for (let i = 0; i < w.length; i++) h = hashStep(h, w.charCodeAt(i));
    h >>>= 1;
    let slot = h & t.mask;
    while (t.keys[slot] !== undefined) slot = (slot + 1) & t.mask;
    t.keys[slot] = w;
    t.hashes[slot] = h;
    t.langs[slot] = langs;
    t.filter[(h & 0xffff) >>> 3]! |= 1 << (h & 7);
  }
  return t;
}

/**
 * The slot of the word text[start, end) whose hash (hashStep from HASH_START, >>> 1) is
 * h, or -1 when it is in no profile. lowered: the text is lower-cased already; else the
 * word is read as it would be lower-cased (every unit of it maps one for one,
 * LOWER_LETTER_UNIT).
 */
function slotOf(t: WordTable, text: string, start: number, end: number, h: number, lowered: boolean): number {
  const len = end - start;
  for (let slot = h & t.mask; ; slot = (slot + 1) & t.mask) {
    const key = t.keys[slot];
    if (key === undefined) return -1;
    if (t.hashes[slot] !== h || key.length !== len) continue;
    let j = 0;
    if (lowered) while (j < len && key.charCodeAt(j) === text.charCodeAt(start + j)) j++;
    else while (j < len && key.charCodeAt(j) === LOWER_LETTER_UNIT[text.charCodeAt(start + j)]) j++;
    if (j === len) return slot;
  }
}

const PROFILE_TABLE = wordTable(PROFILE_INDEX);
/** functionWordVotes' counts per slot of PROFILE_TABLE, all zero between calls. */
const PROFILE_SEEN = new Int32Array(PROFILE_TABLE.keys.length);

/** A letter (\p{L}) at code point c of lower-cased text: a-z below 0x80 (no upper case is left there). */
const isLowerTextLetter = (c: number): boolean => (c < 0x80 ? c >= 0x61 && c <= 0x7a : (charFlags(c) & LETTER) !== 0);

/** lowerLetterUnit's answers besides a lower-case letter. */
const NOT_LETTER = 1;
const CONTEXTUAL = 2;

/**
 * For each BMP code unit met so far (0 = not yet known): the unit it lower-cases to
 * when that is a letter (\p{L}); NOT_LETTER when it is none; CONTEXTUAL for units
 * that toLowerCase does not map one for one on their own: Σ (σ or ς by its place),
 * İ (two units), surrogates (astral letters). ASCII is filled in at once.
 */
const LOWER_LETTER_UNIT = new Uint16Array(0x10000);
for (let c = 0; c < 0x80; c++) LOWER_LETTER_UNIT[c] = c >= 0x41 && c <= 0x5a ? c + 0x20 : c >= 0x61 && c <= 0x7a ? c : NOT_LETTER;

function lowerLetterUnit(c: number): number {
  const known = LOWER_LETTER_UNIT[c]!;
  if (known !== 0) return known;
  const l = singleLower(c);
  return (LOWER_LETTER_UNIT[c] = l < 0 ? CONTEXTUAL : isLowerTextLetter(l) ? l : NOT_LETTER);
}


/** What a count of words leaves: the word count, the profile words met (their counts in `seen`, by slot) in the order first met. */
interface WordCount {
  words: number;
  firstSeen: number[];
}

/**
 * The words of the text as toLowerCase would give them, read from the text itself
 * with each unit lower-cased through lowerLetterUnit: toLowerCase maps all but the
 * CONTEXTUAL units one for one, so the words, their code units and their places are
 * those of the lower-cased text. Returns null (with `seen` left all zero) at the
 * first CONTEXTUAL unit, for countWords to start again on text.toLowerCase().
 */
function countWordsInPlace(text: string, table: WordTable, longest: number, seen: Int32Array): WordCount | null {
  const firstSeen: number[] = [];
  const n = text.length;
  let words = 0;
  let i = 0;
  while (i < n) {
    let l = lowerLetterUnit(text.charCodeAt(i));
    if (l === NOT_LETTER) {
      i++;
      continue;
    }
    const start = i;
    let h = HASH_START;
    while (l > CONTEXTUAL) {
      h = hashStep(h, l);
      if (++i === n) break;
      l = lowerLetterUnit(text.charCodeAt(i));
    }
    if (l === CONTEXTUAL) {
      for (const slot of firstSeen) seen[slot] = 0;
      return null;
    }
    if (i - start < 2) continue;
    words++;
    if (i - start > longest) continue;
    const key = h >>> 1;
    if (mayBeListed(table, key)) countSlot(slotOf(table, text, start, i, key, false), seen, firstSeen);
  }
  return { words, firstSeen };
}

/** The table's filter lets the hash (>>> 1) through: a word of the table may have it. */
function mayBeListed(table: WordTable, key: number): boolean {
  return (table.filter[(key & 0xffff) >>> 3]! & (1 << (key & 7))) !== 0;
}

/** Counts one occurrence of the profile word in slot (nothing for -1, no profile word). */
function countSlot(slot: number, seen: Int32Array, firstSeen: number[]): void {
  if (slot >= 0 && seen[slot]!++ === 0) firstSeen.push(slot);
}

/** The words of text lower-cased (as countWordsInPlace counts them), read by code point. */
function countWords(lower: string, table: WordTable, longest: number, seen: Int32Array): WordCount {
  const firstSeen: number[] = [];
  const n = lower.length;
  let words = 0;
  let i = 0;
  // ASCII is read by code unit (a-z are its only letters once lower-cased); other
  // characters by code point, a pair of surrogates being one (as codePointAt reads them).
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (c < 0x80) {
      if (c < 0x61 || c > 0x7a) {
        i++;
        continue;
      }
    } else {
      const cp = lower.codePointAt(i)!;
      if (!isLowerTextLetter(cp)) {
        i += cp > 0xffff ? 2 : 1;
        continue;
      }
    }
    const start = i;
    let letters = 0;
    let h = HASH_START;
    while (i < n) {
      const d = lower.charCodeAt(i);
      if (d < 0x80) {
        if (d < 0x61 || d > 0x7a) break;
        letters++;
        h = hashStep(h, d);
        i++;
        continue;
      }
      const cp = lower.codePointAt(i)!;
      if (!isLowerTextLetter(cp)) break;
      letters++;
      h = hashStep(h, d);
      if (cp > 0xffff) {
        h = hashStep(h, lower.charCodeAt(i + 1));
        i += 2;
      } else i++;
    }
    if (letters < 2) continue;
    words++;
    if (i - start > longest) continue;
    const key = h >>> 1;
    if (mayBeListed(table, key)) countSlot(slotOf(table, lower, start, i, key, true), seen, firstSeen);
  }
  return { words, firstSeen };
}

/** Votes of function words per language over the words of the text; key "" holds the word count. */
export function functionWordVotes(text: string, profiles: Record<string, ReadonlySet<string>> = PROFILE_SETS): Map<string, number> {
  const index = profiles === PROFILE_SETS ? PROFILE_INDEX : invert(profiles);
  const table = profiles === PROFILE_SETS ? PROFILE_TABLE : wordTable(index);
  // How many times each profile word (by slot) occurs, and the slots in the order of
  // their first occurrence: the votes are counted from these at the end, once per
  // distinct word rather than once per language per occurrence ("de", "la", "a" are
  // listed by many languages and make up a good share of running text).
  const seen = table === PROFILE_TABLE ? PROFILE_SEEN : new Int32Array(table.keys.length);
  // The words are the runs of two or more letters (\p{L}{2,}) of the lower-cased text.
  // One-letter words ("a", "i", "w", "e") are left out: initials, list markers and
  // abbreviations in menus and tables make them vote for the wrong language.
  // Runs longer than every profile word are counted without being looked up.
  // Most text lower-cases one unit for one, and is read as it is, without a lower-cased copy.
  const { words, firstSeen } = countWordsInPlace(text, table, index.longest, seen) ?? countWords(text.toLowerCase(), table, index.longest, seen);
  // Votes per language number, and the languages in the order of their first vote:
  // a language's first vote came with the first-met word that lists it.
  const counts = new Array<number>(index.langs.length).fill(0);
  const order: number[] = [];
  for (const slot of firstSeen) {
    for (const li of table.langs[slot]!) {
      if (counts[li] === 0) order.push(li);
      counts[li]! += seen[slot]!;
    }
    seen[slot] = 0; // left all zero for the next text
  }
  const votes = new Map<string, number>();
  for (const li of order) votes.set(index.langs[li]!, counts[li]!);
  votes.set("", words);
  return votes;
}

/** Per letters string of countOf: code unit → 1 for its letters, else 0. */
const LETTER_SETS = new Map<string, Uint8Array>();

/**
 * How many of the text's characters are among the letters. The letters are single BMP
 * characters, so each is one code unit, and the text's code units are looked up in a
 * table (a surrogate half is never one of them, as a whole astral character is not).
 */
function countOf(text: string, letters: string): number {
  let set = LETTER_SETS.get(letters);
  if (!set) {
    set = new Uint8Array(0x10000);
    for (let i = 0; i < letters.length; i++) set[letters.charCodeAt(i)] = 1;
    for (let c = 0xd800; c <= 0xdfff; c++) set[c] = 0;
    LETTER_SETS.set(letters, set);
  }
  let n = 0;
  for (let i = 0; i < text.length; i++) n += set[text.charCodeAt(i)]!;
  return n;
}

/**
 * Language of the text as a BCP 47 primary language subtag, or null when the text
 * is too short or gives no clear answer. `stopwords` may replace the built-in
 * function-word profiles used for Latin and Cyrillic text.
 */
export function detectLanguage(text: string, stopwords?: Record<string, ReadonlySet<string>>): string | null {
  const prefix = text.slice(0, LANGUAGE_PREFIX_CHARS);
  const counts = scriptCounts(prefix);
  let script: Script | null = null;
  let best = 0;
  let total = 0;
  const han = counts.get("han") ?? 0;
  const kana = counts.get("kana") ?? 0;
  const hangul = counts.get("hangul") ?? 0;
  // Han, Kana and Hangul compete as one East Asian group against the other scripts.
  for (const [s, n0] of counts) {
    const n = s === "han" || s === "kana" || s === "hangul" ? han + kana + hangul : n0;
    total += n0;
    if (n > best) {
      best = n;
      script = s;
    }
  }
  if (script === null || total < 12) return null;
  if (script === "han" || script === "kana" || script === "hangul") {
    if (hangul >= han + kana) return "ko";
    // Japanese mixes Kana into Han text; Chinese has none (a stray "の" aside).
    return kana >= 0.05 * (han + kana) ? "ja" : "zh";
  }
  if (script === "arabic") {
    if (countOf(prefix, URDU_LETTERS) >= 0.01 * best) return "ur";
    if (countOf(prefix, PERSIAN_LETTERS) >= 0.02 * best) return "fa";
    return "ar";
  }
  if (script !== "latin" && script !== "cyrillic") return script;
  // Latin text dense with ı and ğ is Turkish, whatever its few function words say;
  // with fewer of them, when the vote below is undecided.
  const turkish = !stopwords && script === "latin" ? countOf(prefix, TURKISH_LETTERS) / best : 0;
  if (turkish >= TURKISH_LETTER_SHARE) return "tr";
  const cyr = script === "cyrillic";
  const profiles = stopwords ?? PROFILE_SETS;
  const candidates: Record<string, ReadonlySet<string>> = {};
  for (const lang in profiles) if (stopwords || CYRILLIC_LANGS.has(lang) === cyr) candidates[lang] = profiles[lang]!;
  const votes = functionWordVotes(prefix, stopwords ? candidates : PROFILE_SETS);
  const words = votes.get("") ?? 0;
  let lang: string | null = null;
  let top = 0;
  let second = 0;
  for (const l in candidates) {
    const v = votes.get(l) ?? 0;
    if (v > top) {
      second = top;
      top = v;
      lang = l;
    } else if (v > second) second = v;
  }
  // Too little evidence: fewer than 3 function words, or a thin share of the words
  // (a results table, a menu) without a clear lead over the next language.
  if (top < 3 || (top < 0.04 * words && top < 2 * second)) return turkish >= TURKISH_LETTER_SHARE_UNDECIDED ? "tr" : null;
  if (!stopwords && (lang === "ru" || lang === "uk")) return russianOrUkrainian(prefix) ?? lang;
  return lang;
}

/**
 * Share of the Latin letters that are ı, İ, ğ or Ğ in Turkish text: 5 to 7% (ı alone
 * is one of its commonest letters). Two Turkish names in a short English story
 * ("Erdoğan", "Kılıçdaroğlu") come to 3%; in a story of any length far below 1%.
 * Above the first share the text is Turkish; above the second when the function
 * words do not decide.
 */
const TURKISH_LETTER_SHARE = 0.04;
const TURKISH_LETTER_SHARE_UNDECIDED = 0.015;

/**
 * Russian or Ukrainian by the letters only one of them writes, when those clearly
 * lean one way (at least three, and under a tenth of them the other's); null otherwise.
 */
function russianOrUkrainian(text: string): "ru" | "uk" | null {
  const uk = countOf(text, UKRAINIAN_LETTERS);
  const ru = countOf(text, RUSSIAN_LETTERS);
  if (uk >= 3 && ru * 10 < uk) return "uk";
  if (ru >= 3 && uk * 10 < ru) return "ru";
  return null;
}
