import { describe, expect, it } from "vitest";
import { looksLikeDatelineBlock, parseAgencyLead, parseDateline } from "./dateline.js";

describe("parseDateline", () => {
  it.each([
    ["MOSCOW -", "MOSCOW", ""],
    ["MOSCOW - President Vladimir Putin said on Sunday.", "MOSCOW", "President Vladimir Putin said on Sunday."],
    ["WASHINGTON (AP) — The Senate voted on Tuesday.", "WASHINGTON", "The Senate voted on Tuesday."],
    ["WASHINGTON — The president said on Monday that he would go.", "WASHINGTON", "The president said on Monday that he would go."],
    ["WASHINGTON—The president said on Monday that he would go.", "WASHINGTON", "The president said on Monday that he would go."],
    ["LONDON, Jan 5 (Reuters) - Britain said on Friday.", "LONDON", "Britain said on Friday."],
    ["NEW YORK, March 3 (Reuters) — Stocks fell.", "NEW YORK", "Stocks fell."],
    ["BERLIN (dpa) - Die Regierung hat beschlossen.", "BERLIN", "Die Regierung hat beschlossen."],
    ["Berlin (dpa) - Die Regierung hat beschlossen.", "Berlin", "Die Regierung hat beschlossen."],
    ["PARIS (AFP) - Le gouvernement a annoncé.", "PARIS", "Le gouvernement a annoncé."],
    ["SAN JUAN, Puerto Rico (AP) — A storm hit the island.", "SAN JUAN, Puerto Rico", "A storm hit the island."],
    // The outlet where others put the state: a web address or an agency, not part of the place.
    ["JAKARTA, KOMPAS.com - Pemerintah akan menaikkan harga BBM mulai pekan depan.", "JAKARTA", "Pemerintah akan menaikkan harga BBM mulai pekan depan."],
    ["SEMARANG, detik.com - Banjir merendam ribuan rumah di pesisir utara.", "SEMARANG", "Banjir merendam ribuan rumah di pesisir utara."],
    ["BERLIN, dpa - Die Regierung hat am Montag beschlossen.", "BERLIN", "Die Regierung hat am Montag beschlossen."],
    ["KHAN YOUNIS, GAZA — Families fled the city on Monday.", "KHAN YOUNIS, GAZA", "Families fled the city on Monday."],
    // Press-release wires: Business Wire's "--(BUSINESS WIRE)--", GlobeNewswire's "(GLOBE NEWSWIRE) --".
    ["SAVANNAH, Ga.--(BUSINESS WIRE)--Harbor Logistics Inc. today reported record volumes.", "SAVANNAH, Ga.", "Harbor Logistics Inc. today reported record volumes."],
    ["NEW YORK--(BUSINESS WIRE)--Acme Corp. today announced its results.", "NEW YORK", "Acme Corp. today announced its results."],
    ["TORONTO, Nov. 27, 2026 (GLOBE NEWSWIRE) -- Maple Corp. announced today.", "TORONTO", "Maple Corp. announced today."],
    ["ST. LOUIS (AP) — A man was arrested.", "ST. LOUIS", "A man was arrested."],
    ["SÃO PAULO (Reuters) - Brazil's central bank", "SÃO PAULO", "Brazil's central bank"],
    ["Valencia, 18 abr (EFE).- El Consejo de Ministros ha aprobado", "Valencia", "El Consejo de Ministros ha aprobado"],
    ["MADRID (EFE).- El Gobierno ha aprobado", "MADRID", "El Gobierno ha aprobado"],
    ["FRANKFURT/MAIN (dpa-AFX) - Der Dax stieg.", "FRANKFURT/MAIN", "Der Dax stieg."],
  ])("%s", (text, place, rest) => {
    expect(parseDateline(text)).toEqual({ place, rest });
  });

  it.each([
    "US - China talks resume in Geneva",
    "U.S. - China talks resume",
    "CHINA - US talks resume in Geneva today",
    "UPDATE - The company said on Monday that it would",
    "EXCLUSIVE — Inside the plan",
    "The meeting - which lasted hours - ended.",
    "NASA - the agency - said",
    "Berlin - Die Stadt hat beschlossen.",
    "Paris is a city - and a big one.",
    "Valencia, 18 abr.- El Consejo",
    "",
  ])("null: %s", (text) => {
    expect(parseDateline(text)).toBeNull();
  });

  it("is linear on long upper-case runs", () => {
    expect(parseDateline(`${"A ".repeat(20000)}x`)).toBeNull();
  });
});

describe("looksLikeDatelineBlock", () => {
  it("is true for a dateline alone and false for a paragraph that starts with one", () => {
    expect(looksLikeDatelineBlock("MOSCOW -")).toBe(true);
    expect(looksLikeDatelineBlock("WASHINGTON (AP) —")).toBe(true);
    expect(looksLikeDatelineBlock("MOSCOW - President Putin said.")).toBe(false);
  });
});

