/**
 * The pipeline's labeled blocks as views of columns: BlockRow reads block i of a
 * BlockStore (segment's columns), its label, initial label and score from typed
 * arrays here, and its text features from RawColumns. One small object per block
 * (~50 bytes) stands for the Block, the LabeledBlock fields added to it and the
 * RawFeatures view, where those took ~320 bytes a block as objects (issue 5: a dump
 * of four-word lines held 40 times its size while classify ran).
 */
import { BLANK_AFTER, BLANK_BEFORE, MENU_RUN, type BlockStore } from "../segment/store.js";
import type { Label, LabeledBlock } from "../types.js";
import { RawColumns, RawRow } from "./features.js";

/**
 * The features and reasons of a block without any (no --explain): one shared, frozen
 * object and array; classify's setFeature and addReason give a block its own when it
 * gets one.
 */
export const NO_FEATURES: LabeledBlock["features"] = Object.freeze({});
export const NO_REASONS = Object.freeze([]) as unknown as string[];

/** Every label, in the order of their codes in LabelColumns. */
const LABELS: readonly Label[] = [
  "boilerplate",
  "paragraph",
  "title",
  "subtitle",
  "byline",
  "dateline",
  "date",
  "heading",
  "quote",
  "list-item",
  "credits",
  "sidebar-heading",
  "sidebar-item",
  "badge",
];
const CODE: ReadonlyMap<Label, number> = new Map(LABELS.map((l, i) => [l, i]));

/**
 * The text features of a store's blocks (RawColumns, written by classify's
 * blockFeatures) with their labels and scores, and the few blocks' features and
 * reasons: one object, so that a BlockRow has one field for all its columns (a
 * second one was 8 bytes a block).
 */
export class LabelColumns extends RawColumns {
  readonly texts: readonly string[];
  /** The store's flags (BLANK_BEFORE, BLANK_AFTER), read straight. */
  readonly blank: Uint8Array;
  readonly initial: Uint8Array;
  readonly score: Float64Array;
  readonly labelFeatures = new Map<number, LabeledBlock["features"]>();
  readonly reasons = new Map<number, string[]>();

  constructor(readonly store: BlockStore) {
    super(store.length);
    this.texts = store.texts;
    this.blank = store.flags;
    this.initial = new Uint8Array(store.length);
    this.score = new Float64Array(store.length);
  }
}

/** Block i of a store with its label (a LabeledBlock) and its text features (a RawFeatures). */
export class BlockRow extends RawRow implements LabeledBlock {
  /** The block's text and label, read most often by classify's passes: fields, not columns. */
  readonly text: string;
  label: Label = "boilerplate";

  constructor(c: LabelColumns, i: number) {
    super(c, i);
    this.text = c.texts[i]!;
  }

  /** The columns (the RawColumns this row reads are its LabelColumns). */
  private get t(): LabelColumns {
    return this.c as LabelColumns;
  }

  get index(): number {
    return this.i;
  }
  get lines(): string[] {
    return this.t.store.lines(this.i);
  }
  get line(): number {
    return this.t.store.line(this.i);
  }
  get blankBefore(): boolean {
    return (this.t.blank[this.i]! & BLANK_BEFORE) !== 0;
  }
  get blankAfter(): boolean {
    return (this.t.blank[this.i]! & BLANK_AFTER) !== 0;
  }
  /** isMenuRun(this), known from segment (./../segment/store.ts MENU_RUN). */
  get menuRun(): boolean {
    return (this.t.blank[this.i]! & MENU_RUN) !== 0;
  }
  get initial(): Label {
    return LABELS[this.t.initial[this.i]!]!;
  }
  set initial(l: Label) {
    this.t.initial[this.i] = CODE.get(l)!;
  }
  get score(): number {
    return this.t.score[this.i]!;
  }
  set score(s: number) {
    this.t.score[this.i] = s;
  }
  get features(): LabeledBlock["features"] {
    return this.t.labelFeatures.size === 0 ? NO_FEATURES : (this.t.labelFeatures.get(this.i) ?? NO_FEATURES);
  }
  set features(f: LabeledBlock["features"]) {
    // Most blocks have none: no lookup in the (mostly empty) map for them.
    if (f !== NO_FEATURES) this.t.labelFeatures.set(this.i, f);
    else if (this.t.labelFeatures.size > 0) this.t.labelFeatures.delete(this.i);
  }
  get reasons(): string[] {
    return this.t.reasons.size === 0 ? NO_REASONS : (this.t.reasons.get(this.i) ?? NO_REASONS);
  }
  set reasons(r: string[]) {
    if (r !== NO_REASONS) this.t.reasons.set(this.i, r);
    else if (this.t.reasons.size > 0) this.t.reasons.delete(this.i);
  }
}

/**
 * A BlockRow for every block of the store, labelled "boilerplate" with score 0 until
 * classify labels them, and their columns (blockFeatures writes the features into them).
 */
export function rowsOf(store: BlockStore): { rows: BlockRow[]; columns: LabelColumns } {
  const t = new LabelColumns(store);
  const rows = new Array<BlockRow>(store.length);
  for (let i = 0; i < store.length; i++) rows[i] = new BlockRow(t, i);
  return { rows, columns: t };
}
