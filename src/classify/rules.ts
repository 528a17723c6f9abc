import { CONTRIBUTION_NOTES, NEWS_AGENCIES, PHOTO_CREDIT_LABELS, PICTURE_AGENCIES } from "../lexicon/credits.js";
import { PAGE_OF_WORDS, PAGE_WORDS, READ_MORE_LINKS, TAG_LINE_LABELS } from "../lexicon/boilerplate.js";
import { alternation, escapeRegExp } from "../meta/text.js";

/**
 * Shape rules for the parts of a story around the body: small named patterns,
 * each for one real layout, language-independent where possible.
 */

/** A dateline alone on a line: "MOSCOW -", "WASHINGTON (AP) —", "LONDON, Jan 5 (Reuters) -". */
export const DATELINE_BLOCK_RE = /^[\p{Lu}][\p{Lu} .'-]{1,40}(?:,\s*[\p{L}\d .]{1,30})?(?:\s*\([\p{L} .]{1,20}\))?\s*[-–—]$/u;

/**
 * Wire credits: "(Reporting by ...; Editing by ...)", "(Additional reporting by ...)",
 * "(Writing by ...)", and the agency notes "(With files from The Canadian Press)",
 * "(Avec des informations de La Presse Canadienne)", "(Con información de EFE)", and
 * the bracketless "Reporting by Jane Doe in London; Editing by Mark Potter".
 */
const CREDITS_RE = /^\((?:additional\s+)?(?:reporting|writing|editing|compiled|translated|research|text|mit material|with files from|avec (?:des )?informations? de|avec|con información de|com informações d[aeo]s?)\b[^()]*\)$/iu;

/** The bracketless wire credit: "Reporting by Jane Doe in London; Editing by Mark Potter" (names in capitals, so a sentence about writing by hand is none). */
const CREDITS_LINE_RE = /^(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting) by \p{Lu}[^;()]{1,200}; ?(?:[Aa]dditional reporting|[Ee]diting|[Ww]riting) by \p{Lu}[^()]{1,200}$/u;

/** A wire credits line, bracketed or not. */
export function creditsLine(text: string): boolean {
  return CREDITS_RE.test(text) || CREDITS_LINE_RE.test(text);
}

/** A copyright line belonging to the story: "© 2024 Reuters", "Copyright 2023 The Associated Press. All rights reserved." */
export const COPYRIGHT_LINE_RE = /^(?:©|\(c\)|copyright\b)/iu;

/** A bullet or number that opens a list item: "- item", "• item", "1. item", "2) item". */
export const LIST_MARK_RE = /^(?:[-*•·–▪►]\s|\d{1,3}[.)]\s)/u;

/** A slide counter opening a gallery caption: "3/12 The fire spread overnight", "12 / 50", "1 of 4 | A firefighter …". Groups: slide, count. */
export const SLIDE_COUNTER_RE = /^(\d{1,3}) ?(?:\/|of|von|de|sur|di|из|z|van) ?(\d{1,3})(?:\s|$)/u;

