import { describe, expect, it } from "vitest";
import { segment, segmentStore } from "../segment/index.js";
import { classify, classifyStore } from "./index.js";
import { rawFeatures, docStats, words, stopwordDensity, wordCount } from "./features.js";
import { storyRegion, thinStoryRegion } from "./model.js";
import { STORY, wrap72 } from "../../tests/story-text.js";


/** A dump as html-text writes it: the <title> line first, then blocks between blank lines. */
function doc(lines: string[]): string {
  return ["Library on the harbour to close | Town News", ...lines].join("\n\n");
}

function labels(text: string, mode?: "precision" | "balanced" | "recall"): [string, string][] {
  return classify(segment(text), { language: "en", mode }).map((b) => [b.label, b.text]);
}

describe("features", () => {
  it("counts words, CJK runs by characters, and stopword density", () => {
    expect(words("It's a dog-eat-dog world")).toEqual(["It's", "a", "dog", "eat", "dog", "world"]);
    expect(wordCount(["空き家を町の図書館に"])).toBe(5);
    expect(stopwordDensity(words("the cat and the dog"), "en")).toBeCloseTo(0.6);
    expect(stopwordDensity(words("Home News Sport Weather"), "en")).toBe(0);
    // Lists for Persian, Hebrew, Greek, Bulgarian, Vietnamese, Catalan, Hindi, ...; Norwegian
    // Bokmål ("nb", as the detector says it) reads the Norwegian list.
    expect(stopwordDensity(words("رئیس شورا در جلسه گفت که ما صدای مردم را شنیدیم"), "fa")).toBeGreaterThan(0.25);
    expect(stopwordDensity(words("Det var et samlet norsk landbruk som lanserte kalkulatoren"), "nb")).toBeGreaterThan(0.25);
    expect(stopwordDensity(words("Chúng tôi đã lắng nghe người dân và thay đổi quyết định"), "vi")).toBeGreaterThan(0.25);
  });

  it("marks menu separators, phrases and prompt words", () => {
    const blocks = segment("Home | News | Sport\n\nShare\n\nAccept all cookies to subscribe to our newsletter");
    const ts = blocks.map((b) => words(b.text));
    const d = docStats(blocks, ts, "en");
    const f = blocks.map((b, i) => rawFeatures(b, ts[i]!, d, "en"));
    expect(f[0]!.separators).toBe(2);
    expect(f[1]!.boilerPhrase).toBe(true);
    expect(f[2]!.cues).toBeGreaterThanOrEqual(3);
  });
});

describe("storyRegion", () => {
  it("finds the max-sum run and bridges a weak block inside it", () => {
    expect(storyRegion([0.1, 0.9, 0.9, 0.3, 0.9, 0.1], [5, 30, 30, 5, 30, 5])).toEqual([1, 4]);
    // Nothing story-like: the least bad single block.
    expect(storyRegion([0.1, 0.2], [5, 5])).toEqual([1, 1]);
  });
});

describe("thinStoryRegion", () => {
  // A menu (low scores), a story the model was unsure of (0.25-0.45), teasers (~0.1).
  const menu = [0.05, 0.04, 0.06, 0.05];
  const story = [0.3, 0.45, 0.25, 0.4, 0.35];
  const teasers = [0.12, 0.1, 0.08];
  const ps = [...menu, ...story, ...teasers];
  const words = [...menu.map(() => 2), ...story.map(() => 30), ...teasers.map(() => 8)];

  it("widens a story with nothing over the threshold to its best region at the lower bar", () => {
    expect(thinStoryRegion(ps, words, 0.5)).toEqual([4, 8]);
  });

  it("leaves a story alone that has enough words over the threshold", () => {
    const confident = ps.map((p, i) => (i >= 4 && i <= 8 ? p + 0.3 : p));
    expect(thinStoryRegion(confident, words, 0.5)).toBeNull();
  });

  it("leaves a short story alone that is most of a short page", () => {
    // 60 story words over the threshold out of 76: short, but not thin.
    const short = [0.05, 0.9, 0.9, 0.3];
    expect(thinStoryRegion(short, [4, 30, 30, 12], 0.5)).toBeNull();
  });
});

