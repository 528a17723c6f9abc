/**
 * Bylines: "By Jane Doe and John Roe", "By JANE DOE, Associated Press", "Jane Doe,
 * Reuters", "Par Jean Dupont", "Von Hans Müller und Eva Schmidt", "Por María López",
 * "Di Mario Rossi", "Henry Gilbert • February 15, 2017". Authors come out as names:
 * agencies, job titles, dates, "Updated ..." parts, handles and e-mails are dropped.
 * A sentence that merely starts with "By" ("By the end of the year, ...") is no byline.
 */
import { AGENCY_SET, BYLINE_JOINERS, BYLINE_PREFIXES, LANGUAGE_BYLINE_PREFIXES, BYLINE_ROLE_MARKERS, BYLINE_SUFFIXES, NAME_PARTICLES, NEWSROOM_BYLINES, NON_NAME_WORDS, ROLES, CJK_OUTLET_ENDINGS } from "../lexicon/bylines.js";
import { UPDATED_WORDS, PUBLISHED_WORDS } from "../lexicon/dates.js";
import { SITE_WORDS } from "../lexicon/titles.js";
import { firstDateStart } from "./date.js";
import { alternation, squeeze } from "./text.js";

/** A byline is a short line; longer blocks are story text. */
const MAX_BYLINE_CHARS = 200;
const MAX_AUTHORS = 8;

/** "By", "Written by", "Par", "Autor:" at the start, then space (or a colon). */
// After the prefix a colon, or the end of the word: not another letter or digit (\b
// knows only ASCII letters, so "מאת נועה כהן" or "Автор Иван" never matched it).
const prefixRegex = (prefixes: readonly string[]): RegExp => new RegExp(`^(?:${alternation(prefixes)})(?: ?:|(?![\\p{L}\\p{N}])) ?(?=\\S)`, "iu");
const PREFIX_RE = prefixRegex(BYLINE_PREFIXES);
/** PREFIX_RE with the prefixes of one language added (LANGUAGE_BYLINE_PREFIXES), by language. */
const LANGUAGE_PREFIX_RES: ReadonlyMap<string, RegExp> = new Map(Object.entries(LANGUAGE_BYLINE_PREFIXES).map(([l, ps]) => [l, prefixRegex([...BYLINE_PREFIXES, ...ps])]));

/** What the byline parsers may know of the text: its language, for the prefixes only it uses. */
export interface BylineOptions {
  language?: string | null;
}

function prefixRe(options: BylineOptions): RegExp {
  return (options.language && LANGUAGE_PREFIX_RES.get(options.language)) || PREFIX_RE;
}
const JOINER_RE = new RegExp(`\\s(?:${alternation(BYLINE_JOINERS)})\\s|[,;/]\\s?|\\s&\\s?`, "giu");
const ROLE_MARKER_RE = new RegExp(`(?:^|\\s)(?:${alternation(BYLINE_ROLE_MARKERS)})(?:\\s|$)`, "iu");
const STOP_WORDS_RE = new RegExp(`(?:^|\\s)(?:${alternation([...UPDATED_WORDS, ...PUBLISHED_WORDS])})\\b`, "iu");
/** Separators after which a byline carries other things: "Jane Doe | Staff", "Jane Doe • Jan 5". */
const SEPARATOR_RE = /\s(?:[|•·]|-{1,2}|–|—)\s|\s[|•·]/u;
const ROLE_SET: ReadonlySet<string> = new Set(ROLES);
const SITE_WORD_SET: ReadonlySet<string> = new Set(SITE_WORDS);
const PARTICLE_SET: ReadonlySet<string> = new Set(NAME_PARTICLES);
const NON_NAME_SET: ReadonlySet<string> = new Set(NON_NAME_WORDS);
const NEWSROOM_SET: ReadonlySet<string> = new Set(NEWSROOM_BYLINES);
/** "by", "par", "von", "por" inside a line before a capital: "on March 10, 2015 by Nikhil Marathe". */
const MID_PREFIX_RE = /\s(?:by|par|von|por)\s(?=\p{Lu})/iu;

/** One token of a personal name: "Jane", "JANE", "J.", "O'Brien", "Müller-Lüdenscheidt", "McDonald". */
const NAME_TOKEN_RE = /^(?:\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}[\p{L}\p{M}'’]*(?:-\p{Lu}?[\p{L}\p{M}'’]+)*\.?)$/u;

