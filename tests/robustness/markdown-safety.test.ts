/**
 * Markdown output safety (issue 5): text that looks like Markdown or HTML is rendered
 * literally. The page is parsed with markdown-it (raw HTML on, tables and
 * strikethrough on) and must contain exactly the Article's text in exactly the
 * blocks the layout asks for: no link, image, HTML, code, table, rule, list or
 * heading the input did not ask for, and no character lost or added.
 */
import fc from "fast-check";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type { Article } from "../../src/schema.js";
import { cleanArticle } from "../../src/index.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { oneLine } from "../../src/render/sanitize.js";
import { article } from "./article.js";
import { anyText, dumpText, hostileText } from "./arbitraries.js";
import { expectedBlocks, mdCommonMark, mdDefault, seen } from "./markdown-structure.js";
import { ROOT, SHARED } from "../helpers.js";

const RUNS = 300;

const maybe = (a: fc.Arbitrary<string>) => fc.option(a, { nil: null });
const arbitraryArticle: fc.Arbitrary<Article> = fc
  .record({
    title: maybe(hostileText),
    subtitle: maybe(hostileText),
    byline: maybe(hostileText),
    dateline: maybe(hostileText),
    published: maybe(hostileText),
    body: fc.array(fc.record({ type: fc.constantFrom("paragraph", "heading", "quote", "list-item" as const), text: hostileText }), { maxLength: 6 }),
    credits: fc.array(hostileText, { maxLength: 2 }),
    sidebar: fc.array(
      fc.record({
        section: maybe(hostileText),
        items: fc.array(fc.record({ text: hostileText, label: fc.option(hostileText, { nil: undefined }) }, { requiredKeys: ["text"] }), { maxLength: 3 }),
      }),
      { maxLength: 2 },
    ),
  })
  .map((r) => article(r as Partial<Article>));

/** Named attacks, each rendered as a paragraph, a heading, a quote, a list item and a title. */
const ATTACKS: readonly string[] = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "[click](javascript:alert(1))",
  "![img](http://evil.example/x.png)",
  "[ref]: http://evil.example",
  "# Not a heading",
  "## Also not",
  "| a | b |",
  "|---|---|",
  "`code` and ```fence```",
  "```",
  "~~~",
  "<!-- hidden comment -->",
  "<http://evil.example>",
  "<mail@evil.example>",
  "http://bare.example/url and www.bare.example",
  "===",
  "---",
  "***",
  "* * *",
  "    indented code",
  "\tindented by tab",
  "1. ordered",
  "1) ordered",
  "- bullet",
  "+ bullet",
  "* bullet",
  "> quote",
  "*emphasis* and _emphasis_ and **strong** and __strong__",
  "~~struck~~",
  "&amp; &lt;b&gt; &#60;script&#62; &#x3C;",
  "back\\slash\\",
  "line\\",
  "trailing hashes ###",
  "a  \nhard break",
  "<div>\n\nblock html\n\n</div>",
  "[x]\n\n[x]: /url",
];

describe("markdown output safety", () => {
  it.each(ATTACKS)("renders %j literally in every block kind", (text) => {
    const a = article({
      title: text,
      subtitle: text,
      byline: text,
      body: (["paragraph", "heading", "quote", "list-item"] as const).map((type) => ({ type, text })),
      credits: [text],
      sidebar: [{ section: text, items: [{ text, label: text }] }],
    });
    for (const parser of [mdDefault, mdCommonMark]) {
      const s = seen(renderMarkdown(a, { sidebar: true }), parser);
      expect(s.forbidden).toEqual([]);
      expect(s.blocks).toEqual(expectedBlocks(a, true));
    }
    const html = mdDefault.render(renderMarkdown(a, { sidebar: true }));
    expect(html).not.toMatch(/<(?:script|img|a|code|pre|table|del|h[3-6]|ol|div)\b/);
    expect(html).not.toContain("<!--");
  });

  it("renders any Article's text exactly, in exactly the layout's blocks (property)", () => {
    fc.assert(
      fc.property(arbitraryArticle, fc.boolean(), (a, sidebar) => {
        const md = renderMarkdown(a, { sidebar });
        for (const parser of [mdDefault, mdCommonMark]) {
          const s = seen(md, parser);
          expect(s.forbidden).toEqual([]);
          expect(s.blocks).toEqual(expectedBlocks(a, sidebar));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("renders what the pipeline extracts from hostile dumps safely (property)", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, dumpText), (input) => {
        const a = cleanArticle(input);
        const s = seen(renderMarkdown(a, { sidebar: true }));
        expect(s.forbidden).toEqual([]);
        expect(s.blocks).toEqual(expectedBlocks(a, true));
      }),
      { numRuns: 150 },
    );
  });
});

// The shared scorer reads .md predictions by stripping Markdown and undoing backslash
// escapes; our escaped Markdown must come back as exactly the text there too.
const SCORER = [join(SHARED, "bench", "score.mjs"), join(ROOT, "..", "..", "shared", "bench", "score.mjs")].find((p) => existsSync(p)) ?? "";
describe.skipIf(SCORER === "")("markdown read back by the shared scorer", () => {
  it("gives back the title and every body block exactly (property)", async () => {
    const { stripMarkdown } = (await import(pathToFileURL(SCORER).href)) as { stripMarkdown: (md: string) => { title: string | null; body: string } };
    // the scorer parks escaped characters in plane 15 while it strips markup
    const text = hostileText.map((s) => s.replace(/[\u{f0000}-\u{fffff}]/gu, ""));
    fc.assert(
      fc.property(text, fc.array(text, { minLength: 1, maxLength: 4 }), (title, paras) => {
        const a = article({ title, body: paras.map((p, i) => ({ type: (["paragraph", "heading", "quote", "list-item"] as const)[i % 4]!, text: p })) });
        const r = stripMarkdown(renderMarkdown(a));
        const t = oneLine(title);
        // an empty title is not written, and the scorer then reads none
        if (t) expect(r.title).toBe(t);
        const lines = r.body.split("\n").filter((l) => l !== "");
        expect(lines).toEqual(paras.map(oneLine).filter((p) => p !== ""));
      }),
      { numRuns: RUNS },
    );
  });
});