describe("classify", () => {
  it("keeps story paragraphs and drops menus, buttons and footers", () => {
    const text = doc(["Home\nNews\nSport\nWeather", "Share", ...STORY, "Terms and conditions\nPrivacy policy\nCookie policy"]);
    const out = labels(text);
    const story = out.filter(([l]) => l === "paragraph").map(([, t]) => t);
    expect(story).toEqual(STORY);
    expect(out.find(([, t]) => t === "Share")![0]).toBe("boilerplate");
  });

  it("finds the subhead between story paragraphs", () => {
    const text = doc([...STORY.slice(0, 3), "What happens next", ...STORY.slice(3)]);
    expect(labels(text).find(([, t]) => t === "What happens next")![0]).toBe("heading");
  });

  it("labels a dateline line, a wire credit and a sidebar with badges", () => {
    const text = doc([
      "Library to close after council vote",
      "LONDON -",
      ...STORY,
      "(Reporting by Jane Doe; Editing by John Roe)",
      "Top Stories",
      "A man was charged with theft after a chase through the town centre on Monday night.",
      "NEW",
      "Schools in the north will stay closed on Friday because of the storm warning.",
    ]);
    const out = labels(text);
    const get = (t: string): string => out.find(([, x]) => x === t)![0];
    expect(get("LONDON -")).toBe("dateline");
    expect(get("(Reporting by Jane Doe; Editing by John Roe)")).toBe("credits");
    expect(get("Top Stories")).toBe("sidebar-heading");
    expect(get("NEW")).toBe("badge");
    expect(get("Schools in the north will stay closed on Friday because of the storm warning.")).toBe("sidebar-item");
  });

  it("takes an inline 'Related:' teaser out of the story, and the story goes on", () => {
    const text = doc([...STORY.slice(0, 2), "Related: Harbour traders plan a protest march", ...STORY.slice(2)]);
    const out = classify(segment(text), { language: "en" });
    const teaser = out.find((b) => b.text.startsWith("Related:"))!;
    expect(teaser.label).toBe("sidebar-item");
    expect(teaser.features.section).toBe("Related");
    expect(out.filter((b) => b.label === "paragraph")).toHaveLength(5);
  });

  it("knows inline teasers by their lead-in in several languages", () => {
    for (const lead of ["Lea también", "Lea más", "Leia", "Saiba mais", "Lire également", "Leggi", "Read also", "Zie ook"]) {
      const teaser = `${lead}: Harbour traders plan a protest march`;
      const out = classify(segment(doc([...STORY.slice(0, 2), teaser, ...STORY.slice(2)])), { language: "en" });
      expect(out.find((b) => b.text === teaser)!.label, lead).toBe("sidebar-item");
    }
  });

  it("types bulleted lines in the story as list items", () => {
    const text = doc([...STORY.slice(0, 3), "- a new roof for the school\n- longer opening hours", ...STORY.slice(3)]);
    const out = labels(text);
    expect(out.filter(([l]) => l === "list-item").map(([, t]) => t)).toEqual(["- a new roof for the school", "- longer opening hours"]);
  });

  it("keeps a teaser's excerpt with its read-more link under it in the sidebar section", () => {
    // A Norwegian company news page: the story, then "Siste saker" with title, excerpt, "Les mer".
    const story = [
      "Over 60 000 barn deltok i år på fotballskolen, som arrangeres av klubber over hele landet hver sommer.",
      "Selv om det er en nedgang fra fjorårets deltagere, er arrangørene fornøyde med oppslutningen i år.",
      "– Fotballskolen er en viktig arena for aktivitet og sosialt fellesskap for barn i hele landet, sier prosjektlederen.",
      "Klubbene får også inntekter fra fotballskolen som går til aktivitetstilbudet gjennom hele året.",
    ];
    const excerpt = "Det var et samlet norsk landbruk som i oktober lanserte klimakalkulatoren. Kalkulatoren skal gi bonden et bedre verktøy for å kutte utslipp.";
    const text = ["Fotballskolen samlet over 60 000 barn | Meieriet", ...story, "Siste saker", "Landbrukets klimakalkulator er her", excerpt, "Les mer", "Meieriet på topp i stor omdømmekåring", "Meieriet topper den årlige undersøkelsen blant de største virksomhetene i Norge.", "Les mer", "Kontakt"].join("\n\n");
    const out = classify(segment(text), { language: "nb" });
    expect(out.find((b) => b.text === excerpt)?.label).not.toBe("paragraph");
    expect(out.find((b) => b.text === story[3])?.label).toBe("paragraph");
  });

  it("keeps a quotation led by a dash, alone between paragraphs, a paragraph", () => {
    for (const quote of ["– Vi lyssnade på folket och ändrade oss, sade ordföranden vid mötet.", "- Vi har lyttet til borgerne og ændret mening, sagde borgmesteren."]) {
      const out = labels(doc([...STORY.slice(0, 3), quote, ...STORY.slice(3)]));
      expect(out.find(([, t]) => t === quote)?.[0]).toBe("paragraph");
    }
    // Two dash lines in a row are a list.
    const items = ["– a new roof for the school and the hall", "– longer opening hours for the library"];
    const out2 = labels(doc([...STORY.slice(0, 3), ...items, ...STORY.slice(3)]));
    expect(out2.filter(([l]) => l === "list-item").map(([, t]) => t)).toEqual(items);
  });

  it("types a pull quote that repeats a sentence of the story as a quote", () => {
    const text = doc([...STORY.slice(0, 2), '"The council had not listened to the people who use it every day."', ...STORY.slice(2)]);
    expect(labels(text).find(([, t]) => t.startsWith('"The council had not'))![0]).toBe("quote");
  });

  it("keeps per-block explain data when asked: initial label, score, deciding features", () => {
    const out = classify(segment(doc(STORY)), { language: "en", explain: true });
    for (const b of out) {
      expect(b.score).toBeGreaterThanOrEqual(0);
      expect(b.score).toBeLessThanOrEqual(1);
      expect(b.reasons.some((r) => r.startsWith("deciding:"))).toBe(true);
      expect(typeof b.features.p1).toBe("number");
    }
  });

  it("keeps less in precision mode than in recall mode", () => {
    const text = doc(["Home\nNews", ...STORY, "Sign up for our newsletter to get the latest news in your inbox.", "Short note here", "Comments"]);
    const kept = (mode: "precision" | "recall"): number => labels(text, mode).filter(([l]) => l === "paragraph").length;
    expect(kept("precision")).toBeLessThanOrEqual(kept("recall"));
    expect(kept("precision")).toBeGreaterThanOrEqual(4);
  });

  it("is linear: a long dump of many blocks is classified", () => {
    const many = Array.from({ length: 4000 }, (_, i) => (i % 3 === 0 ? STORY[i % 5]! : `Menu item ${i}`));
    const out = classify(segment(many.join("\n")), { language: "en" });
    expect(out).toHaveLength(4000);
  });
});

