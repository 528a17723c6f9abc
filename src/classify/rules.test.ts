import { describe, expect, it } from "vitest";
import { creditsLine, READING_TIME_RE } from "./rules.js";

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
