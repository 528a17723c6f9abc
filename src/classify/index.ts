/**
 * classify: blocks → labeled blocks.
 *  1. features: per-block text features (./features.ts), linear in the text;
 *  2. story score: a two-stage logistic model, own features then context
 *     (./model.ts, weights in ./weights.ts), with the main story region;
 *  3. structure: title (meta's findTitle), dateline, byline, date, subheads,
 *     list items, pull quotes, credits, sidebar sections with badges.
 * Every pass is linear in the number of blocks.
 */
import type { Block, ClassifyOptions, Label, LabeledBlock, Mode } from "../types.js";
import { COMMENT_HEADING_PREFIXES, COMMENT_HEADING_SET, LIST_JOINERS, MEDIA_TEASER_LABEL_SET, READ_MORE_SET, SIDEBAR_HEADING_SET, phraseKey, phraseKeyStart } from "../lexicon/boilerplate.js";
import { PUBLISHED_WORDS, UPDATED_WORDS } from "../lexicon/dates.js";
import { findPublished, findTitle, MAX_KEY_POINTS, looksLikeBioByline, looksLikeByline, looksLikeDateLine, looksLikeDatelineBlock, looksLikeRole, nameLike, newsroomByline, parseBareByline } from "../meta/index.js";
import { blockFeatures, keyHash, prefixHashes, words, type KeyHashes, type RawColumns, type RawFeatures } from "./features.js";
import { compileStoryModel, forestScore, thinStoryRegion, THIN_STORY_THRESHOLD, scoreLaidOut, STAGE1_FEATURES, type CompiledStoryModel, type StoryModel } from "./model.js";
import {
  AGENCY_LINE_RE,
  CAPS_CREDIT_RE,
  CAPTION_CREDIT_RE,
  COPYRIGHT_LINE_RE,
  creditsLine,
  DATELINE_BLOCK_RE,
  INLINE_TEASER_RE,
  CAPTION_LABEL_RE,
  CAPTION_PREFIX_RE,
  cutOffTeaser,
  repeatedTitle,
  CONTRIBUTION_NOTE_RE,
  LABEL_VALUE_RE,
  SOURCE_LABEL_RE,
  LIST_MARK_RE,
  tagLine,
  PAGE_COUNTER_RE,
  mayHoldCaptionCredit,
  PHOTO_CREDIT_RE,
  QUOTE_OPEN_RE,
  SLIDE_COUNTER_RE,
  NUMERIC_DATE_RE,
  READING_TIME_RE,
  RELATIVE_TIME_RE,
  YEAR_RE,
} from "./rules.js";
import { STORY_MODEL } from "./weights.js";
import { isMenuRun, type BlockStore } from "../segment/index.js";
import { BlockRow, NO_FEATURES, NO_REASONS, rowsOf } from "./rows.js";
import { charFlags, LETTER, LOWERS, MARK, NUMBER, UNSPACED } from "../unicode/chars.js";

export { words, stopwordDensity } from "./features.js";

/** Most words of a line of tags ("Tags: …"): a longer block is no such line. */
const TAG_LINE_WORDS = 40;

/** Story-probability threshold per mode: precision keeps less, recall keeps more. */
export const MODE_THRESHOLDS: Record<Mode, number> = { precision: 0.62, balanced: 0.5, recall: 0.36 };

/** The few features that pushed a block's stage-1 score the most (the trees count as one), for --explain. */
function topContributions(m: CompiledStoryModel, f: readonly number[], k: number): string[] {
  const c: [string, number][] = [];
  for (let i = 0; i < f.length; i++) {
    const v = m.stage1.w[i]! * f[i]!;
    if (v !== 0) c.push([STAGE1_FEATURES[i]!, v]);
  }
  if (m.stage1Trees) c.push(["trees", forestScore(m.stage1Trees, f)]);
  c.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1));
  return c.slice(0, k).map(([n, v]) => `${n}${v >= 0 ? "+" : ""}${v.toFixed(2)}`);
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** The numbers --explain shows for a block. */
function explainFeatures(r: RawFeatures, p1: number, p2: number): LabeledBlock["features"] {
  return { words: r.words, stopwords: round(r.stopwords), sentenceEnd: r.sentenceEnd, cohesion: round(r.cohesion), p1: round(p1), p2: round(p2) };
}

const DEFAULT_MODEL: CompiledStoryModel = compileStoryModel(STORY_MODEL);

// A block without features or reasons (no --explain) has NO_FEATURES and NO_REASONS,
// one shared, frozen object and array (a million blocks had a million empty ones);
// setFeature and addReason give a block its own when it gets one.

function setFeature(b: LabeledBlock, key: string, value: string): void {
  if (b.features === NO_FEATURES) b.features = {};
  b.features[key] = value;
}

function addReason(b: LabeledBlock, why: string): void {
  if (b.reasons === NO_REASONS) b.reasons = [];
  b.reasons.push(why);
}

/** Labels every block. `model` is for training and cross-validation (bench/train.mjs). */
export function classify(blocks: Block[], options: ClassifyOptions = {}, storyModel?: StoryModel): LabeledBlock[] {
  return label(blocks, options, storyModel, false);
}

/**
 * classify for a list of blocks nobody else reads (the pipeline's, fresh from segment):
 * each block becomes its labeled block (the fields are added to it; a new object per
 * block, the old ones left to the GC, peaked higher) and the list is returned, so a
 * dump of a million lines holds one object per block, not two.
 */
export function classifyInPlace(blocks: Block[], options: ClassifyOptions = {}): LabeledBlock[] {
  return label(blocks, options, undefined, true);
}

/**
 * classify for the blocks of a BlockStore (the pipeline's, from segmentStore): the
 * labeled blocks are views (BlockRow) of the store and of columns of labels, scores
 * and features, one small object per block.
 */
export function classifyStore(store: BlockStore, options: ClassifyOptions = {}): LabeledBlock[] {
  const { rows, columns } = rowsOf(store);
  return label(rows, options, undefined, true, columns);
}

/** rows: the columns of the blocks when they are BlockRows (classifyStore), whose features are written there. */
function label(blocks: Block[], options: ClassifyOptions, storyModel: StoryModel | undefined, inPlace: boolean, rows?: RawColumns): LabeledBlock[] {
  const model = storyModel ? compileStoryModel(storyModel) : DEFAULT_MODEL;
  const language = options.language ?? null;
  const threshold = MODE_THRESHOLDS[options.mode ?? "balanced"];
  const feats = blockFeatures(blocks, language, !rows, rows);
  const { columns, doc, keys } = feats;
  // BlockRows are their features' views too (no second object per block).
  const raws: RawFeatures[] = rows ? (blocks as BlockRow[]) : feats.raws;
  const { p1, p2, f1 } = scoreLaidOut(raws, blocks, doc.hasBlankLines, model, options.explain === true);

  const thin = thinStoryRegion(p2, columns.words, threshold);
  const out: LabeledBlock[] = inPlace ? (blocks as LabeledBlock[]) : new Array<LabeledBlock>(blocks.length);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const initial: Label = p1[i]! >= threshold ? "paragraph" : "boilerplate";
    const widened = thin !== null && i >= thin[0] && i <= thin[1] && p2[i]! >= THIN_STORY_THRESHOLD;
    const label: Label = p2[i]! >= threshold || widened ? "paragraph" : "boilerplate";
    // The reasons are text for --explain: formatting them for every block of every
    // dump was a tenth of the run time, so they are only written when asked for.
    const reasons = options.explain
      ? [
          `story score ${p1[i]!.toFixed(2)} alone, ${p2[i]!.toFixed(2)} in context (threshold ${threshold})`,
          `deciding: ${topContributions(model, f1[i]!, 4).join(", ")}`,
          ...(widened && p2[i]! < threshold ? [`thin story: kept at the lower bar ${THIN_STORY_THRESHOLD} inside the best region`] : []),
        ]
      : NO_REASONS;
    // The deciding numbers are for --explain too: an object of six numbers per block
    // is a fifth of a block's memory (a dump of a million lines).
    const features = options.explain ? explainFeatures(raws[i]!, p1[i]!, p2[i]!) : NO_FEATURES;
    if (inPlace) {
      const l = b as LabeledBlock;
      l.label = label;
      l.initial = initial;
      l.score = round(p2[i]!);
      l.features = features;
      l.reasons = reasons;
    } else {
      out[i] = {
        index: b.index,
        text: b.text,
        lines: b.lines,
        line: b.line,
        blankBefore: b.blankBefore,
        blankAfter: b.blankAfter,
        label,
        initial,
        score: round(p2[i]!),
        features,
        reasons,
      };
    }
  }
  // A block settled by a rule that knows what it is (a photo credit, a reader's
  // comment) keeps its label through the later structure passes.
  const settled = new Uint8Array(out.length);
  const set = (i: number, label: Label, why: string): void => {
    const b = out[i]!;
    if (b.label === label || settled[i]) return;
    b.label = label;
    if (options.explain) addReason(b, why);
  };
  const settle = (i: number, label: Label, why: string): void => {
    set(i, label, why);
    settled[i] = 1;
  };

  // The labeled blocks carry the blocks' fields: the passes read them, not the input list.
  structure(out, out, raws, keys, p2, threshold, { set, settle }, language);
  return out;
}

/**
 * isMenuRun(b): for the pipeline's blocks (BlockRow) from segment's flag, without
 * walking the run's lines again (a million lines: a million strings for the GC at
 * the end of classify, when its memory peaks).
 */
function menuRun(b: Block): boolean {
  return b instanceof BlockRow ? b.menuRun : isMenuRun(b);
}

/** At least half the words of the blocks labeled paragraph are at block `from` or after it. */
function halfTheStoryFrom(out: readonly LabeledBlock[], raws: readonly RawFeatures[], from: number): boolean {
  let before = 0;
  let after = 0;
  for (let i = 0; i < out.length; i++) {
    if (out[i]!.label !== "paragraph") continue;
    if (i < from) before += raws[i]!.words;
    else after += raws[i]!.words;
  }
  return after >= before;
}

type Setter = (i: number, label: Label, why: string) => void;

function firstLast(out: readonly LabeledBlock[], label: Label): [number, number] {
  let first = -1;
  let last = -1;
  for (let i = 0; i < out.length; i++) {
    if (out[i]!.label !== label) continue;
    if (first < 0) first = i;
    last = i;
  }
  return [first, last];
}

