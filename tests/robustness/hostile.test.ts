/**
 * Hostile and odd input (issue 5), each with a clear outcome: empty input gives an
 * empty Article with a warning; binary files are refused as "not text"; NULs,
 * lone surrogates, invalid UTF-8, huge lines, a million lines, regex-bait
 * repetitions, RTL text, combining marks and mixed line endings all give an
 * Article that keeps the text. No timed assertions: a quadratic or exponential
 * path on these sizes would not finish within the test timeout.
 */
import { describe, expect, it } from "vitest";
import { Article as ArticleSchema, type Article } from "../../src/schema.js";
import { cleanArticle, processInput } from "../../src/index.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { renderText } from "../../src/render/text.js";
import { elf, gzip, jpeg, png, zip } from "./binary.js";
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { ROOT } from "../helpers.js";
import { join } from "node:path";

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/**
 * The size extremes run at full size (a 50 MB line, a million lines) with
 * ROBUST_FULL=1; by default at 8 MB and 200 000 lines, which keeps `npm test` quick
 * and is still past every limit that bites at scale (spread arguments, string
 * concatenation in loops, per-line quadratic scans). bench/adversarial.mjs measures
 * the full range.
 */
const FULL = process.env.ROBUST_FULL === "1";
const BIG_LINE_MB = FULL ? 50 : 8;
const MANY_LINES = FULL ? 1_000_000 : 200_000;

const P1 = "The minister said on Tuesday that the talks would resume in Geneva next week after a pause of several months.";
const P2 = "Officials from both sides were expected to attend the meeting, which was called by the United Nations.";
const P3 = "Neither side has said what it would accept as the basis for an agreement, and the fighting has not stopped.";
const STORY = ["Talks on the border dispute will resume in Geneva next week", P1, P2, P3].join("\n\n") + "\n";

function ok(input: string | Uint8Array): Article {
  const r = processInput(input);
  if (!r.ok) expect.fail(`refused: ${r.code}: ${r.message}`);
  ArticleSchema.parse(r.article);
  return r.article;
}

/** All the text of the Article's story, for "nothing lost" checks. */
const bodyText = (a: Article): string => a.body.map((b) => b.text).join("\n");

describe("empty input", () => {
  it.each([
    ["empty string", ""],
    ["spaces", "   "],
    ["blank lines and tabs", "\n\n\t \n \r\n\r\n"],
    ["invisible characters only", "\u200b\u00a0\ufeff\u2060\n\u00ad"],
  ])("%s gives an Article with an empty body and a warning", (_name, input) => {
    for (const x of [input, enc(input)]) {
      const a = ok(x);
      expect(a.body).toEqual([]);
      expect(a.title).toBeNull();
      expect(a.warnings.join(" ")).toMatch(/empty/i);
    }
  });
});

describe("binary files are refused as not text", () => {
  it.each([
    ["PNG image", png()],
    ["JPEG image", jpeg()],
    ["ZIP archive", zip()],
    ["gzip stream", gzip()],
    ["ELF executable", elf()],
  ])("%s", (_name, bytes) => {
    const r = processInput(bytes);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe("not-text");
      expect(r.message).toMatch(/not text/);
    }
    // the library never throws either: an empty Article that says why
    const a = cleanArticle(bytes);
    expect(a.body).toEqual([]);
    expect(a.warnings.join(" ")).toMatch(/not text/);
  });
});

