/** Test helper: an Article with every field empty, to be filled in by a test. */
import type { Article } from "../../src/schema.js";
import { SCHEMA_VERSION } from "../../src/version.js";

export function article(over: Partial<Article> = {}): Article {
  return {
    schemaVersion: SCHEMA_VERSION,
    title: null,
    subtitle: null,
    byline: null,
    authors: [],
    dateline: null,
    published: null,
    language: null,
    body: [],
    credits: [],
    sidebar: [],
    source: { path: null, bytes: 0, encoding: "utf-8", sha256: "0".repeat(64) },
    repairs: {},
    removed: 0,
    warnings: [],
    ...over,
  };
}
