import { describe, expect, it } from "vitest";
import { READING_TIME_RE } from "./rules.js";

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
