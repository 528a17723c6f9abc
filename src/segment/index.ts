/**
 * segment: repaired text → blocks. Every non-empty line is a block, and each block
 * records whether a blank line precedes and follows it (in html-text style dumps a
 * blank line ends a <p>/<h*>/<ul>, a single newline ends a <div>/<li>/<br>).
 * Paragraphs that a dump hard-wrapped at a fixed width are rejoined first.
 * Linear in the size of the text.
 */
import type { Block } from "../types.js";

/** Length in code points, without building an array of characters. */
function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

/** Collapse runs of spaces and tabs and trim. */
function tidy(line: string): string {
  // Most lines have no tab and no double space: skip the regex for them.
  if (line.indexOf("\t") < 0 && line.indexOf("  ") < 0) return line.trim();
  return line.replace(/[ \t]+/g, " ").trim();
}

/**
 * Hard-wrap detection. A dump wrapped at a fixed width (mail archives, `fmt`, some
 * crawlers write 72- or 80-column text) has most of its long lines ending within a
 * few characters of one width and almost none beyond it. Returns that width, or 0.
 */
export function wrapWidth(lines: readonly string[]): number {
  const counts = new Map<number, number>();
  let long = 0;
  for (const l of lines) {
    const n = codePointLength(l);
    if (n < 30) continue;
    long++;
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
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
      const wrapped = [...prev].length >= width - 15 && !STARTS_ITEM_RE.test(tidied[k]!);
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

/** The block text of a group of tidied lines. */
function joinLines(lines: readonly string[]): string {
  let out = "";
  for (const l of lines) {
    if (out === "") out = l;
    // "well-" + "known": a word broken at a hyphen keeps the hyphen, no space.
    else if (/\p{L}-$/u.test(out) && /^\p{Ll}/u.test(l)) out += l;
    else out += ` ${l}`;
  }
  return out;
}

export function segment(text: string): Block[] {
  const lines = text.split("\n");
  // Each line tidied once; the passes below only read these.
  const tidied = lines.map(tidy);
  const width = wrapWidth(tidied);
  const blocks: Block[] = [];
  let i = 0;
  let blankBefore = true;
  while (i < lines.length) {
    if (tidied[i] === "") {
      blankBefore = true;
      const last = blocks[blocks.length - 1];
      if (last) last.blankAfter = true;
      i++;
      continue;
    }
    // A run of non-blank lines.
    const start = i;
    while (i < lines.length && tidied[i] !== "") i++;
    if (width === 0) {
      // One block per line.
      for (let k = start; k < i; k++) {
        blocks.push({ index: blocks.length, text: tidied[k]!, lines: [lines[k]!], line: k + 1, blankBefore, blankAfter: false });
        blankBefore = false;
      }
      continue;
    }
    for (const g of rejoin(tidied.slice(start, i), width)) {
      const first = start + g[0]!;
      blocks.push({
        index: blocks.length,
        text: joinLines(g.map((k) => tidied[start + k]!)),
        lines: g.map((k) => lines[start + k]!),
        line: first + 1,
        blankBefore,
        blankAfter: false,
      });
      blankBefore = false;
    }
  }
  const last = blocks[blocks.length - 1];
  if (last) last.blankAfter = true;
  return blocks;
}
