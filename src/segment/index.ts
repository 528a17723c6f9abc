/**
 * segment: repaired text → blocks. First version: every non-empty line is a block,
 * and each block records whether a blank line precedes and follows it (in html-text
 * style dumps a blank line ends a <p>/<h*>, a single newline ends a <div>/<li>).
 */
import type { Block } from "../types.js";

export function segment(text: string): Block[] {
  const lines = text.split("\n");
  const blocks: Block[] = [];
  let blankBefore = true;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const trimmed = raw.replace(/[ \t]+/g, " ").trim();
    if (trimmed === "") {
      blankBefore = true;
      const last = blocks[blocks.length - 1];
      if (last) last.blankAfter = true;
      continue;
    }
    blocks.push({ index: blocks.length, text: trimmed, lines: [raw], line: i + 1, blankBefore, blankAfter: false });
    blankBefore = false;
  }
  const last = blocks[blocks.length - 1];
  if (last) last.blankAfter = true;
  return blocks;
}
