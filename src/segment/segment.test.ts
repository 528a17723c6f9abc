import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wrap72 } from "../../tests/story-text.js";
import { isMenuRun, isVeryShortLine, MENU_RUN_LINES, segment, segmentStore, tidiedCodePoints, tidy, wrapWidth } from "./index.js";

describe("segment", () => {
  it("makes one block per line and records blank lines around it", () => {
    const blocks = segment("Title\n\nMenu one\nMenu two\n\nA paragraph.\n");
    expect(blocks.map((b) => b.text)).toEqual(["Title", "Menu one", "Menu two", "A paragraph."]);
    expect(blocks.map((b) => [b.blankBefore, b.blankAfter])).toEqual([
      [true, true],
      [true, false],
      [false, true],
      [true, true],
    ]);
    expect(blocks.map((b) => b.line)).toEqual([1, 3, 4, 6]);
  });

  it("collapses inner whitespace and skips whitespace-only lines", () => {
    const blocks = segment("  a \t b  \n \t \nc");
    expect(blocks.map((b) => b.text)).toEqual(["a b", "c"]);
    expect(blocks[1]!.blankBefore).toBe(true);
  });

  it("gives no blocks for empty text", () => {
    expect(segment("")).toEqual([]);
    expect(segment("\n\n \n")).toEqual([]);
  });

  it("rejoins paragraphs hard-wrapped at a fixed width", () => {
    const para = (seed: string): string[] => [
      `${seed} the council met on Tuesday evening to discuss the plan for`,
      "the harbour road, which traders say will cost them customers and",
      "which the transport lead says will make buses faster for everyone",
      "in the town.",
    ];
    const text = [...para("First,"), "", ...para("Then"), "", ...para("Finally,")].join("\n");
    expect(wrapWidth(text.split("\n"))).toBeGreaterThan(55);
    const blocks = segment(text);
    expect(blocks).toHaveLength(3);
    expect(blocks[0]!.text.startsWith("First, the council met")).toBe(true);
    expect(blocks[0]!.text.endsWith("everyone in the town.")).toBe(true);
    expect(blocks[0]!.lines).toHaveLength(4);
    expect(blocks[1]!.line).toBe(6);
  });

  const PROSE = [
    "The harbour council met on Tuesday evening to discuss the plan for the new road along the water, which traders say will cost them customers.",
    "Its transport lead said the plan would make buses faster for everyone in the town and cut the time a trip takes by a third.",
    "A vote is expected next month, after a consultation that will run until the end of January and include two public meetings.",
    "Shop owners on the quay have collected more than two thousand signatures against the closure of the lane to cars during the works.",
    "The council said it would publish the full cost of the project, now put at eleven million pounds, before the vote.",
  ];

  it("measures the wrap width on lines with spaces: URLs and markup longer than the width do not hide it", () => {
    const url = `src="http://ads.example.net/jump/site/page;sz=300x250;kw=${"harbour,council,road,".repeat(6)}"`;
    const lines = PROSE.flatMap((p) => [...wrap72(p), "", url, ""]);
    expect(wrapWidth(lines)).toBeGreaterThanOrEqual(70);
    const blocks = segment(lines.join("\n"));
    expect(blocks.map((b) => b.text)).toContain(PROSE[0]);
  });

  it("knows a wrapped dump of short paragraphs by the sharp edge of its line lengths", () => {
    // Two-line paragraphs (their first 110 characters or so): half the long lines are
    // last lines, 30 to 45 characters; no line passes the edge.
    const short = PROSE.map((p) => p.slice(0, p.indexOf(" ", 105)) + ".");
    const lines = Array.from({ length: 5 }, () => short).flat().flatMap((p) => [...wrap72(p), ""]);
    const long = lines.filter((l) => l.length >= 30);
    expect(long.filter((l) => l.length >= 60).length / long.length).toBeLessThan(0.6);
    expect(wrapWidth(lines)).toBeGreaterThanOrEqual(70);
    expect(segment(lines.join("\n"))).toHaveLength(25);
  });

  it("does not join a line longer than the wrap width to the next one", () => {
    const cjk = "港湾議会は火曜日の夜に会合を開き、水辺に沿った新しい道路の計画について話し合った。商店主らは客足が遠のくと懸念している。交通担当者は、バスが速くなると述べた。";
    const lines = [...PROSE.flatMap((p) => [...wrap72(p), ""]), cjk, "Next line"];
    const blocks = segment(lines.join("\n")).map((b) => b.text);
    expect(blocks).toContain(cjk);
    expect(blocks).toContain("Next line");
  });

  it("does not join lines of a dump that is not wrapped", () => {
    const text = "Short line\nAnother short line\nA much longer line that goes on and on for quite a while, as paragraphs do.\nEnd";
    expect(wrapWidth(text.split("\n"))).toBe(0);
    expect(segment(text)).toHaveLength(4);
  });
});

