/**
 * segment: repaired text → blocks. Every non-empty line is a block, and each block
 * records whether a blank line precedes and follows it (in html-text style dumps a
 * blank line ends a <p>/<h*>/<ul>, a single newline ends a <div>/<li>/<br>).
 * Paragraphs that a dump hard-wrapped at a fixed width are rejoined first, and a
 * run of hundreds of lines of one to three words (a menu, tag cloud, archive or
 * index) is one block (see MenuRunFinder).
 * Linear in the size of the text.
 */
import type { Block } from "../types.js";
import { BlockStore, type BlockSink } from "./store.js";

export { BlockStore } from "./store.js";

const HIGH_SURROGATE_RE = /[\ud800-\udbff]/;

/** Length in code points, without building an array of characters. */
function codePointLength(s: string): number {
  // Text outside the astral planes (nearly all) has one code point per unit.
  if (!HIGH_SURROGATE_RE.test(s)) return s.length;
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

/**
 * Joins many short strings with spaces, holding at most a chunk of them at a time: a
 * list of a million small strings costs tens of bytes each, their text a few.
 */
class ChunkJoiner {
  private readonly done: string[] = [];
  private chunk: string[] = [];

  add(s: string): void {
    this.chunk.push(s);
    if (this.chunk.length === 1024) {
      this.done.push(this.chunk.join(" "));
      this.chunk = [];
    }
  }

  join(): string {
    if (this.chunk.length > 0) this.done.push(this.chunk.join(" "));
    this.chunk = [];
    return this.done.join(" ");
  }
}

/** The characters String.prototype.trim removes (JS white space and line terminators). */
function isTrimmed(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * codePointLength(tidy(line)), without building the tidied copy (a 50 MB one-line
 * dump would be copied once more): the line between its first and last characters
 * that trim keeps, each run of spaces and tabs counted as one, high surrogates not at all.
 */
export function tidiedCodePoints(line: string): number {
  // Most lines have no tab and no double space: tidy is then trim, and the native
  // searches below beat reading every character here.
  if (line.indexOf("\t") < 0 && line.indexOf("  ") < 0) return codePointLength(line.trim());
  let a = 0;
  let b = line.length;
  while (a < b && isTrimmed(line.charCodeAt(a))) a++;
  while (b > a && isTrimmed(line.charCodeAt(b - 1))) b--;
  let n = 0;
  let inRun = false; // inside a run of spaces and tabs
  for (let i = a; i < b; i++) {
    const c = line.charCodeAt(i);
    const blank = c === 0x20 || c === 0x09;
    if (blank && inRun) continue;
    inRun = blank;
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}

/** Collapse runs of spaces and tabs and trim. */
export function tidy(line: string): string {
  // Most lines have no tab and no double space: skip the regex for them.
  if (line.indexOf("\t") < 0 && line.indexOf("  ") < 0) return line.trim();
  if (line.length > LONG_LINE) return collapseLong(line).trim();
  return line.replace(/[ \t]+/g, " ").trim();
}

/** Above this many units, a line's spaces are collapsed by collapseLong. */
const LONG_LINE = 4096;

/**
 * line.replace(/[ \t]+/g, " ") for a long line. The regex replace holds every match
 * until it is done: on a 50 MB one-line dump with a tab between sentences it took 13 s
 * and 700 MB; this walk takes 1 s and holds at most a chunk of pieces.
 */
function collapseLong(line: string): string {
  const out = new ChunkJoiner();
  let from = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) continue;
    let end = i + 1;
    while (end < line.length && (line.charCodeAt(end) === 0x20 || line.charCodeAt(end) === 0x09)) end++;
    if (c === 0x20 && end === i + 1) continue; // a lone space stays as it is
    out.add(line.slice(from, i));
    from = end;
    i = end - 1;
  }
  out.add(line.slice(from));
  return out.join();
}

/** Counts of long-line lengths, gathered line by line for wrapWidth. */
interface WidthTally {
  counts: Map<number, number>;
  long: number;
  /** The same for the lines with a space between words (the lines a wrapper can break). */
  spacedCounts: Map<number, number>;
  spacedLong: number;
}

const newWidthTally = (): WidthTally => ({ counts: new Map(), long: 0, spacedCounts: new Map(), spacedLong: 0 });

/** Adds a line of n code points (tidied) to the tally; only lines of 30 or more count, and are asked whether they have a space between words. */
function tallyWidth(t: WidthTally, n: number, line: string): void {
  if (n < 30) return;
  t.long++;
  t.counts.set(n, (t.counts.get(n) ?? 0) + 1);
  if (!INNER_SPACE_RE.test(line)) return;
  t.spacedLong++;
  t.spacedCounts.set(n, (t.spacedCounts.get(n) ?? 0) + 1);
}

/** A space between two words: a wrapper could have broken the line there. */
const INNER_SPACE_RE = /\S\s+\S/;

/**
 * Hard-wrap detection. A dump wrapped at a fixed width (mail archives, `fmt`, some
 * crawlers write 72- or 80-column text) has most of its long lines ending within a
 * few characters of one width and almost none beyond it. Returns that width, or 0.
 */
export function wrapWidth(lines: readonly string[]): number {
  const t = newWidthTally();
  for (const l of lines) tallyWidth(t, codePointLength(l), l);
  return widthOf(t);
}

/**
 * The wrap width a tally of line lengths shows, or 0 (see wrapWidth). Lines without a
 * space ("href=\"http://ad.example/…\"", a URL, a token of markup) are longer than the
 * width because a wrapper cannot break them: when there are enough lines with spaces,
 * only those are measured (when they are most of the long lines: Chinese or Japanese
 * text, wrapped by character, has few).
 */
function widthOf(t: WidthTally): number {
  const useSpaced = t.spacedLong >= 8 && t.spacedLong >= t.long / 2;
  const counts = useSpaced ? t.spacedCounts : t.counts;
  const long = useSpaced ? t.spacedLong : t.long;
  if (long < 8) return 0;
  // Width W = the 95th percentile of long-line lengths.
  const sorted = [...counts.entries()].sort((a, b) => a[0] - b[0]);
  let acc = 0;
  let width = 0;
  for (const [n, c] of sorted) {
    acc += c;
    if (acc >= long * 0.95) {
      width = n;
      break;
    }
  }
  if (width < 40 || width > 140) return 0;
  let near = 0;
  let over = 0;
  for (const [n, c] of sorted) {
    if (n >= width - 12 && n <= width) near += c;
    if (n > width + 2) over += c;
  }
  // A sharp edge, not one line past it, marks a wrapped dump with short paragraphs
  // (many last lines are short) as well: 20 lines or more at the edge, half the lines.
  if (over === 0 && near >= 20 && near >= long * 0.5) return width;
  return near >= long * 0.6 && over <= long * 0.05 ? width : 0;
}

/** A line that starts a new unit even inside a wrapped paragraph: list bullets, numbered items. */
const STARTS_ITEM_RE = /^(?:[-*•·–]\s|\d{1,3}[.)]\s)/u;