/** The structure passes, in order; each is linear in the number of blocks. */
function structure(out: LabeledBlock[], blocks: Block[], raws: RawFeatures[], keys: KeyHashes, p2: ArrayLike<number>, threshold: number, setters: { set: Setter; settle: Setter }, language: string | null): void {
  const { set, settle } = setters;
  const n = out.length;
  // Whole-block phrases: badges and buttons are never story; neither are prompts
  // dense with cookie/newsletter/legal words (a consent banner is fluent prose).
  for (let i = 0; i < n; i++) {
    const r = raws[i]!;
    // Hundreds of lines of one to three words that segment grouped: a menu, tag cloud or index.
    if (r.words > 0 && menuRun(blocks[i]!)) settle(i, "boilerplate", "menu run: hundreds of lines of one to three words");
    else if (r.words === 0) set(i, "boilerplate", "no words");
    else if (r.words === 1 && r.chars <= 4 && strayGlyph(blocks[i]!.text)) set(i, "boilerplate", "a stray glyph ('ý', 'ϟ': a broken icon or a lost name)");
    else if (r.badge && r.words <= 3) set(i, "badge", "badge phrase");
    else if (r.boilerPhrase) set(i, "boilerplate", "boilerplate phrase");
    else if (r.words <= 80 && cutOffTeaser(blocks[i]!.text)) set(i, "boilerplate", "cut-off teaser excerpt with its read-more link");
    else if (r.words >= 6 && repeatedTitle(blocks[i]!.text)) set(i, "boilerplate", "a title printed two or three times (a teaser card)");
    else if (r.words <= 16 && hasDigit(blocks[i]!.text) && metaRow(blocks[i]!.text)) set(i, "boilerplate", "a row of short fields with a date ('NDR 90,3 | Nachrichten | 26.11.2026 | 12:00 Uhr')");
    else if (r.words <= 6 && hasDigit(blocks[i]!.text) && READING_TIME_RE.test(blocks[i]!.text.trim())) settle(i, "boilerplate", "reading time");
    else if (r.words <= 6 && ID_LINE_RE.test(blocks[i]!.text.trim())) set(i, "boilerplate", "a story id ('Article ID: 48213', 'کد خبر: ۱۲۳۴۵۶')");
    else if (r.words <= TAG_LINE_WORDS && tagLine(blocks[i]!.text)) settle(i, "boilerplate", "the story's line of tags ('Tags: …')");
    else if (r.words <= 5 && hasDigit(blocks[i]!.text) && PAGE_COUNTER_RE.test(blocks[i]!.text.trim())) settle(i, "boilerplate", "page counter of an article split over pages ('Page 1 of 3')");
    else if (promptShape(r)) set(i, "boilerplate", "site prompt (cookie, newsletter, legal words)");
  }

  if (onlyTextBlock(out, blocks, raws)) return;
  stampedTeasers(out, raws, settle);

  // Captions and galleries first: a gallery of captions under the headline is not
  // the story's start (the byline and date under it are looked for from there).
  // Photo captions: a block followed by a photo-credit line ("Photograph: X"), and
  // captions that end with their credit ("… in Berlin. Foto: dpa").
  for (let i = 0; i < n; i++) {
    if (raws[i]!.words <= 60 && raws[i]!.chars <= 600 && !COPYRIGHT_LINE_RE.test(blocks[i]!.text) && mayHoldCaptionCredit(blocks[i]!.text) && (CAPTION_CREDIT_RE.test(blocks[i]!.text) || CAPS_CREDIT_RE.test(blocks[i]!.text))) settle(i, "boilerplate", "photo caption or credit");
    if (raws[i]!.words <= 12 && SOURCE_LABEL_RE.test(blocks[i]!.text)) settle(i, "boilerplate", "picture source label");
    if (raws[i]!.words <= 3 && CAPTION_LABEL_RE.test(blocks[i]!.text.trim())) {
      settle(i, "boilerplate", "caption label");
      if (i + 1 < n && raws[i + 1]!.words <= 40) settle(i + 1, "boilerplate", "caption (after its label)");
      continue;
    }
    if (raws[i]!.words <= 60 && CAPTION_PREFIX_RE.test(blocks[i]!.text)) {
      settle(i, "boilerplate", "caption after its label on one line");
      continue;
    }
    if (!PHOTO_CREDIT_RE.test(blocks[i]!.text) || raws[i]!.words > 12) continue;
    set(i, "boilerplate", "photo credit");
    if (i > 0 && !blocks[i]!.blankBefore && (out[i - 1]!.label === "paragraph" || out[i - 1]!.label === "boilerplate") && raws[i - 1]!.words <= 60) set(i - 1, "boilerplate", "photo caption (followed by a photo credit)");
  }

  photoGallery(out, blocks, settle);

  let [start, end] = firstLast(out, "paragraph");
  if (start < 0) start = n;

  // Title: meta's picker. Repeats of the headline are not body text (the <title>
  // line at the top and the <h1> under it both carry it).
  // The story starts at its first sentence-like paragraph; a short unpunctuated line
  // before it can be the headline.
  let textStart = start;
  while (textStart < n && !(out[textStart]!.label === "paragraph" && (raws[textStart]!.sentenceEnd || raws[textStart]!.words > 14))) textStart++;
  const t = findTitle(blocks, textStart);
  let head = -1; // the headline's position in the page (the <h1>, or the title block)
  const headRepeat = new Uint8Array(n); // blocks that repeat the headline
  if (t) {
    const key = phraseKey(t.title);
    // The <title> line ("Headline｜Site"): a later block that is its beginning is the <h1>.
    const titleLine = t.index >= 0 && t.index < 3 ? phraseKey(blocks[t.index]!.text) : "";
    if (t.index >= 0) {
      set(t.index, "title", "title picked by meta/findTitle");
      setFeature(out[t.index]!, "title", t.title);
      head = t.index;
    }
    const keyAt = keyHash(key);
    const lineAt = prefixHashes(titleLine);
    for (let i = 0; i < n; i++) {
      if (i === t.index) continue;
      // Only blocks whose key can be the headline's, a beginning of the <title> line or
      // (at the top) begin with the headline have their key made.
      const l = keys.length[i]!;
      if (l >= 0 && !keys.mayBe(i, key.length, keyAt) && !(i < 3 && l >= key.length) && !(l < titleLine.length && keys.mayBe(i, l, lineAt[l]!))) continue;
      // A longer block (no key made) whose key cannot begin as the headline's or the
      // <title> line's does not have its whole text lower-cased to learn that.
      if (l < 0) {
        const first = phraseKeyStart(blocks[i]!.text);
        if (first !== "" && !key.startsWith(first) && !titleLine.startsWith(first)) continue;
      }
      const k = phraseKey(blocks[i]!.text);
      // A line that is the headline, or the <title> line that contains it ("Headline | Site").
      const h1 = titleLine !== "" && i > t.index && k.length >= 8 && k.length >= titleLine.length * 0.5 && k.length < titleLine.length && titleLine.startsWith(k);
      if (k === key || h1 || (i < 3 && key.length >= 12 && k.startsWith(key) && raws[i]!.words <= 40 && !raws[i]!.sentenceEnd)) {
        set(i, "boilerplate", "repeats the headline");
        headRepeat[i] = 1;
        if ((i <= start + 1 || h1) && (head < 0 || head < 3)) head = Math.max(head, i);
      }
    }
  }
  // Kickers and section labels before the <h1> are not story: the story starts
  // under its headline (only when the headline was found below the page top, and
  // when at least half the story is under it: a headline found after most of it
  // is a share box or a "you read" footer repeating it, not the story's head).
  if (head >= 3 && halfTheStoryFrom(out, raws, head)) {
    for (let i = 0; i < head; i++) if (out[i]!.label === "paragraph" && !(raws[i]!.words >= 40 && p2[i]! >= 0.9)) set(i, "boilerplate", "before the headline");
  }
  // A box of key points right under the headline: its points open the story as list
  // items, and the front matter is looked for under the box.
  const box = keyPointsBox(out, raws, head);
  if (box >= 0) {
    settle(head + 1, "boilerplate", "heading of the key points under the headline");
    for (let k = head + 2; k <= box; k++) settle(k, "list-item", "one of the key points under the headline");
  }
  [start, end] = firstLast(out, "paragraph");
  if (start < 0) start = n;

  // Between the headline and the story: standfirst, byline, date, dateline.
  frontMatter(out, raws, box >= 0 ? box : head, start, { set, settle }, language);
  // The publication date meta finds near the title, kept on its block for assemble.
  const published = findPublished(out, head >= 0 ? head : t ? t.index : 0, { language });
  if (published) setFeature(out[published.index]!, "published", published.date);
  [start, end] = firstLast(out, "paragraph");
  if (start < 0) start = n;

  sidebar(out, blocks, raws, p2, threshold, set, settle);
  [start, end] = firstLast(out, "paragraph");
  if (start < 0) start = n;
  fluentInside(out, raws, start, end, set);
  embeddedPosts(out, blocks, raws, start, end, set);
  // Fluent prose after the last paragraph made the story longer: its closing sentence is looked for after that.
  end = Math.max(end, firstLast(out, "paragraph")[1]);
  end = questionsAnswered(out, raws, start, end, set);
  end = lineJoinedToRun(out, blocks, raws, p2, start, end, set);
  closingSentence(out, raws, p2, end, set);
  danglingSubhead(out, raws, start, set);
  contributionNote(out, raws, end, set);
  isolatedShortLines(out, raws, set);
  commentSection(out, blocks, raws, settle);
  [start, end] = firstLast(out, "paragraph");

  // Credits: wire credit lines anywhere after the story start; agency and copyright
  // lines right after the story's last paragraph.
  for (let i = Math.max(0, start); i < n; i++) if (creditsLine(blocks[i]!.text)) set(i, "credits", "wire credits line");
  if (end >= 0) {
    for (let i = end + 1, seen = 0; i < n && seen < 3; i++) {
      const b = out[i]!;
      if (b.label === "sidebar-heading" || b.label === "sidebar-item") break;
      if (b.label === "credits") continue;
      seen++;
      const text = blocks[i]!.text;
      if ((COPYRIGHT_LINE_RE.test(text) && raws[i]!.words <= 30) || (AGENCY_LINE_RE.test(text) && raws[i]!.words <= 8)) set(i, "credits", "credits line right after the story");
    }
  }

  listItems(out, raws, start, end, set);
  headings(out, raws, headRepeat, head, start, end, set);
  lastListItem(out, start, end, set);
  pullQuotes(out, raws);
}

/**
 * The last line of a list written one item per line without blank lines ("4 cod
 * fillets", …, "Salt and black pepper"), taken for a subhead because the next block is
 * one: with no blank line between it and the item above, it is the list's last item.
 */
function lastListItem(out: LabeledBlock[], start: number, end: number, set: Setter): void {
  for (let i = Math.max(1, start); i <= end; i++) {
    const b = out[i]!;
    const prev = out[i - 1]!;
    if (b.label === "heading" && prev.label === "list-item" && !prev.blankAfter && !b.blankBefore && (i + 1 >= out.length || out[i + 1]!.blankBefore)) set(i, "list-item", "last item of a list without blank lines");
  }
}

/** Fewest teasers in a row, each closed by its time stamp, that make a teaser list. */
const STAMPED_TEASERS_MIN = 2;