describe("NUL bytes, lone surrogates, invalid UTF-8", () => {
  it("drops stray NUL bytes in text and keeps the story", () => {
    const withNuls = STORY.replace("Geneva next week after", "Geneva\0 next week\0 after");
    for (const x of [withNuls, enc(withNuls)]) {
      const a = ok(x);
      expect(JSON.stringify(a)).not.toContain("\\u0000");
      expect(bodyText(a)).toContain(P2);
      expect(bodyText(a)).toContain("Geneva next week after");
    }
  });

  it("gives an empty Article with a warning for control characters and junk only", () => {
    for (const junk of ["\u0001\u0002\u001b\u007f\n\u0007", "\u0085\u0086", "۴ý\n\n***\n\n|||"]) {
      const a = ok(junk);
      expect(a.body).toEqual([]);
      expect(a.warnings.join(" ")).toMatch(/empty|no story/i);
    }
  });

  it("replaces lone surrogates in string input by U+FFFD", () => {
    const a = ok(STORY.replace("Officials", "Officials\ud800 and \udfff"));
    const all = JSON.stringify(a) + renderMarkdown(a) + renderText(a);
    expect(all).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    expect(bodyText(a)).toContain(P1);
  });

  it("keeps valid UTF-8 text when a few bytes are invalid", () => {
    const text = STORY.replace(/Geneva/g, "Genève").replace("Officials", "Officials café");
    const bytes = Buffer.concat([Buffer.from(text.slice(0, 200)), Buffer.from([0xff, 0xc3]), Buffer.from(text.slice(200))]);
    const a = ok(bytes);
    expect(bodyText(a)).toContain("Genève");
    expect(bodyText(a)).toContain("café");
    expect(a.warnings.join(" ")).toMatch(/utf-8|encoding/i);
  });

  it("decodes legacy single-byte text (invalid as UTF-8) with a warning", () => {
    const bytes = Buffer.from(STORY.replace(/Geneva/g, "Genève"), "latin1");
    const a = ok(bytes);
    expect(bodyText(a)).toContain("Genève");
    expect(a.warnings.join(" ")).toMatch(/encoding/i);
  });

  it("never refuses text made only of random invalid UTF-8 high bytes as a crash", () => {
    const bytes = new Uint8Array(4096).map((_, i) => 0x80 + ((i * 37) % 128));
    const r = processInput(bytes);
    if (r.ok) ArticleSchema.parse(r.article);
    else expect(r.code).toBe("not-text");
  });
});

