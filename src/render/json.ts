/** JSON renderer: indented for people, compact (one line) for machines and ndjson. */
import type { Article } from "../schema.js";

export interface JsonOptions {
  compact?: boolean;
}

/**
 * JSON.stringify escapes C0 controls and lone surrogates but leaves DEL, C1 controls
 * (U+009B is a one-character CSI for some terminals) and the line/paragraph
 * separators raw; they can only occur inside strings, so \u escapes are always valid.
 */
const RAW_RE = /[\u007f-\u009f\u2028\u2029]/g;

export function renderJson(article: Article, options: JsonOptions = {}): string {
  const s = options.compact ? JSON.stringify(article) : JSON.stringify(article, null, 2);
  return s.replace(RAW_RE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) + "\n";
}
