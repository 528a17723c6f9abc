/** JSON renderer: indented for people, compact (one line) for machines and ndjson. */
import type { Article } from "../schema.js";

export interface JsonOptions {
  compact?: boolean;
}

export function renderJson(article: Article, options: JsonOptions = {}): string {
  return (options.compact ? JSON.stringify(article) : JSON.stringify(article, null, 2)) + "\n";
}