describe("size extremes", () => {
  it(`handles a ${BIG_LINE_MB} MB dump on one line and loses none of its words`, () => {
    const sentence = `${P1} ${P2} ${P3} `;
    const size = BIG_LINE_MB * 1024 * 1024 - 100;
    const line = sentence.repeat(Math.ceil(size / sentence.length)).slice(0, size);
    const input = `Talks resume in Geneva\n\n${line.trimEnd()}\n`;
    const a = ok(Buffer.from(input));
    expect(a.source.bytes).toBe(Buffer.byteLength(input));
    const text = bodyText(a);
    // the one line is the story: it is kept whole
    expect(text.length).toBeGreaterThan(line.length * 0.99);
  }, 240_000);

  it(`handles a dump of ${MANY_LINES} short lines`, () => {
    const lines: string[] = [];
    for (let i = 0; i < MANY_LINES; i++) lines.push(i % 3 === 0 ? "NEWS" : i % 3 === 1 ? "Share" : `item ${i}`);
    const a = ok(lines.join("\n"));
    // One menu run (segment groups hundreds of lines of one to three words), dropped whole.
    expect(a.body).toEqual([]);
    expect(a.removed).toBe(1);
  }, 240_000);

  /**
   * Runs cleanArticle on MANY_LINES lines made by `line` (a JS expression of i) joined
   * by `sep`, in a child process whose V8 heap is capped at 32 MB plus `times` the
   * input: it runs out of memory (and exits non-zero) if a line costs more than that.
   * The dump is made in chunks so that building it costs little heap itself; the input
   * bytes are a Buffer, off the heap.
   */
  function cappedRun(line: string, sep: string, times: number, lines = MANY_LINES): { bytes: number; removed: number; body: number } {
    const script = `
      const { cleanArticle } = await import(${JSON.stringify(pathToFileURL(join(ROOT, "dist", "index.js")).href)});
      const chunks = [];
      let chunk = [];
      for (let i = 0; i < ${lines}; i++) {
        chunk.push(${line});
        if (chunk.length === 1000) { chunks.push(chunk.join(${JSON.stringify(sep)})); chunk = []; }
      }
      chunks.push(chunk.join(${JSON.stringify(sep)}));
      const input = Buffer.from(chunks.join(${JSON.stringify(sep)}));
      chunks.length = 0;
      const a = cleanArticle(input);
      process.stdout.write(JSON.stringify({ bytes: input.length, removed: a.removed, body: a.body.length }));`;
    const probe = new Function("i", `return ${line};`) as (i: number) => string;
    let bytes = 0;
    for (let i = 0; i < lines; i++) bytes += probe(i).length + sep.length;
    const heapMB = Math.ceil(32 + (times * bytes) / 2 ** 20);
    const r = spawnSync(process.execPath, [`--max-old-space-size=${heapMB}`, "--input-type=module", "-e", script], { encoding: "utf8", maxBuffer: 1 << 20 });
    expect(r.stderr.slice(0, 500)).toBe("");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { bytes: number; removed: number; body: number };
    expect(out.bytes).toBeGreaterThan(bytes * 0.9);
    return out;
  }

  it(`processes ${MANY_LINES} short lines within a heap of 32 MB plus 8 times the input`, () => {
    // Before menu runs were grouped, each line cost about 1 KB (over 100 times the input).
    const out = cappedRun(`i % 3 === 0 ? "NEWS" : i % 3 === 1 ? "Share" : "item " + i`, "\n", 8);
    expect(out.removed).toBe(1);
  }, 240_000);

  it(`processes ${MANY_LINES} three-word lines between blank lines within a heap of 32 MB plus 8 times the input`, () => {
    // Lines of three words ("Arts & Culture") make a menu run too; as a block each they
    // cost ~600 bytes of heap apiece at 17 bytes of input (35 times the input).
    const out = cappedRun(`i % 2 ? "NO OTHER CHOICE" : "Arts & Culture"`, "\n\n", 8);
    expect(out.removed).toBe(1);
    expect(out.body).toBe(0);
  }, 240_000);

  it("processes 200000 four-word lines (a block each) within a heap of 32 MB plus 3.5 times the input", () => {
    // The shortest lines that are not grouped: each is a block, whose memory is what
    // bounds a line-heavy dump. 21 bytes of input each: this run needs ~44 MB of heap
    // with the blocks in columns (BlockStore, BlockRow views of 56 bytes, the text
    // ~40, the features outside the heap in typed arrays). With a Block object per
    // block it needed 82 MB and ran out here; before the features were packed into
    // typed-array columns, over 140 MB.
    const out = cappedRun(`"NO OTHER CHOICE NOW"`, "\n\n", 3.5, 200_000);
    expect(out.removed + out.body).toBeGreaterThanOrEqual(200_000 - 1);
  }, 240_000);

  it("processes 200000 five-word lines (a block each) within a heap of 32 MB plus 4 times the input", () => {
    // Single newlines, a number in each line: every line a block of its own. Needs
    // ~48 MB; 56 MB while the repeat counts were a Map of every distinct text (ran out
    // here), 63 MB with a BlockRow of 64 bytes, over 80 MB with a Block object a block.
    const out = cappedRun(`"Police say the fire " + i`, "\n", 4, 200_000);
    expect(out.removed + out.body).toBeGreaterThanOrEqual(200_000 - 1);
  }, 240_000);

  it("processes 100000 sentence lines of four lengths within a heap of 32 MB plus 1.5 times the input", () => {
    // One story sentence a line, ~76 bytes each (lengths that vary, so the dump is not
    // taken for a hard-wrapped one). Needs ~41 MB; 44 MB while the repeat counts were a
    // Map of every distinct text and the scores arrays on the heap (ran out here), 48
    // MB with a BlockRow of 64 bytes, over 56 MB with a Block object a block. All lines
    // are story text: all are kept.
    const line = `["Talks resume in Geneva on day " + i + ".", "The minister said on Tuesday that the talks would resume in Geneva next week, on day " + i + ".", "Officials from both sides were expected to attend the meeting, which was called by the United Nations after a pause of " + i + " days.", "Neither side has said what it would accept."][i % 4]`;
    const out = cappedRun(line, "\n", 1.5, 100_000);
    expect(out.body).toBe(100_000);
  }, 240_000);

  it("keeps the text of 100000 lines of one length (taken for a hard-wrapped paragraph)", () => {
    // Every line ends near one width, as in a dump wrapped at a fixed column: the lines
    // are rejoined into one paragraph. Rejoining tested each line's hyphen on the text
    // joined so far, and 20,000 such lines took 90 s (quadratic); this must finish.
    const line = "The minister said on Tuesday that talks would resume in Geneva.";
    const a = ok(`${line}\n`.repeat(100_000));
    const text = bodyText(a);
    expect(text.length).toBeGreaterThan((line.length + 1) * 100_000 * 0.99);
    expect(text.startsWith(`${line} ${line}`)).toBe(true);
  }, 240_000);

  it(`keeps a story surrounded by ${MANY_LINES} lines of menu`, () => {
    const menu = "Home\nNews\nSport\nWeather\n".repeat(MANY_LINES / 8);
    const a = ok(menu + "\n" + STORY + "\n" + menu);
    expect(bodyText(a)).toContain(P1);
    expect(bodyText(a)).toContain(P3);
  }, 240_000);
});

/**
 * Repetitions that make backtracking regexes explode: every pattern in src/ was
 * attacked with runs like these (bench/adversarial.mjs --regex). Each input is about
 * 1 MB; a quadratic regex or loop would need hours on it.
 */
