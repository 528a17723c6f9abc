/**
 * Dates written in the text, in many formats and languages, as ISO 8601:
 * "2024-01-05T10:32:00Z", "Jan. 5, 2024", "5 January 2024", "05.01.2024",
 * "5. Januar 2024", "5 janvier 2024", "5 de enero de 2024", "2024年1月5日",
 * "2024. január 5.", with a time next to the date when there is one
 * ("Updated 10:32 a.m. ET, Jan 5, 2024" → "2024-01-05T10:32"). Relative times
 * ("2 hours ago") and impossible dates give null. All patterns are anchored at a
 * word or number start and have no nested quantifiers: linear time.
 */
import type { Block } from "../types.js";
import { JALALI_MONTHS, LANGUAGE_MONTHS, MONTHS, THAI_MONTHS, PUBLISHED_WORDS, RELATIVE_TIME_WORDS, SOURCE_LABELS, TIME_ZONES, UPDATED_WORDS, US_ZONES, WEEKDAYS } from "../lexicon/dates.js";
import { alternation, moreWordsThan } from "./text.js";

/** Only this many characters of a text are searched for a date. */
const MAX_DATE_CHARS = 10000;

/** Month name or abbreviation (lower case, no dot) → 1..12. */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const months of Object.values(MONTHS)) {
    months.forEach((forms, i) => {
      for (const f of forms.split(" ")) if (!m.has(f)) m.set(f, i + 1);
    });
  }
  return m;
})();

export interface DateOptions {
  /** BCP 47 language of the text: decides "03/04/2024" (en: month first; others: day first). */
  language?: string | null;
}

/** A date found in a text, with its position. */
export interface DateMatch {
  start: number;
  end: number;
  year: number;
  month: number;
  day: number;
  /** "HH:MM" or "HH:MM:SS" when a time goes with the date. */
  time?: string;
  /** "Z" or "+01:00" when the zone is known. */
  zone?: string;
  iso: string;
}

const ISO_RE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d{1,9})?(Z|[+-]\d{2}:?\d{2})?)?(?!\d)/g;
const CJK_RE = /(?<!\d)(\d{4}) ?[年년] ?(\d{1,2}) ?[月월] ?(\d{1,2}) ?[日일]/g;
/** Vietnamese: "ngày 27 tháng 11 năm 2026", "27 tháng 11, 2026". */
const VI_RE = /(?<!\d)(\d{1,2}) tháng (\d{1,2}),? (?:năm )?(\d{4})(?!\d)/giu;
const YMD_NUM_RE = /(?<![\d.])(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?![\d])/g;
const DMY_NUM_RE = /(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/g;
/** "5 January 2024", "5. Januar 2024", "1er mai 2024", "5 de enero de 2024", "21.dez.2018", "5-Jan-2024", "3 آب 2025" (a month of two letters). */
const DMY_NAME_RE = /(?<![\p{L}\d])(\d{1,2})(?:er|st|nd|rd|th|º|°)?(?:\. ?| |-)(?:de |of )?(\p{L}[\p{L}\p{M}]{1,11})(?:\. ?|,? |-)(?:de |del )?(\d{4})(?!\d)/gu;
const MDY_NAME_RE = /(?<!\p{L})(\p{L}[\p{L}\p{M}]{2,11})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})(?!\d)/gu;
const YMD_NAME_RE = /(?<!\d)(\d{4})\.? (\p{L}[\p{L}\p{M}]{2,11})\.? (\d{1,2})\.?(?!\d)/gu;
/** "10:32", "6:01 am", "10:32 a.m.", "14h30", "14時05分", "02.00 EST", "10.30 Uhr", "kl. 18.40", "klo 18.40", with an optional zone. */
const TIME_RE = /(?<![\d.:])(\d{1,2})(?::(\d{2})(?::(\d{2}))?|(?:h|[時时시] ?)(\d{2})[分분]?|\.(\d{2})(?:(?= ?(?:[ap]\.? ?m\b|uhr\b|h\b|[a-z]{2,4}t\b|utc\b|gmt\b))|(?<=\b(?:kl|klo)\.? \d{1,2}\.\d{2})))(?: ?([ap])\.? ?m\b\.?)?(?: ?(?:uhr|h)\b)?(?: ?\(?([a-z]{1,5})(?:([+-])(\d{1,2})(?::?(\d{2}))?)?\b\)?)?/giu;

/** All matches of a global regex (exec loop: String#matchAll clones the regex on every call, which costs). */
function execAll(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1]!;
}