/**
 * Rejoin a hard-wrapped paragraph's lines: a line that ends near the wrap width continues
 * on the next. Takes the run's tidied lines and returns groups of indexes into the run.
 */
function rejoin(tidied: readonly string[], width: number): number[][] {
  const groups: number[][] = [];
  let cur: number[] = [];
  for (let k = 0; k < tidied.length; k++) {
    if (cur.length > 0) {
      const prev = tidied[cur[cur.length - 1]!]!;
      const prevLength = [...prev].length;
      // A line longer than the width was not made by the wrapper (a line of Chinese in
      // a dump whose spaced lines are wrapped).
      const wrapped = prevLength >= width - 15 && prevLength <= width + 2 && !STARTS_ITEM_RE.test(tidied[k]!);
      if (!wrapped) {
        groups.push(cur);
        cur = [];
      }
    }
    cur.push(k);
  }
  if (cur.length > 0) groups.push(cur);
  return groups;
}

/**
 * The block text of a group of tidied lines. The hyphen test reads the last line, not
 * the text joined so far: a regex on that (a string being built) flattened it at every
 * line, and a dump of 20,000 lines of one length (taken for one hard-wrapped paragraph)
 * took 90 s.
 */
function joinLines(lines: readonly string[]): string {
  let out = "";
  let prev = "";
  for (const l of lines) {
    if (out === "") out = l;
    // "well-" + "known": a word broken at a hyphen keeps the hyphen, no space.
    else if (/\p{L}-$/u.test(prev) && /^\p{Ll}/u.test(l)) out += l;
    else out += ` ${l}`;
    prev = l;
  }
  return out;
}