/**
 * Teaser lists whose items end with a time stamp: "Storm knocks out power" /
 * "Crews expect to restore power by Thursday." / "3 hours ago", again and again
 * (a homepage's or a sidebar's "Latest"). From two such items in a row (a one- or
 * two-word section label may stand between them), the headlines and summaries are
 * settled as sidebar items and the stamps as boilerplate. A live blog's entries
 * start with a bare time and run long: they are no such items.
 */
function stampedTeasers(out: LabeledBlock[], raws: readonly RawFeatures[], settle: Setter): void {
  const n = out.length;
  const units: [number, number][] = []; // [first block, stamp] of the current run
  const close = (): void => {
    if (units.length >= STAMPED_TEASERS_MIN) {
      for (const [first, stamp] of units) {
        for (let k = first; k < stamp; k++) settle(k, "sidebar-item", "teaser closed by its time stamp");
        settle(stamp, "boilerplate", "a teaser's time stamp");
      }
    }
    units.length = 0;
  };
  let from = 0; // where the next unit may start
  for (let i = 0; i < n; i++) {
    const r = raws[i]!;
    // A copyright line ("© 2026 The Daily Courier") has a year too; it is no stamp.
    if (!(r.words <= 6 && !r.copyright && dateShape(out[i]!.text, r))) continue;
    // The unit above the stamp: a headline, or a headline and a summary of one or two sentences.
    const head = teaserUnitStart(out, raws, i);
    if (head < 0) {
      close();
      from = i + 1;
      continue;
    }
    const gap = head - from; // blocks between the last stamp and this unit
    if (units.length > 0 && !(gap === 0 || (gap === 1 && raws[from]!.words <= 2))) close();
    units.push([head, i]);
    from = i + 1;
  }
  close();
}

/** First block of the teaser right above a time stamp at `stamp`, or -1: a headline, maybe with a summary under it. */
function teaserUnitStart(out: readonly LabeledBlock[], raws: readonly RawFeatures[], stamp: number): number {
  const above = stamp - 1;
  if (above < 0) return -1;
  const a = raws[above]!;
  const headline = (r: RawFeatures): boolean => r.words >= 3 && r.words <= 20 && !r.sentenceEnd && r.cues === 0 && !r.boilerPhrase;
  const summary = a.words >= 5 && a.words <= 40 && a.sentences <= 2 && a.sentenceEnd && a.cues === 0;
  if (summary && above - 1 >= 0 && headline(raws[above - 1]!)) return above - 1;
  if (headline(a)) return above;
  return -1;
}

/** Fewest counted slides that make a gallery. */
const GALLERY_MIN_SLIDES = 3;

/**
 * A photo gallery: captions numbered by a slide counter ("1/50 United going …",
 * "2/50 Star Wars …"), each on the counter's line or in the block after it. A run of
 * at least GALLERY_MIN_SLIDES counters of one gallery (same count, slides one after
 * another) is settled as boilerplate with the blocks between its counters and the
 * last caption. Dates written day/month ("18/11 Soirée-débat") are not a gallery:
 * the slide never exceeds the count and the slides go up by one.
 */
function photoGallery(out: LabeledBlock[], blocks: readonly Block[], settle: Setter): void {
  let first = -1; // first counter of the current run
  let last = -1;
  let slides = 0;
  let count = 0;
  let slide = 0;
  const close = (): void => {
    if (slides >= GALLERY_MIN_SLIDES) {
      // The caption of the last slide: as many blocks after it as between two counters, minus one.
      const step = Math.round((last - first) / (slides - 1));
      const end = Math.min(out.length - 1, last + Math.max(0, Math.min(step, 3) - 1));
      for (let j = first; j <= end; j++) settle(j, "boilerplate", "photo gallery (numbered slides)");
    }
    slides = 0;
  };
  for (let i = 0; i < blocks.length; i++) {
    const m = SLIDE_COUNTER_RE.exec(blocks[i]!.text);
    if (!m) continue;
    const k = Number(m[1]);
    const n = Number(m[2]);
    if (k < 1 || n < GALLERY_MIN_SLIDES || k > n) continue;
    if (slides > 0 && n === count && k === slide + 1 && i - last <= 4) {
      slides++;
    } else {
      close();
      first = i;
      slides = 1;
      count = n;
    }
    slide = k;
    last = i;
  }
  close();
}

/** jusText's "good" block: long, fluent, sentence-final, with the stopword density of prose. */
function fluent(r: RawFeatures): boolean {
  return r.sentenceEnd && r.words >= 15 && r.stopwords >= 0.3 && r.cues <= 1 && !r.url && r.repeated === 1;
}

/** How far (in blocks) fluent prose may sit from the story paragraphs on either side to be bridged into the story. */
const FLUENT_BRIDGE = 8;

/**
 * Fluent prose inside the story span is story, whatever its neighbours (a paragraph
 * between a photo caption and a "Share" button), when story paragraphs stand within
 * FLUENT_BRIDGE blocks on both sides: a page whose first and last "paragraphs" are
 * far apart (a summary teaser at the top, the story at the bottom) does not turn
 * every fluent teaser between them into story; and the story goes on past its last
 * paragraph while fluent paragraphs follow with at most a few short lines between
 * them (live-blog entries separated by times and share buttons).
 */
export function fluentInside(out: LabeledBlock[], raws: RawFeatures[], start: number, end: number, set: Setter): void {
  if (end < 0) return;
  const next = new Int32Array(out.length).fill(1e9);
  for (let i = out.length - 2; i >= 0; i--) next[i] = out[i + 1]!.label === "paragraph" ? i + 1 : next[i + 1]!;
  let prev = -1e9;
  for (let i = start + 1; i < end; i++) {
    if (out[i - 1]!.label === "paragraph") prev = i - 1;
    if (out[i]!.label === "boilerplate" && fluent(raws[i]!) && !raws[i]!.boilerPhrase && i - prev <= FLUENT_BRIDGE && next[i]! - i <= FLUENT_BRIDGE) set(i, "paragraph", "fluent prose inside the story");
  }
  let gap = 0;
  for (let i = end + 1; i < out.length && gap <= 3; i++) {
    const b = out[i]!;
    const r = raws[i]!;
    if (b.label === "sidebar-heading" || b.label === "sidebar-item" || b.label === "credits") break;
    if (b.label === "boilerplate" && fluent(r)) {
      set(i, "paragraph", "fluent prose continuing the story");
      gap = 0;
    } else if (r.words <= 5) gap++;
    else break;
  }
}

/**
 * The author line under a post embedded in a story: "— Laura McKenzie
 * (@lauramck_music) November 27, 2026" (how an embedded tweet reads as text), "A post
 * shared by Jane Doe (@janedoe)" (Instagram). Bounded runs: linear.
 */
export const EMBED_AUTHOR_RE = /^(?:[—–-]\s?[^()]{1,60}|a post shared by [^()]{1,60})\(@[\p{L}\p{N}_.]{1,30}\)(?:\s.{0,40})?$/iu;

/** Most lines of an embedded post's text taken over its author line. */
const MAX_POST_LINES = 8;

/**
 * A post embedded in the story (a tweet, an Instagram post): its text, then its author
 * line. Inside the story span both are a quotation the story reports (the model
 * dropped the text for its "pic.twitter.com" link or its shortness, and kept the
 * author line as a paragraph, or a list item with it).
 */
function embeddedPosts(out: LabeledBlock[], blocks: readonly Block[], raws: readonly RawFeatures[], start: number, end: number, set: Setter): void {
  if (end < 0) return;
  const blankLines = hasBlankLines(blocks);
  const postLine = (t: number): boolean => {
    const r = raws[t]!;
    const l = out[t]!.label;
    return (l === "paragraph" || l === "boilerplate" || l === "list-item") && r.words > 0 && !r.boilerPhrase && !promptShape(r);
  };
  for (let i = Math.max(1, start + 1); i <= end + 1 && i < out.length; i++) {
    if (raws[i]!.words > 16 || !EMBED_AUTHOR_RE.test(blocks[i]!.text.trim())) continue;
    const t = i - 1;
    if (!postLine(t) || raws[t]!.words < 3) continue;
    // A post of several lines ("Drinking game for web devs:", "(1) …", "(2) …") is one
    // run of lines without a blank line between them, in a dump that has blank lines.
    let top = t;
    while (blankLines && top > start && t - top < MAX_POST_LINES && !blocks[top]!.blankBefore && postLine(top - 1)) top--;
    for (let k = top; k <= t; k++) set(k, "quote", "text of a post embedded in the story");
    set(i, "quote", "author line of a post embedded in the story");
  }
}

/** The least story score of a joined line shaped like the one above it (a table's next row). */
const JOINED_LIKE_LINE_SCORE = 0.2;

/** Two lines alike: both open with a digit or both with a letter, and neither has more than half again the other's words. */
function sameShape(a: string, ra: RawFeatures, b: string, rb: RawFeatures): boolean {
  const digitA = /^\p{N}/u.test(a);
  const digitB = /^\p{N}/u.test(b);
  return digitA === digitB && rb.words * 2 <= ra.words * 3 && ra.words * 2 <= rb.words * 3;
}

/** Most words of a subhead left dangling at the story's end ("About Harbor Logistics"). */
const DANGLING_SUBHEAD_WORDS = 6;

/**
 * The story's last paragraph is a subhead with nothing under it: "About Harbor
 * Logistics" over a company boilerplate the model dropped (its web address), a
 * section title whose text is page furniture. Capitalised, short, no sentence end,
 * not a name, a blank line above it, after a story paragraph: not story.
 */
function danglingSubhead(out: LabeledBlock[], raws: readonly RawFeatures[], start: number, set: Setter): void {
  const [, end] = firstLast(out, "paragraph");
  if (end <= start || end < 1) return;
  const r = raws[end]!;
  const text = out[end]!.text;
  if (r.words < 2 || r.words > DANGLING_SUBHEAD_WORDS || !/^\p{Lu}/u.test(text) || !headingShape(r, text) || !out[end]!.blankBefore) return;
  if (out[end - 1]!.label !== "paragraph" || raws[end - 1]!.words < 15) return;
  // (An author's name signing off the story, "Bob Fischer", "Minh Anh", is no subhead.)
  if (r.words === 2 && nameLike(text.trim())) return;
  set(end, "boilerplate", "a subhead left with nothing under it at the story's end");
}

/** Most words of each line of a run of short story lines (a list, a table) and of the line joined to it. */
const JOINED_LINE_WORDS = 30;
/** The least story score of a line joined to a run of story lines. */
const JOINED_LINE_SCORE = 0.3;

/**
 * The next line of a run of short story lines written without blank lines between them (a
 * list, a table's rows: "3 Harbour Town 15 9 3 3 30" over "4 Westfield Rovers 15 8 4
 * 3 28") belongs to the run when the model nearly kept it: the position weight drops
 * a list's last line. Only in a dump that has blank lines (where a single newline
 * joins lines of one block of the page). Returns the story's last paragraph then.
 */