function monthOf(word: string, language?: string | null): number | undefined {
  const w = word.toLowerCase().normalize("NFC");
  return (language ? LANGUAGE_MONTH_NUMBERS.get(language)?.get(w) : undefined) ?? MONTH_NUMBERS.get(w);
}

/** LANGUAGE_MONTHS as maps: language → month name → 1..12. */
const LANGUAGE_MONTH_NUMBERS: ReadonlyMap<string, ReadonlyMap<string, number>> = new Map(
  Object.entries(LANGUAGE_MONTHS).map(([lang, months]) => [lang, new Map(months.flatMap((forms, i) => forms.split(" ").map((f) => [f, i + 1] as const)))]),
);

/** Digits other than ASCII that dates are written in: full-width, Arabic-Indic, Persian, Devanagari. */
const OTHER_DIGITS = "０-９٠-٩۰-۹०-९";
const OTHER_DIGIT_RE = new RegExp(`[${OTHER_DIGITS}]`, "g");
/** Every date pattern has a digit, ASCII or other: most blocks have none. */
const ANY_DIGIT_RE = new RegExp(`[0-9${OTHER_DIGITS}]`);

/**
 * Full-width digits (common in CJK text), Arabic-Indic and Persian digits ("٢٧", "۱۴۰۵")
 * and Devanagari digits as ASCII; one character for one, so positions hold.
 */
function asciiDigits(text: string): string {
  return text.replace(OTHER_DIGIT_RE, (c) => {
    const u = c.charCodeAt(0);
    return String.fromCharCode(0x30 + (u >= 0xff10 ? u - 0xff10 : u >= 0x966 ? u - 0x966 : u >= 0x6f0 ? u - 0x6f0 : u - 0x660));
  });
}

/** Thai month names → 1..12, and how far the Buddhist era runs ahead of the Gregorian. */
const THAI_MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(THAI_MONTHS.map((m, i) => [m, i + 1]));
const BUDDHIST_ERA_OFFSET = 543;

/** Persian (Solar Hijri) month names → 1..12. */
const JALALI_MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(JALALI_MONTHS.map((m, i) => [m, i + 1]));

/**
 * A day, month name and year of another calendar as a Gregorian date: Persian (Solar
 * Hijri) months, or Thai months with a Buddhist-era year (2569 is 2026; a Gregorian
 * year is kept). Null for any other month word.
 */
function otherCalendarDate(month: string, year: number, day: number): { y: number; m: number; d: number } | null {
  // Persian typed on an Arabic keyboard has Arabic yeh "ي" where Persian has "ی"
  // ("ارديبهشت", "فروردين"): the same month.
  const jm = JALALI_MONTH_NUMBERS.get(month.includes("\u064a") ? month.replaceAll("\u064a", "\u06cc") : month);
  if (jm) return jalaliToGregorian(year, jm, day);
  const tm = THAI_MONTH_NUMBERS.get(month);
  if (tm) return { y: year > 2400 ? year - BUDDHIST_ERA_OFFSET : year, m: tm, d: day };
  return null;
}

let persianCalendar: Intl.DateTimeFormat | null = null;

/**
 * A Solar Hijri date (Iranian and Afghan news: "۶ آذر ۱۴۰۵") as a Gregorian one. The
 * year starts at the March equinox, 621 or 622 years on; the day is found among the
 * few around that estimate by asking the Persian calendar that ICU (in Node) knows.
 */
function jalaliToGregorian(jy: number, jm: number, jd: number): { y: number; m: number; d: number } | null {
  if (jy < 1300 || jy > 1500 || jm < 1 || jm > 12 || jd < 1 || jd > 31) return null;
  persianCalendar ??= new Intl.DateTimeFormat("en-US-u-ca-persian", { timeZone: "UTC", year: "numeric", month: "numeric", day: "numeric" });
  const dayOfYear = jm <= 6 ? (jm - 1) * 31 + jd - 1 : 186 + (jm - 7) * 30 + jd - 1;
  const estimate = Date.UTC(jy + 621, 2, 21) + dayOfYear * 86_400_000;
  for (const k of [0, -1, 1, -2, 2]) {
    const t = new Date(estimate + k * 86_400_000);
    const parts = persianCalendar.formatToParts(t);
    const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
    if (part("year") === jy && part("month") === jm && part("day") === jd) return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
  }
  return null;
}