describe("agency after the dash (Russian wire form)", () => {
  it("drops the agency's name and full stop from the paragraph", () => {
    expect(parseDateline("МОСКВА, 26 ноя — РИА Новости. Мэр столицы открыл в среду новую линию метро.")).toEqual({ place: "МОСКВА", rest: "Мэр столицы открыл в среду новую линию метро." });
  });

  it("keeps a sentence whose first words are no agency", () => {
    expect(parseDateline("MOSCOW - Mr. Smith said the talks would go on.")?.rest).toBe("Mr. Smith said the talks would go on.");
  });
});

describe("agency after the place without brackets", () => {
  it("reads 'Rome CNN —' and 'Hong Kong CNN —' as datelines", () => {
    expect(parseDateline("Rome CNN — Temperatures soared above 45 degrees.")).toEqual({ place: "Rome", rest: "Temperatures soared above 45 degrees." });
    expect(looksLikeDatelineBlock("Hong Kong CNN —")).toBe(true);
  });

  it("needs a known agency", () => {
    expect(parseDateline("Paris TV - great")).toBeNull();
  });
});

describe("the wire form with a full stop after the date", () => {
  it("takes the place and drops the date and a slashed agency", () => {
    expect(parseDateline("САНКТ-ПЕТЕРБУРГ, 26 ноября. В среду в городе открылась новая станция метро.")).toEqual({ place: "САНКТ-ПЕТЕРБУРГ", rest: "В среду в городе открылась новая станция метро." });
    expect(parseDateline("КИЕВ, 26 ноября. /ТАСС/. Мэр города заявил о новых мерах.")).toEqual({ place: "КИЕВ", rest: "Мэр города заявил о новых мерах." });
  });

  it("needs a date before the full stop", () => {
    expect(parseDateline("USA, Europe. The talks go on.")).toBeNull();
    expect(parseDateline("NEW YORK, the city. It rains.")).toBeNull();
  });
});

describe("a mixed-case place and a dash before a long first sentence", () => {
  it("takes the place ('Bekasi - …', 'Berlin - …')", () => {
    expect(parseDateline("Bekasi - Hujan deras yang mengguyur wilayah Bekasi sejak Selasa malam menyebabkan banjir.")).toEqual({ place: "Bekasi", rest: "Hujan deras yang mengguyur wilayah Bekasi sejak Selasa malam menyebabkan banjir." });
    expect(parseDateline("Berlin - Die Bundesregierung hat am Mittwoch ein neues Gesetz beschlossen, das ab Januar gilt.")?.place).toBe("Berlin");
  });

  it("leaves short headline-like lines and sentence openers", () => {
    expect(parseDateline("Brexit - The deal is done.")).toBeNull();
    expect(parseDateline("Meanwhile - The council said it would decide next week on the plan for the harbour.")).toBeNull();
    expect(parseDateline("Jane Roe – Der etwas andere Modeblog jetzt auch zwischen zwei Buchdeckeln.")).toBeNull();
    expect(parseDateline("Harbour News – Police investigators are trying to unravel the mystery of the fire.")).toBeNull();
  });
});

describe("parseAgencyLead", () => {
  it("splits a Korean or Chinese wire lead into place, reporters and the rest", () => {
    expect(parseAgencyLead("(서울=연합뉴스) 김민수 기자 = 시립도서관이 내년 봄부터 문을 닫는다.")).toEqual({ place: "서울", byline: "김민수 기자", authors: ["김민수"], rest: "시립도서관이 내년 봄부터 문을 닫는다." });
    expect(parseAgencyLead("(부산=연합뉴스) 이지은 박준호 기자 = 부산시가 27일 밝혔다.")?.authors).toEqual(["이지은", "박준호"]);
    expect(parseAgencyLead("(워싱턴=연합뉴스) = 미국 정부가 밝혔다.")).toEqual({ place: "워싱턴", byline: null, authors: [], rest: "미국 정부가 밝혔다." });
    expect(parseAgencyLead("新华社北京11月27日电（记者 王明、李华）市政府27日宣布闭馆。")).toEqual({ place: "北京", byline: "记者 王明、李华", authors: ["王明", "李华"], rest: "市政府27日宣布闭馆。" });
  });
  it("leaves other paragraphs alone", () => {
    for (const t of ["(서울) 시립도서관이 문을 닫는다.", "新华社发布消息称图书馆将闭馆。", "(Reuters) The council voted.", "市政府27日宣布闭馆。"]) expect(parseAgencyLead(t), t).toBe(null);
  });
});