const MB = 1 << 20;
const pump = (unit: string, tail = "x"): string => unit.repeat(Math.floor(MB / unit.length)) + tail;
const BAIT: Array<[string, string]> = [
  ["spaces", "A" + pump(" ")],
  ["line separators", "A B C D" + pump("\u2028")],
  ["spaces and dashes", "A" + pump(" -")],
  ["punctuation", pump("!.,;:")],
  ["A-A-A-", pump("A-")],
  ["&&&&", pump("&")],
  ["repeated entities", pump("&amp;")],
  ["unterminated entities", pump("&#1")],
  ["long capital run", pump("ABCDEFGHIJ", ".")],
  ["capital words", pump("MOSCOW ")],
  ["capital words and dashes", pump("MOSCOW - ")],
  ["dateline bait", "MOSCOW" + pump(" ") + "(Reuters)"],
  ["byline bait", "By " + pump("Jane Doe and ")],
  ["parentheses", pump("(")],
  ["title bait", "a b c d" + pump(" |")],
  ["pipes", pump("| ")],
  ["digits and dashes", pump("2024-01-")],
  ["month names", pump("Jan ")],
  ["apostrophes", pump("a'")],
  ["combining marks", "e" + pump("\u0301")],
  ["one huge word", pump("abcdefghij")],
  ["blank lines", pump("\n")],
  ["upper-case lines", pump("NO OTHER CHOICE\n\n")],
  ["alternating lines", pump("A long enough line of text that is not a sentence\nSHORT\n\n")],
  ["quote-mark run in a story paragraph", `${P1}\n\n\u201c${pump("\u2019", "x and a few more words of the quote")}\n\n${P2}\n\n${P3}`],
  ["photo-credit bait", "A caption of the photo. Foto:" + pump(" a/")],
  ["copyright-sign bait", "A caption" + pump(" ©")],
  ["tags inside a wrapped line", "<p>x" + pump("<br>", "y") + "\n<p>z</p>\n<p>w</p>"],
];

describe("regex bait: pathological repetitions finish", () => {
  it.each(BAIT)("%s", (_name, input) => {
    const a = ok(input);
    expect(Array.isArray(a.body)).toBe(true);
  }, 120_000);
});

describe("scripts and line endings", () => {
  it("keeps right-to-left text exactly", () => {
    const ar = "قال الوزير يوم الثلاثاء إن المحادثات ستستأنف في جنيف";
    const he = "השר אמר ביום שלישי כי השיחות יתחדשו";
    const mixed = `${P1} The banner read «${ar}» and the sign said "${he}" in Hebrew, and the crowd cheered.`;
    const a = ok(`Talks will resume in Geneva next week\n\n${mixed}\n\n${P2}\n\n${P3}\n`);
    expect(bodyText(a)).toContain(mixed);
    expect(renderText(a)).toContain(mixed);
    // a story wholly in Arabic or Hebrew: whatever is kept is kept exactly, line for line
    const doc = [ar + "، وإن المسؤولين من الجانبين سيحضرون الاجتماع.", he + " בשבוע הבא לאחר הפסקה של כמה חודשים.", "\u202bمرحبا\u202c"];
    const b = ok(doc.join("\n\n"));
    for (const block of b.body) expect(doc.map((d) => d.replace(/[\u202a-\u202e]/g, ""))).toContain(block.text.replace(/[\u202a-\u202e]/g, ""));
  });

  it("composes combining marks (NFC) and keeps marks that do not compose", () => {
    const decomposed = P1.replace("Geneva", "Gene\u0300ve").replace("minister", "mini\u0301ster");
    const a = ok(`Talks will resume next week\n\n${decomposed}\n\n${P2}\n\n${P3}\n`);
    expect(bodyText(a)).toContain("Genève");
    expect(bodyText(a)).toContain("mini\u0301ster".normalize("NFC"));
    const z = "Z\u0351\u0352\u0353a\u0354\u0355l\u0356g\u0357o";
    const b = ok(`Talks will resume next week\n\n${P1} ${z}\n\n${P2}\n\n${P3}\n`);
    expect(bodyText(b)).toContain(z.normalize("NFC"));
  });

  it("gives the same Article for LF, CRLF, CR and mixed line endings", () => {
    const lf = ok(STORY);
    const strip = (a: Article) => ({ ...a, source: null, repairs: null });
    for (const eol of ["\r\n", "\r"]) expect(strip(ok(STORY.replace(/\n/g, eol)))).toEqual(strip(lf));
    let i = 0;
    const mixed = STORY.replace(/\n/g, () => ["\n", "\r\n", "\r"][i++ % 3]!);
    expect(strip(ok(mixed))).toEqual(strip(lf));
  });
});