describe("menu runs", () => {
  /** An archive list as blogs print it: "June 2023", "May 2023", ... */
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  const archive = (n: number): string[] => Array.from({ length: n }, (_, i) => `${months[i % 12]} ${2024 - Math.floor(i / 12)}`);
  const story = "The council voted on Tuesday to keep the harbour library open for another year.";

  it("knows a line of one to three words from a sentence", () => {
    expect(isVeryShortLine("November 2023")).toBe(true);
    expect(isVeryShortLine("Arts & Culture")).toBe(true); // three words
    expect(isVeryShortLine("Rugby World Cup")).toBe(true);
    expect(isVeryShortLine("Talks resume in Geneva")).toBe(false); // four words
    expect(isVeryShortLine("He said no.")).toBe(true); // short, whatever it says: only hundreds in a row are grouped
    expect(isVeryShortLine("Home")).toBe(true);
    expect(isVeryShortLine("")).toBe(false);
    expect(isVeryShortLine("Supercalifragilistic expialidocious")).toBe(false); // over 24 characters
    expect(isVeryShortLine("新闻")).toBe(true);
    expect(isVeryShortLine("他说会谈将于下周恢复。")).toBe(false); // a Chinese sentence has no spaces
  });

  it("makes one block of hundreds of lines of one to three words, blank lines inside included", () => {
    const menu = archive(MENU_RUN_LINES);
    menu.splice(100, 0, "", " "); // a blank line inside the run does not end it
    const blocks = segment(["Archive of the Town News", ...menu, "", story].join("\n"));
    expect(blocks).toHaveLength(3);
    expect(blocks[0]!.text).toBe("Archive of the Town News");
    const run = blocks[1]!;
    expect(run.line).toBe(2);
    expect(run.text.startsWith("January 2024 February 2024 March 2024")).toBe(true);
    expect(run.text.split(" ")).toHaveLength(2 * MENU_RUN_LINES);
    // Its one line is the run as the dump has it, newlines included.
    expect(run.lines).toEqual([menu.join("\n")]);
    expect([run.blankBefore, run.blankAfter]).toEqual([false, true]);
    expect(isMenuRun(run)).toBe(true);
    // title line, the run (with its two blank lines), a blank line, the story
    expect(blocks[2]).toMatchObject({ text: story, line: 1 + MENU_RUN_LINES + 2 + 1 + 1, blankBefore: true });
    expect(isMenuRun(blocks[0]!)).toBe(false);
  });

  it("leaves a shorter run, or one broken by a longer line, one block per line", () => {
    expect(segment(archive(MENU_RUN_LINES - 1).join("\n"))).toHaveLength(MENU_RUN_LINES - 1);
    const broken = archive(MENU_RUN_LINES);
    broken[250] = story;
    expect(segment(broken.join("\n"))).toHaveLength(MENU_RUN_LINES);
  });

  it("makes one block of a quarter of a million three-word lines between blank lines", () => {
    const blocks = segment("The top stories of today\n\n" + "NO OTHER CHOICE\n\n".repeat(250_000) + "The end of the page, as the site prints it.\n");
    expect(blocks).toHaveLength(3);
    expect(isMenuRun(blocks[1]!)).toBe(true);
    expect(blocks[1]!.text).toBe("NO OTHER CHOICE ".repeat(250_000).trimEnd());
  });

  it("leaves four-word lines one block each", () => {
    expect(segment("Talks resume in Geneva\n".repeat(MENU_RUN_LINES + 10))).toHaveLength(MENU_RUN_LINES + 10);
  });

  it("never groups a story written one sentence per line", () => {
    const zh = Array.from({ length: MENU_RUN_LINES + 10 }, (_, i) => `第${i}天，他说会谈将于下周恢复。`);
    expect(segment(zh.join("\n"))).toHaveLength(MENU_RUN_LINES + 10);
  });

  it("keeps a million-line menu to one block", () => {
    const blocks = segment("Home\nNews\nSport\nWeather\n".repeat(250_000));
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.text.length).toBe("Home News Sport Weather ".repeat(250_000).length - 1);
  });
});

describe("tidiedCodePoints", () => {
  /** What segment does to a line (spaces and tabs collapsed, trimmed), then its code points as segment counts them. */
  const reference = (line: string): number => {
    const t = line.replace(/[ \t]+/g, " ").trim();
    let n = t.length;
    for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) >= 0xd800 && t.charCodeAt(i) <= 0xdbff) n--;
    return n;
  };
  const unit = fc.constantFrom(" ", "\t", "\u00a0", "\u3000", "\ufeff", "\r", "\u2028", "a", "é", "北", "😀", "\ud83d", "\ude00", "-");

  it("is the code-point length of the tidied line, for any mix of spaces, tabs, other white space and surrogates", () => {
    fc.assert(fc.property(fc.string({ unit, maxLength: 40 }), (line) => tidiedCodePoints(line) === reference(line)));
  });

  it("counts a run of spaces and tabs inside the line as one and trims the ends", () => {
    expect(tidiedCodePoints(" \u00a0 Talks  \t resume \u3000")).toBe("Talks resume".length);
    expect(tidiedCodePoints("\t \u00a0 ")).toBe(0);
  });
});

