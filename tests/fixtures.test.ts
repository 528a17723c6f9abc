/**
 * Composed fixtures (fixtures/<name>.txt) against their hand-checked expected
 * Articles (fixtures/<name>.expected.json). Every field present in the expected
 * file is compared; body and sidebar exactly. Fields a human found ambiguous are
 * left out of the expected file (its "_note" says why).
 *
 * KNOWN_FAILING lists the fixture fields the extraction does not get right yet.
 * Those run as `it.fails`: they pass while the output is still wrong and turn RED
 * once the extraction produces the expected value. Then remove the entry: never
 * change an expected file to match what the program prints.
 *
 * To see the real state (KNOWN_FAILING ignored, every expectation a plain test):
 *   FIXTURES_STRICT=1 npx vitest run tests/fixtures.test.ts
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../src/index.js";
import type { Article } from "../src/schema.js";
import { FIXTURES } from "./helpers.js";

/** "fixture:field" pairs whose expectation the extraction does not meet yet. */
const KNOWN_FAILING: readonly string[] = [
  "sidebar-first:title",
];

const STRICT = process.env.FIXTURES_STRICT === "1";

/** The Article fields an expected file may pin down. */
const FIELDS = ["title", "subtitle", "byline", "authors", "dateline", "published", "language", "body", "credits", "sidebar"] as const;
type Field = (typeof FIELDS)[number];

const names = readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.slice(0, -".txt".length))
  .sort();

function loadExpected(name: string): Partial<Record<Field, unknown>> & { _note?: string } {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), "utf8")) as Partial<Record<Field, unknown>>;
}

/** Compare one field. A date-time in `published` is compared as an instant, so any ISO 8601 spelling of it passes. */
function checkField(article: Article, field: Field, expected: unknown): void {
  const actual = article[field];
  if (field === "published" && typeof expected === "string" && expected.includes("T")) {
    expect(actual, "published should be an ISO 8601 date-time").toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    expect(Date.parse(actual as string)).toBe(Date.parse(expected));
    return;
  }
  expect(actual).toEqual(expected);
}

describe("fixture set", () => {
  it("has at least 10 composed dumps, each with an expected Article", () => {
    expect(names.length).toBeGreaterThanOrEqual(10);
    for (const name of names) expect(existsSync(join(FIXTURES, `${name}.expected.json`)), name).toBe(true);
  });

  it("has dumps of 15 to 60 lines", () => {
    for (const name of names) {
      const lines = readFileSync(join(FIXTURES, `${name}.txt`), "utf8").split("\n").filter((l, i, a) => i < a.length - 1 || l !== "");
      expect(lines.length, name).toBeGreaterThanOrEqual(15);
      expect(lines.length, name).toBeLessThanOrEqual(60);
    }
  });

  it("expected files use only Article fields (plus _note)", () => {
    for (const name of names) {
      for (const key of Object.keys(loadExpected(name))) expect([...FIELDS, "_note"], `${name}: ${key}`).toContain(key);
    }
  });

  it("KNOWN_FAILING names only fixture fields that exist", () => {
    for (const entry of KNOWN_FAILING) {
      const [name, field] = entry.split(":") as [string, Field];
      expect(names, entry).toContain(name);
      expect(Object.keys(loadExpected(name)), entry).toContain(field);
    }
    expect(new Set(KNOWN_FAILING).size).toBe(KNOWN_FAILING.length);
  });
});

for (const name of names) {
  describe(`fixture ${name}`, () => {
    const expected = loadExpected(name);
    const article = cleanArticle(readFileSync(join(FIXTURES, `${name}.txt`)), { path: `fixtures/${name}.txt` });

    it("gives an Article", () => {
      expect(article.schemaVersion).toBe(1);
      expect(article.source.path).toBe(`fixtures/${name}.txt`);
    });

    for (const field of FIELDS) {
      if (!(field in expected)) continue;
      const known = !STRICT && KNOWN_FAILING.includes(`${name}:${field}`);
      const test = known ? it.fails : it;
      test(`${field}${known ? " (known failing)" : ""}`, () => {
        checkField(article, field, expected[field]);
      });
    }
  });
}