/**
 * A menu, tag cloud, archive list or index: at least this many lines of one to three
 * words in a row (blank lines between them allowed). Real pages have runs of up to
 * about 300 such lines (a blog's monthly archive over 25 years); a story never has one.
 */
export const MENU_RUN_LINES = 500;
/** A very short line is at most this many UTF-16 units ("November 2023", "Arts & Culture"). */
const VERY_SHORT_CHARS = 24;
/** Characters at U+0E00 and above (Thai, CJK...: scripts written without spaces) a very short line may hold. */
const VERY_SHORT_UNSPACED = 6;

/**
 * A tidied line of one to three words (tidied lines have single spaces: at most two
 * spaces; menu entries such as "Arts & Culture" or "Rugby World Cup" have three), at
 * most 24 units, with at most 6 characters of an unspaced script (a line of 20
 * Chinese characters is a sentence, not a menu entry). Lines this short cost far
 * more as blocks than their text: a dump of 250,000 three-word lines held ~80 times
 * its size while one block a line (issue 5).
 */
export function isVeryShortLine(tidied: string): boolean {
  if (tidied.length === 0 || tidied.length > VERY_SHORT_CHARS) return false;
  let spaces = 0;
  let unspaced = 0;
  for (let i = 0; i < tidied.length; i++) {
    const c = tidied.charCodeAt(i);
    if (c === 0x20) spaces++;
    else if (c >= 0x0e00) unspaced++;
  }
  return spaces <= 2 && unspaced <= VERY_SHORT_UNSPACED;
}

/**
 * Finds runs of at least MENU_RUN_LINES very short lines, fed one tidied line at a
 * time (blank lines inside a run do not end it). Each run becomes one block: a
 * million-line menu then costs one block, not a million (memory per block is what
 * bounds memory on line-heavy dumps), and the classifier drops it whole (classify's
 * menu-run rule).
 */
class MenuRunFinder {
  /** The runs found, as [first, last] line indexes of their non-blank lines, in text order. */
  readonly runs: Array<[number, number]> = [];
  /** Non-blank lines added, and of those the lines in the runs found. */
  lines = 0;
  inRuns = 0;
  private first = -1;
  private last = -1;
  private count = 0;

  /** Adds line i, blank, very short (isVeryShortLine) or neither; lines must come in order. */
  add(i: number, kind: "blank" | "short" | "other"): void {
    if (kind === "blank") return;
    this.lines++;
    if (kind === "other") return this.close();
    if (this.first < 0) this.first = i;
    this.last = i;
    this.count++;
  }

  /** Ends the current run (call after the last line). */
  close(): void {
    if (this.count >= MENU_RUN_LINES) {
      this.runs.push([this.first, this.last]);
      this.inRuns += this.count;
    }
    this.first = -1;
    this.count = 0;
  }
}

/**
 * Calls visit(line, i, at) for each line of the text (at: its offset in the text),
 * without splitting the text into an array of lines.
 */
