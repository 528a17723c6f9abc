/**
 * Properties of the whole pipeline for generated input (issue 5), with fast-check:
 * for arbitrary strings and arbitrary bytes, cleanArticle / processInput never
 * throw, always give an Article the zod schema accepts, are deterministic and
 * idempotent, and invent nothing.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Article as ArticleSchema, type Article } from "../../src/schema.js";
import { cleanArticle, decode, processInput, repair } from "../../src/index.js";
import { renderText } from "../../src/render/text.js";
import { anyText, arbitraryBytes, dumpText, storyText } from "./arbitraries.js";

const RUNS = Number(process.env.FC_RUNS ?? 200);
const inputs: fc.Arbitrary<string | Uint8Array> = fc.oneof(anyText, arbitraryBytes);

const WORD_RE = /[\p{L}\p{N}]+/gu;
const wordsOf = (s: string): string[] => s.normalize("NFC").toLowerCase().match(WORD_RE) ?? [];

/** The text the pipeline works on after decode and repair: the only source words may come from. */
function repairedText(input: string | Uint8Array): string {
  let text: string;
  if (typeof input === "string") text = input;
  else {
    const d = decode(input);
    if (!d.ok) return "";
    text = d.text;
  }
  return repair(text).text;
}

/** True when `needle` occurs in `hay` in order (not necessarily adjacent). */
function isSubsequence(needle: string[], hay: string[]): boolean {
  let j = 0;
  for (let i = 0; i < hay.length && j < needle.length; i++) if (hay[i] === needle[j]) j++;
  return j === needle.length;
}

/** Every text field of the Article that comes from the input, with its name. */
function textFields(a: Article): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const k of ["title", "subtitle", "byline", "dateline"] as const) if (a[k]) out.push([k, a[k]]);
  a.authors.forEach((s, i) => out.push([`authors[${i}]`, s]));
  a.body.forEach((b, i) => out.push([`body[${i}]`, b.text]));
  a.credits.forEach((s, i) => out.push([`credits[${i}]`, s]));
  a.sidebar.forEach((s, i) => {
    if (s.section) out.push([`sidebar[${i}].section`, s.section]);
    s.items.forEach((it, j) => {
      out.push([`sidebar[${i}].items[${j}].text`, it.text]);
      if (it.label) out.push([`sidebar[${i}].items[${j}].label`, it.label]);
    });
  });
  return out;
}

describe("pipeline properties", () => {
  it("never throws and always returns a schema-valid Article (strings and bytes)", () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const r = processInput(input);
        if (r.ok) expect(() => ArticleSchema.parse(r.article)).not.toThrow();
        else expect(["not-text", "too-large", "bad-encoding"]).toContain(r.code);
        const a = cleanArticle(input, { explain: true });
        expect(() => ArticleSchema.parse(a)).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  });

  it("refuses only bytes, never a string, as not text", () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const r = processInput(input);
        expect(r.ok ? "ok" : r.code).toBe("ok");
      }),
      { numRuns: RUNS },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(inputs, (input) => {
        expect(JSON.stringify(cleanArticle(input, { explain: true }))).toBe(JSON.stringify(cleanArticle(input, { explain: true })));
      }),
      { numRuns: RUNS },
    );
  });

  it("invents nothing: every field's words occur in the repaired input, in order", () => {
    fc.assert(
      fc.property(fc.oneof(inputs, dumpText, storyText), (input) => {
        const source = wordsOf(repairedText(input));
        for (const [name, text] of textFields(cleanArticle(input))) {
          const ws = wordsOf(text);
          if (!isSubsequence(ws, source)) expect.fail(`${name} ${JSON.stringify(text)} has words not in the input in this order`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("is idempotent on story-shaped dumps: cleaning the text rendering again gives the same title and body", () => {
    fc.assert(
      fc.property(storyText, (input) => {
        const a = cleanArticle(input);
        const b = cleanArticle(renderText(a));
        expect({ title: b.title, body: b.body }).toEqual({ title: a.title, body: a.body });
      }),
      { numRuns: RUNS },
    );
  });

  // Degenerate dumps fast-check found on arbitrary input: no headline, or only
  // boilerplate around one sentence, or nothing but a credits line between sidebar headings.
  it.each([
    "#\nSkip to main content\nSkip to main content\nThe the the the the the the the the the.\n",
    "Skip to main content\nSkip to main content\nSkip to main content\nThe the the the the the the the the the.\n",
    "Related\n(Reporting by Jane Doe; Editing by John Roe)\nRelated\n",
  ])("is idempotent on degenerate dump %j", (input) => {
    const a = cleanArticle(input);
    const b = cleanArticle(renderText(a));
    expect({ title: b.title, body: b.body }).toEqual({ title: a.title, body: a.body });
  });
});
