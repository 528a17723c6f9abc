/**
 * meta: small pure parsers for the parts of an article around the body: title
 * suffixes, bylines, datelines, dates, language. Used by classify and assemble.
 */

export { findDate, findDates, findPublished, looksLikeDateLine, MONTH_NUMBERS, type DateMatch, type DateOptions } from "./date.js";
export { detectLanguage, functionWordVotes, scriptCounts, LANGUAGE_PREFIX_CHARS } from "./language.js";
export { cleanTitle, findTitle, splitTitleLine, stripSiteFromTitleLine } from "./title.js";

/** "By Jane Doe and John Roe" → { byline, authors }; null when the text is not a byline. */
export function parseByline(text: string): { byline: string; authors: string[] } | null {
  const m = /^(?:by|von|par|por|di|door)\s+(.{3,120})$/i.exec(text.trim());
  if (!m) return null;
  const authors = m[1]!
    .split(/\s*(?:,|\band\b|\bund\b|\bet\b|\by\b|&)\s*/i)
    .map((s) => s.trim())
    .filter((s) => s.length > 1);
  return { byline: text.trim(), authors };
}

/**
 * A dateline at the start of a paragraph: "MOSCOW -", "WASHINGTON (AP) —",
 * "LONDON, Jan 5 (Reuters) -". Returns the place and the rest of the paragraph.
 */
export function parseDateline(text: string): { place: string; rest: string } | null {
  const m = /^([A-Z][A-Z .'-]{1,40}?)(?:,\s*[^()–—-]{1,30}?)?\s*(?:\([A-Za-z .]{1,20}\))?\s*[-–—]\s*(.*)$/su.exec(text);
  if (!m) return null;
  return { place: m[1]!.trim(), rest: (m[2] ?? "").trim() };
}