describe("menu runs", () => {
  /** A tag cloud of hundreds of lines of one to three words (segment makes it one block). */
  const tags = Array.from({ length: 600 }, (_, i) => `tag${i} harbour`).join("\n");

  it("drops a run of hundreds of lines of one to three words whole, and keeps the story beside it", () => {
    const out = classify(segment(doc([tags, ...STORY, tags])), { language: "en" });
    const runs = out.filter((b) => b.text.startsWith("tag0 harbour tag1"));
    expect(runs).toHaveLength(2);
    for (const b of runs) expect(b.label).toBe("boilerplate");
    expect(out.filter((b) => b.label === "paragraph").map((b) => b.text)).toEqual(STORY);
    expect(out.find((b) => b.label === "title")?.text).toBe("Library on the harbour to close | Town News");
  });

  it("does not take a dump that is only a menu run for a one-block text", () => {
    const out = classify(segment(tags), { language: "en" });
    expect(out).toHaveLength(1);
    expect(out[0]!.label).toBe("boilerplate");
  });
});

describe("German site prompts", () => {
  it("drops a newsletter box between story paragraphs", () => {
    const prompt = "Erhalten Sie jeden Morgen die wichtigsten Nachrichten direkt in Ihr Postfach.";
    const page = [
      "Politik",
      "Wirtschaft",
      "Bahn streicht Hunderte Verbindungen wegen Streik",
      "Von Anna Schmidt und Jonas Weber",
      "Aktualisiert am 12.02.2024, 08:15 Uhr",
      "Berlin (dpa) - Wegen eines Streiks der Lokführergewerkschaft fallen am Montag bundesweit Hunderte Zugverbindungen aus, teilte die Deutsche Bahn am Sonntagabend mit.",
      "Betroffen sind vor allem der Fernverkehr und die S-Bahnen in den großen Städten. Die Bahn rät Reisenden, ihre Fahrt zu verschieben.",
      "Newsletter abonnieren",
      prompt,
      "Die Gewerkschaft fordert mehr Lohn und kürzere Arbeitszeiten für ihre Mitglieder. Die Verhandlungen waren in der vergangenen Woche ohne Ergebnis abgebrochen worden.",
      "Ein Sprecher der Bahn nannte den Streik unverhältnismäßig.",
      "Mehr zum Thema",
      "Lokführer legen erneut die Arbeit nieder",
    ];
    const out = classify(segment(page.join("\n")), { language: "de" });
    expect(out.find((b) => b.text === prompt)!.label).not.toBe("paragraph");
    expect(out.filter((b) => b.label === "paragraph")).toHaveLength(4);
  });
});

