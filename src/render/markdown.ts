/**
 * Markdown renderer. Every piece of text is escaped so that a CommonMark renderer
 * shows exactly the text: no element, link or HTML the input did not contain as text.
 */
import type { Article } from "../schema.js";

/**
 * Escape characters Markdown would interpret. Inline: backslash, `*`, `_`, `[`, `]`,
 * `<`, `>`, backticks, `|`, `!`, `&` (entities), `~`. Line start: `#`, `>`, `-`, `+`,
 * `=`, and "1." / "1)" ordered-list markers.
 */
export function escapeMarkdown(text: string): string {
  let s = text.replace(/[\\`*_[\]<>|!&~]/g, (c) => `\\${c}`);
  s = s.replace(/^(\s*)([#+\-=])/, "$1\\$2");
  s = s.replace(/^(\s*\d+)([.)])/, "$1\\$2");
  return s;
}

export interface MarkdownOptions {
  sidebar?: boolean;
}

export function renderMarkdown(article: Article, options: MarkdownOptions = {}): string {
  const out: string[] = [];
  if (article.title) out.push(`# ${escapeMarkdown(article.title)}`);
  if (article.subtitle) out.push(`*${escapeMarkdown(article.subtitle)}*`);
  const meta = [article.byline, article.dateline, article.published].filter((x): x is string => !!x);
  if (meta.length > 0) out.push(meta.map(escapeMarkdown).join(" · "));
  for (const b of article.body) {
    const t = escapeMarkdown(b.text);
    if (b.type === "heading") out.push(`## ${t}`);
    else if (b.type === "quote") out.push(`> ${t}`);
    else if (b.type === "list-item") out.push(`- ${t}`);
    else out.push(t);
  }
  for (const c of article.credits) out.push(`*${escapeMarkdown(c)}*`);
  if (options.sidebar && article.sidebar.length > 0) {
    out.push("---");
    for (const s of article.sidebar) {
      out.push(`## ${escapeMarkdown(s.section ?? "More")}`);
      out.push(s.items.map((i) => `- ${i.label ? `**${escapeMarkdown(i.label)}** ` : ""}${escapeMarkdown(i.text)}`).join("\n"));
    }
  }
  return out.join("\n\n") + "\n";
}
