/**
 * The pipeline's labeled blocks as views of columns: BlockRow reads block i of a
 * BlockStore (segment's columns), its label, initial label and score from typed
 * arrays here, and its text features from RawColumns. One small object per block
 * (~50 bytes) stands for the Block, the LabeledBlock fields added to it and the
 * RawFeatures view, where those took ~320 bytes a block as objects (issue 5: a dump
 * of four-word lines held 40 times its size while classify ran).
 */
import { BLANK_AFTER, BLANK_BEFORE, type BlockStore } from "../segment/store.js";
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

/** The labels and scores of a store's blocks, and the few blocks' features and reasons. */
class LabelColumns {
  readonly texts: readonly string[];
  /** The store's flags (BLANK_BEFORE, BLANK_AFTER), read straight. */
  readonly flags: Uint8Array;
  readonly initial: Uint8Array;
  readonly score: Float64Array;
  readonly features = new Map<number, LabeledBlock["features"]>();
  readonly reasons = new Map<number, string[]>();

  constructor(readonly store: BlockStore) {
    this.texts = store.texts;
    this.flags = store.flags;
    this.initial = new Uint8Array(store.length);
    this.score = new Float64Array(store.length);
  }
}

/** Block i of a store with its label (a LabeledBlock) and its text features (a RawFeatures). */
export class BlockRow extends RawRow implements LabeledBlock {
  /** The block's text and label, read most often by classify's passes: fields, not columns. */
  readonly text: string;
  label: Label = "boilerplate";

  constructor(
    private readonly t: LabelColumns,
    i: number,
  ) {
    super(EMPTY_COLUMNS, i);
    this.text = t.texts[i]!;
  }

  /** Sets the text features this row reads. */
  setColumns(c: RawColumns): void {
    this.c = c;
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
    return (this.t.flags[this.i]! & BLANK_BEFORE) !== 0;
  }
  get blankAfter(): boolean {
    return (this.t.flags[this.i]! & BLANK_AFTER) !== 0;
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
    return this.t.features.size === 0 ? NO_FEATURES : (this.t.features.get(this.i) ?? NO_FEATURES);
  }
  set features(f: LabeledBlock["features"]) {
    // Most blocks have none: no lookup in the (mostly empty) map for them.
    if (f !== NO_FEATURES) this.t.features.set(this.i, f);
    else if (this.t.features.size > 0) this.t.features.delete(this.i);
  }
  get reasons(): string[] {
    return this.t.reasons.size === 0 ? NO_REASONS : (this.t.reasons.get(this.i) ?? NO_REASONS);
  }
  set reasons(r: string[]) {
    if (r !== NO_REASONS) this.t.reasons.set(this.i, r);
    else if (this.t.reasons.size > 0) this.t.reasons.delete(this.i);
  }
}

const EMPTY_COLUMNS = new RawColumns(0);

/** A BlockRow for every block of the store, labelled "boilerplate" with score 0 until classify labels them. */
export function rowsOf(store: BlockStore): BlockRow[] {
  const t = new LabelColumns(store);
  const rows = new Array<BlockRow>(store.length);
  for (let i = 0; i < store.length; i++) rows[i] = new BlockRow(t, i);
  return rows;
}