describe("tidy", () => {
  const regexTidy = (line: string): string => line.replace(/[ \t]+/g, " ").trim();
  const unit = fc.constantFrom(" ", "  ", "\t", " \t ", "\u00a0", "word", "é", "😀", ".");

  it("collapses spaces and tabs in a long line (walked, not replaced by a regex) as in a short one", () => {
    fc.assert(
      fc.property(fc.array(unit, { minLength: 2000, maxLength: 3000 }), (units) => {
        const line = units.join("");
        return line.length <= 4096 || tidy(line) === regexTidy(line);
      }),
      { numRuns: 30 },
    );
    const long = " \t lead".padEnd(5000, " ") + "x\ty  z\t\t";
    expect(tidy(long)).toBe("lead x y z");
  });

  it("keeps a one-line dump with a tab between sentences whole", () => {
    const line = "Talks will resume in Geneva next week. \t ".repeat(200_000);
    const t = tidy(line);
    expect(t.length).toBe("Talks will resume in Geneva next week. ".length * 200_000 - 1);
    expect(t.includes("\t")).toBe(false);
  });
});

describe("segmentStore (the pipeline's blocks in columns)", () => {
  const wrapped = [
    "First, the council met on Tuesday evening to discuss the plan for",
    "the harbour road, which traders say will cost them customers and",
    "which the transport lead says will make buses faster for everyone",
    "in the town.",
  ];
  const menu = Array.from({ length: MENU_RUN_LINES }, (_, i) => (i % 2 ? "Arts & Culture" : `Page ${i}`));

  it("holds the blocks segment makes: text, line, blank lines around, lines", () => {
    for (const text of [
      "Title\n\nMenu one\nMenu two\n\nA paragraph.\n",
      "  a \t b  \n \t \nc",
      [...wrapped, "", ...wrapped, "", ...wrapped].join("\n"),
      ["Library to close", "", ...menu, "", "The council voted on Tuesday to keep the library open.", "Share"].join("\n"),
    ]) {
      const blocks = segment(text);
      const store = segmentStore(text);
      expect(store.length).toBe(blocks.length);
      blocks.forEach((b, i) => {
        const s = store.block(i);
        expect([s.index, s.text, s.line, s.blankBefore, s.blankAfter]).toEqual([b.index, b.text, b.line, b.blankBefore, b.blankAfter]);
        // A one-line block's line is its text in the store (the untidied line is not kept).
        expect(s.lines).toEqual(b.lines.length === 1 && !b.lines[0]!.includes("\n") ? [b.text] : b.lines);
        expect(isMenuRun(s)).toBe(isMenuRun(b));
        // The store knows its menu runs from segment (classify reads that, not the lines).
        expect(store.menuRun(i)).toBe(isMenuRun(b));
      });
    }
  });

  it("marks exactly the blocks isMenuRun finds as menu runs, whatever the lines", () => {
    // Very short lines (menu items, spaced or tabbed out, some long with spaces), blank
    // lines and other lines in any order: the flag segment sets must agree with
    // isMenuRun walking the block's lines, for every block.
    const line = fc.oneof(
      fc.constantFrom("Home", "Arts & Culture", "NO OTHER CHOICE", "  Sport \t", "", " ", "a b c d", `Page${" ".repeat(70)}1`),
      fc.constantFrom("The council voted on Tuesday to keep the library open.", "Share this story with friends"),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(line, fc.integer({ min: 1, max: 700 })), { maxLength: 6 }), (parts) => {
        const text = parts.map(([l, n]) => Array.from({ length: n }, () => l).join("\n")).join("\n");
        const store = segmentStore(text);
        for (let i = 0; i < store.length; i++) expect(store.menuRun(i)).toBe(isMenuRun(store.block(i)));
      }),
      { numRuns: 60 },
    );
  });

  it("keeps the lines of a rejoined paragraph and of a menu run", () => {
    const store = segmentStore([...wrapped, "", ...wrapped, "", ...wrapped, "", "The council voted on Tuesday to keep the library open.", "", ...menu].join("\n"));
    expect(store.length).toBe(5);
    expect(store.lines(0)).toEqual(wrapped);
    expect(store.lines(3)).toEqual(["The council voted on Tuesday to keep the library open."]);
    expect(isMenuRun(store.block(4))).toBe(true);
    expect(store.lines(4)[0]!.split("\n")).toEqual(menu);
  });

  it("has no blocks for empty text", () => {
    expect(segmentStore("").length).toBe(0);
    expect(segmentStore("\n \n").length).toBe(0);
  });
});
