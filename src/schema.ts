/**
 * The Article schema, version 1: the single source of truth for the JSON output,
 * the TypeScript types (inferred below, never declared twice) and the published
 * JSON Schema (`clean-article --schema`, `dist/article.schema.json`).
 */
import { z } from "zod";
import { SCHEMA_VERSION } from "./version.js";

export { SCHEMA_VERSION };

export const BodyBlockType = z
  .enum(["standfirst", "paragraph", "heading", "quote", "list-item"])
  .describe("Kind of body block: standfirst (the deck under the headline, also in `subtitle`), story paragraph, subhead, pull quote or list item.");

export const BodyBlock = z
  .object({
    type: BodyBlockType,
    text: z.string().describe("The block's repaired text, on one line."),
  })
  .describe("One block of the main story, in reading order.");

export const SidebarItem = z
  .object({
    text: z.string().describe("The teaser text."),
    label: z.string().optional().describe('A badge printed with the teaser, e.g. "NEW" or "WATCH LIVE".'),
  })
  .describe("A teaser for another story.");

export const SidebarSection = z
  .object({
    section: z
      .string()
      .nullable()
      .describe('The heading that introduces the teasers ("Top Stories", "Related"), or null.'),
    items: z.array(SidebarItem),
  })
  .describe("Teasers for other stories, grouped under the heading that introduced them.");

export const Source = z
  .object({
    path: z.string().nullable().describe("Path of the input file, or null for stdin and library input."),
    bytes: z.number().int().nonnegative().describe("Size of the input in bytes."),
    encoding: z.string().describe('Encoding the bytes were decoded with, e.g. "utf-8", "windows-1252".'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).describe("SHA-256 of the input bytes, hex."),
  })
  .describe("Where the article came from.");

export const ExplainEntry = z
  .object({
    index: z.number().int().nonnegative().describe("Block number in the segmented input."),
    line: z.number().int().positive().describe("1-based line of the block in the repaired text."),
    label: z.string().describe("Final label of the block."),
    initial: z.string().describe("Label before context smoothing."),
    score: z.number().describe("Story score of the block (higher: more story-like)."),
    features: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])),
    reasons: z.array(z.string()).describe("Human-readable reasons for the label."),
    text: z.string().describe("The block's text, shortened."),
  })
  .describe("Why one block got its label (only with --explain).");

export const Article = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION).describe("Version of this schema."),
    id: z
      .union([z.string(), z.number()])
      .optional()
      .describe("The record id, in stream mode (--input-format ndjson)."),
    title: z.string().nullable().describe("The headline, without a site-name suffix; null when none was found."),
    subtitle: z.string().nullable().describe("Standfirst or deck under the headline, or null."),
    byline: z.string().nullable().describe('The byline as printed ("By Jane Doe and John Roe"), or null.'),
    authors: z.array(z.string()).describe("Author names parsed from the byline."),
    dateline: z.string().nullable().describe('The dateline place, e.g. "MOSCOW", or null.'),
    published: z
      .string()
      .nullable()
      .describe("ISO 8601 date or date-time of publication written in the text, or null."),
    language: z.string().nullable().describe('BCP 47 code of the story language (e.g. "en", "de"), or null.'),
    body: z.array(BodyBlock).describe("The main story in reading order."),
    credits: z
      .array(z.string())
      .describe('Wire credits and copyright lines of the story: "(Reporting by ...; Editing by ...)", "© 2024 ...".'),
    sidebar: z.array(SidebarSection).describe("Teasers for other stories, by section."),
    source: Source,
    repairs: z
      .record(z.string(), z.number().int().nonnegative())
      .describe('Count of each kind of text repair made, e.g. {"mojibake": 3, "entity": 2}.'),
    removed: z.number().int().nonnegative().describe("Number of blocks dropped as boilerplate."),
    warnings: z.array(z.string()).describe('Things the reader should know, e.g. "unrecoverable junk removed at line 1".'),
    explain: z.array(ExplainEntry).optional().describe("Per-block decisions (only with --explain)."),
  })
  .describe("A clean article extracted from a scraped text dump.");

export type BodyBlockType = z.infer<typeof BodyBlockType>;
export type BodyBlock = z.infer<typeof BodyBlock>;
export type SidebarItem = z.infer<typeof SidebarItem>;
export type SidebarSection = z.infer<typeof SidebarSection>;
export type Source = z.infer<typeof Source>;
export type ExplainEntry = z.infer<typeof ExplainEntry>;
export type Article = z.infer<typeof Article>;

/** The JSON Schema of the output, generated from the zod schema. */
export function articleJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Article, { target: "draft-2020-12" }) as Record<string, unknown>;
  return { $id: "https://clean-article.dev/schema/article-v1.json", title: "Article", ...schema };
}
