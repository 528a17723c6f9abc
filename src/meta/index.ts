/**
 * meta: small pure parsers for the parts of an article around the body: title
 * suffixes, bylines, datelines, dates, language. Used by classify and assemble.
 */

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

/** First date written in the text as an ISO 8601 date, or null (first version: ISO and "Month D, YYYY"). */
export function findDate(text: string): string | null {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
  const m = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(text);
  if (m) {
    const mon = months.indexOf(m[1]!.toLowerCase()) + 1;
    return `${m[3]}-${String(mon).padStart(2, "0")}-${m[2]!.padStart(2, "0")}`;
  }
  return null;
}