/** Every date in the text (not yet with times), in order of position, overlaps removed. */
function rawDates(text: string, options: DateOptions): Omit<DateMatch, "iso">[] {
  const out: Omit<DateMatch, "iso">[] = [];
  // Every pattern has a four-digit year: one cheap test spares seven regex scans.
  if (!/\d{4}/.test(text)) return out;
  const push = (start: number, end: number, y: number, m: number, d: number, time?: string, zone?: string): void => {
    if (validDate(y, m, d)) out.push({ start, end, year: y, month: m, day: d, ...(time ? { time } : {}), ...(zone ? { zone } : {}) });
  };
  for (const x of execAll(ISO_RE, text)) {
    const [, y, mo, d, hh, mi, ss, z] = x;
    let time: string | undefined;
    if (hh && mi && Number(hh) < 24 && Number(mi) < 60) time = ss ? `${hh}:${mi}:${ss}` : `${hh}:${mi}`;
    const zone = time && z ? (z === "Z" ? "Z" : `${z.slice(0, 3)}:${z.slice(-2)}`) : undefined;
    push(x.index, x.index + x[0].length, +y!, +mo!, +d!, time, zone);
  }
  for (const x of execAll(CJK_RE, text)) push(x.index, x.index + x[0].length, +x[1]!, +x[2]!, +x[3]!);
  for (const x of execAll(VI_RE, text)) push(x.index, x.index + x[0].length, +x[3]!, +x[2]!, +x[1]!);
  for (const x of execAll(YMD_NUM_RE, text)) push(x.index, x.index + x[0].length, +x[1]!, +x[3]!, +x[4]!);
  const monthFirst = (options.language ?? "").toLowerCase().startsWith("en");
  for (const x of execAll(DMY_NUM_RE, text)) {
    const a = +x[1]!;
    const b = +x[3]!;
    const dayFirst = a > 12 ? true : b > 12 ? false : x[2] === "." || !monthFirst;
    push(x.index, x.index + x[0].length, +x[4]!, dayFirst ? b : a, dayFirst ? a : b);
  }
  for (const x of execAll(DMY_NAME_RE, text)) {
    const m = monthOf(x[2]!, options.language);
    if (m) push(x.index, x.index + x[0].length, +x[3]!, m, +x[1]!);
    else {
      const g = otherCalendarDate(x[2]!, +x[3]!, +x[1]!);
      if (g) push(x.index, x.index + x[0].length, g.y, g.m, g.d);
    }
  }
  for (const x of execAll(MDY_NAME_RE, text)) {
    const m = monthOf(x[1]!, options.language);
    if (m) push(x.index, x.index + x[0].length, +x[3]!, m, +x[2]!);
  }
  for (const x of execAll(YMD_NAME_RE, text)) {
    const m = monthOf(x[2]!, options.language);
    if (m) push(x.index, x.index + x[0].length, +x[1]!, m, +x[3]!);
  }
  out.sort((p, q) => p.start - q.start || q.end - p.end);
  const kept: Omit<DateMatch, "iso">[] = [];
  for (const d of out) if (kept.length === 0 || d.start >= kept[kept.length - 1]!.end) kept.push(d);
  return kept;
}

interface TimeMatch {
  start: number;
  end: number;
  time: string;
  zone?: string;
}

function times(text: string): TimeMatch[] {
  const out: TimeMatch[] = [];
  for (const x of execAll(TIME_RE, text)) {
    let h = +x[1]!;
    const mi = x[2] ?? x[4] ?? x[5];
    if (mi === undefined) continue;
    const ampm = x[6]?.toLowerCase();
    if (ampm) {
      if (h < 1 || h > 12) continue;
      h = (h % 12) + (ampm === "p" ? 12 : 0);
    }
    if (h > 23 || +mi > 59) continue;
    // "GMT+7", "UTC-05:00": an offset written after the zone's name replaces it.
    const offset = x[8] && (x[7]!.toLowerCase() === "gmt" || x[7]!.toLowerCase() === "utc") && +x[9]! <= 14 ? `${x[8]}${pad(+x[9]!)}:${x[10] ?? "00"}` : undefined;
    const name = x[7]?.toLowerCase();
    // "ET", "PT" only in capitals: "à 11h30 et 14h" is French for "and".
    const us = name !== undefined && name in US_ZONES && x[7] === x[7]!.toUpperCase() ? name : undefined;
    const zone = offset ?? (name ? (TIME_ZONES[name] ?? us) : undefined);
    out.push({ start: x.index, end: x.index + x[0].length, time: `${pad(h)}:${mi}${x[3] ? `:${x[3]}` : ""}`, ...(zone ? { zone } : {}) });
  }
  return out;
}

/** Day of the month of the n-th Sunday (n = 1, 2) of a month (1-12). */
function nthSunday(year: number, month: number, n: number): number {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay(); // 0 = Sunday
  return 1 + ((7 - first) % 7) + 7 * (n - 1);
}

