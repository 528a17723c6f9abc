/**
 * repair: string → string. Each fix is a small pure function; the registry below
 * runs them in order and records what changed. First version: line endings,
 * invisible characters, odd spaces, HTML entities, control characters, NFC.
 */
import type { RepairOptions, RepairResult, RepairStep } from "../types.js";

export interface Fixer {
  name: string;
  /** Returns the fixed text and how many changes it made. */
  apply(text: string): { text: string; count: number };
}

function replaceCounting(text: string, re: RegExp, by: string | ((m: string) => string)): { text: string; count: number } {
  let count = 0;
  const out = text.replace(re, (m: string) => {
    const r = typeof by === "string" ? by : by(m);
    if (r !== m) count++;
    return r;
  });
  return { text: out, count };
}

/** CRLF and lone CR (old Mac files, mixed dumps) become LF. */
export const fixLineEndings: Fixer = { name: "line-ending", apply: (t) => replaceCounting(t, /\r\n?/g, "\n") };

/** No-break, narrow and other typographic spaces become a plain space. */
export const fixOddSpaces: Fixer = {
  name: "odd-space",
  apply: (t) => replaceCounting(t, /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, " "),
};

/** Zero-width characters, soft hyphens and stray BOMs carry nothing in plain text. */
export const fixInvisible: Fixer = {
  name: "invisible",
  apply: (t) => replaceCounting(t, /[\u00ad\u200b\u2060\ufeff]/g, ""),
};

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", rsquo: "\u2019", lsquo: "\u2018",
  rdquo: "\u201d", ldquo: "\u201c", mdash: "\u2014", ndash: "\u2013", hellip: "\u2026", copy: "\u00a9",
};

/** Leftover HTML entities (&amp;, &#8217;, &rsquo;) become the characters they name. */
export const fixEntities: Fixer = {
  name: "entity",
  apply: (t) =>
    replaceCounting(t, /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g, (m) => {
      const dec = /^&#(\d+);$/.exec(m);
      const hex = /^&#[xX]([0-9a-fA-F]+);$/.exec(m);
      const code = dec ? Number(dec[1]) : hex ? parseInt(hex[1]!, 16) : -1;
      if (code >= 0) return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : m;
      return NAMED_ENTITIES[m.slice(1, -1)] ?? m;
    }),
};

/** C0/C1 control characters (other than tab and newline) never belong in text. */
export const fixControls: Fixer = {
  name: "control",
  apply: (t) => replaceCounting(t, /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, ""),
};

/** Canonical composition, so "e" + combining acute and "é" compare equal. */
export const fixNfc: Fixer = {
  name: "nfc",
  apply: (t) => {
    const n = t.normalize("NFC");
    return { text: n, count: n === t ? 0 : 1 };
  },
};

export const DEFAULT_FIXERS: readonly Fixer[] = [fixLineEndings, fixEntities, fixOddSpaces, fixInvisible, fixControls, fixNfc];

export function repair(text: string, options: RepairOptions = {}): RepairResult {
  const repairs: Record<string, number> = {};
  const steps: RepairStep[] = [];
  let current = text;
  for (const fixer of DEFAULT_FIXERS) {
    const { text: next, count } = fixer.apply(current);
    if (count > 0) {
      repairs[fixer.name] = (repairs[fixer.name] ?? 0) + count;
      if (options.explain !== false) steps.push({ fix: fixer.name, before: "", after: "" });
      current = next;
    }
  }
  return { text: current, repairs, steps, warnings: [] };
}
