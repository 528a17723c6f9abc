/**
 * Markdown renderer. Every piece of text is escaped so that a CommonMark renderer
 * shows exactly the text: no element, link, HTML or entity the input did not contain
 * as text. Layout: `# Title`, the subtitle in italics, one line "byline · dateline ·
 * date", paragraphs separated by blank lines, `## ` subheads, `> ` quotes, `- ` list
 * items (a run of them one tight list), credits last in italics; with `sidebar`, a rule and a `## ` section of `- `
 * teasers per sidebar section (badges in bold).
 */
import type { Article } from "../schema.js";
import { oneLine } from "./sanitize.js";

/**
 * Characters that are markup wherever they appear: backslash (escapes), `*` and `_`
 * (emphasis), `[` `]` (links, images, reference definitions), `<` (HTML, autolinks),
 * backticks (code spans), `|` (tables), `~` (strikethrough), `#` (ATX headings, also
 * a heading's closing sequence at the end of a line).
 */
const INLINE_RE = /[\\`*_[\]<|~#]/g;
/** `&` that would start an entity or numeric character reference (`&amp;`, `&#38;`). */
const ENTITY_RE = /&(?=#?[0-9A-Za-z]{1,32};)/g;
/** At the start of a block: quote `>`, bullet `-` / `+`, setext or rule `=` / `-`. */
const LINE_START_RE = /^[>+=-]/;
/** At the start of a block: an ordered-list marker "1." / "1)" (1 to 9 digits). */
const ORDERED_RE = /^(\d{1,9})([.)])/;

/**
 * Escape one piece of text (one line) so that Markdown renders it literally. Line
 * breaks, tabs and controls are flattened or dropped first (see oneLine), so the
 * result can follow any block prefix (`# `, `> `, `- `) and stay one block.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(INLINE_RE, (c) => `\\${c}`)
    .replace(ENTITY_RE, "\\&")
    .replace(LINE_START_RE, (c) => `\\${c}`)
    .replace(ORDERED_RE, "$1\\$2");
}

export interface MarkdownOptions {
  sidebar?: boolean;
}

/** Escaped text, or null when nothing printable is left (an empty `**` or `# ` would be markup). */
function field(text: string | null | undefined): string | null {
  if (text == null) return null;
  const s = escapeMarkdown(text);
  return s === "" ? null : s;
}

export function renderMarkdown(article: Article, options: MarkdownOptions = {}): string {
  const out: string[] = [];
  const title = field(article.title);
  if (title) out.push(`# ${title}`);
  const subtitle = field(article.subtitle);
  if (subtitle) out.push(`*${subtitle}*`);
  const meta = [article.byline, article.dateline, article.published].map(field).filter((x): x is string => x !== null);
  if (meta.length > 0) out.push(meta.join(" · "));
  let lastWasItem = false;
  for (const b of article.body) {
    const t = field(b.text);
    if (!t) continue;
    // Printed in italics under the title already.
    if (b.type === "standfirst" && t === subtitle) continue;
    if (b.type === "standfirst") out.push(`*${t}*`);
    else if (b.type === "heading") out.push(`## ${t}`);
    else if (b.type === "quote") out.push(`> ${t}`);
    // Items one after another make one tight list ("- a\n- b"), as the sidebar's do.
    else if (b.type === "list-item") {
      if (lastWasItem) out[out.length - 1] += `\n- ${t}`;
      else out.push(`- ${t}`);
      lastWasItem = true;
      continue;
    } else out.push(t);
    lastWasItem = false;
  }
  for (const c of article.credits) {
    const t = field(c);
    if (t) out.push(`*${t}*`);
  }
  if (options.sidebar && article.sidebar.some((s) => s.items.length > 0 || field(s.section))) {
    out.push("---");
    for (const s of article.sidebar) {
      out.push(`## ${field(s.section) ?? "More"}`);
      const items: string[] = [];
      for (const i of s.items) {
        const text = field(i.text);
        const label = field(i.label);
        if (text || label) items.push(`- ${[label ? `**${label}**` : null, text].filter((x) => x).join(" ")}`);
      }
      if (items.length > 0) out.push(items.join("\n"));
    }
  }
  return out.join("\n\n") + "\n";
}