function lineJoinedToRun(out: LabeledBlock[], blocks: readonly Block[], raws: readonly RawFeatures[], p2: ArrayLike<number>, start: number, end: number, set: Setter): number {
  if (end < 0 || !hasBlankLines(blocks)) return end;
  let run = 1; // story lines joined up to block i - 1
  let long = false; // one of them is longer than a list's line
  let last = end;
  for (let i = Math.max(0, start) + 1; i < out.length && i <= last + 1; i++) {
    if (blocks[i]!.blankBefore || out[i - 1]!.label !== "paragraph") {
      run = 1;
      long = raws[i]!.words > JOINED_LINE_WORDS;
      continue;
    }
    const r = raws[i]!;
    if (out[i]!.label === "paragraph") {
      run++;
      long ||= r.words > JOINED_LINE_WORDS;
    } else if (run >= 2 && !long && out[i]!.label === "boilerplate" && p2[i]! >= (sameShape(out[i - 1]!.text, raws[i - 1]!, out[i]!.text, r) ? JOINED_LIKE_LINE_SCORE : JOINED_LINE_SCORE) && r.words > 0 && r.words <= JOINED_LINE_WORDS && !r.boilerPhrase && r.cues === 0 && !r.url && !r.copyright) {
      set(i, "paragraph", "the next line of a run of story lines without blank lines");
      run++;
      last = Math.max(last, i);
    } else {
      run = 1;
      long = r.words > JOINED_LINE_WORDS;
    }
  }
  return last;
}

/** Most words of a question that heads its answer in a Q&A story ("Will my property taxes go up?"). */
const QA_QUESTION_WORDS = 20;
/** Questions answered inside the story that make it a Q&A (an explainer, an FAQ, an interview). */
const QA_MIN_PAIRS = 2;

/** A short question on its own line. */
function questionLine(out: readonly LabeledBlock[], raws: readonly RawFeatures[], i: number): boolean {
  // (Said once: a headline that is a question is printed again in share boxes and footers.)
  return raws[i]!.words >= 2 && raws[i]!.words <= QA_QUESTION_WORDS && QUESTION_END_RE.test(out[i]!.text) && raws[i]!.cues === 0 && !raws[i]!.url && raws[i]!.repeated === 1;
}

/**
 * A story told as questions and answers ("What happens to the libraries?" over its
 * answer, two or more times) goes on while a question and its answer follow its last
 * paragraph: the model, weighing position, drops the last pair of an explainer
 * ("When does it take effect?" / "The new budget starts on January 1."). Returns the
 * story's last paragraph then.
 */
function questionsAnswered(out: LabeledBlock[], raws: readonly RawFeatures[], start: number, end: number, set: Setter): number {
  if (end < 0) return end;
  let pairs = 0;
  for (let i = Math.max(0, start); i < end && pairs < QA_MIN_PAIRS; i++) if (out[i]!.label === "paragraph" && out[i + 1]!.label === "paragraph" && questionLine(out, raws, i) && !QUESTION_END_RE.test(out[i + 1]!.text)) pairs++;
  if (pairs < QA_MIN_PAIRS) return end;
  let last = end;
  for (let i = end + 1; i + 1 < out.length; i += 2) {
    const a = raws[i + 1]!;
    if (out[i]!.label !== "boilerplate" || out[i + 1]!.label !== "boilerplate" || !questionLine(out, raws, i)) break;
    if (!a.sentenceEnd || a.words < 3 || a.cues > 0 || a.url || a.boilerPhrase || a.repeated !== 1 || QUESTION_END_RE.test(out[i + 1]!.text)) break;
    set(i, "paragraph", "a question of a Q&A story, after its last answer");
    set(i + 1, "paragraph", "the answer to a question of a Q&A story");
    last = i + 1;
  }
  return last;
}

/**
 * Share of prompt words that makes a site prompt: one word in ten. A cookie banner
 * or a newsletter box is dense with them ("Sign up to our newsletter for the latest
 * news in your inbox": 3 of 13); a story paragraph about privacy rules or a
 * subscription price mentions two in thirty words and stays (one in twenty took
 * such paragraphs).
 */
const PROMPT_DENSITY = 0.1;

/** The least story score a short closing sentence needs (the threshold is 0.5). */
const CLOSING_SENTENCE_SCORE = 0.4;

/**
 * The story's closing line: a short full sentence right after its last paragraph
 * ("The budget will be tabled on March 25."), too short to count as fluent prose,
 * that the model nearly kept; it is story, not the start of what follows.
 */
function closingSentence(out: LabeledBlock[], raws: readonly RawFeatures[], p2: ArrayLike<number>, end: number, set: Setter): void {
  if (end < 0) return;
  // After the last paragraph, and the subheads or list items that follow it (a
  // listicle's last numbered subhead is over its last paragraph).
  // An ad slot's label between them ("Advertisement", "Continue reading below": a
  // mobile page has one between every two paragraphs) is passed over as well.
  let i = end + 1;
  while (i < out.length && (out[i]!.label === "heading" || out[i]!.label === "list-item" || adSlotLabel(out, raws, i))) i++;
  if (i >= out.length || out[i]!.label !== "boilerplate") return;
  const r = raws[i]!;
  // Right before a sidebar heading the story has clearly ended there: a lower score will
  // do for a plain statement (a full stop; "Jetzt 3 Ausgaben GRATIS erhalten!" is a prompt).
  // (The block right after counts too: nextContent passes over "Related", a button's phrase as well;
  // so do the ad labels under the story, "Continue reading below" over "Read More".)
  const j = nextContent(out, raws, i);
  let k = i + 1;
  while (k < out.length && k <= i + 4 && adSlotLabel(out, raws, k)) k++;
  // So has it when nothing but boilerplate follows ("Read More", "Sign up for our newsletter").
  const beforeSidebar = (i + 1 < out.length && out[i + 1]!.label === "sidebar-heading") || (j >= 0 && out[j]!.label === "sidebar-heading") || (k < out.length && out[k]!.label === "sidebar-heading") || onlyBoilerplateAfter(out, i);
  // So will it for a quotation and its speaker ("'We are watching …,' said Marta Keller."),
  // the way stories end far more often than anything else on a page does.
  const least = (beforeSidebar && FULL_STOP_RE.test(out[i]!.text)) || (FULL_STOP_RE.test(out[i]!.text) && ATTRIBUTED_QUOTE_RE.test(out[i]!.text)) ? CLOSING_BEFORE_SIDEBAR_SCORE : CLOSING_SENTENCE_SCORE;
  // Short, or a whole paragraph (up to CLOSING_PARAGRAPH_WORDS) that the sidebar heading ends.
  const size = r.words >= 5 && (r.words < 15 || (beforeSidebar && r.words <= CLOSING_PARAGRAPH_WORDS && r.repeated === 1));
  if (r.sentenceEnd && size && r.stopwords >= 0.25 && r.cues === 0 && !r.url && !r.boilerPhrase && !r.copyright && p2[i]! >= least) set(i, "paragraph", "closing sentence of the story");
}

/** Every block after i is boilerplate or a badge: the page ends with its footer. */
function onlyBoilerplateAfter(out: readonly LabeledBlock[], i: number): boolean {
  for (let k = i + 1; k < out.length; k++) if (out[k]!.label !== "boilerplate" && out[k]!.label !== "badge") return false;
  return true;
}

/**
 * An ad slot's label between story paragraphs: a button-phrase block of a few words
 * labelled boilerplate and not a sidebar heading ("Advertisement", "Continue reading
 * below", "Story continues below advertisement").
 */
function adSlotLabel(out: readonly LabeledBlock[], raws: readonly RawFeatures[], i: number): boolean {
  return out[i]!.label === "boilerplate" && raws[i]!.boilerPhrase && raws[i]!.words <= 6 && !raws[i]!.sentenceEnd;
}

/**
 * A quotation and its speaker after it: "“We are watching …,” said Marta Keller.",
 * "« … », a-t-il dit.", "„…“, sagte sie." (the quote opens the block, closes with or
 * before a comma, and a lower-case word follows). One bounded run per block: linear.
 */
const ATTRIBUTED_QUOTE_RE = /^["“„«][^"“”„«»]{10,400}(?:[,!?]["”“»]|["”“»],)\s\p{Ll}/u;

/** Ends with a full stop (Latin, CJK, Devanagari), perhaps inside a closing quote. */
const FULL_STOP_RE = /[.。।]["”»’)]?$/u;
/** Most words of the story's last paragraph kept by closingSentence before a sidebar heading. */
const CLOSING_PARAGRAPH_WORDS = 60;
/** The least story score of a short closing sentence followed by a sidebar heading ("Les plus lus"). */
const CLOSING_BEFORE_SIDEBAR_SCORE = 0.2;

/** How many blocks after the story's last paragraph a contribution note may stand ("___" rules between). */
const CONTRIBUTION_NOTE_SPAN = 3;

/**
 * The note that ends a wire story ("Associated Press writer Jane Doe in Richmond
 * contributed to this report."), often under a "___" rule: story text (the model
 * reads a line of names as page furniture).
 */
function contributionNote(out: LabeledBlock[], raws: readonly RawFeatures[], end: number, set: Setter): void {
  if (end < 0) return;
  for (let i = end + 1; i < out.length && i <= end + CONTRIBUTION_NOTE_SPAN; i++) {
    const r = raws[i]!;
    if (out[i]!.label === "sidebar-heading" || out[i]!.label === "sidebar-item") return;
    if (out[i]!.label === "boilerplate" && r.words >= 3 && r.words <= 60 && CONTRIBUTION_NOTE_RE.test(out[i]!.text)) {
      set(i, "paragraph", "contribution note ending the story");
      return;
    }
  }
}

/** Labels of story text a short line may sit among. */
const STORY_LABELS: ReadonlySet<Label> = new Set<Label>(["paragraph", "heading", "list-item", "quote"]);

/**
 * A "paragraph" of one or two words without a sentence end, with no story text on
 * either side, is a leftover of a tag list or a menu ("news" after the topic tags
 * under a story), not story: story text that short sits among story lines (a list,
 * a dialogue) or heads the paragraph under it (a subhead, found later).
 */
function isolatedShortLines(out: LabeledBlock[], raws: readonly RawFeatures[], set: Setter): void {
  for (let i = 0; i < out.length; i++) {
    const r = raws[i]!;
    if (out[i]!.label !== "paragraph" || r.words > 2 || r.sentenceEnd || r.chars > 30) continue;
    // The neighbours with words (a junk or rule line between counts for nothing).
    let p = i - 1;
    while (p >= 0 && raws[p]!.words === 0) p--;
    let q = i + 1;
    while (q < out.length && raws[q]!.words === 0) q++;
    const prev = p >= 0 ? out[p]!.label : null;
    const next = q < out.length ? out[q]!.label : null;
    if ((prev === null || !STORY_LABELS.has(prev)) && (next === null || !STORY_LABELS.has(next))) set(i, "boilerplate", "one or two words alone between non-story blocks");
  }
}

/** Cookie banners, newsletter boxes, legal lines: several prompt words, densely. */
export function promptShape(r: RawFeatures): boolean {
  return r.cues >= 2 && r.cues / Math.max(1, r.words) >= PROMPT_DENSITY && r.words <= 80;
}

/**
 * A block of one or two characters that no writing system makes a word of: no ASCII,
 * no digit of any script, no character of a script that writes a word in one
 * (UNSPACED: Han, kana, Thai…; Hangul), and not a lone capital (a drop cap, "É" over
 * "tait une fois"). What a broken icon font or a lost name leaves on a line of its
 * own: "ý", "ϟ", "ᐅ", "ÿþ", "Õ×".
 */
export function strayGlyph(text: string): boolean {
  const t = text.trim();
  const first = t.codePointAt(0);
  // (Two code points take at most four UTF-16 units: a longer text is never spread.)
  if (first === undefined || t.length > 4) return false;
  const chars = [...t];
  if (chars.length > 2) return false;
  for (const ch of chars) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80 || (c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) return false;
    if ((charFlags(c) & (NUMBER | UNSPACED)) !== 0) return false;
  }
  return !(chars.length === 1 && (charFlags(first) & LOWERS) !== 0);
}

