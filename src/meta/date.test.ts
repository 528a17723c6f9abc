import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Block } from "../types.js";
import { MONTHS } from "../lexicon/dates.js";
import { findDate, findDates, findPublished, firstDateStart, looksLikeDateLine } from "./date.js";

const blocks = (...texts: string[]): Block[] =>
  texts.map((text, index) => ({ index, text, lines: [text], line: index + 1, blankBefore: true, blankAfter: true }));

describe("findDate", () => {
  it.each([
    ["2024-01-05", "2024-01-05"],
    ["Posted 2024-01-05T10:32:00Z", "2024-01-05T10:32:00Z"],
    ["2024-01-05T10:32:00.123+0100", "2024-01-05T10:32:00+01:00"],
    ["2024-01-05 10:32", "2024-01-05T10:32"],
    ["Jan. 5, 2024", "2024-01-05"],
    ["January 5th, 2024", "2024-01-05"],
    ["Published Friday, January 5 2024", "2024-01-05"],
    ["5 January 2024", "2024-01-05"],
    ["27 Νοεμβρίου 2026, 18:40", "2026-11-27T18:40"],
    ["27 בנובמבר 2026", "2026-11-27"],
    ["27 نوفمبر 2026", "2026-11-27"],
    ["3 آب 2025", "2025-08-03"],
    ["Publicerad 27 november 2026 kl 18.40", "2026-11-27T18:40"],
    ["27 ноември 2026, 18:40", "2026-11-27T18:40"],
    ["27. novembra 2026 o 18:40", "2026-11-27T18:40"],
    ["Thứ Sáu, ngày 27 tháng 11 năm 2026 18:40", "2026-11-27T18:40"],
    ["27 tháng 11, 2026", "2026-11-27"],
    ["27 พฤศจิกายน 2569 18:40 น.", "2026-11-27T18:40"],
    ["27. новембра 2026. у 18:40", "2026-11-27T18:40"],
    ["27 lapkričio 2026", "2026-11-27"],
    ["27 Novemba 2026", "2026-11-27"],
    ["27. detsember 2026", "2026-12-27"],
    // Arabic-Indic, Persian and Devanagari digits; the Persian (Solar Hijri) calendar.
    ["٢٧ نوفمبر ٢٠٢٦", "2026-11-27"],
    ["२७ नवंबर २०२६", "2026-11-27"],
    ["۶ آذر ۱۴۰۵ - ۱۸:۴۰", "2026-11-27T18:40"],
    ["1 فروردین 1403", "2024-03-20"],
    ["10 دی 1404", "2025-12-31"],
    // Persian typed with the Arabic yeh: "فروردين", "دي".
    ["1 فروردين 1403", "2024-03-20"],
    ["10 دي 1404", "2025-12-31"],
    ["27.11.2026 klo 9.05", "2026-11-27T09:05"],
    ["Thu 3 Jan 2019 02.00 EST", "2019-01-03T02:00-05:00"],
    ["22 Dec, 2016", "2016-12-22"],
    ["05.01.2024", "2024-01-05"],
    ["5. Januar 2024", "2024-01-05"],
    ["Veröffentlicht am 5. Jan. 2024, 10:30 Uhr", "2024-01-05T10:30"],
    ["5 janvier 2024", "2024-01-05"],
    ["le 1er mai 2024 à 07h19", "2024-05-01T07:19"],
    ["5 de enero de 2024", "2024-01-05"],
    ["21.dez.2018 às 12h55", "2018-12-21T12:55"],
    ["5 stycznia 2024", "2024-01-05"],
    ["5 января 2024 г.", "2024-01-05"],
    ["2024. január 5.", "2024-01-05"],
    ["2024年1月5日 10:00", "2024-01-05T10:00"],
    ["２０２４年１月５日", "2024-01-05"],
    ["2024년 1월 5일", "2024-01-05"],
    ["2024/01/05", "2024-01-05"],
    ["Updated 10:32 a.m. ET, Jan 5, 2024", "2024-01-05T10:32-05:00"], // ET in January is EST,
    ["Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024, 12:43 PM UTC", "2024-12-06T22:00Z"],
    ["April 28, 2019 at 6:01 am", "2019-04-28T06:01"],
    ["12:30 am on 29 February 2024", "2024-02-29T00:30"],
    ["21/12/2018", "2018-12-21"],
  ])("%s → %s", (text, iso) => {
    expect(findDate(text)).toBe(iso);
  });

  it("reads slashed dates month first in English, day first elsewhere", () => {
    expect(findDate("03/04/2024", { language: "en" })).toBe("2024-03-04");
    expect(findDate("03/04/2024", { language: "fr" })).toBe("2024-04-03");
    expect(findDate("03.04.2024", { language: "en" })).toBe("2024-04-03");
  });

  it.each([
    ["relative", "2 hours ago"],
    ["yesterday", "Updated yesterday at 10:32"],
    ["no year", "Jan. 5"],
    ["impossible day", "February 30, 2024"],
    ["not a leap year", "29 February 2023"],
    ["month 13", "2024-13-05"],
    ["a version number", "version 1.2.3"],
    ["a word that is no month", "Chapter 5, 2024 edition"],
    ["a long number", "12345-01-05"],
    ["empty", ""],
  ])("null for %s", (_name, text) => {
    expect(findDate(text)).toBeNull();
  });

  it("finds every date, in order", () => {
    expect(findDates("From 5 January 2024 to Feb 2, 2024").map((d) => d.iso)).toEqual(["2024-01-05", "2024-02-02"]);
  });

  it("is linear on long runs of digits and letters", () => {
    expect(findDate("1".repeat(50000) + "a".repeat(50000))).toBeNull();
  });
});