describe("classifyStore (the pipeline's blocks, labelled in columns)", () => {
  const page = doc([
    "Skip to main content",
    "By Jane Doe",
    "26 November 2026",
    ...STORY,
    "Related",
    "Storm hits the coast as thousands flee their homes",
    "Markets fall for a third day on rate fears",
    "© 2026 Town News",
  ]);

  it("labels, scores and explains every block as classify does", () => {
    for (const explain of [false, true]) {
      const plain = classify(segment(page), { language: "en", explain });
      const rows = classifyStore(segmentStore(page), { language: "en", explain });
      expect(rows).toHaveLength(plain.length);
      const fields = (b: (typeof plain)[number]): unknown[] => [b.index, b.text, b.line, b.blankBefore, b.blankAfter, b.label, b.initial, b.score, { ...b.features }, [...b.reasons]];
      expect(rows.map(fields)).toEqual(plain.map(fields));
    }
  });

  it("finds the page's parts (a title, story paragraphs, a sidebar, credits)", () => {
    const rows = classifyStore(segmentStore(page), { language: "en" });
    const labelOf = (text: string): string | undefined => rows.find((b) => b.text === text)?.label;
    expect(labelOf(STORY[0]!)).toBe("paragraph");
    expect(labelOf("Skip to main content")).toBe("boilerplate");
    expect(rows.some((b) => b.label === "title")).toBe(true);
    expect(labelOf("Markets fall for a third day on rate fears")).toBe("sidebar-item");
  });
});

describe("hard-wrapped dumps", () => {
  it("a wrapped list of editions is no story paragraph for spanning as many lines as one", () => {
    const story = [
      "The harbour council met on Tuesday evening to discuss the plan for the new road along the water, which traders say will cost them customers.",
      "Its transport lead said the plan would make buses faster for everyone in the town and cut the time a trip takes by a third.",
      "A vote is expected next month, after a consultation that will run until the end of January and include two public meetings.",
      "Shop owners on the quay have collected more than two thousand signatures against the closure of the lane to cars during the works.",
      "The council said it would publish the full cost of the project, now put at eleven million pounds, before the vote.",
    ];
    const editions = "Edition: Australia (English) België (Nederlands) Belgique (français) Brasil (português) Canada (English) Canada (français) Chile (español) Danmark (dansk) Deutschland (Deutsch) España (español) France (français) India (English) Ireland (English) Italia (italiano) México (español) Nederland (Nederlands) Norge (norsk) Österreich (Deutsch) Polska (polski) Portugal (português) Schweiz (Deutsch) Suomi (suomi) Sverige (svenska) Türkiye (Türkçe) United Kingdom (English) United States (English)";
    const text = ["Harbour News", "", "Sign in", "", ...wrap72(editions), "", "Council delays vote on harbour road plan", "", "By Jane Roe", "", ...story.flatMap((p) => [...wrap72(p), ""]), "© 2026 Harbour News"].join("\n");
    const out = classify(segment(text), { language: "en" });
    const list = out.find((b) => b.text.startsWith("Edition:"))!;
    expect(list.lines.length).toBeGreaterThan(5);
    expect(list.label).not.toBe("paragraph");
    for (const p of story) expect(out.find((b) => b.text === p)?.label).toBe("paragraph");
  });
});

describe("stray glyphs", () => {
  it("a line of one or two glyphs no script makes a word of is never story text", () => {
    for (const junk of ["ý", "ϟ", "ᐅ", "ÿþ", "Õ×"]) {
      const got = labels(doc([junk, ...STORY]));
      const row = got.find(([, t]) => t === junk);
      expect(row?.[0], junk).toBe("boilerplate");
    }
  });
  it("keeps one-character words, digits and drop caps", async () => {
    const { strayGlyph } = await import("./index.js");
    for (const t of ["雨", "한", "ก", "٣", "É", "A", "7", "Ø"]) expect(strayGlyph(t), t).toBe(false);
    for (const t of ["ý", " ϟ ", "ᐅ", "ÿþ", "Õ×"]) expect(strayGlyph(t), t).toBe(true);
  });
});
