/**
 * clean-article library API.
 *
 *   import { cleanArticle } from "clean-article";
 *   const article = cleanArticle(fs.readFileSync("dump.txt"));
 */
import { createHash } from "node:crypto";
import type { Article } from "./schema.js";
import type { CleanOptions } from "./types.js";
import { processInput, type ProcessResult } from "./pipeline.js";
import { SCHEMA_VERSION } from "./version.js";

export type { Article, BodyBlock, SidebarItem, SidebarSection, Source, ExplainEntry } from "./schema.js";
export type { CleanOptions, Mode, Block, LabeledBlock, Label, RepairResult, RepairStep, DecodeResult } from "./types.js";
export { processInput, DEFAULT_MAX_BYTES, type ProcessResult } from "./pipeline.js";
export { render, type Format } from "./render/index.js";
export { renderMarkdown, escapeMarkdown, renderText, renderJson } from "./render/index.js";
export { repair } from "./repair/index.js";
export { decode } from "./decode/index.js";
export { segment } from "./segment/index.js";
export { classify } from "./classify/index.js";
export { assemble } from "./assemble/index.js";
export { SCHEMA_VERSION };

/**
 * Turn a raw scraped dump (a string, or bytes in any encoding) into an Article.
 * Never throws: input that cannot be processed (binary data, too large) gives an
 * Article with an empty body and a warning that says why.
 */
export function cleanArticle(input: string | Uint8Array, options: CleanOptions = {}): Article {
  const r: ProcessResult = processInput(input, options);
  if (r.ok) return r.article;
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  const empty = processInput("", { ...options, maxBytes: Infinity });
  if (!empty.ok) throw new Error(r.message);
  return {
    ...empty.article,
    source: { ...empty.article.source, bytes: bytes.length, encoding: "unknown", sha256: createHash("sha256").update(bytes).digest("hex") },
    warnings: [`${r.code}: ${r.message}`],
  };
}
