/**
 * Test helper: what a CommonMark renderer (markdown-it) makes of a Markdown page,
 * reduced to the blocks a reader sees and the inline parts inside them. Any token
 * the clean-article renderer never emits on purpose (links, images, HTML, code,
 * tables, strikethrough, entities turned into other characters, ...) is reported
 * as `forbidden`, so a test can say "no element appeared that was not asked for".
 */
import MarkdownIt from "markdown-it";
import type { Article } from "../../src/schema.js";
import { oneLine } from "../../src/render/sanitize.js";

export type Inline = string | "<em>" | "</em>" | "<strong>" | "</strong>";
export interface SeenBlock {
  block: "h1" | "h2" | "p" | "quote" | "li" | "hr";
  inline: Inline[];
}

/** markdown-it as strict as it gets: raw HTML allowed (so unescaped HTML would show), GFM tables and strikethrough on. */
export const mdDefault = new MarkdownIt("default", { html: true, linkify: false, typographer: false });
/** Plain CommonMark. */
export const mdCommonMark = new MarkdownIt("commonmark", { html: true });

const INLINE_OK: Record<string, Inline | null> = {
  em_open: "<em>",
  em_close: "</em>",
  strong_open: "<strong>",
  strong_close: "</strong>",
  text: null,
};

/** Blocks and inline parts seen by the renderer, plus every token that should not be there. */
export function seen(md: string, parser: InstanceType<typeof MarkdownIt> = mdDefault): { blocks: SeenBlock[]; forbidden: string[] } {
  const tokens = parser.parse(md, {});
  const blocks: SeenBlock[] = [];
  const forbidden: string[] = [];
  const stack: string[] = [];
  for (const t of tokens) {
    switch (t.type) {
      case "heading_open":
        if (t.tag !== "h1" && t.tag !== "h2") forbidden.push(`heading ${t.tag}`);
        stack.push(t.tag);
        break;
      case "blockquote_open":
        if (stack.includes("quote")) forbidden.push("nested blockquote");
        stack.push("quote");
        break;
      case "list_item_open":
        if (stack.includes("li")) forbidden.push("nested list");
        stack.push("li");
        break;
      case "paragraph_open":
        stack.push("p");
        break;
      case "heading_close":
      case "blockquote_close":
      case "list_item_close":
      case "paragraph_close":
        stack.pop();
        break;
      case "bullet_list_open":
      case "bullet_list_close":
        break;
      case "hr":
        blocks.push({ block: "hr", inline: [] });
        break;
      case "inline": {
        // the innermost container decides what the reader sees: a paragraph inside a
        // list item or quote is that item or quote
        const kind = [...stack].reverse().find((k) => k !== "p") ?? "p";
        const inline: Inline[] = [];
        for (const c of t.children ?? []) {
          if (!(c.type in INLINE_OK)) {
            forbidden.push(`${c.type}${c.tag ? ` <${c.tag}>` : ""}: ${JSON.stringify(c.content)}`);
            continue;
          }
          const marker = INLINE_OK[c.type];
          if (marker) inline.push(marker);
          else if (c.content !== "") {
            const last = inline[inline.length - 1];
            if (typeof last === "string" && !last.startsWith("<")) inline[inline.length - 1] = last + c.content;
            else inline.push(c.content);
          }
        }
        blocks.push({ block: kind as SeenBlock["block"], inline });
        break;
      }
      default:
        forbidden.push(t.type);
    }
  }
  return { blocks, forbidden };
}

/** The blocks a reader must see for this Article: exactly its text, with only the markup the layout asks for. */
export function expectedBlocks(article: Article, sidebar: boolean): SeenBlock[] {
  const f = (s: string | null | undefined): string => (s == null ? "" : oneLine(s));
  const out: SeenBlock[] = [];
  if (f(article.title)) out.push({ block: "h1", inline: [f(article.title)] });
  if (f(article.subtitle)) out.push({ block: "p", inline: ["<em>", f(article.subtitle), "</em>"] });
  const meta = [article.byline, article.dateline, article.published].map(f).filter((x) => x !== "");
  if (meta.length > 0) out.push({ block: "p", inline: [meta.join(" · ")] });
  const kinds = { paragraph: "p", heading: "h2", quote: "quote", "list-item": "li" } as const;
  for (const b of article.body) {
    if (!f(b.text)) continue;
    // The standfirst is shown once, in italics under the title.
    if (b.type === "standfirst") {
      if (f(b.text) !== f(article.subtitle)) out.push({ block: "p", inline: ["<em>", f(b.text), "</em>"] });
    } else out.push({ block: kinds[b.type], inline: [f(b.text)] });
  }
  for (const c of article.credits) if (f(c)) out.push({ block: "p", inline: ["<em>", f(c), "</em>"] });
  if (sidebar && article.sidebar.some((s) => s.items.length > 0 || f(s.section))) {
    out.push({ block: "hr", inline: [] });
    for (const s of article.sidebar) {
      out.push({ block: "h2", inline: [f(s.section) || "More"] });
      for (const i of s.items) {
        const label = f(i.label);
        const text = f(i.text);
        if (!label && !text) continue;
        const inline: Inline[] = label ? ["<strong>", label, "</strong>"] : [];
        if (text) inline.push(label ? ` ${text}` : text);
        out.push({ block: "li", inline });
      }
    }
  }
  return out;
}