/** The offset of a US zone on a day: daylight time from the second Sunday of March to the first Sunday of November. */
function usOffset(standard: number, year: number, month: number, day: number): string {
  const after = (m: number, d: number): boolean => month > m || (month === m && day >= d);
  const summer = after(3, nthSunday(year, 3, 2)) && !after(11, nthSunday(year, 11, 1));
  const h = standard + (summer ? 1 : 0);
  return `-${pad(-h)}:00`;
}

/** How far (in characters) a time may stand from its date: "Jan 5, 2024 at 10:32 am". */
const TIME_AFTER = 25;
const TIME_BEFORE = 30;

/** All dates in the text with the time written next to each, as ISO 8601 strings. */
export function findDates(text: string, options: DateOptions = {}): DateMatch[] {
  if (!ANY_DIGIT_RE.test(text)) return [];
  const t = asciiDigits(text.slice(0, MAX_DATE_CHARS)).replace(/\s/g, " ");
  const dates = rawDates(t, options);
  const ts = times(t).filter((tm) => !dates.some((d) => tm.start < d.end && tm.end > d.start));
  return dates.map((d, i) => {
    let time = d.time;
    let zone = d.zone;
    if (!time) {
      const nextStart = dates[i + 1]?.start ?? Infinity;
      const prevEnd = dates[i - 1]?.end ?? -Infinity;
      const after = ts.find((tm) => tm.start >= d.end && tm.start - d.end <= TIME_AFTER && tm.end <= nextStart);
      const before = [...ts].reverse().find((tm) => tm.end <= d.start && d.start - tm.end <= TIME_BEFORE && tm.start >= prevEnd);
      // The nearer of the two: "14:30 26.11.2026 (обновлено: 15:02 26.11.2026)" publishes at 14:30.
      const tm = after && before ? (d.start - before.end < after.start - d.end ? before : after) : (after ?? before);
      if (tm) {
        time = tm.time;
        zone = tm.zone;
      }
    }
    if (zone !== undefined && zone in US_ZONES) zone = usOffset(US_ZONES[zone]!, d.year, d.month, d.day);
    const date = `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
    return { ...d, ...(time ? { time } : {}), ...(zone ? { zone } : {}), iso: time ? `${date}T${time}${zone ?? ""}` : date };
  });
}

/**
 * Where the first date of findDates(text) starts, or undefined when it finds none:
 * the same dates, without pairing them with times or writing them out (the byline
 * parser only needs to know where the names end).
 */
export function firstDateStart(text: string, options: DateOptions = {}): number | undefined {
  if (!ANY_DIGIT_RE.test(text)) return undefined;
  return rawDates(asciiDigits(text.slice(0, MAX_DATE_CHARS)).replace(/\s/g, " "), options)[0]?.start;
}

/** First date written in the text as ISO 8601 (date, or date-time when a time goes with it), or null. */
export function findDate(text: string, options: DateOptions = {}): string | null {
  return findDates(text, options)[0]?.iso ?? null;
}

const lowerSet = (xs: readonly string[]): ReadonlySet<string> => new Set(xs.map((x) => x.toLowerCase()));
const WEEKDAY_SET = lowerSet(WEEKDAYS);
const FILLER_SET = lowerSet(["at", "on", "um", "am", "le", "à", "el", "de", "del", "il", "op", "om", "the", "by", "time", "last", "first", "min", "read", "et", "pt", "ct", "mt"]);
const PUBLISHED_SET = lowerSet(PUBLISHED_WORDS.flatMap((w) => w.split(" ")));
const UPDATED_SET = lowerSet(UPDATED_WORDS.flatMap((w) => w.split(" ")));
const RELATIVE_SET = lowerSet(RELATIVE_TIME_WORDS.flatMap((w) => w.split(" ")));
const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * Words of the text outside dates and times, that are not weekday, zone or date keywords.
 * t: the text as rawDates reads it (asciiDigits, white space as spaces); dates: rawDates(t).
 */
function leftoverWords(t: string, dates: readonly Omit<DateMatch, "iso">[], extra: ReadonlySet<string>): string[] {
  let rest = "";
  let pos = 0;
  const spans = [...dates, ...times(t)].sort((a, b) => a.start - b.start);
  for (const s of spans) {
    if (s.start >= pos) rest += `${t.slice(pos, s.start)} `;
    pos = Math.max(pos, s.end);
  }
  rest += t.slice(pos);
  // Marks belong to words: Devanagari "नवंबर" (November) has one inside.
  const words = rest.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return words.filter((w) => !WEEKDAY_SET.has(w) && !FILLER_SET.has(w) && !PUBLISHED_SET.has(w) && !UPDATED_SET.has(w) && !extra.has(w) && !(w in TIME_ZONES) && !MONTH_NUMBERS.has(w));
}

/**
 * A block that is only a date or time line: "Published: Friday 5 January 2024,
 * 10:32 GMT", "Updated 3 hours ago", "Jan 5, 2024 · 8 min read". Relative lines
 * count too (they are timestamps), though findDate gives them no date.
 */
export function looksLikeDateLine(text: string, options: DateOptions = {}): boolean {
  if (text.length > 160 || !ANY_DIGIT_RE.test(text)) return false;
  // (160 characters: under MAX_DATE_CHARS, so the dates found here are leftoverWords' too.)
  const t = withoutSource(asciiDigits(text).replace(/\s/g, " "));
  const dates = rawDates(t, options);
  const hasDate = dates.length > 0 || times(text).length > 0;
  const relative = !hasDate && /\d/.test(text) && text.toLowerCase().match(/\p{L}+/gu)?.some((w) => RELATIVE_SET.has(w));
  if (!hasDate && !relative) return false;
  const left = leftoverWords(t, dates, relative ? RELATIVE_SET : NO_WORDS);
  return left.filter((w) => !/^\d+$/.test(w) && !/^(?:hours?|minutes?|mins?|days?|weeks?|stunden?|minuten?|tagen?|heures?|jours?|horas?|minutos?|días?|dias?|ore|minuti|giorni|uur|dagen)$/.test(w)).length <= 1;
}

const SOURCE_RE = new RegExp(`(?:^|[\\s|·•,])(?:${alternation(SOURCE_LABELS)}) ?[:：] ?[^:：|·•\\d]{1,40}$`, "iu");

/**
 * A date line without the source it names at its end ("2026-11-27 14:32 来源：新华网",
 * "27.11.2026 | Quelle: dpa"): the label and up to 40 characters after it, no digits.
 */
function withoutSource(text: string): string {
  if (!text.includes(":") && !text.includes("：")) return text;
  const m = SOURCE_RE.exec(text);
  return m ? text.slice(0, m.index) : text;
}

/** True when the text says the date that follows it is an update time. */
function updatedBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 30), at).toLowerCase();
  return UPDATED_WORDS.some((w) => before.includes(w));
}

/** How many blocks around the title findPublished looks at. */
const PUBLISHED_BEFORE = 10;
const PUBLISHED_AFTER = 80;
/** A block longer than this is story text: its dates are events, not the publication time. */
const PUBLISHED_MAX_WORDS = 30;

/**
 * The most likely publication date among the blocks near the title: the first short
 * block after the title (or else before it) that carries a date, skipping dates
 * introduced by "Updated" when the block has another. Returns the block index and
 * the ISO date, or null.
 */
/** Blocks under the headline looked at before the one above it. */
const PUBLISHED_NEAR = 4;

export function findPublished(blocks: readonly Block[], titleIndex: number, options: DateOptions = {}): { index: number; date: string } | null {
  const t = Math.max(0, titleIndex);
  // A block whose only dates are update times is kept as a last resort.
  let updatedOnly: { index: number; date: string } | null = null;
  const pick = (i: number): { index: number; date: string } | null => {
    const text = blocks[i]!.text;
    if (moreWordsThan(text, PUBLISHED_MAX_WORDS)) return null;
    const ds = findDates(text, options);
    if (ds.length === 0) return null;
    const d = ds.find((x) => !updatedBefore(text, x.start));
    if (d) return { index: i, date: d.iso };
    updatedOnly ??= { index: i, date: ds[0]!.iso };
    return null;
  };
  // Right under the headline first; then the line right above it (a blog prints the
  // date over the post's title), before dates further down (a comment's "November 27,
  // 2026 at 8:12 pm").
  for (let i = t; i < Math.min(blocks.length, t + PUBLISHED_NEAR); i++) {
    const r = pick(i);
    if (r) return r;
  }
  if (t - 1 >= 0) {
    const r = pick(t - 1);
    if (r) return r;
  }
  for (let i = t + PUBLISHED_NEAR; i < Math.min(blocks.length, t + PUBLISHED_AFTER); i++) {
    const r = pick(i);
    if (r) return r;
  }
  for (let i = t - 2; i >= Math.max(0, t - PUBLISHED_BEFORE); i--) {
    const r = pick(i);
    if (r) return r;
  }
  return updatedOnly;
}
