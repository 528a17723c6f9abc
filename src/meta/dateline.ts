/**
 * Datelines at the start of a story paragraph: "MOSCOW -", "WASHINGTON (AP) —",
 * "LONDON, Jan 5 (Reuters) -", "SAN JUAN, Puerto Rico (AP) —", "BERLIN (dpa) -",
 * and the mixed-case wire form "Berlin (dpa) -", which needs the agency. The place
 * goes to the dateline; the rest of the paragraph stays. An upper-case place is the
 * signal, so "US - China talks resume" and "UPDATE - ..." are not datelines.
 * Patterns are bounded and have no overlapping nested quantifiers: linear time.
 */
import { AGENCY_SET, NOT_DATELINE_PLACES } from "../lexicon/bylines.js";
import { CHINESE_WIRE_AGENCIES, NEWS_AGENCIES } from "../lexicon/credits.js";
import { findDates, MONTH_NUMBERS } from "./date.js";

/** Upper-case place: "MOSCOW", "NEW YORK", "U.S.", "ST. LOUIS", "RIO DE JANEIRO", "SÃO PAULO". */
const UPPER_PLACE = String.raw`\p{Lu}[\p{Lu}\p{M}]*(?:(?:[ '’/-]|\. ?)\p{Lu}[\p{Lu}\p{M}]*){0,4}\.?`;
/** Capitalised place for wire datelines with an agency: "Berlin", "Frankfurt am Main", "Den Haag". */
const MIXED_PLACE = String.raw`\p{Lu}[\p{Ll}\p{M}'’-]+(?: (?:am|an|der|de|del|la|le|sur|upon|on)?\s?\p{Lu}[\p{Ll}\p{M}'’-]+){0,2}`;
/** ", Puerto Rico", ", Jan 5", ", Ore., March 3": up to 40 characters, no brackets or dashes. */
const QUALIFIER = String.raw`(?:, ?([^()\-–—\n]{1,40}?))?`;
/** "(AP)", " (Reuters)", and Business Wire's "--(BUSINESS WIRE)" right after the place. */
const AGENCY = String.raw`(?:(?: ?|--)\(([\p{L}\p{N} .&/'-]{1,30})\))?`;
/**
 * " - ", " -- ", "—", the Spanish wire form ").- " ("Valencia, 18 abr (EFE).- El ...")
 * and Business Wire's ")--" ("SAVANNAH, Ga.--(BUSINESS WIRE)--Harbor Logistics ...").
 */
const DASH = String.raw`(?: -{1,2} ?| ?[–—] ?|(?<=\))\.-{1,2} ?|(?<=\))-{2} ?)`;

const UPPER_RE = new RegExp(`^(${UPPER_PLACE})${QUALIFIER}${AGENCY}${DASH}(.*)$`, "su");
const MIXED_RE = new RegExp(`^(${MIXED_PLACE})${QUALIFIER} ?\\(([\\p{L}\\p{N} .&/'-]{1,30})\\)${DASH}(.*)$`, "su");
/** An upper-case agency name written after the place without brackets: "Rome CNN —", "Berlin AFP -". */
const BARE_AGENCY = NEWS_AGENCIES.filter((a) => /^\p{Lu}{2,}$/u.test(a)).join("|");
const BARE_AGENCY_RE = new RegExp(`^(${MIXED_PLACE}) {1,2}(?:${BARE_AGENCY})${DASH}(.*)$`, "su");
const NOT_PLACE_SET: ReadonlySet<string> = new Set(NOT_DATELINE_PLACES);
/**
 * A capitalised one-word place and a spaced dash before the first sentence, without an agency:
 * "Bekasi - Hujan deras …", "Jakarta - …", "Berlin - Die Bundesregierung …" (Indonesian
 * and German regional papers). The sentence after it is long, so a headline-like
 * "Brexit - The deal" is no dateline; one word, so a name ("Leandra Lou – Der …") or an
 * outlet ("Kaieteur News – Police …") is none either.
 */