/** An ASCII digit (what \\d matches, with or without the u flag). */
function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

/** A date or time line: "Saturday 16 September 2023", "Published: 14 March 2024", "Updated 2 hours ago", "15:42". */
function dateShape(text: string, r: RawFeatures): boolean {
  if (r.words > 10 || r.sentenceEnd && r.words > 6) return false;
  // A bare time ("15:42") is a live-blog entry stamp, not a publication date.
  // The three patterns all need a digit: most short lines have none.
  return hasDigit(text) && (YEAR_RE.test(text) || NUMERIC_DATE_RE.test(text) || RELATIVE_TIME_RE.test(text));
}

/**
 * Where the front matter is looked for: the blocks right under the headline and
 * those just before the story start. A page with no story paragraph (start = the
 * end) is not searched end to end for bylines, and a teaser or a forum counter
 * far between the headline and the story is not taken for the byline.
 */
/**
 * Most words of a date line: "Publié le 26 novembre 2026 à 11h30, modifié le 26
 * novembre 2026 à 14h12" has 14 (looksLikeDateLine allows date words only).
 */
const DATE_LINE_WORDS = 24;
/** Longest "Label: value" meta line above the story ("Source: Xinhua News Agency"). */
const META_LINE_CHARS = 40;
const FRONT_MATTER_UNDER_HEAD = 6;
const FRONT_MATTER_SPAN = 40;

/**
 * The front matter between the headline and the first story paragraph: byline,
 * date line, dateline, and the standfirst (a sentence or two right under the
 * headline, before the byline or the story).
 */
function frontMatter(out: LabeledBlock[], raws: RawFeatures[], head: number, start: number, setters: { set: Setter; settle: Setter }, language: string | null): void {
  const { set, settle } = setters;
  const n = out.length;
  const from = head >= 0 && head < start ? head + 1 : Math.max(0, start - 8);
  let haveByline = false;
  let haveDate = false;
  let haveDateline = false;
  let haveSub = false;
  const end = Math.min(n, start + 4);
  const near = Math.max(from, start - FRONT_MATTER_SPAN); // the blocks just before the story
  // Each block's byline tests, once: the look-ahead below, the loop and the standfirst's
  // look at its next block ask them of the same few blocks.
  const bylineAt = memo((i) => (raws[i]!.words <= 16 && looksLikeByline(out[i]!.text, { language })) || (raws[i]!.words <= 45 && looksLikeBioByline(out[i]!.text, { language })));
  const bareAt = memo((i) => bareByline(out, raws, i, language));
  // The place and date under a bare name ("Lucía Fernández", "Valle Alto | 27 nov 2026"):
  // that line reads as a byline too ("Jane Doe | Nov 27"), but the name above is the author's.
  const placeDateUnder = (i: number): boolean => {
    const j = nextContent(out, raws, i);
    return j > i && placeThenDate(out[j]!.text, language);
  };
  // A byline with "By" under the headline wins over a bare name line.
  let bylineAhead = false;
  for (let i = from; i < Math.min(end, from + FRONT_MATTER_UNDER_HEAD) && !bylineAhead; i++) bylineAhead = bylineAt(i);
  for (let i = from; i < end; i++) {
    // Right under the headline, or just before the story; not the blocks between.
    if (i >= from + FRONT_MATTER_UNDER_HEAD && i < near) i = near;
    const b = out[i]!;
    const r = raws[i]!;
    if (b.label === "title" || b.label === "badge" || r.boilerPhrase) continue;
    if (b.label === "paragraph" && r.words > 30 && i > start) break;
    const text = b.text;
    if (!haveDateline && (DATELINE_BLOCK_RE.test(text) || looksLikeDatelineBlock(text)) && out[nextContent(out, raws, i)]?.label === "paragraph") {
      set(i, "dateline", "dateline shape before the story");
      haveDateline = true;
    } else if (!haveByline && (bylineAt(i) || (r.words <= 16 && i > head && head >= 0 && (!bylineAhead || placeDateUnder(i)) && (bareAt(i) || (i <= head + 3 && newsroomByline(b.text) && metaOrStoryNext(out, raws, i, language)))))) {
      set(i, "byline", "byline shape near the story start");
      haveByline = true;
      // The author's job title under the byline ("BuzzFeed News Reporter", "Staff Writer"):
      // page furniture, not a subhead over the story.
      const role = nextContent(out, raws, i);
      if (role > i && raws[role]!.words <= 5 && looksLikeRole(out[role]!.text)) settle(role, "boilerplate", "author's job title under the byline");
    } else if ((dateShape(text, r) || (r.words <= DATE_LINE_WORDS && !(r.timestamp && r.words <= 3) && looksLikeDateLine(text, { language }))) && (!haveDate || b.label !== "paragraph" || r.words <= 6 || stampLabelled(text))) {
      set(i, "date", "date line near the story start");
      haveDate = true;
    } else if ((haveByline || haveDate) && i <= start && r.words <= 12 && categoryTags(text)) {
      settle(i, "boilerplate", "category tags under the byline or date");
    } else if (b.label === "paragraph" && i <= start && r.chars <= META_LINE_CHARS && !r.sentenceEnd && LABEL_VALUE_RE.test(text)) {
      // "Source: Xinhua", "来源：新华网", "Fuente: EFE" above the story: a field of the page's meta row.
      set(i, "boilerplate", "label: value line above the story");
    } else if (!haveSub && head >= 0 && i > head && i <= head + 2 && !haveByline && !haveDate && r.words >= 6 && r.words <= 60 && r.sentences <= 3 && !promptShape(r) && !captionOrMetaLine(text, r)) {
      // The standfirst: right under the headline, and either not a full sentence
      // or followed by the byline/date rather than by more story.
      const next = nextContent(out, raws, i);
      const nextR = next >= 0 ? raws[next]! : null;
      const followedByMeta = nextR !== null && (looksLikeByline(out[next]!.text) || newsroomByline(out[next]!.text) || dateShape(out[next]!.text, nextR) || DATELINE_BLOCK_RE.test(out[next]!.text) || bareAt(next));
      if (followedByMeta || (!r.sentenceEnd && r.sentences === 0 && r.words <= 40 && next > i && out[next]!.label === "paragraph")) {
        set(i, "subtitle", "standfirst under the headline");
        haveSub = true;
      }
    }
  }
}

/** The block after i is a date line or the story's first paragraph (a newsroom byline's company; a menu entry "Redaktion" has menu entries under it). */
function metaOrStoryNext(out: readonly LabeledBlock[], raws: readonly RawFeatures[], i: number, language: string | null): boolean {
  const j = nextContent(out, raws, i);
  if (j < 0) return false;
  const t = out[j]!.text;
  return out[j]!.label === "date" || dateShape(t, raws[j]!) || (raws[j]!.words <= DATE_LINE_WORDS && looksLikeDateLine(t, { language })) || (out[j]!.label === "paragraph" && raws[j]!.words > 15);
}