/** Opening quotation marks of a pull quote or quoted paragraph. */
export const QUOTE_OPEN_RE = /^["“„«‘'»]/u;

/**
 * A teaser introduced inline: "Related: Headline", "READ MORE: Headline",
 * "ALSO READ | Headline" — a heading phrase and a separator before another story's headline.
 */
export const INLINE_TEASER_RE = /^([\p{L} ']{3,30}?)\s*(?::|\||»|›|>|—|–|-)\s+(\S.*)$/u;

const AGENCY_ALT = NEWS_AGENCIES.map(escapeRegExp).join("|");

/** A short credit line naming wire agencies: "Avec AFP", "Mit Material von dpa", "(AP/Reuters)". */
export const AGENCY_LINE_RE = new RegExp(`^\\(?(?:[\\p{L}]+\\s){0,4}(?:${AGENCY_ALT})(?:\\s?[,/&]\\s?(?:${AGENCY_ALT}))*\\)?\\.?$`, "u");

/** A photo credit line: "Photograph: Jane Doe", "Photo: AP", "Foto: dpa", "Image credit: ...". */
export const PHOTO_CREDIT_RE = /^(?:photo(?:graph)?s?|pictures?|images?|foto(?:s|grafie)?|bild|crédit(?: photo)?|credit|fotografía|zdjęcie)(?:\s+credit)?\s*[:©]/iu;

const LABEL_ALT = alternation(PHOTO_CREDIT_LABELS);
const PICTURE_ALT = alternation(PICTURE_AGENCIES);
/** Picture libraries that are not also wire agencies: a line naming only one of them is a photo credit ("Getty Images"), while "Reuters" alone is a story credit. */
const WIRE = new Set(NEWS_AGENCIES.map((a) => a.toLowerCase()));
const PICTURE_ONLY_ALT = alternation(PICTURE_AGENCIES.filter((a) => !WIRE.has(a) && !WIRE.has(a.split(/[\s-]/)[0]!)));

/** A photo credit's text: names, slashes, dotted domains and one aside in brackets; no sentence end. */
const CREDIT_TEXT = String.raw`(?:[^:.!?()]|\.(?=\S)|\([^()]{0,60}\)){1,80}`;

/**
 * A caption that ends with its photo credit, or a bare credit: "… in Berlin. Kuva: Alexander
 * Becher", "(Foto: DBT/Stella)", "Stau © aremac / Clipdealer", "(mlharing / iStock.com)",
 * "Photo by Jane on Unsplash", "(Jane Doe/AFP via Getty Images)", "(AP Photo/Jane Roe)", "Fans in Prague. | Foto: Reuters". The label opens the block, a parenthesis or a new sentence,
 * and the credit is short, so prose that mentions "the source: …" is not matched.
 */
export const CAPTION_CREDIT_RE = new RegExp(
  String.raw`(?:(?:^[(\[]?|[.!?]["”»)]?\s+[(\[]?|\s[(\[]|\s[|·]\s)(?:${LABEL_ALT})\s?(?:credit\s?)?[:©]\s?${CREDIT_TEXT}[)\]]?|(?:^|\s)©\s?${CREDIT_TEXT}|[/|(]\s?(?:(?:${PICTURE_ALT})\svia\s)?(?:${PICTURE_ALT})\)?|^(?:${PICTURE_ONLY_ALT})|\((?:${PICTURE_ALT})\s?\/\s?[^()/]{2,60}\)|\bphoto by [^.!?]{1,60} on (?:unsplash|pexels|pixabay))\.?$`,
  "iu",
);

/**
 * A caption that ends with its photographer's name in capitals after a slash: "Los
 * vecinos durante la reapertura, este viernes. / JAVIER MOLINA", "… / EFE". Case
 * matters here (CAPTION_CREDIT_RE ignores it): "… and/or Europe" is no credit.
 */
export const CAPS_CREDIT_RE = /\s\/\s\p{Lu}[\p{Lu}\p{M}'’.-]*(?:\s\p{Lu}[\p{Lu}\p{M}'’.-]*){0,3}$/u;

/** CAPTION_CREDIT_RE's one alternative that needs none of the characters mayHoldCaptionCredit looks for: a bare picture library. */
const PICTURE_ONLY_LINE_RE = new RegExp(String.raw`^(?:${PICTURE_ONLY_ALT})\.?$`, "iu");
const PHOTO_BY_RE = /photo by/iu;
/** A character that CAPTION_CREDIT_RE's other alternatives need (a one-class regex scans faster than a charCodeAt loop). */
const CAPTION_MARK_RE = /[:©/|(]/;

/**
 * Cheap pre-check for CAPTION_CREDIT_RE (keep the two in step): each of its
 * alternatives needs a ":" or "©" after a label, a "©", a "/", "|" or "(" before a
 * picture library, the words "photo by", or is a bare picture library. Most blocks
 * have none of these, and the full pattern, tried at every space of a block, is one
 * of the costliest per-block tests.
 */
export function mayHoldCaptionCredit(text: string): boolean {
  return CAPTION_MARK_RE.test(text) || PHOTO_BY_RE.test(text) || PICTURE_ONLY_LINE_RE.test(text);
}

/**
 * Accessible labels a page prints before a picture's credit and caption ("Image
 * source, Jane Doe", "Image caption," then the caption; "Media caption," before a
 * video's, or "Caption" alone in a gallery): the label line, and the caption right after
 * a caption label.
 */
export const CAPTION_LABEL_RE = /^(?:(?:image|media|video|photo|picture) )?caption\s?[,:]?$/iu;
/** The label and the caption on one line: "Media caption The BBC contrasts …", "Image caption, Crowds gathered …". */
export const CAPTION_PREFIX_RE = /^(?:image|media|video|photo|picture) caption[,:]?\s\S/iu;
export const SOURCE_LABEL_RE = /^(?:image|media|video|photo|picture) (?:source|credit)\s?,\s?\S/iu;

export { LABEL_VALUE_RE } from "../meta/text.js";

/** A four-digit year of this era, as in date lines. */
export const YEAR_RE = /(?:^|\D)(?:19|20)\d\d(?:\D|$)/u;

/** "3 min", "5-minute", "4 Min.", "3 Minuten", "2 minuti". */
const MINUTES = String.raw`\d{1,3}(?:[-\s]?min(?:ute)?s?\.?|\s?minuten|\s?minutos|\s?minuti)`;

/**
 * A reading-time line (a label or a "read" word with the minutes; a bare "15 min" is
 * a recipe's or a video's time, not this): "3 min read", "5-minute read", "Lesezeit: 4 Min.", "4 Min. Lesezeit",
 * "Lecture : 3 min", "3 minutos de lectura", "Tempo di lettura: 2 minuti".
 */
export const READING_TIME_RE = new RegExp(
  String.raw`^(?:(?:reading time|read time|lesezeit|lesedauer|lecture|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura)\s?:?\s?(?:ca\.\s?)?${MINUTES}|${MINUTES}\s(?:read|lesezeit|lesedauer|de lectura|de lecture|di lettura|de leitura))\.?$`,
  "iu",
);

/** Relative times: "2 hours ago", "vor 3 Stunden", "il y a 2 heures", "hace 5 minutos". */
export const RELATIVE_TIME_RE = /\b\d+\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|h)\s+ago\b|\bvor\s+\d+\s+(?:minuten|stunden|tagen)\b|\bil y a\s+\d+\s|\bhace\s+\d+\s/iu;

/** A numeric date: "12.03.2021", "3/14/24", "2024-03-14". */
export const NUMERIC_DATE_RE = /\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b/u;

/** A contribution note ending a story: "Jane Doe in Richmond, Virginia, contributed to this report." */
export const CONTRIBUTION_NOTE_RE = new RegExp(`(?:${CONTRIBUTION_NOTES.map(escapeRegExp).join("|")})\\.?$`, "iu");

const READ_MORE_ALT = alternation(READ_MORE_LINKS);
/**
 * A teaser excerpt cut off with an ellipsis and followed by its link, once or twice:
 * "When you walk into almost any store, you're immediately overloaded with… Read more
 * Read more". One alternative per link after a fixed ellipsis, so linear.
 */
const CUT_TEASER_RE = new RegExp(`(?:…|\\.\\.\\.)\\s?(?:${READ_MORE_ALT})(?:\\s(?:${READ_MORE_ALT}))?\\s?[›»>→]?$`, "iu");

/** A cut-off teaser excerpt with its read-more link (checked only on blocks of at most 80 words). */
export function cutOffTeaser(text: string): boolean {
  return (text.includes("…") || text.includes("...")) && CUT_TEASER_RE.test(text);
}

/** Longest block checked for a repeated title (a card's title printed two or three times). */
const MAX_REPEAT_CHARS = 400;

/**
 * A title printed two or three times in a row, the last copy perhaps cut short:
 * "How Your Brain Corrupts Your Shopping Choices How Your Brain Corrupts Your Shopping
 * Choices" (a teaser card's image alt, link and heading dumped as one line). The
 * repeated part has three words at least.
 */
export function repeatedTitle(text: string): boolean {
  const n = text.length;
  if (n > MAX_REPEAT_CHARS || n < 20) return false;
  let spaces = 0;
  for (let p = text.indexOf(" "); p > 0 && 2 * p + 1 <= n; p = text.indexOf(" ", p + 1)) {
    spaces++;
    // The text after the first copy and its space is the text's own beginning again
    // (its first two characters are compared before the rest is cut out and compared).
    if (spaces >= 3 && text.charCodeAt(p + 1) === text.charCodeAt(0) && text.charCodeAt(p + 2) === text.charCodeAt(1) && text.startsWith(text.slice(p + 1))) return true;
  }
  return false;
}

/** A tag line's label, its colon (maybe after a space, or full-width), then the tags. */
const TAG_LINE_RE = new RegExp(`^(?:${alternation(TAG_LINE_LABELS)})\\s?[:：]\\s?(?=\\S)`, "iu");
/** A sentence end inside a line (then a space): the "tags" are a sentence ("Themen: Die Sitzung begann. Danach …"). */
const INNER_SENTENCE_RE = /[.!?]\s/u;

/**
 * The line of tags or topics under a story: "Tags: python, docker, getting started",
 * "Schlagwörter: Antipoden, Theorie", "Etiketler: merkez bankası, faiz" (a label from
 * TAG_LINE_LABELS and a colon, then keywords, not sentences). Page furniture.
 */
export function tagLine(text: string): boolean {
  return TAG_LINE_RE.test(text) && !INNER_SENTENCE_RE.test(text);
}

/**
 * The page counter of an article split over pages: "Page 1 of 3", "Seite 2 von 4",
 * "Página 1 de 3" (words from PAGE_WORDS and PAGE_OF_WORDS). Not story. (A page alone,
 * "Seite 17", is how a review cites the page of a quotation: story.)
 */
export const PAGE_COUNTER_RE = new RegExp(`^(?:${alternation(PAGE_WORDS)})\\s?\\d{1,3}\\s?(?:${alternation(PAGE_OF_WORDS)})\\s?\\d{1,3}$`, "iu");