const MIXED_DASH_RE = new RegExp(`^(\\p{Lu}[\\p{Ll}\\p{M}'’-]+) [-–—] (\\p{Lu}.*)$`, "su");
/** Fewest words of the sentence after a mixed-case place and a dash. */
const MIXED_DASH_MIN_WORDS = 8;

/**
 * The wire form with a full stop after the date: "САНКТ-ПЕТЕРБУРГ, 26 ноября. В среду …",
 * "КИЕВ, 26 ноября. /ТАСС/. Мэр …". The date is required (a place and a full stop alone is
 * a headline or a sentence).
 */
const PERIOD_RE = new RegExp(`^(${UPPER_PLACE}), ?([^().\\n/]{3,30}?)\\. ?(?:/([^/\\n]{1,40})/\\.? ?)?(\\p{Lu}.*)$`, "su");
/** The agency's name and a full stop right after the dash: "МОСКВА, 26 ноя — РИА Новости. Мэр …". */
const AGENCY_AFTER_DASH_RE = /^([^.\n]{2,30})\.\s+/u;

/** The rest of the paragraph without the agency the Russian wire form puts after the dash. */
function withoutAgency(rest: string): string {
  const a = AGENCY_AFTER_DASH_RE.exec(rest);
  return a && AGENCY_SET.has(a[1]!.toLowerCase()) ? rest.slice(a[0].length) : rest;
}

/** "Jan 5", "March 3", "5. Januar", "Jan. 5, 2024": a date, with or without the year. */
function isDateQualifier(q: string): boolean {
  if (findDates(q).length > 0) return true;
  if (!/\d/.test(q)) return false;
  return (q.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => MONTH_NUMBERS.has(w));
}

/** A web address as an outlet writes its name: "KOMPAS.com", "detik.com", "investor.id", "Tempo.co". */
const DOMAIN_RE = /^[\p{L}\p{N}-]{2,30}(?:\.[\p{L}]{2,6}){1,2}$/u;
const AGENCY_NAME_SET: ReadonlySet<string> = new Set(NEWS_AGENCIES.map((a) => a.toLowerCase()));

/**
 * The outlet after the place, where others put a state or country: "JAKARTA,
 * KOMPAS.com -", "SEMARANG, detik.com -" (Indonesian papers), "BERLIN, dpa -".
 */
function outletQualifier(q: string): boolean {
  return DOMAIN_RE.test(q) || AGENCY_NAME_SET.has(q.toLowerCase()) || AGENCY_SET.has(q.toLowerCase());
}

/** The place, with a state or country qualifier kept ("SAN JUAN, Puerto Rico") and a date or outlet one dropped. */
function placeWith(place: string, qualifier: string | undefined): string {
  return qualifier && !isDateQualifier(qualifier) && !outletQualifier(qualifier) ? `${place}, ${qualifier}` : place;
}

/**
 * A dateline at the start of a paragraph: "MOSCOW -", "WASHINGTON (AP) —",
 * "LONDON, Jan 5 (Reuters) -". Returns the place and the rest of the paragraph.
 */
