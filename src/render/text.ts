/** Plain-text renderer: title, blank line, paragraphs; no markup. */
import type { Article } from "../schema.js";

export interface TextOptions {
  sidebar?: boolean;
}

export function renderText(article: Article, options: TextOptions = {}): string {
  const out: string[] = [];
  if (article.title) out.push(article.title);
  for (const b of article.body) out.push(b.text);
  for (const c of article.credits) out.push(c);
  if (options.sidebar) {
    for (const s of article.sidebar) {
      if (s.section) out.push(s.section);
      for (const i of s.items) out.push(i.label ? `${i.label}: ${i.text}` : i.text);
    }
  }
  return out.join("\n\n") + "\n";
}