function eachLine(text: string, visit: (line: string, i: number, at: number) => void): void {
  let i = 0;
  for (let at = 0; ; i++) {
    const nl = text.indexOf("\n", at);
    visit(text.slice(at, nl < 0 ? text.length : nl), i, at);
    if (nl < 0) return;
    at = nl + 1;
  }
}


/**
 * Two passes over the lines, neither of which keeps an array of all lines (a dump of
 * a million lines would hold a million strings twice): the first measures the wrap
 * width and finds the menu runs, the second makes the blocks.
 */
export function segment(text: string): Block[] {
  const sink = new BlockList();
  segmentInto(text, sink);
  return sink.blocks;
}

/**
 * segment's blocks as a BlockStore (./store.ts): the pipeline's form, a few typed-array
 * columns and the texts, where a Block object per block (with its lines array) cost
 * several times a short line's text. A one-line block's lines are not kept (the
 * store's lines(i) is [text(i)]); a block of several lines and a menu run keep theirs.
 */
export function segmentStore(text: string): BlockStore {
  const store = new BlockStore();
  segmentInto(text, store);
  return store.finish();
}

function segmentInto(text: string, sink: BlockSink): void {
  const widths = newWidthTally();
  const finder = new MenuRunFinder();
  eachLine(text, (line, i) => {
    // A long line is measured without tidying it: no very short line is that long.
    if (line.length > 64) {
      const n = tidiedCodePoints(line);
      tallyWidth(widths, n, line);
      finder.add(i, n === 0 ? "blank" : n > VERY_SHORT_CHARS ? "other" : isVeryShortLine(tidy(line)) ? "short" : "other");
      return;
    }
    const t = tidy(line);
    tallyWidth(widths, t.length < 30 ? 0 : codePointLength(t), t);
    finder.add(i, t === "" ? "blank" : isVeryShortLine(t) ? "short" : "other");
  });
  finder.close();
  // At most a block per non-blank line outside the menu runs, and one per run.
  sink.reserve?.(finder.lines - finder.inRuns + finder.runs.length);
  const b = new BlockBuilder(text, widthOf(widths), finder.runs, sink);
  eachLine(text, (line, i, at) => b.add(line, i, at));
  b.finish();
}

/** The blocks segment makes, as plain Block objects (the public segment's list). */
class BlockList implements BlockSink {
  readonly blocks: Block[] = [];

  get length(): number {
    return this.blocks.length;
  }

  push(text: string, lines: string[], line: number, blankBefore: boolean): void {
    this.blocks.push({ index: this.blocks.length, text, lines, line, blankBefore, blankAfter: false });
  }

  blankAfterLast(): void {
    const last = this.blocks[this.blocks.length - 1];
    if (last) last.blankAfter = true;
  }
}

/** The menu run being read: where its text starts and ends, and its tidied lines joined. */
interface PendingMenu {
  line: number;
  from: number;
  to: number;
  text: ChunkJoiner;
}

/**
 * Makes the blocks line by line. Holds the current run of non-blank lines (for
 * rejoining a hard-wrapped paragraph) or the current menu run, never more.
 */
class BlockBuilder {
  private blankBefore = true;
  /** The next menu run, by position in runs. */
  private r = 0;
  private menu: PendingMenu | null = null;
  /** Original and tidied lines of the pending run of a wrapped dump, and the line index of its first line. */
  private lines: string[] = [];
  private tidied: string[] = [];
  private start = 0;

  constructor(
    private readonly text: string,
    private readonly width: number,
    private readonly runs: ReadonlyArray<[number, number]>,
    private readonly sink: BlockSink,
  ) {}

  add(line: string, i: number, at: number): void {
    const t = tidy(line);
    const run = this.runs[this.r];
    if (run && i >= run[0]) return this.addToMenu(line, t, i, at, run[1]);
    if (t === "") {
      this.flush();
      this.blankBefore = true;
      this.sink.blankAfterLast();
      return;
    }
    if (this.width === 0) {
      // Not wrapped: one block per line.
      this.push(t, [line], i + 1);
      return;
    }
    if (this.lines.length === 0) this.start = i;
    this.lines.push(line);
    this.tidied.push(t);
  }

