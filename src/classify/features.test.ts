import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { segment } from "../segment/index.js";
import { blockFeatures, docStats, endsSentence, isSidebarPhrase, newVocabulary, rawFeatures, scanWords, SENTENCE_END_RE, summarizeWords, words, WORD_RE, type RawFeatures } from "./features.js";

/** Strings from pieces that stress the tokenizer: apostrophes, digits, scripts, surrogates. */
const pieces = fc.constantFrom("a", "Z", "7", "'", "’", " ", "-", "é", "İ", "ß", "Σ", "中文", "ก", "١٢", "\u0301", "😀", "𝐀", "\ud800", "\udc00", "It's", "rock'n9", "l’État", "''", "x'", "'y", "the", "und", "Cookie", "Ⱥ", "ⱥ", "Ä", "ä", "Ж", "ж", "σ", "ς", "K");
const texts = fc.array(pieces, { maxLength: 40 }).map((xs) => xs.join(""));

describe("words", () => {
  it("splits into letters-and-digits words with inner apostrophes", () => {
    expect(words("It's a dog-eat-dog world")).toEqual(["It's", "a", "dog", "eat", "dog", "world"]);
    expect(words("rock'n9 l’État 'quoted' x'")).toEqual(["rock'n", "9", "l’État", "quoted", "x"]);
    expect(words("中文 ١٢ 𝐀b")).toEqual(["中文", "١٢", "𝐀b"]);
    expect(words("  ")).toEqual([]);
  });

  it("gives exactly the matches of WORD_RE on any text", () => {
    fc.assert(
      fc.property(texts, (t) => {
        expect(words(t)).toEqual(t.match(WORD_RE) ?? []);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("scanWords on a large vocabulary", () => {
  it("codes words the same whatever their case or how many came before (the ASCII table grows)", () => {
    const ws: string[] = [];
    for (let i = 0; i < 3000; i++) ws.push(`w${(i * 7919) % 1500}x`, i % 3 ? "The" : "the", i % 5 ? "Cookie" : "COOKIE", "café");
    const text = ws.join(" ");
    const v1 = newVocabulary("en");
    const v2 = newVocabulary("en");
    for (let k = 0; k < 3; k++) expect(scanWords(text, v1)).toEqual(summarizeWords(words(text), v2));
    expect(v1.size).toBe(1503);
    expect(v1.size).toBe(v2.size);
  });
});

describe("endsSentence", () => {
  it("sees a sentence end under closing quotes and brackets, not a stop inside the text", () => {
    expect(endsSentence("He left.")).toBe(true);
    expect(endsSentence('"Go!")')).toBe(true);
    expect(endsSentence("终于结束了。")).toBe(true);
    expect(endsSentence("Top Stories")).toBe(false);
    expect(endsSentence("Mr. Smith")).toBe(false);
    expect(endsSentence("\"\")")).toBe(false);
    expect(endsSentence("")).toBe(false);
  });

  it("agrees with SENTENCE_END_RE on any text", () => {
    const ends = fc.array(fc.constantFrom("a", ".", "!", "?", "…", "。", "！", "？", '"', "'", "”", "’", "»", ")", "]", " ", "\n", "😀", "\ud800"), { maxLength: 8 });
    fc.assert(
      fc.property(texts, ends, (t, e) => {
        const s = t + e.join("");
        expect(endsSentence(s)).toBe(SENTENCE_END_RE.test(s));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("scanWords", () => {
  it("tallies words, cased first letters, cues, stopwords and content words without keeping the words", () => {
    const v = newVocabulary("en");
    const bw = scanWords("The Cookie policy and the cookie 2024 settings", v);
    expect(bw.tokens).toBe(8);
    expect(bw.count).toBe(8);
    expect(bw.cased).toBe(7); // all but "2024"
    expect(bw.caps).toBe(2); // The, Cookie
    expect(bw.cues).toBe(4); // cookie ×2, policy, settings
    expect(bw.stopwords).toBeCloseTo(3 / 8); // the, and, the
    // Content words by id, in order, repeats kept: cookie, policy, cookie, settings.
    expect(bw.content.length).toBe(4);
    expect(bw.content[0]).toBe(bw.content[2]);
    expect(new Set(bw.content).size).toBe(3);
  });

  it("counts a CJK run as one word per two characters and measures Chinese stopwords by character", () => {
    const bw = scanWords("市长说了 abc", newVocabulary("zh"));
    expect(bw.tokens).toBe(2);
    expect(bw.count).toBe(3);
    expect(bw.stopwords).toBeGreaterThan(0);
  });

  it("agrees with summarizing the list of words", () => {
    fc.assert(
      fc.property(texts, fc.constantFrom("en", "de", "zh", null), (t, lang) => {
        expect(scanWords(t, newVocabulary(lang))).toEqual(summarizeWords(words(t), newVocabulary(lang)));
      }),
      { numRuns: 500 },
    );
  });

  it("gives a word one id in any case, whether it is read from the text or cut out and lower-cased", () => {
    // Pairs of a word and its lower case, among them words whose lower case is no simple
    // unit-by-unit mapping ("İ", final "Σ", "Ⱥ" whose lower case lies beyond U+0E00).
    const text = "Ⱥbc ⱥbc ÄRGER ärger Straße STRASSE İst i\u0307st ΟΔΟΣ οδος οδοσ Жук жук don’t DON’T Kelvin \u212a k";
    const v = newVocabulary("en");
    const slow = newVocabulary("en");
    expect(scanWords(text, v)).toEqual(summarizeWords(words(text), slow));
    // ⱥbc, ärger, straße, strasse, i̇st, i, st (U+0307 is no letter), οδος, οδοσ, жук, don’t, kelvin, k.
    expect(v.size).toBe(13);
    expect(slow.size).toBe(13);
  });

  it("treats a language option that is no listed language (even an Object key) as English", () => {
    expect(scanWords("the cat", newVocabulary("constructor")).stopwords).toBe(0.5);
  });
});

describe("blockFeatures", () => {
  it("gives the same features as docStats and rawFeatures over word lists", () => {
    const blocks = segment(
      "Council votes to close library | Town News\n\nHome | News | Sport\n\nShare\n\n" +
        "The city council voted on Tuesday to close the old library on the harbour, ending a long debate.\n\n" +
        "Supporters of the library said the council had not listened to the people who use the library.\n\n" +
        "Accept all cookies to subscribe to our newsletter",
    );
    const ws = blocks.map((b) => words(b.text));
    const d = docStats(blocks, ws, "en");
    const { raws } = blockFeatures(blocks, "en");
    const plain = blocks.map((b, i) => rawFeatures(b, ws[i]!, d));
    // raws are views of columns: read every feature through them.
    const read = (r: RawFeatures): Record<string, unknown> => Object.fromEntries(Object.keys(plain[0]!).map((k) => [k, r[k as keyof RawFeatures]]));
    expect(Object.keys(plain[0]!)).toHaveLength(26);
    expect(raws.map(read)).toEqual(plain);
    // The two story paragraphs share "library" and "council", the headline's words.
    expect(raws[3]!.headlineOverlap).toBeGreaterThan(0);
    expect(raws[5]!.cues).toBeGreaterThanOrEqual(3);
  });

  it("counts past 65,535 in a block (a dump on one line) exactly", () => {
    const text = "In 2024, 1234 people came. ".repeat(3000).trimEnd(); // 80,999 characters, 24,000 digits, 3,000 commas
    const block = { index: 0, text, lines: [text], line: 1, blankBefore: true, blankAfter: true };
    const r = blockFeatures([block], "en").raws[0]!;
    expect(r.chars).toBe(text.length);
    expect(r.digitRatio).toBe(24000 / text.length);
    expect(r.words).toBe(15000);
    expect(r.commas).toBe(3000 / 15000);
    expect(r.sentences).toBe(3000);
  });

  it("counts the repeats of each text in a long document as a Map of the texts would", () => {
    // 6,000 blocks (the table, not the Map, counts a document of 4,096 or more), texts
    // repeated up to 7 times, some long (over 256 characters: those go to a Map).
    const texts = Array.from({ length: 6000 }, (_, i) => (i % 10 === 0 ? `Long line ${i % 7} `.repeat(30) : `Item ${(i * 7919) % 900} here`));
    const blocks = texts.map((text, index) => ({ index, text, lines: [text], line: index + 1, blankBefore: true, blankAfter: true }));
    const counts = new Map<string, number>();
    for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
    const { raws } = blockFeatures(blocks, "en");
    expect(raws.map((r) => r.repeated)).toEqual(texts.map((t) => counts.get(t)));
    expect(Math.max(...raws.map((r) => r.repeated))).toBeGreaterThan(1);
  });

  it("keeps a block's features in 38 bytes of columns (issue 5: memory per block)", () => {
    // Eight ratio features as Float64 columns were 64 bytes a block on their own.
    const text = "The council voted on Tuesday.";
    const blocks = Array.from({ length: 1000 }, (_, index) => ({ index, text, lines: [text], line: index + 1, blankBefore: true, blankAfter: true }));
    const { columns } = blockFeatures(blocks, "en");
    const bytes = Object.values(columns).reduce((n: number, v) => n + (ArrayBuffer.isView(v) ? v.byteLength : 0), 0);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes / blocks.length).toBeLessThanOrEqual(38);
  });
});

describe("copyright feature", () => {
  it("is what the copyright regex says, on any mix of cases and look-alike letters", () => {
    const piece = fc.constantFrom("©", "(c)", "(C)", "(c", "copyright", "COPYRIGHT", "CopyRight", "copyrİght", "ſ", "K", " ", "x", "\n", "2024", "Reuters");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (xs) => {
        const text = xs.join("");
        const block = { index: 0, text, lines: [text], line: 1, blankBefore: true, blankAfter: true };
        expect(blockFeatures([block], "en").raws[0]!.copyright).toBe(/(?:^|\s)(?:©|\(c\)|copyright\b)/iu.test(text));
      }),
      { numRuns: 1000 },
    );
  });
});


describe("isSidebarPhrase: 'More' and a section's name", () => {
  it("takes 'More Opinion', 'More Reviews', 'Mehr Sport'", () => {
    for (const t of ["More Opinion", "More Reviews", "Mehr Sport", "Plus Économie"]) expect(isSidebarPhrase(t.toLowerCase(), t.split(" ").length, t), t).toBe(true);
  });
  it("leaves 'More than 40%', 'More games news:', a title-case headline of three words and sentences", () => {
    for (const t of ["More than 40%", "More games news:", "More Rain Expected", "More people moved to the coast"]) expect(isSidebarPhrase(t.toLowerCase(), t.split(" ").length, t), t).toBe(false);
  });
});
