/**
 * Typed data passed between the pipeline stages:
 * decode (bytes → DecodedText) → repair (→ RepairedText) → segment (→ Block[])
 * → classify (→ LabeledBlock[]) → assemble (→ Article) → render (→ string).
 * The Article itself is defined by the zod schema in ./schema.ts.
 */

/** Result of the decode stage. */
export type DecodeResult =
  | {
      ok: true;
      text: string;
      /** WHATWG encoding label actually used, e.g. "utf-8", "windows-1252". */
      encoding: string;
      /** True when the encoding was guessed (no BOM, not valid UTF-8, no override). */
      guessed: boolean;
      warnings: string[];
    }
  | { ok: false; code: "not-text" | "bad-encoding"; message: string };

export interface DecodeOptions {
  /** Encoding label that overrides detection (any label TextDecoder accepts). */
  encoding?: string;
}

/** One repair applied to the text, for --explain and for replay. */
export interface RepairStep {
  /** Name of the fixer, e.g. "mojibake", "entity", "zero-width". */
  fix: string;
  /** 1-based line in the text before this fix, when known. */
  line?: number;
  before: string;
  after: string;
}

export interface RepairResult {
  text: string;
  /** Count of changes per fixer name. */
  repairs: Record<string, number>;
  steps: RepairStep[];
  warnings: string[];
}

export interface RepairOptions {
  /** Straighten curly quotes and dashes to ASCII (default false). */
  asciiPunctuation?: boolean;
  /** Record every step (costs a little; default true). */
  explain?: boolean;
}

/**
 * A block of text: one paragraph-like unit of the dump. In dumps with blank lines
 * between blocks, a block is the text between blank lines; in dumps with one block
 * per line, each line. Hard-wrapped paragraphs are rejoined into one block.
 */
export interface Block {
  /** Position in the block list, 0-based. */
  index: number;
  /** The block's text on one line (inner newlines replaced by spaces). */
  text: string;
  /** The original lines of the block. */
  lines: string[];
  /** 1-based line number of the first line in the repaired text. */
  line: number;
  /** True when a blank line (or the start of the text) precedes the block. */
  blankBefore: boolean;
  /** True when a blank line (or the end of the text) follows the block. */
  blankAfter: boolean;
}

/** Labels the classifier gives to blocks. */
export type Label =
  | "title"
  | "subtitle"
  | "byline"
  | "dateline"
  | "date"
  | "paragraph"
  | "heading"
  | "quote"
  | "list-item"
  | "credits"
  | "sidebar-heading"
  | "sidebar-item"
  | "badge"
  | "boilerplate";

export interface LabeledBlock extends Block {
  label: Label;
  /** Label before the context pass. */
  initial: Label;
  /** Story score: higher is more story-like. */
  score: number;
  features: Record<string, number | string | boolean>;
  reasons: string[];
}

export type Mode = "precision" | "balanced" | "recall";

export interface ClassifyOptions {
  mode?: Mode;
  /** BCP 47 language code of the text, if known. */
  language?: string | null;
  /** Keep the deciding features of each block in its reasons (costs time; for --explain). */
  explain?: boolean;
}

export interface CleanOptions extends DecodeOptions, RepairOptions, ClassifyOptions {
  /** Path recorded in source.path. */
  path?: string | null;
  /** Include the per-block explain array in the Article. */
  explain?: boolean;
  /** Refuse inputs larger than this many bytes (default 50 MB). */
  maxBytes?: number;
}