/** 'In "Local life"', 'Dans « Société »', 'En "Política"': a related teaser's category line. */
const TEASER_CATEGORY_RE = /^(?:in|dans|en|em|w)\s[«"“„]\s?[^"“”„«»]{1,40}\s?[»"”“]$/iu;

/**
 * A page's meta row: three or more short fields between bars, one of them a date or
 * time ("NDR 90,3 | Nachrichten | 26.11.2026 | 12:00 Uhr", "Politik | 26.11.2026 | 3 Min.").
 */
export function metaRow(text: string): boolean {
  const fields = text.split(" | ");
  if (fields.length < 3) return false;
  let dated = false;
  for (const f of fields) {
    const t = f.trim();
    if (t === "" || t.split(/\s+/).length > 4 || (/[.!?]$/u.test(t) && !/\d\.$/u.test(t))) return false;
    if (!dated && /\d/.test(t) && looksLikeDateLine(t)) dated = true;
  }
  return dated;
}

/** Most words of one category tag ("Local business"). */
const TAG_WORDS = 3;

/**
 * A post's categories as one line: "Books, Local business", "Politik, Hamburg, Wahl".
 * Two to six capitalised items of up to three words, no sentence mark and no "and"
 * (a subhead such as "Fire, floods and fear" joins its last item with one).
 */
export function categoryTags(text: string): boolean {
  if (/[.!?:;"“”«»]/u.test(text)) return false;
  const items = text.split(",").map((x) => x.trim());
  if (items.length < 2 || items.length > 6) return false;
  for (const [k, it] of items.entries()) {
    const ws = it.split(/\s+/);
    // Capitalised, but for a lower-case category among three or more ("Aus den Ländern,
    // Blog, sonstiges, Termine"): the first still is.
    if (it === "" || ws.length > TAG_WORDS || (!/^[\p{Lu}\p{N}]/u.test(it) && (k === 0 || items.length < 3))) return false;
    for (const w of ws) if (TAG_JOINERS.has(w.toLowerCase())) return false;
  }
  return true;
}

const TAG_JOINERS: ReadonlySet<string> = new Set(LIST_JOINERS);

/** "Published"/"Updated" words, longest first, for stampLabelled. */
const STAMP_LABELS: readonly string[] = [...PUBLISHED_WORDS, ...UPDATED_WORDS].sort((a, b) => b.length - a.length);

/**
 * A date line that says what it dates: "Updated: Nov 26, 2026 / 04:45 PM CST",
 * "Publié le …". A second such line under the first is a date line too, not story.
 */
function stampLabelled(text: string): boolean {
  const t = text.trimStart().toLowerCase();
  for (const w of STAMP_LABELS) if (t.startsWith(w) && !/\p{L}/u.test(t.charAt(w.length))) return true;
  return false;
}

/**
 * A name alone under the headline is the byline when the date or the author's job
 * follows it ("María López Ruiz", then "Madrid - 26 nov 2026 - 13:45 CET"; "Helen
 * Briggs", then "Environment correspondent"), and when none of
 * its words is written in lower case elsewhere on the page: a section label in
 * the same place ("Tech Industry", then the date) uses words the story uses too.
 */
function bareByline(out: readonly LabeledBlock[], raws: readonly RawFeatures[], i: number, language: string | null): boolean {
  const parsed = parseBareByline(out[i]!.text);
  if (parsed === null) return false;
  const j = nextContent(out, raws, i);
  if (j < 0) return false;
  const next = out[j]!.text;
  // The date line under the name, or the job title; or the date line right above it
  // and the story right under it ("26.11.2026 14:05", "Ahmet Yılmaz", the first paragraph).
  const dateAbove = i > 0 && out[i - 1]!.label === "date" && out[j]!.label === "paragraph";
  if (!(dateAbove || dateShape(next, raws[j]!) || (raws[j]!.words <= 12 && looksLikeDateLine(next, { language })) || (raws[j]!.words <= 5 && looksLikeRole(next)) || placeThenDate(next, language))) return false;
  for (const name of parsed.authors) for (const w of name.split(" ")) if (w.length >= 3 && writtenLowerElsewhere(out, i, w)) return false;
  return true;
}

/** Separators between the place and the date on the line under a byline. */
const PLACE_DATE_SEPARATOR_RE = /\s[|·–—-]\s/u;
/** Most words of the place before the date ("Valle Alto", "Rio de Janeiro"). */
const PLACE_WORDS = 3;

/**
 * The place the author writes from and the date, on the line under the name ("Valle
 * Alto | 27 nov 2026 - 13:45 CET", "Bruxelles - 27 novembre 2026"): a name-like
 * place of a few words, a separator, then a date line.
 */
function placeThenDate(text: string, language: string | null): boolean {
  const m = PLACE_DATE_SEPARATOR_RE.exec(text);
  if (m === null) return false;
  const place = text.slice(0, m.index);
  const words = place.split(" ").length;
  return words <= PLACE_WORDS && !hasDigit(place) && nameLike(place) && looksLikeDateLine(text.slice(m.index + m[0].length), { language });
}

/**
 * A word (capitalised on line i) occurs in lower case in another block: a common word,
 * not a name. Not inside an e-mail address or link ("Contact Mark Di Stefano at
 * mark.distefano@…" writes the author's own name in lower case).
 */
function writtenLowerElsewhere(out: readonly LabeledBlock[], i: number, word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word) return false;
  for (let k = 0; k < out.length; k++) {
    if (k === i) continue;
    const text = out[k]!.text;
    for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
      const end = at + lower.length;
      if (!isWordChar(text.charCodeAt(at - 1)) && !isWordChar(text.charCodeAt(end)) && !inAddress(text, at, end)) return true;
    }
  }
  return false;
}

/** text[at, end) is part of an address: after "@", "." or "/", or before "@" or a "." joined to more letters. */
function inAddress(text: string, at: number, end: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(end);
  if (before === 0x40 || before === 0x2e || before === 0x2f || after === 0x40) return true;
  return after === 0x2e && isWordChar(text.charCodeAt(end + 1));
}

/** A letter, mark or digit code unit (NaN, past either end of the text, is none). */
function isWordChar(c: number): boolean {
  return !Number.isNaN(c) && (charFlags(c) & (LETTER | MARK | NUMBER)) !== 0;
}

/** f, each argument's result computed once. */
function memo(f: (i: number) => boolean): (i: number) => boolean {
  const seen = new Map<number, boolean>();
  return (i) => {
    let v = seen.get(i);
    if (v === undefined) seen.set(i, (v = f(i)));
    return v;
  };
}

/**
 * Not a standfirst: a photo caption with its credit ("… /domena publiczna",
 * "Foto: dpa", "© Jane Doe") or a meta line of fields ("January 13, 2020 | categories:
 * Python | View Comments").
 */
function captionOrMetaLine(text: string, r: RawFeatures): boolean {
  return r.copyright || text.includes(" | ") || PHOTO_CREDIT_RE.test(text) || (r.chars <= 600 && CAPTION_CREDIT_RE.test(text));
}

/** Index of the next block that is not a button/badge, or -1. */
/**
 * A box of key points under the headline ("Key points:", "Das Wichtigste in Kürze:",
 * "Lo más importante:"): a short line ending with a colon right under it, then two to
 * MAX_KEY_POINTS lines of a sentence or less, then the byline, a date or the story.
 * Returns the last point's index, or -1.
 */
function keyPointsBox(out: readonly LabeledBlock[], raws: readonly RawFeatures[], head: number): number {
  const intro = head + 1;
  if (head < 0 || intro >= out.length) return -1;
  const text = out[intro]!.text.trim();
  if (!text.endsWith(":") || raws[intro]!.words > 4 || hasDigit(text)) return -1;
  let last = intro;
  for (let k = intro + 1; k < out.length && k <= intro + MAX_KEY_POINTS; k++) {
    const r = raws[k]!;
    const t = out[k]!.text;
    if (r.words < 3 || r.words > 40 || r.sentences > 2 || looksLikeByline(t) || looksLikeDateLine(t)) break;
    last = k;
  }
  if (last - intro < 2 || last + 1 >= out.length) return -1;
  const after = out[last + 1]!.text;
  return looksLikeByline(after) || looksLikeDateLine(after) || newsroomByline(after) || out[last + 1]!.label === "paragraph" ? last : -1;
}

function nextContent(out: readonly LabeledBlock[], raws: readonly RawFeatures[], i: number): number {
  for (let j = i + 1; j < out.length && j <= i + 4; j++) if (!raws[j]!.boilerPhrase && !raws[j]!.badge && !rankLine(out[j]!.text)) return j;
  return -1;
}

/** Lines a ranked teaser takes under its rank: the headline, a comment count, a poll's figures. */
const RANKED_TEASER_LINES = 4;

/** A rank alone on its line, over a teaser of a "Most read" list: "1", "2.", "#3", "04". */
const RANK_LINE_RE = /^#?\d{1,2}[.)]?$/u;

function rankLine(text: string): boolean {
  return text.length <= 6 && RANK_LINE_RE.test(text.trim());
}

function hasBlankLines(blocks: readonly Block[]): boolean {
  return blocks.some((b, i) => i > 0 && b.blankBefore);
}

/** Label of the content block before block i (buttons and badges skipped), or null. */
function previousContent(out: readonly LabeledBlock[], raws: readonly RawFeatures[], i: number): Label | null {
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) if (!raws[j]!.boilerPhrase && !raws[j]!.badge && raws[j]!.words > 0) return out[j]!.label;
  return null;
}

/** Most teasers an inline box inside the story holds ("Mehr zum Thema", one or two headlines). */
const INLINE_BOX_ITEMS = 2;
/** The least story score a paragraph after an inline box needs (the threshold is 0.5). */
const INLINE_BOX_RESUME_SCORE = 0.3;
/** The least story score a short story sentence after an inline box needs. */
const INLINE_BOX_SHORT_SCORE = 0.25;

/**
 * The story goes on after an inline box ("Related: …", "Mehr zum Thema" with a
 * headline or two) set between two of its paragraphs: fluent prose that the model
 * half kept, right after at most INLINE_BOX_ITEMS teasers, is story again (near a
 * short page's end the position weight pulls such paragraphs under the threshold,
 * and the box had cut them off from the story above).
 */
/** The block right after i is a read-more link ("Read more", "Les mer", "Weiterlesen"). */
function readMoreAfter(out: readonly LabeledBlock[], i: number): boolean {
  return i + 1 < out.length && out[i + 1]!.text.length <= 40 && READ_MORE_SET.has(phraseKey(out[i + 1]!.text));
}

function inlineBoxEnds(r: RawFeatures, p: number, items: number, proseStopwords: number): boolean {
  if (items < 1 || items > INLINE_BOX_ITEMS) return false;
  // Fluent prose the model half kept; or a shorter story sentence with clauses (a
  // comma inside, stopwords of prose) that it still gave a quarter.
  return (p >= INLINE_BOX_RESUME_SCORE && fluent(r)) || (p >= INLINE_BOX_SHORT_SCORE && r.sentenceEnd && r.words >= 8 && r.stopwords >= proseStopwords && r.cues === 0 && r.commas > 0);
}

/** The stopword density of prose: a fifth of the words. */
const PROSE_STOPWORDS = 0.2;
/** Fewest words of a story paragraph whose stopword density is averaged by proseStopwordFloor. */
const PROSE_SAMPLE_WORDS = 10;

/**
 * The stopword density that marks a sentence as prose on this page: PROSE_STOPWORDS, or
 * two thirds of the story paragraphs' mean density when that is lower. Languages that
 * join articles, prepositions and conjunctions to the word (Hebrew "והעצים", Arabic,
 * Turkish, Finnish, Hungarian) have a tenth of their words or fewer in a stopword list.
 */
function proseStopwordFloor(out: readonly LabeledBlock[], raws: readonly RawFeatures[]): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < out.length; i++) {
    if (out[i]!.label !== "paragraph" || raws[i]!.words < PROSE_SAMPLE_WORDS) continue;
    sum += raws[i]!.stopwords;
    n++;
  }
  return n === 0 ? PROSE_STOPWORDS : Math.min(PROSE_STOPWORDS, (2 / 3) * (sum / n));
}

