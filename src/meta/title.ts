/**
 * Title picker. In dumps of web pages the first line is usually the HTML <title>
 * ("Headline | Site", "Headline - Site Name", "Site: Headline") and the <h1>
 * headline appears again near the story start. The picker prefers a block that is
 * also a segment of that title line; otherwise it strips the site part from the
 * title line; when there is no usable title line it takes the first headline-like
 * block before the story.
 */
import type { Block } from "../types.js";
import { BADGE_SET, BOILERPLATE_CUE_SET, BOILERPLATE_SET, CONSENT_WORDS, SIDEBAR_HEADING_SET, isBoilerplateKey, isSkipLink, phraseKey } from "../lexicon/boilerplate.js";
import { looksLikeByline, looksLikeRole, parseBareByline } from "./byline.js";
import { looksLikeDateLine } from "./date.js";
import { SITE_WORDS, TITLE_SEPARATORS } from "../lexicon/titles.js";
import { alternation, hasLetters, isAscii, LABEL_VALUE_RE, letterCount, lineKey, straightQuotes, wordCount, wordCountUpTo } from "./text.js";

/** Ends with a full stop, perhaps inside a closing quote or bracket (an ellipsis is not one). */
const FULL_STOP_END_RE = /[^.]\.["”’»)\]]?\s*$/u;

/** A headline and a final parenthetical of at most four words, or one in full-width brackets ("…無償化へ（地域ニュース）"): group 1 is the headline. */
const TRAILING_PAREN_RE = /^(.{1,300}?)(?:\s+\((?:[^()\s]{1,40} ){0,3}[^()\s]{1,40}\)|\s?（[^（）\s]{1,40}）)$/u;

/** How many blocks the picker looks at for a repeat of the title line (bounded work). */
const SCAN_BLOCKS = 1000;
/** A <title> line longer than this is not a title line. */
const MAX_TITLE_CHARS = 300;
/** At most this many parts of a title line are considered. */
const MAX_PARTS = 8;

const SEP_ALTS = alternation(TITLE_SEPARATORS);
/** A separator between spaces: "Headline | Site". One whitespace run each side, so linear. */
const SEP_RE = new RegExp(`\\s(?:${SEP_ALTS})\\s|\\s?[｜]\\s?`, "gu");
/** Also the colon: "Site: Headline", "Screenshot : «...»" (only to find repeats of a part). */
const SEP_COLON_RE = new RegExp(`\\s(?:${SEP_ALTS})\\s|\\s?[｜]\\s?|\\s?:\\s`, "gu");
const SITE_WORD_SET: ReadonlySet<string> = new Set(SITE_WORDS);

interface Part {
  text: string;
  start: number;
  end: number;
}

/** Splits a title line at its separators (positions kept so runs of parts can be cut out). */
export function splitTitleLine(line: string, colon = false): Part[] {
  const re = colon ? SEP_COLON_RE : SEP_RE;
  re.lastIndex = 0;
  const parts: Part[] = [];
  let start = 0;
  for (const m of line.matchAll(re)) {
    const end = m.index;
    if (line.slice(start, end).trim() !== "") parts.push(trimPart(line, start, end));
    start = end + m[0].length;
  }
  if (line.slice(start).trim() !== "") parts.push(trimPart(line, start, line.length));
  return parts;
}

function trimPart(line: string, start: number, end: number): Part {
  while (start < end && /\s/.test(line[start]!)) start++;
  while (end > start && /\s/.test(line[end - 1]!)) end--;
  return { text: line.slice(start, end), start, end };
}

/** A file name or URL slug ("draft-dejong-remotestorage-04"): never the headline part. */
function slugLike(text: string): boolean {
  return !/\s/.test(text) && /[-_.]/.test(text) && /^[\p{Ll}\p{N}._-]+$/u.test(text);
}

/**
 * Index of the headline among the parts: the part with the most words, with a head
 * start of two words for the first part (sites put the headline first far more often
 * than not; "Site | Headline" still wins when the headline is longer).
 */
function mainPart(parts: Part[]): number {
  const score = (p: Part): number => (slugLike(p.text) ? 0 : wordCount(p.text));
  let best = 0;
  let bestScore = score(parts[0]!) + 2;
  for (let i = 1; i < parts.length; i++) {
    const s = score(parts[i]!);
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  }
  return best;
}

/** A block that can be the <title> line: has some letters, is not a button or junk, is not a paragraph. */
function isTitleLineCandidate(text: string): boolean {
  if (text.length > MAX_TITLE_CHARS || letterCount(text) < 3) return false;
  // A paragraph of story text is no <title> line (dumps that start with the story).
  if (wordCount(text) > 12 && /\p{Ll}{2}\.["”’]?$/u.test(text)) return false;
  // A button (a sidebar heading such as "Top Stories" ends the search in findTitle).
  if (isBoilerplateKey(phraseKey(text))) return false;
  // A date at the top of the page ("November 27, 2026") names no story.
  if (looksLikeDateLine(text)) return false;
  // A consent prompt at the top ("We use cookies to improve your experience. Accept
  // all cookies"): two prompt words, or one in a line of two sentences.
  const cues = listedWords(text, CONSENT_WORDS);
  if (cues >= 2 || (cues === 1 && /[.!?] \p{Lu}/u.test(text))) return false;
  return true;
}

/**
 * Counts the blocks (other than `skip`) that mention `needle` inside longer text
 * ("© 2024 The Daily Planet", "Get Quanta Magazine delivered"), up to `cap`. A block
 * that is exactly the needle does not count: that is how a headline repeats as <h1>.
 */
function countMentions(blocks: readonly Block[], needle: string, skip: number, cap: number): number {
  let n = 0;
  const limit = Math.min(blocks.length, SCAN_BLOCKS);
  for (let i = 0; i < limit && n < cap; i++) {
    const t = blocks[i]!.text;
    if (i !== skip && t.length > needle.length + 2 && t.includes(needle)) n++;
  }
  return n;
}

/**
 * Site-name evidence for one part of a title line: few words, and either a domain,
 * a word like "News"/"Times"/"Blog", or the same words elsewhere in the dump (logo,
 * copyright line, "Get X delivered to your inbox").
 */
function siteEvidence(part: string, blocks: readonly Block[], titleIndex: number): number {
  const n = wordCount(part);
  if (n > 6) return 0;
  let score = 0;
  if (/\b[\p{L}\p{N}-]+\.(?:[a-z]{2,6})\b/iu.test(part) && !/\s/.test(part.trim())) score += 2;
  for (const w of part.toLowerCase().split(/[^\p{L}]+/u)) if (SITE_WORD_SET.has(w)) score += 1;
  if (countMentions(blocks, part, titleIndex, 2) >= 1) score += 1;
  if (n <= 3) score += 1;
  return score;
}

/** Readability's rule, plus site evidence: which part of a title line is the headline. */
export function stripSiteFromTitleLine(line: string, blocks: readonly Block[] = [], titleIndex = -1): string {
  const parts = splitTitleLine(line);
  if (parts.length < 2) return line.trim();
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const beforeLast = line.slice(0, parts[parts.length - 2]!.end).trim();
  const afterFirst = line.slice(parts[1]!.start).trim();
  // "Site | Headline": the first part carries the site evidence and the last does not.
  const firstSite = siteEvidence(first.text, blocks, titleIndex);
  const lastSite = siteEvidence(last.text, blocks, titleIndex);
  let cand = firstSite > lastSite && wordCount(afterFirst) >= 3 ? afterFirst : beforeLast;
  if (cand === beforeLast && wordCount(beforeLast) < 3) cand = afterFirst;
  // Too short to be a headline once stripped ("Mozilla - Wikipedia", "Google - Site
  // Reliability Engineering"): keep the whole line, as Readability does, unless the
  // line is a path ("Site » Section » Headline") that lost just one word.
  if (wordCount(cand) <= 4) {
    const hierarchical = /\s[/\\>»]\s/.test(line);
    if (!hierarchical || wordCount(cand) !== wordCount(line) - 1) return line.trim();
  }
  return cand;
}

/** A headline-like block: 3 to 30 words, no sentence end, not a button, not all digits. */
function headlineLike(text: string): boolean {
  // Counted only up to 31: a menu run or a one-line dump can hold millions of words.
  const n = wordCountUpTo(text, 30);
  if (n < 3 || n > 30) return false;
  if (/[.:;,]$/.test(text)) return false;
  if (isBoilerplateKey(phraseKey(text))) return false;
  return hasLetters(text, 8);
}

/** A label in capitals and a colon opening a line: a site's alert or ticker banner ("WEATHER ALERT: …", "BREAKING NEWS: …"). */
const ALERT_BANNER_RE = /^\p{Lu}{2,}(?: \p{Lu}{2,}){0,2}: \S/u;

/** Most words and characters in one entry of a menu line. */
const MENU_ENTRY_WORDS = 2;
const MENU_ENTRY_CHARS = 20;
/** Least entries in a menu line. */
const MENU_ENTRIES = 4;
/** Longest entry of a menu written in a script without spaces between words ("การเมือง"). */
const UNSPACED_MENU_ENTRY_CHARS = 10;
const UNSPACED_SCRIPT_RE = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** What menus put between their entries (a <title> line's dashes and colons are not among them). */
const MENU_SEP_RE = /\s[|·•]\s|\s?｜\s?/u;

/**
 * A site's menu on one line: four or more entries of one or two words between bars or
 * dots ("Home | World | Business | Sport | Tech", "首页 | 国内 | 国际 | 财经"), or, in a
 * script written without spaces between words, four or more short entries between
 * spaces ("หน้าแรก ข่าว การเมือง เศรษฐกิจ"). A <title> line of short parts
 * ("Über uns – 2gewinnt | Kabarett | Satire") has fewer, or dashes between them.
 */
export function menuLine(text: string): boolean {
  const entries = text.trim().split(MENU_SEP_RE);
  if (entries.length >= MENU_ENTRIES) return entries.every((e) => e.length <= MENU_ENTRY_CHARS && wordCountUpTo(e, MENU_ENTRY_WORDS + 1) <= MENU_ENTRY_WORDS);
  if (entries.length !== 1 || !UNSPACED_SCRIPT_RE.test(text)) return false;
  const words = text.trim().split(/\s+/u);
  return words.length >= MENU_ENTRIES && words.every((e) => e.length <= UNSPACED_MENU_ENTRY_CHARS);
}

/**
 * Pick the headline among the blocks before the story starts (storyStart: index of
 * the first story paragraph, or blocks.length). Returns the chosen block's index
 * (-1 when the title was derived from no single block) and the cleaned title.
 */
export function findTitle(blocks: readonly Block[], storyStart: number): { index: number; title: string } | null {
  const stop = Math.min(Math.max(storyStart, 0), blocks.length);
  // The <title> line: the first block of the dump that can be one (skipping junk and buttons).
  let ti = -1;
  // A menu in the title line's place ("Home | World | Business | Sport"): the page's
  // text starts there, but it names no story (see menuLine).
  let menu = false;
  for (let i = 0; i < Math.min(blocks.length, 3); i++) {
    // From the story start on, a block ending with a full stop is a story sentence,
    // not the <title> line (a dump of plain paragraphs has no headline).
    if (i >= stop && FULL_STOP_END_RE.test(blocks[i]!.text)) continue;
    // A dump that opens with a sidebar section ("Top Stories") has no <title> line.
    if (SIDEBAR_HEADING_SET.has(phraseKey(blocks[i]!.text))) break;
    if (isTitleLineCandidate(blocks[i]!.text)) {
      ti = i;
      menu = menuLine(blocks[i]!.text);
      break;
    }
  }
  if (ti >= 0 && !menu) {
    const line = blocks[ti]!.text.trim();
    const repeat = findRepeatOfTitleLine(blocks, ti, line, stop);
    if (repeat) return repeat;
    const siteOnly = (wordCount(line) <= 4 && splitTitleLine(line).length === 1 && countMentions(blocks, line, ti, 2) >= 2) || siteAndNavOnly(line);
    // A menu word of a script written without spaces ("ニュース", "新闻") is no title line.
    const menuWord = !/\s/u.test(line) && letterCount(line) <= 4;
    // Under a skip link and "Home", a word or two is a menu entry ("В мире", "World").
    const navWord = ti > 0 && wordCount(line) <= 2 && splitTitleLine(line).length === 1;
    if (!siteOnly && !menuWord && !navWord && wordCount(line) >= 2) {
      // A title line that is only a site's name ("River Valley News") gives way to the
      // headline standing right above the story's byline or date.
      // (Searched a little past the story start: teasers written as sentences above
      // the story can pass for its first paragraphs.)
      // So does a line under a skip link, a button ("Menu") or junk (the dump has no
      // <title> line: its first text is the site's logo, "WKRN News 4 Valley").
      // So does a title line of short parts only, a site and its section ("Opinion | The
      // Harbour Review", "Harbour Sport | Local football"): the page's <title> named no story.
      const searchTo = Math.min(blocks.length, stop + HEADLINE_SEARCH_PAST_START);
      let anchored = -1;
      // So does an alert banner at the top ("WEATHER ALERT: Freezing rain expected overnight").
      if (siteNameLine(line, blocks, ti) || (wordCount(line) <= MAX_LOGO_WORDS && logoUnderButtons(blocks, ti, line)) || ALERT_BANNER_RE.test(line)) anchored = headlineOverFrontMatter(blocks, ti + 1, searchTo);
      else if (shortPartsOnly(line)) {
        // (A headline, not a long quotation over its speaker's name: at most 20 words.)
        const h = headlineOverFrontMatter(blocks, ti + 1, searchTo);
        if (h >= 0 && wordCountUpTo(blocks[h]!.text, 21) <= 20) anchored = h;
      }
      // A short title line of one part (a blog's name, "The Quayside Notebook") over a
      // post laid out as date, title, text: the line between the date and the text.
      if (anchored < 0 && wordCount(line) <= MAX_LOGO_WORDS && splitTitleLine(line).length === 1) anchored = headlineUnderDate(blocks, ti + 1, stop);
      // A logo line under buttons ("Close", "The Morning Ledger", "Subscribe") with no
      // headline found over the front matter: the first line with a headline's length
      // before the story (the logo is never the title when there is one).
      if (anchored < 0 && wordCount(line) <= MAX_LOGO_WORDS && logoUnderButtons(blocks, ti, line)) anchored = firstHeadline(blocks, ti + 1, stop, true);
      if (anchored >= 0) return { index: anchored, title: cleanTitle(blocks[anchored]!.text) };
      return { index: ti, title: stripSiteFromTitleLine(line, blocks, ti) };
    }
  }
  // No usable title line: the headline right above the story's byline or date
  // (a little past the story start: a standfirst can pass for the first paragraph).
  const anchored = headlineOverFrontMatter(blocks, ti + 1, Math.min(blocks.length, stop + HEADLINE_SEARCH_PAST_START));
  if (anchored >= 0) return { index: anchored, title: cleanTitle(blocks[anchored]!.text) };
  // After a sidebar section ("Top Stories" and its teasers,
  // which look like headlines too), the headline is the one right above the story's
  // front matter (byline, date, buttons; at most one other block, a standfirst).
  if (sidebarHeadingBefore(blocks, ti + 1, stop)) {
    let others = 0;
    for (let i = stop - 1; i > ti && others <= 1; i--) {
      const text = blocks[i]!.text;
      if (frontMatterLine(text)) continue;
      if (headlineLike(text) && !SIDEBAR_HEADING_SET.has(phraseKey(text))) return { index: i, title: cleanTitle(text) };
      others++;
    }
  }
  // A post laid out as date, title, text (a blog without a <title> line).
  const underDate = headlineUnderDate(blocks, ti + 1, stop);
  if (underDate >= 0) return { index: underDate, title: cleanTitle(blocks[underDate]!.text) };
  // Else the first block before the story with a headline's length (five words or
  // more: a menu entry of three, "Send a Release", "Local News Now", comes first in a
  // page saved from its body), or the first headline-like one (a cookie prompt at the
  // top, "We use cookies. Accept all", is headline-like too).
  const first = firstHeadline(blocks, ti + 1, stop, false);
  if (first >= 0) return { index: first, title: cleanTitle(blocks[first]!.text) };
  if (ti >= 0) return { index: ti, title: stripSiteFromTitleLine(blocks[ti]!.text.trim(), blocks, ti) };
  return null;
}

/**
 * The first block in [from, stop) with a headline's length (five words or more), or
 * else (unless `long`) the first headline-like one; -1 when there is none.
 */
function firstHeadline(blocks: readonly Block[], from: number, stop: number, long: boolean): number {
  let first = -1;
  for (let i = from; i < stop; i++) {
    const text = blocks[i]!.text;
    if (!headlineLike(text) || buttonLabelLine(text)) continue;
    if (first < 0) first = i;
    if (wordCountUpTo(text, 5) >= 5) return i;
  }
  return long ? -1 : first;
}

/**
 * The headline between a date line and the story's first paragraph (a blog post:
 * "November 27, 2026", "Why I signed the harbour road petition", then the text):
 * the block right before `to` (the story start), if headline-like with five words or
 * more and a date line right above it; else -1.
 */
function headlineUnderDate(blocks: readonly Block[], from: number, to: number): number {
  const h = to - 1;
  if (h - 1 < from || h >= blocks.length) return -1;
  return headlineCandidate(blocks[h]!.text) && looksLikeDateLine(blocks[h - 1]!.text) ? h : -1;
}

/** Most words of each part of a title line that names a site and a section, not a story. */
const MAX_SECTION_PART_WORDS = 3;

/** A title line of two or three parts of at most three words each: "Opinion | The Harbour Review". */
function shortPartsOnly(line: string): boolean {
  const parts = splitTitleLine(line);
  return parts.length >= 2 && parts.length <= 3 && parts.every((p) => wordCount(p.text) <= MAX_SECTION_PART_WORDS);
}

/** A title line of at most four words, one part, with a site's marks ("River Valley News", "The Daily Courier"). */
function siteNameLine(line: string, blocks: readonly Block[], ti: number): boolean {
  return wordCount(line) <= 4 && splitTitleLine(line).length === 1 && siteEvidence(line, blocks, ti) >= 2 && line.toLowerCase().split(/[^\p{L}]+/u).some((w) => SITE_WORD_SET.has(w));
}

/** Most words of a site's logo line under a skip link ("WKRN News 4 Valley"). */
const MAX_LOGO_WORDS = 5;

/**
 * The line at `ti` is a site's logo under the page's first links, not a <title> line:
 * a skip link before it, or a button ("Menu", "Search") and the line has no sentence
 * end. html-text puts the <title> first; a page saved from its body opens with "Skip
 * to content" or the menu button, then the logo ("The Harbor Review"). (A blog's
 * <title> under a "Home" link can be a sentence, "Time to say goodbye."; a logo is not.)
 */
function logoUnderButtons(blocks: readonly Block[], ti: number, line: string): boolean {
  const sentence = /[.!?]["”’»)]?$/u.test(line);
  for (let i = 0; i < ti; i++) {
    const key = phraseKey(blocks[i]!.text);
    if (isSkipLink(key) || (!sentence && isBoilerplateKey(key))) return true;
  }
  return false;
}

/** How many blocks past the story start a headline over its front matter is looked for. */
const HEADLINE_SEARCH_PAST_START = 20;


/**
 * The headline right above the first byline or date line in [from, to), or -1: of
 * the one or two headline-like blocks (five words or more) just above it, the
 * upper one when it is clearly the shorter (the headline over an unpunctuated
 * standfirst), else the one right above the byline,
 * and never a prompt ("We use cookies. Accept all") when the other is none.
 */
function headlineOverFrontMatter(blocks: readonly Block[], from: number, to: number): number {
  for (let f = Math.max(0, from) + 1; f < to; f++) {
    const t = blocks[f]!.text;
    if (!(looksLikeByline(t) || looksLikeDateLine(t) || bareNameOverRoleOrDate(blocks, f))) continue;
    // A fact check's "Claim: …" and "Rating: False" between the headline and the byline:
    // "Label: value" lines that are no headline themselves ("Analysis: Why …" is one).
    let top = f;
    while (top - 1 > from && f - top < MAX_LABEL_LINES && LABEL_VALUE_RE.test(blocks[top - 1]!.text) && !headlineCandidate(blocks[top - 1]!.text)) top--;
    const near = top - 1 >= from && headlineCandidate(blocks[top - 1]!.text) ? top - 1 : -1;
    const far = top - 2 >= from && headlineCandidate(blocks[top - 2]!.text) ? top - 2 : -1;
    if (near < 0 || far < 0) return near >= 0 ? near : far;
    const points = headlineOverPoints(blocks, near, from);
    if (points >= 0) return points;
    const nearPrompt = promptWords(blocks[near]!.text);
    const farPrompt = promptWords(blocks[far]!.text);
    if (nearPrompt !== farPrompt) return nearPrompt ? far : near;
    const nearText = blocks[near]!.text;
    const nearWords = wordCountUpTo(nearText, 60);
    // A standfirst is long, or a little shorter with a clause after a comma ("After a
    // petition signed by 12,000 people, the council …"), as headlines are seldom written.
    const standfirst = nearWords >= STANDFIRST_MIN_WORDS || (nearWords >= STANDFIRST_MIN_WORDS_WITH_COMMA && /[,،]\s/u.test(nearText));
    return standfirst && wordCountUpTo(blocks[far]!.text, 60) + STANDFIRST_LONGER_BY <= nearWords ? far : near;
  }
  return -1;
}

/** A line a bare name could be: a name's shape, five words at most. */
function shortName(text: string): boolean {
  return parseBareByline(text) !== null && wordCountUpTo(text, 6) <= 5;
}

/**
 * A byline without "By" under the headline: the author's bare name, then a job title
 * or a date line ("Jessica Moreno", "Chief Meteorologist"). A name alone could be
 * anything; the line under it says what it is.
 */
function bareNameOverRoleOrDate(blocks: readonly Block[], f: number): boolean {
  if (f + 1 >= blocks.length || !shortName(blocks[f]!.text)) return false;
  // Under another name's shape it is the place the author writes from ("Ana Costa",
  // "Belo Horizonte", then the date): the byline is the line above.
  if (f > 0 && shortName(blocks[f - 1]!.text)) return false;
  const next = blocks[f + 1]!.text;
  return looksLikeRole(next) || looksLikeDateLine(next);
}

/** Most "Label: value" lines looked past between a headline and its byline. */
const MAX_LABEL_LINES = 3;

/** Most points a "Key points:" box under the headline lists (classify labels the box's points). */
export const MAX_KEY_POINTS = 8;

/**
 * The headline over a box of key points ("Key points:", then a few headline-like
 * lines, then the byline): the candidate right above the box's short heading that
 * ends with a colon, or -1 when the lines over `last` are no such box.
 */
function headlineOverPoints(blocks: readonly Block[], last: number, from: number): number {
  for (let i = last; i >= from && i > last - MAX_KEY_POINTS - 1; i--) {
    const t = blocks[i]!.text.trim();
    if (t.endsWith(":") && wordCountUpTo(t, 5) <= 4) return i !== last && i - 1 >= from && headlineCandidate(blocks[i - 1]!.text) ? i - 1 : -1;
    if (!headlineLike(t)) return -1;
  }
  return -1;
}

/** Fewest words of a standfirst under the headline (a headline is rarely this long). */
const STANDFIRST_MIN_WORDS = 15;
/** Fewest words of a standfirst that has a comma followed by a space. */
const STANDFIRST_MIN_WORDS_WITH_COMMA = 10;
/** How many words longer than the headline above it a standfirst is, at least. */
const STANDFIRST_LONGER_BY = 3;

function headlineCandidate(text: string): boolean {
  return headlineLike(text) && wordCountUpTo(text, 5) >= 5 && !buttonLabelLine(text);
}

/** A button's label and a colon at the start of a line: "Share: WhatsApp Facebook X", "分享到：微信 微博". */
const LABEL_START_RE = /^([^:：\n]{1,24})[:：]/u;

/** A share bar or the like: a line led by a listed button's label and a colon. Never the headline. */
function buttonLabelLine(text: string): boolean {
  const m = LABEL_START_RE.exec(text);
  if (m === null) return false;
  const key = phraseKey(m[1]!);
  // A badge is a headline's kicker, not a button: "Live: Riverside United 2-1 Northgate
  // City", "Breaking: …", "Analysis: …" are headlines.
  return isBoilerplateKey(key) && !BADGE_SET.has(key);
}

/** A line with a site-prompt word: "cookies", "newsletter", "subscribe". */
function promptWords(text: string): boolean {
  return listedWords(text, BOILERPLATE_CUE_SET) > 0;
}

/** How many of a line's first 40 words (lower case) are in the list. */
function listedWords(text: string, list: ReadonlySet<string>): number {
  let n = 0;
  for (const w of text.toLowerCase().split(/[^\p{L}]+/u, 40)) if (list.has(w)) n++;
  return n;
}

/**
 * A title line of a site name and a navigation word: "Le Monde - Accueil",
 * "Example News | Home" (the page's <title> was its home or section page's).
 */
function siteAndNavOnly(line: string): boolean {
  const parts = splitTitleLine(line);
  return parts.length >= 2 && parts.length <= 3 && parts.some((p) => BOILERPLATE_SET.has(phraseKey(p.text))) && parts.every((p) => wordCount(p.text) <= 3);
}

/** A sidebar heading ("Top Stories", "Most Read") among blocks [from, to). */
function sidebarHeadingBefore(blocks: readonly Block[], from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to; i++) if (SIDEBAR_HEADING_SET.has(phraseKey(blocks[i]!.text))) return true;
  return false;
}

/** A line of the story's front matter or a button: byline, date line, "Share". */
function frontMatterLine(text: string): boolean {
  return isBoilerplateKey(phraseKey(text)) || looksLikeDateLine(text) || looksLikeByline(text) || wordCountUpTo(text, 3) <= 2;
}

/**
 * A later block that repeats a run of parts of the title line containing its main
 * part (the <h1> under "Headline - Site"). A repeat before the story start wins over
 * one after it (share widgets and "you read" boxes below the story repeat the title
 * too); then the longest such run, then the earliest.
 */
function findRepeatOfTitleLine(blocks: readonly Block[], ti: number, line: string, storyStart: number): { index: number; title: string } | null {
  const parts = splitTitleLine(line).slice(0, MAX_PARTS);
  if (parts.length === 0) return null;
  const m = mainPart(parts);
  const wanted = new Map<string, string>();
  const want = (seg: string): void => {
    if (letterCount(seg) >= 3) wanted.set(lineKey(seg), seg.trim());
  };
  for (let i = 0; i <= m; i++) for (let j = m; j < parts.length; j++) want(line.slice(parts[i]!.start, parts[j]!.end));
  // Inside the headline part, a colon may join a site or kicker to the headline:
  // "Silicon Exposed: Open Verilog flow ..." whose <h1> is only the second half
  // (a half of at least three words: "Daring Fireball: Colophon" stays whole).
  const main = parts[m]!.text;
  const sub = splitTitleLine(main, true);
  if (sub.length > 1) for (const p of sub) if (wordCount(p.text) >= 3) want(p.text);
  // A short parenthetical the <title> adds to the headline: "How to Build a Terrarium
  // (with Pictures)", "Storm hits the coast (PHOTOS)", whose <h1> is without it.
  const bare = TRAILING_PAREN_RE.exec(main);
  if (bare && wordCount(bare[1]!) >= 3) want(bare[1]!);
  let best: { index: number; title: string; len: number; before: boolean } | null = null;
  const limit = Math.min(blocks.length, SCAN_BLOCKS);
  // lineKey never lengthens ASCII text: an ASCII block shorter than every wanted key is none of them.
  let shortest = Infinity;
  // The ASCII units that start a wanted key: a block whose key surely starts with another is none of them.
  const starts = new Uint8Array(128);
  for (const key of wanted.keys()) {
    shortest = Math.min(shortest, key.length);
    if (key.charCodeAt(0) < 0x80) starts[key.charCodeAt(0)] = 1;
  }
  for (let k = ti + 1; k < limit; k++) {
    const text = blocks[k]!.text;
    if (text.length > line.length + 4) continue;
    if (text.length < shortest && isAscii(text)) continue;
    const first = asciiKeyStart(text);
    if (first >= 0 && starts[first] === 0) continue;
    const seg = wanted.get(lineKey(text));
    if (seg === undefined) continue;
    const before = k < storyStart;
    const len = seg.length;
    if (!best || (before && !best.before) || (before === best.before && len > best.len)) best = { index: k, title: sameButQuotes(text.trim(), seg) ? seg : text.trim(), len, before };
  }
  if (best) return { index: best.index, title: best.title };
  return longerHeadline(blocks, ti, main, storyStart);
}

/** Most words a <h1> adds to the <title>'s shortened headline. */
const MAX_ADDED_WORDS = 8;

/**
 * The <title> shortened the headline ("Site - Council scraps waterfront road plan");
 * the <h1> says it whole ("Council scraps waterfront road plan after record petition"),
 * right above the byline or date: a block before the story that begins with the
 * title line's headline part and goes on for a few words. Or null.
 */
function longerHeadline(blocks: readonly Block[], ti: number, main: string, storyStart: number): { index: number; title: string } | null {
  const key = lineKey(main);
  const words = wordCount(main);
  if (words < 3) return null;
  const end = Math.min(blocks.length - 1, storyStart, SCAN_BLOCKS);
  for (let k = ti + 1; k < end; k++) {
    const text = blocks[k]!.text;
    if (text.length <= main.length || text.length > main.length + MAX_ADDED_WORDS * 16) continue;
    const k2 = lineKey(text);
    if (!k2.startsWith(key + " ") || wordCount(text) > words + MAX_ADDED_WORDS || !headlineLike(text)) continue;
    // The same phrase going on ("… plan after record petition"), not a subline glued
    // to the headline in one block ("… in Essen Gebührenfinanzierte …", "… Preis So wird …").
    if (!/^\s*\p{Ll}/u.test(text.trim().slice(main.trim().length))) continue;
    const next = blocks[k + 1]!.text;
    if (looksLikeByline(next) || looksLikeDateLine(next)) return { index: k, title: cleanTitle(text) };
  }
  return null;
}

/**
 * The first unit of lineKey(text), found without making the key, when it is sure: the
 * text's first character after ASCII white space, lower-cased, when it and the unit
 * after it are ASCII (NFC then leaves it as it is, and toLowerCase and the quote
 * straightening change no other ASCII character into it); else -1. Most blocks near a
 * title line are not a repeat of it, and making each one's key (NFC, a regex replace,
 * lower case, quotes) was most of the title finder's time.
 */
function asciiKeyStart(text: string): number {
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && (c < 0x09 || c > 0x0d)) break;
    i++;
  }
  if (i >= text.length) return -1;
  const c = text.charCodeAt(i);
  if (c >= 0x80 || (i + 1 < text.length && text.charCodeAt(i + 1) >= 0x80)) return -1;
  return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
}

/**
 * The headline and the <title> line's part differ only in their quote marks
 * (“Burned” and "Burned"): the title line's are kept, as page metadata has them.
 */
function sameButQuotes(a: string, b: string): boolean {
  return a !== b && a.length === b.length && straightQuotes(a) === straightQuotes(b);
}

/** "Headline - Site Name" / "Headline | Site" → "Headline" (site part judged by shape alone). */
export function cleanTitle(title: string): string {
  return stripSiteFromTitleLine(title.replace(/\s+/g, " ").trim());
}