export function parseDateline(text: string): { place: string; rest: string } | null {
  const t = text.trim();
  if (t.length === 0) return null;
  const u = UPPER_RE.exec(t);
  if (u) {
    const place = u[1]!.trim();
    const qualifier = u[2]?.trim();
    const agency = u[3];
    const rest = (u[4] ?? "").trim();
    const letters = place.replace(/[^\p{L}]/gu, "").length;
    if (letters < 3 && !agency) return null;
    if (NOT_PLACE_SET.has(place.toLowerCase().replace(/\.$/, ""))) return null;
    // A qualifier is a state or country ("Puerto Rico", "Ore."), a date ("Jan 5") or an outlet ("detik.com").
    if (qualifier !== undefined && !/^\p{Lu}/u.test(qualifier) && !isDateQualifier(qualifier) && !outletQualifier(qualifier)) return null;
    if (rest !== "" && !agency && !qualifier) {
      // Without an agency or date the rest must read as a sentence that does not start
      // with another upper-case word ("CHINA - US talks" is a headline, not a dateline).
      if (!/^[\p{Lu}"“‘'(\p{N}]/u.test(rest) || /^\p{Lu}{2,}\b/u.test(rest) || rest.split(/\s+/).length < 4) return null;
    }
    return { place: placeWith(place, qualifier), rest: withoutAgency(rest) };
  }
  const m = MIXED_RE.exec(t);
  if (m) {
    const qualifier = m[2]?.trim();
    if (qualifier !== undefined && !/^\p{Lu}/u.test(qualifier) && !isDateQualifier(qualifier) && !outletQualifier(qualifier)) return null;
    return { place: placeWith(m[1]!.trim(), qualifier), rest: (m[4] ?? "").trim() };
  }
  const b = BARE_AGENCY_RE.exec(t);
  if (b) return { place: b[1]!.trim(), rest: (b[2] ?? "").trim() };
  const md = MIXED_DASH_RE.exec(t);
  if (md && !NOT_PLACE_SET.has(md[1]!.toLowerCase()) && md[2]!.split(/\s+/).length >= MIXED_DASH_MIN_WORDS) return { place: md[1]!, rest: md[2]!.trim() };
  const p = PERIOD_RE.exec(t);
  if (p && isDateQualifier(p[2]!) && p[1]!.replace(/[^\p{L}]/gu, "").length >= 3 && !NOT_PLACE_SET.has(p[1]!.toLowerCase())) {
    return { place: p[1]!.trim(), rest: p[4]!.trim() };
  }
  return null;
}

/** A block that is only a dateline: "MOSCOW -", "WASHINGTON (AP) —". */
export function looksLikeDatelineBlock(text: string): boolean {
  const d = parseDateline(text);
  return d !== null && d.rest === "";
}

/**
 * The lead of a Korean wire story: "(서울=연합뉴스) 김민수 기자 = " (place, agency,
 * reporters with their title, "="). Groups: place, reporters, their title, rest.
 * Names are two to four Hangul syllables; the quantifiers are small and bounded.
 */
const KOREAN_LEAD_RE = /^\((\p{Script=Hangul}{1,10})=[\p{Script=Hangul}\p{Lu}\d]{2,10}\)\s?(?:(\p{Script=Hangul}{2,4}(?:[·ㆍ, ] ?\p{Script=Hangul}{2,4}){0,3}) ?(기자|특파원|기상전문기자))?\s?=\s?(\S.*)$/su;

/** The lead of a Chinese wire story: "新华社北京11月27日电（记者 王明、李华）". Groups: place, reporters, rest. */
const CHINESE_LEAD_RE = new RegExp(`^(?:${CHINESE_WIRE_AGENCIES.join("|")})(\\p{Script=Han}{2,8}?)\\d{1,2}月\\d{1,2}日电\\s?(?:[（(]记者[：:\\s]?([^（）()]{2,40})[）)])?\\s?(\\S.*)$`, "su");

/**
 * A Korean or Chinese wire story's lead at the start of its first paragraph: the place
 * (the dateline), the reporters named in it, with the byline as written ("김민수 기자",
 * "记者 王明、李华"), and the rest of the paragraph.
 */
export function parseAgencyLead(text: string): { place: string; byline: string | null; authors: string[]; rest: string } | null {
  const k = KOREAN_LEAD_RE.exec(text);
  if (k) {
    const authors = k[2] ? k[2].split(/[·ㆍ, ]+/u).filter((n) => n !== "") : [];
    return { place: k[1]!, byline: k[2] ? `${k[2]} ${k[3]}` : null, authors, rest: k[4]!.trim() };
  }
  const c = CHINESE_LEAD_RE.exec(text);
  if (c) {
    const authors = c[2] ? c[2].split(/[、，,\s]+/u).filter((n) => n !== "") : [];
    return { place: c[1]!, byline: c[2] ? `记者 ${c[2].trim()}` : null, authors, rest: c[3]!.trim() };
  }
  return null;
}