/** A line ending with a question mark (and maybe a closing quote or bracket). */
const QUESTION_END_RE = /[?？]["”’»)]?\s*$/u;

/** A teaser: one headline or one or two sentences of another story; no prompt words. */
function teaserShape(r: RawFeatures): boolean {
  // One prompt word in a longer headline is a topic ("What are my rights if my train is cancelled?").
  return r.words >= 3 && r.words <= 60 && r.sentences <= 3 && !r.boilerPhrase && !r.copyright && (r.cues === 0 || (r.cues === 1 && r.words >= 6)) && !r.url;
}

/**
 * Sidebar sections: a heading phrase followed by teasers; a section runs until the
 * story resumes (a paragraph that shares the story's vocabulary, or a long one) or
 * until the front matter of the story (title, byline, date). "Related: Headline"
 * inside the story is a one-item section of its own.
 */
function sidebar(out: LabeledBlock[], blocks: Block[], raws: RawFeatures[], p2: ArrayLike<number>, threshold: number, set: Setter, settle: Setter): void {
  const n = out.length;
  let inSidebar = false;
  let afterCredits = false; // wire credits close the story: it does not resume after them
  let headlineItems = 0; // teasers of the current section written as headlines (no full stop)
  let sentenceItems = 0;
  let listStyle = false; // the section's teasers are lines of one list (no blank lines between)
  let inStory = false; // the section opened right after a story paragraph
  const blankLayout = hasBlankLines(blocks);
  const proseStopwords = proseStopwordFloor(out, raws);
  let afterPrompt = false; // the block above was a site prompt (newsletter, cookies) in a sidebar section
  let lastRank = -1; // the last rank line ("1", "2.") of a ranked section ("Most read"), or -1
  for (let i = 0; i < n; i++) {
    const b = out[i]!;
    const r = raws[i]!;
    const promptAbove = afterPrompt;
    afterPrompt = false;
    if (creditsLine(b.text)) afterCredits = true;
    if (r.sidebarPhrase && r.words <= 8 && !r.sentenceEnd) {
      // Only a heading when teasers follow (a lone "Related" button is boilerplate).
      const j = nextContent(out, raws, i);
      if (j >= 0 && (teaserShape(raws[j]!) || raws[j]!.badge)) {
        set(i, "sidebar-heading", "sidebar heading phrase followed by teasers");
        inSidebar = true;
        headlineItems = 0;
        sentenceItems = 0;
        listStyle = j === i + 1 && !blocks[j]!.blankBefore && blankLayout;
        inStory = previousContent(out, raws, i) === "paragraph";
        lastRank = -1;
        continue;
      }
    }
    if (b.label === "title" || b.label === "byline" || b.label === "date" || b.label === "dateline" || b.label === "subtitle") {
      inSidebar = false;
      continue;
    }
    if (!inSidebar) {
      if (b.label !== "credits" && r.words <= 40) {
        const m = TEASER_SEPARATOR_RE.test(blocks[i]!.text) ? INLINE_TEASER_RE.exec(blocks[i]!.text) : null;
        if (m && SIDEBAR_HEADING_SET.has(phraseKey(m[1]!)) && words(m[2]!).length >= 3) {
          set(i, "sidebar-item", "inline teaser after a sidebar phrase");
          setFeature(b, "section", m[1]!.trim());
          setFeature(b, "item", m[2]!.trim());
        } else if (m && !r.sentenceEnd && MEDIA_TEASER_LABEL_SET.has(phraseKey(m[1]!)) && words(m[2]!).length >= 3) {
          settle(i, "boilerplate", "embedded video or gallery promo ('Video: …')");
        }
      }
      continue;
    }
    // A copyright line is the page's footer: what follows it is no teaser of the section above.
    if (COPYRIGHT_LINE_RE.test(b.text)) {
      inSidebar = false;
      continue;
    }
    // The line under a newsletter or cookie prompt that has a prompt word too is the
    // prompt's, not a teaser ("Sign up for our newsletter" over "Get the day's top
    // stories delivered to your inbox every morning.").
    if (b.label === "boilerplate" && !r.boilerPhrase && promptShape(r)) {
      afterPrompt = true;
      continue;
    }
    if (promptAbove && r.cues > 0) {
      set(i, "boilerplate", "text of the site prompt above");
      continue;
    }
    if (b.label === "badge" || (b.label === "boilerplate" && r.boilerPhrase)) continue;
    if (rankLine(b.text)) {
      set(i, "boilerplate", "a teaser's rank in a list ('1', '2.')");
      lastRank = i;
      continue;
    }
    // A ranked list ends with its last rank's teaser (and the lines under it, its
    // comment count): what comes after is not of the section.
    if (lastRank >= 0 && i - lastRank > RANKED_TEASER_LINES) {
      inSidebar = false;
      lastRank = -1;
      continue;
    }
    // (Not a teaser's excerpt with its "Les mer" link under it: the box goes on.)
    if (inStory && !afterCredits && inlineBoxEnds(r, p2[i]!, headlineItems + sentenceItems, proseStopwords) && !readMoreAfter(out, i)) {
      set(i, "paragraph", "the story resumes after an inline teaser box");
      inSidebar = false;
      continue;
    }
    // A teaser list set as one html list ends at its blank line.
    if (listStyle && b.blankBefore && headlineItems + sentenceItems > 0) {
      inSidebar = false;
      continue;
    }
    // The story resumes: after headline-style teasers, a story sentence; after
    // sentence-style teasers, a paragraph that shares the story's vocabulary or a long one.
    // A teaser's summary sentence under its headline, followed by the teaser's time
    // stamp ("2 hours ago"), is part of the teaser, not the story resuming.
    // So is one with the teaser's "Read more" / "Les mer" link under it.
    const j = nextContent(out, raws, i);
    const stamped = (j >= 0 && dateShape(out[j]!.text, raws[j]!)) || readMoreAfter(out, i);
    const storyLike = b.label === "paragraph" && p2[i]! >= threshold && r.sentenceEnd && r.words >= 10 && !stamped;
    const strong = (r.cohesion >= 0.5 && r.words >= 12 && r.cohesion !== 0.5) || r.sentences >= 4 || r.words >= 70;
    if (storyLike && !afterCredits && (strong || headlineItems > sentenceItems)) {
      inSidebar = false;
      continue;
    }
    // The story's own headline right before its byline or date ends a sidebar placed above it.
    if (j >= 0 && (out[j]!.label === "byline" || out[j]!.label === "date" || out[j]!.label === "subtitle") && !r.sentenceEnd) {
      inSidebar = false;
      continue;
    }
    if (b.label === "credits") continue;
    // A related teaser's category, as blogs print it under the teaser: 'In "Local life"'.
    if (r.words <= 6 && TEASER_CATEGORY_RE.test(b.text)) {
      set(i, "boilerplate", "a teaser's category");
      continue;
    }
    // A teaser's time stamp ("3 days ago", "26 November 2026") is no teaser.
    if (dateShape(b.text, r)) {
      set(i, "boilerplate", "a teaser's date");
      continue;
    }
    if (teaserShape(r)) {
      set(i, "sidebar-item", "teaser after a sidebar heading");
      // A question is a headline too ("What are my rights if my train is cancelled?").
      if (r.sentenceEnd && !QUESTION_END_RE.test(b.text)) sentenceItems++;
      else headlineItems++;
    } else set(i, "boilerplate", "short line in a sidebar section");
  }
}

/** A live-blog entry's time alone on its line: "15:42", "9:05 am", "14.30 Uhr". */
const BARE_TIME_RE = /^\d{1,2}[:.]\d{2}(?:\s?(?:am|pm|a\.m\.|p\.m\.|uhr|h))?$/iu;

/** A short line that can be a subhead: few words, no sentence end, not a button or prompt. */
function headingShape(r: RawFeatures, text: string): boolean {
  if (r.timestamp && r.words <= 3) return true; // live-blog entry time "15:42"
  if (LIST_MARK_RE.test(text)) return false;
  if (dateShape(text, r)) return false;
  // A photo credit between two paragraphs is no subhead: "© Jane Doe", "Name | Agency".
  if (r.copyright || text.includes(" | ")) return false;
  return r.words >= 1 && r.words <= 14 && !r.sentenceEnd && !r.boilerPhrase && !r.badge && r.cues === 0 && !r.url && !r.endsColon && !LABEL_VALUE_RE.test(text) && r.digitRatio < 0.3 && !ID_LINE_RE.test(text);
}

/** A label and a number of three digits or more, in any script: a story's id ("Article ID: 48213", "کد خبر: ۱۲۳۴۵۶"). */
const ID_LINE_RE = /^[^:：\n]{1,30}[:：]\s?[#№]?\p{Nd}{3,20}$/u;

/** Labels of the page head a subhead above the first paragraph may follow: the headline, its front matter, another subhead. */
const HEAD_LABELS: ReadonlySet<Label> = new Set<Label>(["title", "subtitle", "byline", "date", "dateline", "heading"]);

/**
 * A short line above the first paragraph is a subhead only right under the
 * headline (or a repeat of it) or its front matter ("Introduction" under the <h1> and the date), or
 * as a live-blog entry's headline under its time, or over another subhead
 * ("Preparation", then "Step 1"): the last line of a share bar
 * ("Facebook", "X", "Flipboard") or of a button row ("Copy link", "Read later")
 * right above the story is not one.
 */
function underTheHead(out: readonly LabeledBlock[], headRepeat: Uint8Array, i: number): boolean {
  if (i === 0) return false;
  const prev = out[i - 1]!;
  return HEAD_LABELS.has(prev.label) || headRepeat[i - 1] === 1 || BARE_TIME_RE.test(prev.text.trim());
}

/**
 * Subheads: short lines without sentence end inside the story, each followed by a
 * story paragraph or by another subhead (live blogs: "15:42", then the entry's
 * headline, then its text). Scanned backwards so chains resolve in one pass.
 */
function headings(out: LabeledBlock[], raws: RawFeatures[], headRepeat: Uint8Array, head: number, start: number, end: number, set: Setter): void {
  if (end < 0) return;
  // From under the headline when it was found below the page top, or when a live
  // blog's first entry (its time, then its headline) comes right before the first
  // paragraph; else from the story start.
  const liveEntry = head >= 0 && start >= 2 && start <= end && (BARE_TIME_RE.test(out[start - 1]!.text.trim()) || BARE_TIME_RE.test(out[start - 2]!.text.trim()));
  const from = (head >= 3 || liveEntry) && head < start ? head + 1 : start;
  let next: Label | null = null; // label of the next content block
  let nextWords = 0;
  let chain = 0; // subheads in a row (a time and a headline: at most 2)
  for (let i = end; i >= from; i--) {
    const b = out[i]!;
    const r = raws[i]!;
    if (r.boilerPhrase || b.label === "badge") continue;
    const movable = b.label === "paragraph" || b.label === "boilerplate";
    const short = b.label === "boilerplate" || !r.sentenceEnd && r.words <= 10;
    if (movable && short && i < end && (i >= start || next === "heading" || underTheHead(out, headRepeat, i)) && headingShape(r, b.text) && ((next === "heading" && chain < 2) || ((next === "paragraph" || next === "list-item") && nextWords > 10))) {
      set(i, "heading", "short line heading story text (subhead)");
      chain = next === "heading" ? chain + 1 : 1;
    } else if (b.label !== "boilerplate") chain = 0;
    if (b.label !== "boilerplate") {
      next = b.label;
      nextWords = r.words;
    } else if (!promptShape(r)) {
      next = null;
    }
  }
}

/** A line led by a dash (–, — or a hyphen standing for one). */
const DASH_LEAD_RE = /^[-–—]\s/u;

/** A quotation opened by a dash: a sentence of six words or more, no marked line on either side. */
function dialogueDash(out: readonly LabeledBlock[], raws: readonly RawFeatures[], i: number): boolean {
  if (!DASH_LEAD_RE.test(out[i]!.text) || !raws[i]!.sentenceEnd || raws[i]!.words < 6) return false;
  return !(i > 0 && LIST_MARK_RE.test(out[i - 1]!.text)) && !(i + 1 < out.length && LIST_MARK_RE.test(out[i + 1]!.text));
}

/**
 * List items: story lines with a bullet, or runs of short story lines joined by
 * single newlines (html-text ends an <li> with one newline and the list with a blank line).
 */
function listItems(out: LabeledBlock[], raws: RawFeatures[], start: number, end: number, set: Setter): void {
  const subheads = numberedSubheads(out, raws, start, end);
  for (let i = Math.max(0, start); i <= end; i++) {
    const b = out[i]!;
    const r = raws[i]!;
    if (subheads.has(i)) {
      set(i, "heading", "numbered subhead over a paragraph");
      continue;
    }
    // A bulleted or numbered line inside the story is part of it, even when short.
    // (Not a quotation led by a dash, alone between paragraphs: "– Vi lyssnade och
    // ändrade oss, sade ordföranden." is how Nordic, Slavic and French papers quote.)
    if ((b.label === "paragraph" || b.label === "boilerplate") && LIST_MARK_RE.test(b.text) && r.words >= 2 && !r.boilerPhrase && r.cues === 0 && !promptShape(r) && !dialogueDash(out, raws, i)) {
      set(i, "list-item", "list marker inside the story");
      continue;
    }
  }
  // Runs of story lines joined by single newlines, in a dump that has blank lines.
  if (!out.some((b, i) => i > 0 && b.blankBefore)) return;
  for (let i = Math.max(0, start); i <= end; ) {
    let j = i;
    while (j + 1 <= end && out[j]!.label === "paragraph" && out[j + 1]!.label === "paragraph" && !out[j]!.blankAfter && !out[j + 1]!.blankBefore) j++;
    if (j > i) {
      // Items are short; either none ends like a sentence, or the list is introduced
      // by a subhead-like line or a colon ("What we know", "You will need:").
      let short = true;
      let sentences = 0;
      for (let k = i; k <= j; k++) {
        if (raws[k]!.words > 40) short = false;
        if (raws[k]!.sentenceEnd) sentences++;
      }
      // The intro is a line of the story's own (a teaser of another story right
      // above two story paragraphs introduces nothing).
      const prev = i > 0 ? out[i - 1]! : null;
      const intro = prev !== null && (prev.label === "paragraph" || prev.label === "boilerplate") && (raws[i - 1]!.endsColon || headingShape(raws[i - 1]!, prev.text));
      if (short && (sentences === 0 || intro)) for (let k = i; k <= j; k++) set(k, "list-item", "one of a run of short lines without blank lines in the story");
    }
    i = j + 1;
  }
}

/** A numbered line: "1. The last boat leaves earlier", "2) Bikes ride free" (a letter after the number: "13. 01. 2020" is a date). */
const NUMBERED_LINE_RE = /^(\d{1,2})[.)]\s(?=\p{L})/u;
/** Most words of a numbered subhead. */
const NUMBERED_SUBHEAD_WORDS = 14;
/** Fewest words of the paragraph under a numbered subhead. */
const UNDER_SUBHEAD_WORDS = 12;

/**
 * The numbered subheads of a list article ("7 things to know": "1. The last boat
 * leaves earlier", its paragraph, "2. The north pier stop is new", its paragraph):
 * short numbered lines in the story, each with a paragraph under it, numbered one
 * after the other, at least two. A numbered list (its items one under the other)
 * has none.
 */
function numberedSubheads(out: readonly LabeledBlock[], raws: readonly RawFeatures[], start: number, end: number): Set<number> {
  const found = new Set<number>();
  let run: number[] = [];
  let last = 0;
  const close = (): void => {
    if (run.length >= 2) for (const k of run) found.add(k);
    run = [];
  };
  for (let i = Math.max(0, start); i <= end; i++) {
    const m = NUMBERED_LINE_RE.exec(out[i]!.text);
    if (m === null) continue;
    const j = nextContent(out, raws, i);
    const under = j > i && !NUMBERED_LINE_RE.test(out[j]!.text) && raws[j]!.words >= UNDER_SUBHEAD_WORDS && raws[j]!.sentenceEnd;
    // (Two sentences at most: "4. Bikes" counts as a sentence break.)
    // (Not a date: "18. Oktober 2019 um 17:18 Uhr" over a reader's comment.)
    const subhead = under && raws[i]!.words <= NUMBERED_SUBHEAD_WORDS && raws[i]!.sentences <= 2 && !looksLikeDateLine(out[i]!.text);
    const n = Number(m[1]);
    if (!subhead || (run.length > 0 && n !== last + 1)) close();
    if (subhead) {
      run.push(i);
      last = n;
    }
  }
  close();
  return found;
}

/** Pull quotes repeat a sentence of the story in large type: a short quoted block contained in another story block. */
function pullQuotes(out: LabeledBlock[], raws: RawFeatures[]): void {
  const candidates: number[] = [];
  for (let i = 0; i < out.length && candidates.length < 20; i++) {
    const b = out[i]!;
    // At most 600 characters: the quote-mark trims below are quadratic on a long run of marks.
    if (b.label === "paragraph" && raws[i]!.words >= 5 && raws[i]!.words <= 50 && raws[i]!.chars <= 600 && QUOTE_OPEN_RE.test(b.text)) candidates.push(i);
  }
  if (candidates.length === 0) return;
  // The story's text, lower-cased, only for a page that has candidates (most have none).
  const story: string[] = [];
  for (const b of out) if (b.label === "paragraph") story.push(b.text.toLowerCase());
  const all = story.join("\n");
  for (const i of candidates) {
    // The quoted sentence without its quote marks and final stop ("...running." vs "...running, and").
    const core = out[i]!.text.toLowerCase().replace(/^["“„«‘'»]+|["”“»’'«]+$/gu, "").replace(/[.!?…]+$/u, "").trim();
    if (core.length < 20) continue;
    const first = all.indexOf(core);
    if (first >= 0 && all.indexOf(core, first + 1) >= 0) {
      out[i]!.label = "quote";
      addReason(out[i]!, "pull quote: repeats a sentence of the story");
    }
  }
}

/**
 * A dump with a single block of words (a one-paragraph note, a page whose
 * scrape kept only its text) is a text, not a headline without a story: the
 * block is the body, unless a phrase rule named it boilerplate or it is a credits line.
 */
function onlyTextBlock(out: LabeledBlock[], blocks: readonly Block[], raws: readonly RawFeatures[]): boolean {
  let only = -1;
  for (let i = 0; i < out.length; i++) {
    if (raws[i]!.words === 0) continue;
    if (only >= 0) return false;
    only = i;
  }
  if (only < 0) return false;
  const b = out[only]!;
  if (b.label === "badge" || raws[only]!.boilerPhrase || promptShape(raws[only]!) || menuRun(blocks[only]!)) return false;
  // A lone credits or copyright line is still a credits line.
  if (creditsLine(b.text) || COPYRIGHT_LINE_RE.test(b.text)) return false;
  if (b.label !== "paragraph") {
    b.label = "paragraph";
    addReason(b, "the dump's only block of text");
  }
  return true;
}

/**
 * Cheap pre-check for INLINE_TEASER_RE (keep in step): its separator is followed by
 * white space. A one-class scan, where the full pattern backtracks over the first 30
 * characters of every short block.
 */
const TEASER_SEPARATOR_RE = /[:|»›>—–-]\s/u;

/** Digits as "#", so "13 comments" and "2 comments" share one key. */
const DIGITS_RE = /\d+/g;

/** Without a count in brackets at its end ("view comments (#": phraseKey drops the closing bracket as an edge). */
function withoutBracketCount(key: string): string {
  return key.endsWith("(#") ? key.slice(0, -2).trimEnd() : key;
}

/** A comment-section heading: "13 Comments", "Leave a Reply", "3 thoughts on “Title”", "View comments (27)". */
export function isCommentHeading(text: string, r: RawFeatures, phrase?: string): boolean {
  return commentHeadingKey(text, r, phrase) !== null;
}

/** A comment heading's key with its counts as "#" ("# comments"), or null for any other block. */
function commentHeadingKey(text: string, r: RawFeatures, phrase?: string): string | null {
  if (r.words > 14 || r.chars > 160) return null;
  // The key is made after the size test (a default parameter made it for every block).
  const key = withoutBracketCount((phrase ?? phraseKey(text)).replace(DIGITS_RE, "#"));
  if (COMMENT_HEADING_SET.has(key)) return key;
  for (const p of COMMENT_PREFIXES_BY_FIRST.get(key[0] ?? "") ?? []) if (key.startsWith(p)) return key;
  return null;
}

/** COMMENT_HEADING_PREFIXES by their first character: a key is only compared with those it can start with. */
const COMMENT_PREFIXES_BY_FIRST: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const p of COMMENT_HEADING_PREFIXES) {
    const l = m.get(p[0] ?? "");
    if (l) l.push(p);
    else m.set(p[0] ?? "", [p]);
  }
  return m;
})();

