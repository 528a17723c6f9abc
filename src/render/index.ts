/** Registry of output formats. */
import type { Article } from "../schema.js";
import { renderJson } from "./json.js";
import { renderMarkdown } from "./markdown.js";
import { renderText } from "./text.js";

export type Format = "json" | "ndjson" | "markdown" | "text";

export const FORMAT_ALIASES: Record<string, Format> = {
  json: "json",
  ndjson: "ndjson",
  jsonl: "ndjson",
  markdown: "markdown",
  md: "markdown",
  text: "text",
  txt: "text",
};

export const FORMAT_EXTENSIONS: Record<Format, string> = { json: ".json", ndjson: ".json", markdown: ".md", text: ".txt" };

export interface RenderOptions {
  compact?: boolean;
  sidebar?: boolean;
}

export function render(article: Article, format: Format, options: RenderOptions = {}): string {
  switch (format) {
    case "json":
      return renderJson(article, { compact: options.compact });
    case "ndjson":
      return renderJson(article, { compact: true });
    case "markdown":
      return renderMarkdown(article, { sidebar: options.sidebar });
    case "text":
      return renderText(article, { sidebar: options.sidebar });
  }
}

export { escapeMarkdown, renderMarkdown } from "./markdown.js";
export { renderText } from "./text.js";
export { renderJson } from "./json.js";
