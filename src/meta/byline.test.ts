import { describe, expect, it } from "vitest";
import { looksLikeBioByline, looksLikeByline, nameCase, nameLike, newsroomByline, parseBareByline, parseByline } from "./byline.js";

describe("parseByline", () => {
  it.each([
    ["By Jane Doe and John Roe", ["Jane Doe", "John Roe"]],
    ["Jane Doe, Reuters", ["Jane Doe"]],
    ["By JANE DOE, Associated Press", ["Jane Doe"]],
    ["BY: JOE WEE", ["Joe Wee"]],
    ["Par Jean Dupont", ["Jean Dupont"]],
    ["Par Alexandre Hervaud et Jérémy Piette — 24 novembre 2017 à 18:42", ["Alexandre Hervaud", "Jérémy Piette"]],
    ["Von Hans Müller und Eva Schmidt", ["Hans Müller", "Eva Schmidt"]],
    ["Автор: Иван Петров", ["Иван Петров"]],
    ["Skrevet af Mette Hansen", ["Mette Hansen"]],
    ["Por María López", ["María López"]],
    ["Di Mario Rossi", ["Mario Rossi"]],
    ["Door Jan de Vries", ["Jan de Vries"]],
    ["Av Kari Nordmann og Ola Hansen", ["Kari Nordmann", "Ola Hansen"]],
    ["Przez Jan Kowalski", ["Jan Kowalski"]],
    ["Autor: Petr Novák", ["Petr Novák"]],
    ["By Ursula von der Leyen", ["Ursula von der Leyen"]],
    ["By Sean O'Brien, Jane Doe & J. R. Smith", ["Sean O'Brien", "Jane Doe", "J. R. Smith"]],
    ["Jane Doe, Staff Writer", ["Jane Doe"]],
    ["By Jane Doe, Senior Political Correspondent", ["Jane Doe"]],
    ["By Brenda Goodman, MA WebMD Health News", ["Brenda Goodman"]],
    ["By Alissa Wilkinson @alissamarie Updated Jul 24, 2018, 2:15pm EDT", ["Alissa Wilkinson"]],
    ["by Laura June Topolsky July 10, 2015", ["Laura June Topolsky"]],
    ["Henry Gilbert • February 15, 2017", ["Henry Gilbert"]],
    ["By Jane Doe | Updated 3 hours ago", ["Jane Doe"]],
    ["Written by Rob Ewaschuk Edited by Betsy Beyer", ["Rob Ewaschuk"]],
    // The kind of piece before "by": CNN's "Analysis by", a live page's "Match commentary by".
    ["Analysis by Stephen Marsh, CNN", ["Stephen Marsh"]],
    ["Opinion by Elena Marsh", ["Elena Marsh"]],
    ["Match commentary by Owen Blake", ["Owen Blake"]],
    // Indonesian papers name the reporter as such ("Reporter:", "Wartawan:").
    ["Reporter: Dimas Pratama", ["Dimas Pratama"]],
    ["Wartawan: Siti Rahma", ["Siti Rahma"]],
    ["By Jane Doe jane.doe@example.com", ["Jane Doe"]],
    ["By Reuters", []],
    ["Von dpa", []],
  ])("%s", (text, authors) => {
    const r = parseByline(text);
    expect(r?.authors).toEqual(authors);
    expect(r?.byline).toBe(text.replace(/\s+/g, " "));
  });

  it.each([
    "By the end of the year, prices had doubled.",
    "By 2030 the city will have grown by half.",
    "by far the largest",
    "Di Maio",
    "Von der Leyen sagte am Montag, dass",
    "Par ailleurs, le gouvernement a annoncé",
    "Por eso el gobierno decidió",
    "Posted by admin",
    "Jane Doe",
    "The quick brown fox jumps",
    "Share this story",
    "",
    `By ${"Jane Doe and ".repeat(30)}John Roe`,
  ])("null: %s", (text) => {
    expect(parseByline(text)).toBeNull();
    expect(looksLikeByline(text)).toBe(false);
  });
});

