/**
 * Subtitle (standfirst, deck): the sentence or two printed between the headline and
 * the byline/date line. Position is the signal: a block right after the title that
 * is followed by a byline or a date line within a few blocks. Without that byline or
 * date below it, a block after the title cannot be told from the lead paragraph, so
 * none is returned.
 */
import type { Block } from "../types.js";
import { looksLikeByline } from "./byline.js";
import { looksLikeDateLine } from "./date.js";
import { wordCount } from "./text.js";

/** Blocks of at most this many words (buttons, kickers, "Share") are stepped over. */
const SKIP_WORDS = 2;
const MIN_WORDS = 6;
const MAX_WORDS = 80;

const isMeta = (text: string): boolean => looksLikeByline(text) || looksLikeDateLine(text);

/** The standfirst under the title at `titleIndex`, or null. */
export function findSubtitle(blocks: readonly Block[], titleIndex: number): { index: number; subtitle: string } | null {
  if (titleIndex < 0) return null;
  let j = titleIndex + 1;
  while (j < blocks.length && j <= titleIndex + 4 && wordCount(blocks[j]!.text) <= SKIP_WORDS) j++;
  const cand = blocks[j];
  if (!cand) return null;
  const n = wordCount(cand.text);
  if (n < MIN_WORDS || n > MAX_WORDS || isMeta(cand.text)) return null;
  for (let k = j + 1, seen = 0; k < blocks.length && seen < 3; k++) {
    const text = blocks[k]!.text;
    if (isMeta(text)) return { index: j, subtitle: cand.text.trim() };
    if (wordCount(text) > SKIP_WORDS) seen++;
  }
  return null;
}