/**
 * One word of a script without capitals that puts spaces between words (Hebrew,
 * Arabic, Devanagari, ...): "נועה", "أحمد". Such a name cannot show itself by its
 * capitals, so only its length (at most MAX_UNCASED_NAME_WORDS words) and the
 * caller's context tell it from other words. (Chinese and Japanese names are one
 * run of characters, and space-separated runs there are menu words: "编辑 锁定 讨论".)
 */
const UNCASED_TOKEN_RE = /^(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}])\p{Lo}[\p{Lo}\p{M}'’-]*$/u;
const MAX_UNCASED_NAME_WORDS = 4;

/** Words of a personal name (particles allowed inside), or null if the text is not one. */
export function nameLike(text: string): boolean {
  const toks = text.split(/\s+/).filter((t) => t !== "");
  if (toks.length < 1 || toks.length > 6) return false;
  let caps = 0;
  let uncased = 0;
  for (const t of toks) {
    if (NAME_TOKEN_RE.test(t)) caps++;
    else if (UNCASED_TOKEN_RE.test(t)) uncased++;
    else if (!PARTICLE_SET.has(t.toLowerCase()) || t === toks[toks.length - 1]) return false;
  }
  if (uncased > 0) return caps === 0 && uncased <= MAX_UNCASED_NAME_WORDS;
  return caps >= 1;
}

/**
 * An agency or outlet: a known name, or a short name in capitals with a word like
 * "News", "Times", "Magazine" ("Fox News", "The Daily Courier"; not "Get the latest
 * news" or "Online features Multiplayer", which are a prompt and a spec row).
 */
function isAgency(text: string): boolean {
  const t = text.toLowerCase().trim();
  if (AGENCY_SET.has(t)) return true;
  const ws = text.trim().split(/\s+/);
  // (Two words at least: "News" alone is a menu entry, as in "News | Sports | Business".)
  if (ws.length < 2 || ws.length > 5 || !ws.every((w) => /^[\p{Lu}\p{N}&]/u.test(w))) return false;
  return ws.some((w) => SITE_WORD_SET.has(w.toLowerCase()));
}

/** A job title alone: "Environment correspondent", "Staff Writer" (the line under a bare name). */
export function looksLikeRole(text: string): boolean {
  return text.length <= 60 && isRole(text.replace(/[.,;:]+$/u, ""));
}

function isRole(text: string): boolean {
  const t = text.toLowerCase().trim();
  if (ROLE_SET.has(t)) return true;
  // "Senior Staff Writer", "Washington Correspondent": ends with a known role word.
  const ws = t.split(/\s+/);
  if (ws.length > 4) return false;
  const last = ws[ws.length - 1]!;
  return (ws.length >= 2 && ROLE_SET.has(`${ws[ws.length - 2]!} ${last}`)) || ROLE_SET.has(last);
}

/** The names part of a byline: prefix removed, cut before dates, "Updated", handles, separators. */
function namesPart(text: string, prefix: RegExp): { names: string; prefixed: boolean; tail: string } {
  let t = squeeze(text);
  const pm = prefix.exec(t);
  const prefixed = pm !== null;
  if (pm) t = t.slice(pm[0].length);
  let cut = t.length;
  const consider = (i: number | undefined): void => {
    if (i !== undefined && i >= 0 && i < cut) cut = i;
  };
  consider(firstDateStart(t));
  consider(t.search(SEPARATOR_RE));
  // (Every match holds "@" or "://": the regex is tried from every position otherwise.)
  if (t.includes("@") || t.includes("://")) consider(t.search(/\s@|\S+@\S+\.\S+|https?:\/\//u));
  consider(t.search(ROLE_MARKER_RE));
  consider(t.search(STOP_WORDS_RE));
  consider(t.search(/\s\d/u));
  // "Par Claire Dubois (Bruxelles, correspondante)": the parenthesis says where or what, not who.
  consider(t.search(/\s\(/u));
  const names = t.slice(0, cut).replace(/[\s,;:|]+$/u, "");
  return { names: squeeze(names.includes("(") || names.includes(")") ? names.replace(/[()]/g, " ") : names), prefixed, tail: t.slice(cut).trim() };
}

/**
 * A name printed in capitals, as wires and some papers print bylines ("By JEFFREY
 * GETTLEMAN", "JOHN O'NEILL"), in the case a name is written in: "Jeffrey Gettleman",
 * "John O'Neill", "Jean-Paul Sartre". A short word without vowels stays ("TMZ Staff").
 * A name with small letters is left as it is.
 */
export function nameCase(name: string): string {
  if (/\p{Ll}/u.test(name) || !/\p{Lu}.*\p{Lu}/u.test(name)) return name;
  return name
    .split(" ")
    .map((w) => (w.length <= 4 && !/[AEIOUYÀ-ÖØ-ÝĀ-ſ]/u.test(w) ? w : w.toLowerCase().replace(/(^|['’-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())))
    .join(" ");
}

/** "By Jane Doe and John Roe" → { byline, authors }; null when the text is not a byline. */
export function parseByline(text: string, options: BylineOptions = {}): { byline: string; authors: string[] } | null {
  // Marks before the byline ("// By Jane Doe • Nov 11, 2020", "— Jane Doe") are decoration.
  const squeezed = squeeze(text);
  // (LEADING_MARKS_RE needs a mark first: a line that starts with an ASCII letter has none.)
  const byline = startsWithAsciiLetter(squeezed) ? squeezed : squeezed.replace(LEADING_MARKS_RE, "");
  if (byline.length < 3 || byline.length > MAX_BYLINE_CHARS) return null;
  // A line that ends with a colon introduces what follows (a quotation's source,
  // "Benedikt XVI., Enzyklika …, 25. Dezember 2005:"): no byline.
  if (byline.endsWith(":")) return null;
  // (Hangul and Han start at U+1100: SUFFIXED_BYLINE_RE is not tried on other text.)
  const suffixed = byline.charCodeAt(0) >= 0x1100 ? SUFFIXED_BYLINE_RE.exec(byline) : null;
  if (suffixed) return { byline, authors: [suffixed[1]!] };
  const prefix = prefixRe(options);
  const hasPrefix = prefix.test(byline);
  // The date, then the author: "on March 10, 2015 by Nikhil Marathe". The byline is the "by" part.
  if (!hasPrefix) {
    const mid = MID_PREFIX_RE.exec(byline);
    if (mid && firstDateStart(byline.slice(0, mid.index)) !== undefined) {
      const after = parseByline(byline.slice(mid.index + 1), options);
      if (after && after.authors.length > 0) return after;
    }
  }
  // Cheap refusal first: without a prefix, a byline starts with a capital and has
  // something after the name (a comma, a separator or a date).
  if (!hasPrefix && !(/^\p{Lu}/u.test(byline) && /[,|•·—–\d-]/u.test(byline))) return null;
  const { names, prefixed, tail } = namesPart(byline, prefix);
  if (names === "") return null;
  const pieces = names.split(JOINER_RE).map((p) => p.trim()).filter((p) => p !== "");
  const authors: string[] = [];
  let credited = false;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (isAgency(p)) {
      credited = true;
      continue;
    }
    if (isRole(p)) {
      credited = true;
      continue;
    }
    if (!nameLike(p)) {
      // The first piece must be a name (or an agency): "By the end of the year" is a sentence.
      if (i === 0) return null;
      continue;
    }
    // A name has two words at least: "Di Maio" is no byline of "Maio".
    if (!p.includes(" ")) {
      if (i === 0) return null;
      continue;
    }
    if (authors.length < MAX_AUTHORS && !authors.includes(p)) authors.push(p);
  }
  if (authors.length === 0 && !credited) return null;
  // Without "By"/"Von"/..., a name needs company: an agency or role, or a date after it.
  if (!prefixed && !credited && (tail === "" || firstDateStart(tail) === undefined)) return null;
  return { byline: withoutBio(byline, prefixed, authors), authors: authors.map(nameCase) };
}

/**
 * The author's bio after the name: "By Alex Heath, a deputy editor and author of the
 * … newsletter. He has covered …". Lower-case "a", "an", "the", "who" after the comma:
 * "By Jane Doe, The Associated Press" is a name and an agency.
 */
const BIO_RE = /,\s(?:a|an|the|who|is)\s/u;
/** Longest byline with a bio: the name and two sentences about the author. */
const MAX_BIO_BYLINE_WORDS = 45;

/** The byline without a bio of more than a few words after the name ("By Alex Heath"). */
function withoutBio(byline: string, prefixed: boolean, authors: readonly string[]): string {
  if (!prefixed || authors.length === 0) return byline;
  const m = BIO_RE.exec(byline);
  if (m === null || byline.slice(m.index).split(" ").length <= 8) return byline;
  return byline.slice(0, m.index);
}

/** A "By" byline followed by the author's bio, as one block under the headline (up to 45 words). */
export function looksLikeBioByline(text: string, options: BylineOptions = {}): boolean {
  if (!prefixRe(options).test(text) || !BIO_RE.test(text) || text.split(" ").length > MAX_BIO_BYLINE_WORDS) return false;
  const p = parseByline(text, options);
  return p !== null && p.authors.length > 0 && p.byline.length < text.trim().length;
}

/** A lower-case particle opening a bare byline before a capitalised word. */
const LEADING_SMALL_PARTICLE_RE = /^(?:de|di|da|du|von|van|par|por) (?=\p{Lu})/u;

/** The place an author writes from, after a bare name: "Leyland Cecco in Toronto", "Claire Dubois à Bruxelles". */
const BARE_PLACE_RE = /\s(?:in|à|en|aus|from)\s/u;
/** Most words of the outlet after a bare name and a separator ("- detikNews", "| Harbour Daily News"). */
const MAX_OUTLET_WORDS = 3;
/** Longest bare byline: a few names and a place. */
const MAX_BARE_BYLINE_CHARS = 80;

/**
 * A byline without "By": the author's name alone on its line ("María López Ruiz"),
 * or with the place written from ("Leyland Cecco in Toronto"), two names joined by
 * "and". Only the caller knows it is a byline (a name line right under the
 * headline, followed by the date); this only checks the shape and finds the names.
 */
export function parseBareByline(text: string): { byline: string; authors: string[] } | null {
  const byline = squeeze(text);
  if (byline.length < 5 || byline.length > MAX_BARE_BYLINE_CHARS || /\d/u.test(byline)) return null;
  // The outlet after a separator: "Rina Kartika - detikNews", "Jane Roe | Harbour Daily".
  const sep = SEPARATOR_RE.exec(byline);
  const person = sep && sep.index > 0 && byline.slice(sep.index + sep[0].length).trim().split(" ").length <= MAX_OUTLET_WORDS ? byline.slice(0, sep.index) : byline;
  const m = BARE_PLACE_RE.exec(person);
  const names = m ? person.slice(0, m.index) : person;
  if (m && !nameLike(person.slice(m.index + m[0].length))) return null;
  const authors: string[] = [];
  for (const piece of names.split(JOINER_RE)) {
    // "de Andreea Popescu" (Romanian "by"): a small particle before the capitalised
    // name is the byline's word, not the name's.
    const p = piece.trim().replace(LEADING_SMALL_PARTICLE_RE, "");
    if (p === "") continue;
    const n = p.split(" ").length;
    if (n < 2 || n > 4 || !nameLike(p) || isAgency(p) || isRole(p)) return null;
    for (const w of p.split(" ")) if (NON_NAME_SET.has(w.toLowerCase())) return null;
    authors.push(p);
  }
  return authors.length > 0 && authors.length <= MAX_AUTHORS ? { byline, authors: authors.map(nameCase) } : null;
}

/** A Korean or Japanese byline: a name of two to four characters, then the title ("김민수 기자", "山田太郎記者"), maybe an e-mail. */
const SUFFIXED_BYLINE_RE = new RegExp(`^([\\p{Script=Hangul}\\p{Script=Han}]{2,4}) ?(?:${BYLINE_SUFFIXES.join("|")})(?: \\S{1,60}@\\S{1,60})?$`, "u");

/** The text starts with an ASCII letter. */
function startsWithAsciiLetter(text: string): boolean {
  const c = text.charCodeAt(0) | 0x20;
  return c >= 0x61 && c <= 0x7a;
}

/** Punctuation and symbols before a byline's first letter (bounded: a byline is short). */
const LEADING_MARKS_RE = /^[\p{P}\p{S}\s]{1,8}(?=[\p{L}])/u;

/** Longest CJK outlet name credited alone (characters). */
const MAX_CJK_OUTLET = 12;

/**
 * A newsroom credited alone ("Redacción", "Staff Reports"), or a CJK outlet's name
 * ("地域ニュース", "共同通信"): a byline only right under the headline.
 */
export function newsroomByline(text: string): boolean {
  const t = text.trim();
  if (t.length <= 30 && NEWSROOM_SET.has(t.toLowerCase())) return true;
  return t.length <= MAX_CJK_OUTLET && !/[\s\d]/u.test(t) && CJK_OUTLET_ENDINGS.some((e) => t.length > e.length && t.endsWith(e));
}

/** True when the text is a byline. */
export function looksLikeByline(text: string, options: BylineOptions = {}): boolean {
  return parseByline(text, options) !== null;
}