describe("bylines in scripts without capitals, and prefixes without a colon", () => {
  it("reads Hebrew, Arabic and Greek bylines", () => {
    expect(parseByline("מאת נועה כהן")?.authors).toEqual(["נועה כהן"]);
    expect(parseByline("بقلم أحمد خالد")?.authors).toEqual(["أحمد خالد"]);
    expect(parseByline("Γράφει η Ελένη Παπαδοπούλου")?.authors).toEqual(["Ελένη Παπαδοπούλου"]);
    expect(parseByline("Автор Иван Петров")?.authors).toEqual(["Иван Петров"]);
  });
  it("reads Hungarian, Finnish and Vietnamese prefixes, and a Romanian 'de' before a bare name", () => {
    expect(parseByline("Szerző: Kovács Anna")?.authors).toEqual(["Kovács Anna"]);
    expect(parseByline("Teksti: Anna Virtanen")?.authors).toEqual(["Anna Virtanen"]);
    expect(parseByline("Tác giả: Nguyễn Thị Lan")?.authors).toEqual(["Nguyễn Thị Lan"]);
    expect(parseBareByline("de Andreea Popescu")?.authors).toEqual(["Andreea Popescu"]);
    expect(parseByline("Per Laia Puig")?.authors).toEqual(["Laia Puig"]);
    expect(parseByline("نویسنده: سارا احمدی")?.authors).toEqual(["سارا احمدی"]);
    expect(parseByline("Per questo motivo il consiglio ha votato")).toBeNull();
    expect(parseBareByline("Maria de la Cruz")?.authors).toEqual(["Maria de la Cruz"]);
  });
  it("reads a prefix that is a common word of other languages only in its own language's text", () => {
    // Swahili "Na" (by) is Polish and Czech "na" (on, in).
    expect(parseByline("Na Amina Juma", { language: "sw" })?.authors).toEqual(["Amina Juma"]);
    expect(parseByline("Na Dolnym Śląsku", { language: "pl" })).toBeNull();
    expect(parseByline("Na Dolnym Śląsku")).toBeNull();
    expect(parseByline("Oleh Rina Kartika")?.authors).toEqual(["Rina Kartika"]);
  });
  it("takes no sentence, and no space-separated Chinese menu words, for a name", () => {
    expect(parseByline("מאת ראש העירייה נמסר כי הכביש ייסגר בשבוע הבא לתנועה")).toBeNull();
    expect(parseBareByline("编辑 锁定 讨论")).toBeNull();
  });
});

describe("nameCase", () => {
  it("writes names printed in capitals as names are written, and leaves others", () => {
    expect(nameCase("JOHN O'NEILL")).toBe("John O'Neill");
    expect(nameCase("JEAN-PAUL MÜLLER")).toBe("Jean-Paul Müller");
    expect(nameCase("TMZ STAFF")).toBe("TMZ Staff");
    expect(nameCase("Jane McDonald")).toBe("Jane McDonald");
    expect(nameCase("ÉLODIE DURAND")).toBe("Élodie Durand");
  });
});

describe("nameLike", () => {
  it.each([
    ["Jane Doe", true],
    ["JANE DOE", true],
    ["J. R. R. Tolkien", true],
    ["Jean-Luc Picard", true],
    ["Ursula von der Leyen", true],
    ["the end of the year", false],
    ["Jane von", false],
    ["One Two Three Four Five Six Seven", false],
  ])("%s → %s", (text, want) => {
    expect(nameLike(text)).toBe(want);
  });
});

describe("byline details", () => {
  it("leaves a parenthesis after the name out of the authors", () => {
    expect(parseByline("Par Claire Dubois (Bruxelles, correspondante)")?.authors).toEqual(["Claire Dubois"]);
    expect(parseByline("By Jane Doe (Reuters)")?.authors).toEqual(["Jane Doe"]);
  });

  it("reads a byline after decoration marks", () => {
    expect(parseByline("// By Arun Sai Krishnan • Nov 11, 2020")?.authors).toEqual(["Arun Sai Krishnan"]);
  });
});

describe("parseBareByline", () => {
  it.each([
    ["María López Ruiz", ["María López Ruiz"]],
    ["Leyland Cecco in Toronto", ["Leyland Cecco"]],
    ["Jane Doe and John Roe", ["Jane Doe", "John Roe"]],
    ["NATALIYA VASILYEVA", ["Nataliya Vasilyeva"]],
  ])("%s", (text, authors) => {
    expect(parseBareByline(text)?.authors).toEqual(authors);
  });

  it.each([["Madonna"], ["Associated Press"], ["Staff Writer"], ["Updated 26 Nov 2026"], ["The council voted on Tuesday"], ["Jane Doe in the harbour"]])("null: %s", (text) => {
    expect(parseBareByline(text)).toBeNull();
  });
});

describe("Korean and Japanese bylines", () => {
  it("reads a name followed by the reporter's title", () => {
    expect(parseByline("김민수 기자")?.authors).toEqual(["김민수"]);
    expect(parseByline("山田太郎記者")?.authors).toEqual(["山田太郎"]);
    expect(parseByline("김민수 기자 minsu@example.com")?.authors).toEqual(["김민수"]);
  });

  it("does not take a sentence about a reporter for one", () => {
    expect(parseByline("서울시가 기자회견을 열었다")).toBeNull();
  });
});