describe("findPublished: the date over a blog post's title", () => {
  it("comes before a comment's date further down", () => {
    const b = ["November 27, 2026", "Why I signed the petition", "I have lived on Quay Lane for thirty years.", "It was the first petition I ever signed.", "The council dropped the plan.", "Posted in Local life", "Ann says:", "November 27, 2026 at 8:12 pm", "Well said."].map((text, line) => ({ text, lines: [text], line, blankBefore: true, blankAfter: true }) as Block);
    expect(findPublished(b, 1)?.date).toBe("2026-11-27");
  });
});

describe("month data", () => {
  it("reads a month name by the text's language where two languages disagree", () => {
    expect(findDate("27. listopada 2026.", { language: "hr" })).toBe("2026-10-27");
    expect(findDate("27 listopada 2026", { language: "pl" })).toBe("2026-11-27");
    expect(findDate("27. studenoga 2026. u 18:40", { language: "hr" })).toBe("2026-11-27T18:40");
  });
  it("gives each month name one number across languages", () => {
    const seen = new Map<string, number>();
    for (const [lang, months] of Object.entries(MONTHS)) {
      expect(months, lang).toHaveLength(12);
      months.forEach((forms, i) => {
        for (const f of forms.split(" ")) {
          if (seen.has(f)) expect(seen.get(f), `${lang}:${f}`).toBe(i + 1);
          seen.set(f, i + 1);
        }
      });
    }
  });
});

describe("looksLikeDateLine", () => {
  it.each([
    "Published: Friday 5 January 2024, 10:32 GMT",
    "Jan 5, 2024",
    "Updated 3 hours ago",
    "5. Januar 2024, 10:30 Uhr",
    "Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024, 12:43 PM UTC",
  ])("yes: %s", (text) => {
    expect(looksLikeDateLine(text)).toBe(true);
  });
  it.each([
    "The meeting on Jan 5, 2024 ended without an agreement between the parties.",
    "By Jane Doe",
    "Share this article",
    "Founded in 1999",
  ])("no: %s", (text) => {
    expect(looksLikeDateLine(text)).toBe(false);
  });
});

describe("findPublished", () => {
  it("takes the first short dated block after the title", () => {
    const b = blocks("Site | Home", "Storm floods towns", "By Jane Doe", "Jan 5, 2024 at 10:32 am", "On Jan 3, 2024, rain began to fall over the hills and it did not stop for three days, officials said.");
    expect(findPublished(b, 1)).toEqual({ index: 3, date: "2024-01-05T10:32" });
  });
  it("skips a date introduced by Updated when the block has another", () => {
    const b = blocks("Headline", "Updated Jan 7, 2024 · Published Jan 5, 2024");
    expect(findPublished(b, 0)).toEqual({ index: 1, date: "2024-01-05" });
  });
  it("prefers a later publication date over an earlier update-only line", () => {
    const b = blocks("Headline", "Last updated: Jan 7, 2024", "Menu", "Jan 5, 2024");
    expect(findPublished(b, 0)).toEqual({ index: 3, date: "2024-01-05" });
  });
  it("ignores dates inside story paragraphs and returns null without a date", () => {
    const b = blocks("Headline", "The council met on Jan 5, 2024 and the members, after a long debate that lasted into the night, agreed on a new budget for the parks of the whole city.");
    expect(findPublished(b, 0)).toBeNull();
  });
});

