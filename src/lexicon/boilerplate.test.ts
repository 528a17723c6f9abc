import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isBoilerplateKey, isSkipLink, phraseKey, phraseKeyStart, SIDEBAR_HEADING_SET } from "./boilerplate.js";

describe("phraseKey", () => {
  it("lowercases and trims punctuation, symbols and space at both ends only", () => {
    expect(phraseKey("  » Share this article! ")).toBe("share this article");
    expect(phraseKey("WATCH LIVE 🔴")).toBe("watch live");
    expect(phraseKey("🔴 — NEW — 🔴")).toBe("new");
    expect(phraseKey("Q&A: what's next?")).toBe("q&a: what's next");
    expect(phraseKey("...")).toBe("");
    expect(phraseKey("")).toBe("");
  });

  it("keeps a lone high surrogate at the end rather than splitting a pair", () => {
    expect(phraseKey("a\ud83d")).toBe("a\ud83d");
  });

  it("finishes on a long run of punctuation that does not reach the end (was quadratic)", () => {
    const s = "A" + " -".repeat(500_000) + " x";
    expect(phraseKey(s)).toBe(s.toLowerCase());
  });

  it("trims exactly what the regexes [\\s\\p{P}\\p{S}]+ at either end would", () => {
    // The regex definition, kept here as the reference.
    const reference = (text: string): string => {
      const t = text.toLowerCase().replace(/^[\s\p{P}\p{S}]+/u, "");
      let end = t.length;
      while (end > 0) {
        let start = end - 1;
        const c = t.charCodeAt(start);
        if (c >= 0xdc00 && c <= 0xdfff && start > 0 && t.charCodeAt(start - 1) >= 0xd800 && t.charCodeAt(start - 1) <= 0xdbff) start--;
        if (!/^[\s\p{P}\p{S}]$/u.test(t.slice(start, end))) break;
        end = start;
      }
      return t.slice(0, end);
    };
    const piece = fc.constantFrom("a", "É", "İ", " ", "\u00a0", "\u3000", "-", "»", "©", "🔴", "\ud83d", "\udd34", "中", "\u0301", "Σ", "!", "\t");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (xs) => {
        const s = xs.join("");
        expect(phraseKey(s)).toBe(reference(s));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("phraseKeyStart", () => {
  it("is the first character of phraseKey, without lower-casing the whole text", () => {
    expect(phraseKeyStart("  » Share this article! ")).toBe("s");
    expect(phraseKeyStart("İstanbul")).toBe("i\u0307");
    expect(phraseKeyStart("🔴 Σήμερα")).toBe("σ");
    expect(phraseKeyStart("— … —")).toBe("");
    const piece = fc.constantFrom("a", "É", "İ", " ", "\u00a0", "-", "»", "©", "🔴", "\ud83d", "\udd34", "中", "\u0301", "Σ", "𝐀", "!", "\t");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (xs) => {
        const s = xs.join("");
        const key = phraseKey(s);
        const first = phraseKeyStart(s);
        expect(first === "").toBe(key === "");
        expect(key.startsWith(first)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("isSkipLink", () => {
  it("knows the listed skip links, and short lines that begin with one of three words or more", () => {
    expect(isSkipLink("skip to main content")).toBe(true);
    expect(isSkipLink("pular para o conteúdo principal")).toBe(true);
    expect(isSkipLink("ruka hadi maudhui")).toBe(true);
    expect(isSkipLink("zum inhalt springen")).toBe(true);
    expect(isBoilerplateKey("pular para o conteúdo principal")).toBe(true);
  });
  it("takes no line that only begins with a two-word one, and no long line", () => {
    // "Zum Inhalt" (to the content) is listed, and begins German subheads.
    expect(isSkipLink("zum inhalt des koalitionsvertrags")).toBe(false);
    expect(isSkipLink("skip to main content of the council's decision on the harbour")).toBe(false);
    expect(isSkipLink("skip the queue at the ferry terminal")).toBe(false);
  });
});

describe("boilerplate phrases", () => {
  it("know the headers of tables of contents and the buttons of poll widgets", () => {
    for (const t of ["In this article", "Table of contents", "Inhaltsverzeichnis", "Sommaire", "View results", "Cast your vote"]) expect(isBoilerplateKey(phraseKey(t)), t).toBe(true);
    // A section named "Results" or "Umfrage" (survey) is a subhead of a study's report.
    for (const t of ["Results", "Umfrage", "Poll"]) expect(isBoilerplateKey(phraseKey(t)), t).toBe(false);
  });
});

describe("share bars in more languages", () => {
  it("know the share, print and ad buttons of Czech, Slovak, Hungarian, Romanian and Nordic pages", () => {
    for (const t of ["Sdílet", "Zdieľať", "Megosztás", "Hirdetés", "Distribuie", "Dela", "Jaa", "Mainos", "Поділитися", "メインコンテンツへスキップ"]) expect(isBoilerplateKey(phraseKey(t)), t).toBe(true);
    expect(isSkipLink(phraseKey("メインコンテンツへスキップ"))).toBe(true);
  });
});

describe("Turkish phrases written with a capital İ", () => {
  it("are found in capitals and in title case (İ lower-cases to i and a combining dot)", () => {
    for (const t of ["İLGİLİ HABERLER", "İlgili Haberler", "ilgili haberler"]) expect(SIDEBAR_HEADING_SET.has(phraseKey(t)), t).toBe(true);
  });
});
