/**
 * repair: string → string, after ftfy. A registry of small pure fixers (./fixers.ts)
 * runs in a fixed order; the sequence is repeated until the text is stable (a fix
 * can expose another: an entity that decodes to mojibake, mojibake hiding an NBSP).
 * Every change is recorded (fix, line, before, after) for --explain.
 *
 * Correct text is never touched: each fixer has a cheap pre-check, so clean text in
 * any script costs a few native regex scans.
 */
import type { RepairOptions, RepairResult, RepairStep } from "../types.js";
import {
  fixAnsiEscapes,
  fixAsciiPunctuation,
  fixBreakTags,
  fixControls,
  fixEntities,
  fixEscapes,
  fixInvisible,
  fixJunk,
  fixLineEndings,
  fixMojibake,
  fixNfc,
  fixOddSpaces,
  fixStrayReplacement,
  type FixContext,
  type Fixer,
} from "./fixers.js";
import { scanText } from "./scan.js";

export type { Fixer, FixContext } from "./fixers.js";
export { badness, isBad } from "./badness.js";
export { isJunkToken } from "./fixers.js";

/** The fixers in the order they run. Line endings first (line numbers), NFC last. */
export const FIXERS: readonly Fixer[] = [
  fixLineEndings,
  fixAnsiEscapes,
  fixEntities,
  fixEscapes,
  fixBreakTags,
  fixMojibake,
  fixJunk,
  fixStrayReplacement,
  fixInvisible,
  fixOddSpaces,
  fixControls,
  fixAsciiPunctuation,
  fixNfc,
];

/** Most passes over the fixer list (stable text usually needs one, entity→mojibake two). */
const MAX_PASSES = 3;
/** Keep at most this many steps (a dump with an NBSP in every line would list thousands). */
const MAX_STEPS = 10_000;

/** Nothing any fixer acts on: ASCII printable text plus tab/newline, without "&", "<", "\\" or ESC. */
const CLEAN_ASCII_RE = /^[\t\n\x20-\x25\x27-\x3b\x3d-\x5b\x5d-\x7e]*$/;

export function repair(text: string, options: RepairOptions = {}): RepairResult {
  const repairs: Record<string, number> = {};
  const steps: RepairStep[] = [];
  const warnings: string[] = [];
  if (CLEAN_ASCII_RE.test(text)) return { text, repairs, steps, warnings };
  const explain = options.explain !== false;
  const ctx: FixContext = {
    asciiPunctuation: options.asciiPunctuation === true,
    record(fix, line, before, after, count = 1) {
      repairs[fix] = (repairs[fix] ?? 0) + count;
      if (explain && steps.length < MAX_STEPS) steps.push({ fix, line, before, after });
    },
    warn(message) {
      warnings.push(message);
    },
  };
  let current = text;
  // Always the flags of `current`: rescanned after every change, so a pass starts
  // with those the last one ended with.
  let flags = scanText(current);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const start = current;
    for (const fixer of FIXERS) {
      if ((flags & fixer.needs) === 0) continue;
      const next = fixer.apply(current, ctx);
      // A change can bring new work for later fixers (a decoded entity that is an NBSP).
      if (next !== current) flags = scanText(next);
      current = next;
    }
    if (current === start) break;
  }
  return { text: current, repairs, steps, warnings };
}