describe("firstDateStart", () => {
  it("is where findDates' first date starts", () => {
    expect(firstDateStart("By Jane Doe, 5 January 2024, 10:32")).toBe(13);
    expect(firstDateStart("By Jane Doe")).toBeUndefined();
    expect(firstDateStart("10:32 Jan 5, 2024")).toBe(6);
    const piece = fc.constantFrom("By Jane Doe", " ", ", ", "5 January 2024", "Jan. 5, 2024", "2024-01-05T10:32", "05.01.2024", "3/4/2024", "10:32 am", "２０２４年１月５日", "Updated", "\n", "12", "2024", "31 February 2024");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.constantFrom(undefined, "en", "fr"), (ps, language) => {
        const text = ps.join("");
        expect(firstDateStart(text, { language })).toBe(findDates(text, { language })[0]?.start);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("times next to dates", () => {
  it("takes the nearer time when one stands before the date and one after it", () => {
    expect(findDates("14:30 26.11.2026 (обновлено: 15:02 26.11.2026)").map((d) => d.iso)).toEqual(["2026-11-26T14:30", "2026-11-26T15:02"]);
    expect(findDates("Jan 5, 2024 at 10:32 am").map((d) => d.iso)).toEqual(["2024-01-05T10:32"]);
  });
});

describe("more languages and zones", () => {
  it("reads an offset after GMT or UTC ('(GMT+7)' is not GMT)", () => {
    expect(findDates("Thứ năm, 26/11/2026, 14:30 (GMT+7)").map((d) => d.iso)).toEqual(["2026-11-26T14:30+07:00"]);
    expect(findDates("5 January 2024 10:32 UTC-05:00").map((d) => d.iso)).toEqual(["2024-01-05T10:32-05:00"]);
    expect(findDates("Jan 5, 2024 10:32 GMT").map((d) => d.iso)).toEqual(["2024-01-05T10:32Z"]);
  });

  it("reads Hindi month names, whose letters carry combining marks", () => {
    expect(findDates("नई दिल्ली, 26 नवंबर 2026").map((d) => d.iso)).toEqual(["2026-11-26"]);
  });
});

describe("US zones without standard or daylight", () => {
  it("gives ET, PT the offset of the day (daylight time from March to November)", () => {
    expect(findDates("Nov. 26, 2026 5:30 p.m. ET").map((d) => d.iso)).toEqual(["2026-11-26T17:30-05:00"]);
    expect(findDates("July 4, 2026 10:00 a.m. PT").map((d) => d.iso)).toEqual(["2026-07-04T10:00-07:00"]);
  });

  it("does not read the French 'et' (and) as a zone", () => {
    expect(findDates("26 novembre 2026 14:05 et 15:00").map((d) => d.iso)).toEqual(["2026-11-26T14:05"]);
  });
});

describe("Japanese, Chinese and Korean date lines", () => {
  it("reads times written with 時/时/시 and 分/분", () => {
    expect(findDate("2026年11月26日(水) 14時05分 配信", { language: "ja" })).toBe("2026-11-26T14:05");
    expect(findDate("2026.11.26 14시 05분", { language: "ko" })).toBe("2026-11-26T14:05");
  });

  it("knows a line of month/day, weekday in brackets, time and 配信 for a date line", () => {
    expect(looksLikeDateLine("11/26(水) 14:05配信", { language: "ja" })).toBe(true);
    expect(looksLikeDateLine("最終更新:11/26(水) 15:40", { language: "ja" })).toBe(true);
    expect(looksLikeDateLine("東京都は26日、来年度から給食費を無償化する方針を明らかにした。", { language: "ja" })).toBe(false);
  });
});

describe("date lines with the weekday in more languages", () => {
  it.each([
    ["Thứ năm, 27/11/2026, 09:15 (GMT+7)"],
    ["Kamis, 27 Nov 2026 10:15 WIB"],
    ["Čtvrtek 27. 11. 2026 10:20"],
    ["csütörtök, 2026.11.27. 09:40"],
    ["Joi, 27.11.2026, 12:45"],
    ["Πέμπτη 27/11/2026 12:30"],
  ])("%s", (text) => {
    expect(looksLikeDateLine(text)).toBe(true);
  });
});

describe("a date line that names its source", () => {
  it("is a date line: the source label and what follows it are no leftover words", () => {
    for (const t of ["2026-11-27 14:32:10 来源：新华网", "2026-11-27 14:32 Source: Example News", "27.11.2026 | Quelle: dpa", "Published 27 November 2026 | Source: AFP", "2026-11-27 14:32 출처: 연합뉴스"]) expect(looksLikeDateLine(t), t).toBe(true);
  });
  it("but not a sentence that starts with 'Source:', nor a source with a number", () => {
    for (const t of ["Source: the 2026 budget was cut by the council and the mayor said so", "2026-11-27 Source: 12 people told us"]) expect(looksLikeDateLine(t), t).toBe(false);
  });
});