/**
 * Reader comments under the story: once a comment-section heading follows a good
 * part of the story (80+ words and a quarter of it), the prose after it is
 * comments, not story (the contextual scorer reads comment paragraphs as fluent
 * prose and keeps them). A heading shape that occurs more than once ("12 Comments"
 * under every teaser of a news stream) is a counter on teasers, not the section;
 * a page may have several different ones ("留言列表 (42)" then "發表留言").
 */
function commentSection(out: LabeledBlock[], blocks: readonly Block[], raws: readonly RawFeatures[], set: Setter): void {
  let storyWords = 0;
  const headings: number[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < out.length; i++) {
    if (out[i]!.label === "paragraph") {
      storyWords += raws[i]!.words;
      continue;
    }
    const key = commentHeadingKey(blocks[i]!.text, raws[i]!);
    if (key === null) continue;
    if (seen.has(key)) return;
    seen.add(key);
    headings.push(i);
  }
  // The first heading after a good part of the story ("Comments" in the top menu is not it).
  let before = 0;
  for (let i = 0, k = 0; i < out.length && k < headings.length; i++) {
    if (i === headings[k]) {
      k++;
      if (before >= 80 && before >= storyWords * 0.25) {
        set(i, "boilerplate", "comment-section heading");
        // Readers' comments and the comment form, also where a sidebar section ran on
        // into them (one line per block): its items end at the next sidebar heading.
        let sectionRunsOn = true;
        for (let j = i + 1; j < out.length; j++) {
          const l = out[j]!.label;
          if (l === "sidebar-heading") sectionRunsOn = false;
          if (l === "paragraph" || l === "heading" || l === "list-item" || l === "quote" || (l === "sidebar-item" && sectionRunsOn)) set(j, "boilerplate", "in the comment section");
        }
        return;
      }
    } else if (out[i]!.label === "paragraph") before += raws[i]!.words;
  }
}
