/**
 * Plain-text renderer: the title, a blank line, then the body blocks and credits, one
 * per paragraph with blank lines between; no markup. With `sidebar`, each section
 * heading and its teasers ("LABEL: teaser") follow. Controls never reach the output.
 */
import type { Article } from "../schema.js";
import { oneLine } from "./sanitize.js";

export interface TextOptions {
  sidebar?: boolean;
}

export function renderText(article: Article, options: TextOptions = {}): string {
  const out: string[] = [];
  const push = (s: string | null | undefined): void => {
    const t = s == null ? "" : oneLine(s);
    if (t !== "") out.push(t);
  };
  push(article.title);
  for (const b of article.body) push(b.text);
  for (const c of article.credits) push(c);
  if (options.sidebar) {
    for (const s of article.sidebar) {
      push(s.section);
      for (const i of s.items) {
        const label = i.label == null ? "" : oneLine(i.label);
        push(label ? `${label}: ${oneLine(i.text)}` : i.text);
      }
    }
  }
  return out.join("\n\n") + "\n";
}
