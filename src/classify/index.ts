/**
 * classify: blocks → labeled blocks. First version: per-block features and a
 * first-pass label, then a context pass (jusText style). To be deepened.
 */
import type { Block, ClassifyOptions, Label, LabeledBlock } from "../types.js";
import { BADGE_SET, BOILERPLATE_SET, SIDEBAR_HEADING_SET, phraseKey } from "../lexicon/boilerplate.js";
import { STOPWORD_SETS } from "../lexicon/stopwords.js";
import { findDate, findPublished, findSubtitle, findTitle, looksLikeByline, looksLikeDateLine, looksLikeDatelineBlock } from "../meta/index.js";

const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function words(text: string): string[] {
  return text.match(WORD_RE) ?? [];
}

/** Share of words that are stopwords of the language (jusText's main signal). */
export function stopwordDensity(ws: string[], language: string | null | undefined): number {
  if (ws.length === 0) return 0;
  const set = STOPWORD_SETS[language ?? "en"] ?? STOPWORD_SETS.en!;
  let n = 0;
  for (const w of ws) if (set.has(w.toLowerCase())) n++;
  return n / ws.length;
}

/** Wire credits: "(Reporting by ...; Editing by ...)". */
const CREDITS_RE = /^\((?:additional\s+)?(?:reporting|writing|editing|compiled)\b.*\)$/i;
const COPYRIGHT_RE = /^(?:©|\(c\)|copyright\b)/i;

function firstPass(b: Block, language: string | null | undefined): { label: Label; score: number; features: LabeledBlock["features"]; reasons: string[] } {
  const ws = words(b.text);
  const key = phraseKey(b.text);
  const density = stopwordDensity(ws, language);
  const sentenceEnd = /[.!?…"”’)]$/.test(b.text);
  const features = { words: ws.length, chars: b.text.length, stopwords: Number(density.toFixed(2)), sentenceEnd };
  if (key === "") return { label: "boilerplate", score: -1, features, reasons: ["no words"] };
  if (BADGE_SET.has(key)) return { label: "badge", score: -1, features, reasons: ["badge phrase"] };
  if (BOILERPLATE_SET.has(key)) return { label: "boilerplate", score: -1, features, reasons: ["boilerplate phrase"] };
  if (SIDEBAR_HEADING_SET.has(key) || /\btop stories$|\bspotlight$/i.test(b.text)) return { label: "sidebar-heading", score: -0.5, features, reasons: ["sidebar heading phrase"] };
  if (looksLikeDatelineBlock(b.text)) return { label: "dateline", score: 0.5, features, reasons: ["dateline shape"] };
  if (CREDITS_RE.test(b.text) || COPYRIGHT_RE.test(b.text)) return { label: "credits", score: 0.5, features, reasons: ["credits shape"] };
  if (ws.length >= 10 && sentenceEnd && density >= 0.2) return { label: "paragraph", score: 1, features, reasons: ["long, sentence-like"] };
  if (ws.length >= 15 && density >= 0.25) return { label: "paragraph", score: 0.8, features, reasons: ["long, many stopwords"] };
  if (ws.length <= 8 && !sentenceEnd && b.text === b.text.toUpperCase() && /\p{Lu}/u.test(b.text)) return { label: "heading", score: 0.3, features, reasons: ["short, upper case"] };
  return { label: "boilerplate", score: 0, features, reasons: ["short or not sentence-like"] };
}

export function classify(blocks: Block[], options: ClassifyOptions = {}): LabeledBlock[] {
  const out: LabeledBlock[] = blocks.map((b) => {
    const r = firstPass(b, options.language);
    return { ...b, label: r.label, initial: r.label, score: r.score, features: r.features, reasons: r.reasons };
  });
  // Title: meta's picker (the <title> line, its repeat as <h1>, or the first headline-like block).
  const firstPara = out.findIndex((b) => b.label === "paragraph");
  const t = findTitle(out, firstPara < 0 ? out.length : firstPara);
  if (t && t.index >= 0) {
    const b = out[t.index]!;
    b.label = "title";
    b.features.title = t.title;
    b.reasons.push("title picked by meta/findTitle");
  }
  // Subtitle: the standfirst between the headline and the byline/date line (meta/findSubtitle).
  const sub = t ? findSubtitle(out, t.index) : null;
  if (sub) {
    out[sub.index]!.label = "subtitle";
    out[sub.index]!.reasons.push("standfirst above the byline (meta/findSubtitle)");
  }
  // Byline and date line: the first of each among the blocks after the title (meta parsers);
  // the publication date found near the title is kept on its block for assemble.
  const from = t ? t.index + 1 : 0;
  let bylineSeen = false;
  let dateSeen = false;
  for (let i = from; i < Math.min(out.length, from + 40); i++) {
    const b = out[i]!;
    if (b.label !== "boilerplate") continue;
    if (!bylineSeen && looksLikeByline(b.text)) {
      b.label = "byline";
      b.reasons.push("byline (meta/parseByline)");
      bylineSeen = true;
    } else if (!dateSeen && looksLikeDateLine(b.text, options) && findDate(b.text, options) !== null) {
      b.label = "date";
      b.reasons.push("date line (meta/looksLikeDateLine)");
      dateSeen = true;
    }
  }
  const published = findPublished(out, t ? t.index : 0, options);
  if (published) out[published.index]!.features.published = published.date;
  // Everything after a sidebar heading that is not story-like is a sidebar item; a
  // sidebar heading ends the story.
  let inSidebar = false;
  for (const b of out) {
    if (b.label === "sidebar-heading") inSidebar = true;
    else if (inSidebar && (b.label === "paragraph" || b.label === "boilerplate") && Number(b.features.words) >= 5) {
      b.label = "sidebar-item";
      b.reasons.push("follows a sidebar heading");
    }
  }
  // Headings only count between paragraphs. The nearest non-boilerplate label on each
  // side is carried along in one pass each way (looking it up per heading was
  // quadratic: a dump of 100k upper-case lines never finished).
  const nextLabel: Array<Label | undefined> = new Array(out.length);
  let next: Label | undefined;
  for (let i = out.length - 1; i >= 0; i--) {
    nextLabel[i] = next;
    if (out[i]!.label !== "boilerplate") next = out[i]!.label;
  }
  let prev: Label | undefined;
  for (let i = 0; i < out.length; i++) {
    const b = out[i]!;
    if (b.label === "heading" && (prev !== "paragraph" || nextLabel[i] !== "paragraph")) b.label = "boilerplate";
    if (b.label !== "boilerplate") prev = b.label;
  }
  return out;
}
