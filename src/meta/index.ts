/**
 * meta: small pure parsers for the parts of an article around the body: title
 * suffixes, bylines, datelines, dates, language. Used by classify and assemble.
 */

export { looksLikeBioByline, looksLikeByline, looksLikeRole, nameLike, newsroomByline, parseBareByline, parseByline, type BylineOptions } from "./byline.js";
export { looksLikeDatelineBlock, parseAgencyLead, parseDateline } from "./dateline.js";
export { findDate, findDates, findPublished, looksLikeDateLine, MONTH_NUMBERS, type DateMatch, type DateOptions } from "./date.js";
export { detectLanguage, functionWordVotes, scriptCounts, LANGUAGE_PREFIX_CHARS } from "./language.js";
export { cleanTitle, findTitle, MAX_KEY_POINTS, splitTitleLine, stripSiteFromTitleLine } from "./title.js";
