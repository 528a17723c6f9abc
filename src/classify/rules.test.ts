import { describe, expect, it } from "vitest";
import { CAPS_CREDIT_RE, CAPTION_LABEL_RE, CAPTION_PREFIX_RE, creditsLine, cutOffTeaser, PAGE_COUNTER_RE, READING_TIME_RE, repeatedTitle, tagLine } from "./rules.js";

describe("READING_TIME_RE", () => {
  it("knows reading-time lines in several languages", () => {
    for (const t of ["3 min read", "5-minute read", "4 Min Read", "Lesezeit: 4 Min.", "5 Minuten Lesezeit", "Lecture : 3 min", "8 minutos de lectura", "Tiempo de lectura: 8 minutos", "Tempo di lettura: 2 minuti", "Reading time: 6 minutes"]) {
      expect(READING_TIME_RE.test(t), t).toBe(true);
    }
  });

  it("leaves a recipe's or a video's bare time, and sentences, alone", () => {
    for (const t of ["15 min", "44 Min.", "3 minutes", "Top 5 minutes", "It took 3 min read", "Read the 3 min guide"]) expect(READING_TIME_RE.test(t), t).toBe(false);
  });
});

describe("creditsLine", () => {
  it("knows wire credits with and without brackets, and agency notes", () => {
    for (const t of [
      "(Reporting by Pavel Polityuk in Kyiv; Editing by Gareth Jones)",
      "Reporting by Jane Doe in London and John Roe in Singapore; Editing by Mark Potter",
      "(With files from The Canadian Press)",
      "(Avec des informations de La Presse Canadienne)",
    ]) expect(creditsLine(t), t).toBe(true);
  });

  it("leaves story sentences about reporting alone", () => {
    for (const t of ["Reporting by the BBC found that the council had known for years.", "Writing by hand is slower; editing by hand is worse."]) expect(creditsLine(t), t).toBe(false);
  });
});

describe("cutOffTeaser", () => {
  it("knows a teaser excerpt cut off before its read-more link, in several languages", () => {
    for (const t of [
      "When you walk into almost any store, you're immediately overloaded with sights, sounds,… Read more Read more",
      "Der Stadtrat hat am Dienstag beschlossen, die Bibliothek am Hafen zu schließen … Weiterlesen",
      "Le conseil municipal a voté mardi la fermeture de la bibliothèque du port... Lire la suite »",
    ]) expect(cutOffTeaser(t), t).toBe(true);
  });

  it("leaves story sentences that end with an ellipsis or mention reading more", () => {
    for (const t of [
      "The mayor paused, then said: “We will see…”",
      "Residents who want to read more about the plan can find it on the council's website.",
      "He told readers to read more… and they did.",
    ]) expect(cutOffTeaser(t), t).toBe(false);
  });
});

describe("repeatedTitle", () => {
  it("knows a title printed two or three times in a row, the last copy perhaps cut short", () => {
    expect(repeatedTitle("How Your Brain Corrupts Your Shopping Choices How Your Brain Corrupts Your Shopping Choices")).toBe(true);
    expect(repeatedTitle("Library on the harbour to close Library on the harbour to close Library on the har")).toBe(true);
  });

  it("leaves sentences that repeat a word or two, and short repeats", () => {
    expect(repeatedTitle("The council said the library will close and the council said nothing more about it.")).toBe(false);
    expect(repeatedTitle("Yes yes yes, said the mayor")).toBe(false);
    expect(repeatedTitle("New York New York")).toBe(false);
  });
});

describe("caption labels", () => {
  it("knows 'Caption' alone and the label and caption on one line", () => {
    expect(CAPTION_LABEL_RE.test("Caption")).toBe(true);
    expect(CAPTION_PREFIX_RE.test("Media caption The council explains why the library on the harbour has to close")).toBe(true);
    expect(CAPTION_PREFIX_RE.test("Image caption, Crowds gathered outside the library")).toBe(true);
    expect(CAPTION_PREFIX_RE.test("Caption contests are popular in the town")).toBe(false);
  });
});

describe("CAPS_CREDIT_RE", () => {
  it("knows a caption ending with a photographer or agency in capitals after a slash", () => {
    for (const t of ["Los vecinos durante la reapertura, este viernes. / JAVIER MOLINA", "La alcaldesa en el acto. / EFE", "Vista del puerto / MARÍA JOSÉ LÓPEZ-PÉREZ"]) expect(CAPS_CREDIT_RE.test(t), t).toBe(true);
  });
  it("leaves slashes in prose and names not in capitals", () => {
    for (const t of ["Buses run every 10 minutes and/or Europe", "The ratio was 3 / 4 of the vote", "Vista del puerto / María López", "A quote / Jane"]) expect(CAPS_CREDIT_RE.test(t), t).toBe(false);
  });
});

describe("tagLine", () => {
  it("knows a story's line of tags or topics in several languages", () => {
    for (const t of ["Tags: python, docker, getting started", "Tagged: diet pills, inquests, viral", "Schlagwörter: MDR", "Themen: App digitale Karten Route", "Tags : Santé, alimentation", "Etiketler: merkez bankası, faiz, enflasyon", "Tagi: Fundacja", "Štítky: Praha, bezdomovci", "タグ：大雪"]) {
      expect(tagLine(t), t).toBe(true);
    }
  });

  it("leaves sentences that begin like one, and lines without the label's colon", () => {
    for (const t of ["Themen: Die Sitzung begann um neun. Danach sprach der Bürgermeister.", "Tags are what the council calls its new parking permits.", "Topics of the meeting were the budget and the harbour"]) expect(tagLine(t), t).toBe(false);
  });
});

describe("PAGE_COUNTER_RE", () => {
  it("knows the page counter of an article split over pages", () => {
    for (const t of ["Page 1 of 3", "Seite 2 von 4", "Página 1 de 3", "Strona 1 z 3", "page 2/5", "Sayfa 1 / 3"]) expect(PAGE_COUNTER_RE.test(t), t).toBe(true);
  });

  it("leaves a page cited alone (a review quoting a book) and sentences", () => {
    for (const t of ["Seite 17", "Page 3", "Page 1 of the report was missing", "The page of 3 users"]) expect(PAGE_COUNTER_RE.test(t), t).toBe(false);
  });
});