describe("lines that introduce a quotation", () => {
  it("are no bylines", () => {
    expect(parseByline("Benedikt XVI., Enzyklika Deus caritas est, 25. Dezember 2005:")).toBeNull();
    expect(parseByline("Jane Doe, 25 December 2005")).not.toBeNull();
  });
});

describe("bylines followed by the author's bio", () => {
  const bio = "By Alex Rowe, a senior editor and author of the Weekly Wire newsletter. She has covered the courts for a decade at the Gazette and other papers.";

  it("keeps the name part as the byline and the author", () => {
    expect(parseByline(bio)).toEqual({ byline: "By Alex Rowe", authors: ["Alex Rowe"] });
    expect(looksLikeBioByline(bio)).toBe(true);
  });

  it("leaves short bylines with a role or an agency whole", () => {
    expect(parseByline("By Jane Doe, a reporter")!.byline).toBe("By Jane Doe, a reporter");
    expect(parseByline("By Jane Doe, The Associated Press")!.byline).toBe("By Jane Doe, The Associated Press");
    expect(looksLikeBioByline("By Jane Doe, The Associated Press")).toBe(false);
  });

  it("is no byline when it starts a sentence of the story", () => {
    expect(looksLikeBioByline("By the end of the year, a new library will open on the harbour, the council said on Tuesday after a long meeting.")).toBe(false);
  });
});

describe("outlets in bylines", () => {
  it("takes a short capitalised name with a site word for an outlet", () => {
    expect(parseByline("Jane Doe, Harbour Daily News")).toEqual({ byline: "Jane Doe, Harbour Daily News", authors: ["Jane Doe"] });
  });

  it("does not take a prompt or a spec row that has a site word in lower case for a byline", () => {
    expect(parseByline("Get the latest news, guidelines, & tools, research, trends and events.")).toBeNull();
    expect(parseByline("Online features Multiplayer, Voice chat, Store")).toBeNull();
  });
});

describe("bylines after the date, and navigation links", () => {
  it("takes the author after the date: 'on March 10, 2015 by Jane Roe'", () => {
    expect(parseByline("on March 10, 2015 by Jane Roe")).toEqual({ byline: "by Jane Roe", authors: ["Jane Roe"] });
    expect(parseByline("Published 26 November 2026 par Claire Dubois")).toEqual({ byline: "par Claire Dubois", authors: ["Claire Dubois"] });
  });

  it("does not take a sentence with 'by' but no date before it", () => {
    expect(parseByline("The library was built by Harbour Council")).toBeNull();
  });

  it("does not take a navigation link for a bare name", () => {
    expect(parseBareByline("Newer Article")).toBeNull();
    expect(parseBareByline("Older Posts")).toBeNull();
    expect(parseBareByline("Jimmy Page")).not.toBeNull();
  });
});

describe("a bare name with its outlet after a separator", () => {
  it("takes the name for the author", () => {
    expect(parseBareByline("Rina Kartika - detikNews")).toEqual({ byline: "Rina Kartika - detikNews", authors: ["Rina Kartika"] });
    expect(parseBareByline("Jane Roe | Harbour Daily")).toEqual({ byline: "Jane Roe | Harbour Daily", authors: ["Jane Roe"] });
  });

  it("is no byline when the part after the separator is long (a headline)", () => {
    expect(parseBareByline("West Ham - Manchester United: the match report")).toBeNull();
  });
});

describe("newsroomByline", () => {
  it("knows a newsroom or a CJK outlet credited alone", () => {
    for (const t of ["Redacción", "Staff Reports", "地域ニュース", "共同通信", "연합뉴스"]) expect(newsroomByline(t), t).toBe(true);
  });

  it("leaves the bare outlet word and longer CJK lines", () => {
    for (const t of ["ニュース", "東京都は26日、来年度から給食費を無償化するとニュースで伝えた", "Staff meeting"]) expect(newsroomByline(t), t).toBe(false);
  });
});

describe("agencies", () => {
  it("takes a site's name of two words or more for an agency, not a lone site word in a menu row", () => {
    expect(parseByline("News | Sports | Business | Opinion")).toBeNull();
    expect(parseByline("Nachrichten 2022")).toBeNull();
    expect(parseByline("Jane Doe, Harbour News")?.authors).toEqual(["Jane Doe"]);
  });
});