  finish(): void {
    this.flush();
    this.sink.blankAfterLast();
  }

  /**
   * A line of a menu run. The run's block keeps its text as the dump has it as its
   * one line (not a million strings): the lines are in it, newlines included.
   */
  private addToMenu(line: string, t: string, i: number, at: number, last: number): void {
    if (!this.menu) {
      this.flush();
      this.menu = { line: i, from: at, to: at, text: new ChunkJoiner() };
    }
    if (t !== "") {
      this.menu.text.add(t);
      this.menu.to = at + line.length;
    }
    if (i < last) return;
    const m = this.menu;
    this.push(m.text.join(), [this.text.slice(m.from, m.to)], m.line + 1, true);
    this.menu = null;
    this.r++;
  }

  /** Rejoins the pending run of non-blank lines of a wrapped dump into blocks. */
  private flush(): void {
    if (this.lines.length === 0) return;
    const { lines, tidied, start } = this;
    for (const g of rejoin(tidied, this.width)) this.push(joinLines(g.map((k) => tidied[k]!)), g.map((k) => lines[k]!), start + g[0]! + 1);
    this.lines = [];
    this.tidied = [];
  }

  private push(text: string, lines: string[], line: number, menuRun = false): void {
    const own = ownCopy(text);
    // A one-line block whose line is its text (most blocks): the line is the copy too,
    // not a second string (a view of the dump) per block.
    if (lines.length === 1 && lines[0] === text) lines[0] = own;
    this.sink.push(own, lines, line, this.blankBefore, menuRun);
    this.blankBefore = false;
  }
}

/** Blocks of this many UTF-16 units or more get their own copy of their text (ownCopy). */
const OWN_COPY_MIN = 13;

/** The buffer ownCopy copies block texts through (two bytes a unit). */
const COPY_BUFFER = Buffer.allocUnsafe(2 * LONG_LINE);

/**
 * The block's text as a string of its own, with the same content. A line cut out of
 * the dump (slice, trim) is, for V8, a view into the whole dump's string, and two
 * bytes a character as soon as the dump holds one character above U+00FF (a "’"
 * will do): every later read of a character goes through the view, and every
 * regex, hash and comparison runs on two-byte text. A copy made through a UTF-16
 * buffer is a plain string, one byte a character when its own characters allow it;
 * the classify stage reads each block's text a dozen times, and the pipeline took
 * ~10% less CPU on the corpus with copies. Shorter strings are copies already (V8
 * makes no view under 13 units); blocks over LONG_LINE units (a one-line dump) stay
 * views, so that a huge line is not held twice.
 */
function ownCopy(text: string): string {
  if (text.length < OWN_COPY_MIN || text.length > LONG_LINE) return text;
  // Through one buffer kept for all blocks (a block is at most LONG_LINE units here):
  // a new Buffer per block cost an allocation and a pool slice each.
  const bytes = COPY_BUFFER.write(text, 0, "utf16le");
  return COPY_BUFFER.toString("utf16le", 0, bytes);
}


/**
 * A block segment made of a menu run: its one line holds the run as the dump has it,
 * MENU_RUN_LINES or more very short lines (no other block's line holds a newline).
 */
export function isMenuRun(b: Pick<Block, "lines">): boolean {
  const lines = b.lines;
  if (lines.length !== 1 || !lines[0]!.includes("\n")) return false;
  let short = 0;
  let other = 0;
  eachLine(lines[0]!, (line) => {
    const t = tidy(line);
    if (isVeryShortLine(t)) short++;
    else if (t !== "") other++;
  });
  return other === 0 && short >= MENU_RUN_LINES;
}
