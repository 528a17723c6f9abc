/**
 * The blocks of a dump in columns: the texts in one list, the line numbers and the
 * blank lines around each block in typed arrays. The pipeline keeps its blocks this
 * way from segment to assemble: a Block object per block (its fields, its lines
 * array, its index) cost ~270 bytes, twelve times a four-word line's text, and a
 * dump of a million short lines held a million of them (issue 5: memory per worker).
 */
import type { Block } from "../types.js";

/** Where segment puts the blocks it makes, in order. */
export interface BlockSink {
  /**
   * Adds the next block; `lines` are its lines in the dump, `line` the 1-based line
   * number of the first; `menuRun`: the block is a menu run (segment's MenuRunFinder).
   */
  push(text: string, lines: string[], line: number, blankBefore: boolean, menuRun?: boolean): void;
  /** A blank line (or the end of the text) follows the last block added. */
  blankAfterLast(): void;
  /** At most this many blocks will be added (room can be made for them at once). */
  reserve?(blocks: number): void;
}

/** Blocks a store has room for before its columns grow (a page has a few hundred). */
const INITIAL_ROOM = 1024;

const EMPTY_INT32 = new Int32Array(0);
const EMPTY_UINT8 = new Uint8Array(0);

/** Bits of BlockStore.flags: a blank line (or the start of the text) before the block, after it. */
export const BLANK_BEFORE = 1;
export const BLANK_AFTER = 2;
/** Bit of BlockStore.flags: the block is a menu run (isMenuRun holds for it: segment made it of one). */
export const MENU_RUN = 4;


/**
 * The blocks segment made (segmentStore), block i in row i. A block's lines are kept
 * only when they are not its text alone: a block that spans several lines (a
 * rejoined hard-wrapped paragraph) or a menu run (its one line holds the run's
 * lines, newlines included). A one-line block's lines are [its text]: the line as
 * the dump had it (with its extra spaces) is not kept.
 */
export class BlockStore implements BlockSink {
  /** Number of blocks. */
  length = 0;
  /** Block i's text on one line. */
  texts: string[] = [];
  // Made in reserve, for as many blocks as segment says may come (a typed array costs
  // an allocation outside the heap: one of INITIAL_ROOM made for every page, then
  // dropped for a bigger one on a long dump, was 1.5% of classify and segment's time).
  private lineNumbers = EMPTY_INT32;
  /** BLANK_BEFORE and BLANK_AFTER of block i (complete once the store is finished). */
  flags = EMPTY_UINT8;
  private readonly kept = new Map<number, string[]>();

  /**
   * Makes room for the blocks at once (segment knows an upper bound from its first
   * pass over the lines): the list and columns grown by doubling as blocks came left
   * twice the final size behind them for the GC (a dump of 180,000 short lines: ~4 MB
   * kept until the next full collection, which comes after classify).
   */
  reserve(blocks: number): void {
    if (this.length > 0) return;
    if (blocks > INITIAL_ROOM) this.texts = new Array<string>(blocks);
    this.lineNumbers = new Int32Array(blocks);
    this.flags = new Uint8Array(blocks);
  }

  push(text: string, lines: string[], line: number, blankBefore: boolean, menuRun = false): void {
    const i = this.length++;
    if (i === this.flags.length) {
      // Full (or never reserved): twice the room, INITIAL_ROOM at first.
      const lineNumbers = new Int32Array(Math.max(2 * i, INITIAL_ROOM));
      lineNumbers.set(this.lineNumbers);
      this.lineNumbers = lineNumbers;
      const flags = new Uint8Array(Math.max(2 * i, INITIAL_ROOM));
      flags.set(this.flags);
      this.flags = flags;
    }
    this.texts[i] = text;
    this.lineNumbers[i] = line;
    this.flags[i] = (blankBefore ? BLANK_BEFORE : 0) | (menuRun ? MENU_RUN : 0);
    if (lines.length !== 1 || (lines[0] !== text && lines[0]!.includes("\n"))) this.kept.set(i, lines);
  }

  blankAfterLast(): void {
    if (this.length > 0) this.flags[this.length - 1]! |= BLANK_AFTER;
  }

  /** Ends the store: columns grown past their first room shrink to the number of blocks. */
  finish(): this {
    if (this.texts.length > this.length) this.texts.length = this.length;
    if (this.flags.length > INITIAL_ROOM && this.flags.length > this.length) {
      this.lineNumbers = this.lineNumbers.slice(0, this.length);
      this.flags = this.flags.slice(0, this.length);
    }
    return this;
  }

  /** 1-based line number of block i's first line. */
  line(i: number): number {
    return this.lineNumbers[i]!;
  }

  blankBefore(i: number): boolean {
    return (this.flags[i]! & BLANK_BEFORE) !== 0;
  }

  blankAfter(i: number): boolean {
    return (this.flags[i]! & BLANK_AFTER) !== 0;
  }

  /**
   * Block i is a menu run: what isMenuRun(this.block(i)) finds walking its million
   * lines again (no other block's one line holds a newline), known from segment.
   */
  menuRun(i: number): boolean {
    return (this.flags[i]! & MENU_RUN) !== 0;
  }

  /** Block i's lines (a new array for a one-line block: [its text]). */
  lines(i: number): string[] {
    return this.kept.get(i) ?? [this.texts[i]!];
  }

  /** Block i as a Block object. */
  block(i: number): Block {
    return { index: i, text: this.texts[i]!, lines: this.lines(i), line: this.line(i), blankBefore: this.blankBefore(i), blankAfter: this.blankAfter(i) };
  }
}
