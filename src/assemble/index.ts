/**
 * assemble: labeled blocks → Article. Collects the story parts in reading order,
 * splits an inline dateline off the first paragraph, groups sidebar teasers under
 * their headings with badges as labels.
 */
import type { Article, BodyBlock, SidebarSection } from "../schema.js";
import { SCHEMA_VERSION } from "../version.js";
import type { LabeledBlock } from "../types.js";
import { cleanTitle, findDate, parseAgencyLead, parseBareByline, parseByline, parseDateline } from "../meta/index.js";

export interface AssembleContext {
  source: Article["source"];
  repairs: Record<string, number>;
  warnings: string[];
  language: string | null;
  explain?: boolean;
}

/** A sidebar heading's closing colon ("Read also:", "関連記事："). */
const SECTION_COLON_RE = /\s?[:：]$/u;

export function assemble(blocks: LabeledBlock[], ctx: AssembleContext): Article {
  let title: string | null = null;
  let subtitle: string | null = null;
  let byline: string | null = null;
  let authors: string[] = [];
  let dateline: string | null = null;
  let published: string | null = null;
  const body: BodyBlock[] = [];
  const credits: string[] = [];
  const sidebar: SidebarSection[] = [];
  let removed = 0;
  let pendingLabel: string | undefined;
  let inlineSection = false;

  for (const b of blocks) {
    switch (b.label) {
      case "title":
        if (title === null) title = typeof b.features.title === "string" ? b.features.title : cleanTitle(b.text);
        break;
      case "subtitle":
        // The standfirst is story text too (extractors and readers keep it with the
        // story): it opens the body as well as filling `subtitle`.
        if (subtitle === null) {
          subtitle = b.text;
          if (body.length === 0) body.push({ type: "standfirst", text: b.text });
        }
        break;
      case "byline": {
        const p = parseByline(b.text, { language: ctx.language }) ?? parseBareByline(b.text);
        if (byline === null) {
          byline = p?.byline ?? b.text;
          authors = p?.authors ?? [];
        }
        break;
      }
      case "dateline":
        if (dateline === null) dateline = parseDateline(b.text)?.place ?? stripTrailingDash(b.text);
        break;
      case "date":
        if (published === null) published = typeof b.features.published === "string" ? b.features.published : findDate(b.text, { language: ctx.language });
        removed++;
        break;
      case "paragraph":
      case "heading":
      case "quote":
      case "list-item": {
        let text = b.text;
        const first = body.length === 0 || (body.length === 1 && body[0]!.type === "standfirst");
        if (first && b.label === "paragraph" && dateline === null) {
          const d = parseDateline(text);
          if (d && d.rest.length > 0) {
            dateline = d.place;
            text = d.rest;
          } else {
            // A Korean or Chinese wire lead: "(서울=연합뉴스) 김민수 기자 = …", "新华社北京11月27日电（记者 王明）…".
            const lead = parseAgencyLead(text);
            if (lead && lead.rest.length > 0) {
              dateline = lead.place;
              text = lead.rest;
              if (byline === null && lead.byline !== null) {
                byline = lead.byline;
                authors = lead.authors;
              }
            }
          }
        }
        body.push({ type: b.label, text });
        break;
      }
      case "credits":
        credits.push(b.text);
        break;
      case "sidebar-heading":
        inlineSection = false;
        // "Leia também:", "Читайте также:": the colon introduces the teasers, it is not the section's name.
        sidebar.push({ section: b.text.replace(SECTION_COLON_RE, ""), items: [] });
        pendingLabel = undefined;
        break;
      case "badge":
        pendingLabel = b.text;
        removed++;
        break;
      case "sidebar-item": {
        // An inline teaser ("Related: Headline") is a section of its own.
        if (typeof b.features.section === "string" && typeof b.features.item === "string") {
          sidebar.push({ section: b.features.section, items: [{ text: b.features.item }] });
          inlineSection = true;
          break;
        }
        let section = inlineSection ? undefined : sidebar[sidebar.length - 1];
        inlineSection = false;
        if (!section) {
          section = { section: null, items: [] };
          sidebar.push(section);
        }
        section.items.push(pendingLabel ? { text: b.text, label: pendingLabel } : { text: b.text });
        pendingLabel = undefined;
        break;
      }
      case "boilerplate":
        removed++;
        break;
    }
  }

  for (const section of sidebar) withoutRanks(section.items);

  // The publication date meta found near the title, when no date block gave one.
  if (published === null) {
    const p = blocks.find((b) => typeof b.features.published === "string")?.features.published;
    if (typeof p === "string") published = p;
  }
  const article: Article = {
    schemaVersion: SCHEMA_VERSION,
    title,
    subtitle,
    byline,
    authors,
    dateline,
    published,
    language: ctx.language,
    body,
    credits,
    sidebar,
    source: ctx.source,
    repairs: ctx.repairs,
    removed,
    warnings: ctx.warnings,
  };
  if (ctx.explain) {
    article.explain = blocks.map((b) => ({
      index: b.index,
      line: b.line,
      label: b.label,
      initial: b.initial,
      score: b.score,
      features: b.features,
      reasons: b.reasons,
      text: b.text.length > 80 ? `${b.text.slice(0, 77)}...` : b.text,
    }));
  }
  return article;
}

/** "MOSCOW -" → "MOSCOW": drop the dash that ends a dateline block. No regex, so linear on any input. */
export function stripTrailingDash(text: string): string {
  const last = text[text.length - 1];
  return last === "-" || last === "–" || last === "—" ? text.slice(0, -1).trimEnd() : text;
}

/** A teaser led by its rank: "1. Snow expected this weekend", "2 高铁新线路明日开通". Groups: rank, text. */
const RANKED_ITEM_RE = /^(\d{1,2})[.)]?\s+(\S.*)$/su;

/**
 * The ranks taken off a "Most read" list's teasers, when every teaser of the section
 * has one and they count 1, 2, 3, …: "1 dead in crash on Route 9" alone, or among
 * unnumbered teasers, is a headline.
 */
function withoutRanks(items: Array<{ text: string; label?: string }>): void {
  if (items.length < 2) return;
  const texts: string[] = [];
  for (let k = 0; k < items.length; k++) {
    const m = RANKED_ITEM_RE.exec(items[k]!.text);
    if (!m || Number(m[1]) !== k + 1) return;
    texts.push(m[2]!);
  }
  texts.forEach((t, k) => (items[k]!.text = t));
}
