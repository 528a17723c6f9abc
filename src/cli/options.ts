/** Option parsers and the options object the command line produces. */
import { InvalidArgumentError } from "commander";
import { availableParallelism } from "node:os";
import { FORMAT_ALIASES, type Format } from "../render/index.js";
import type { Mode } from "../types.js";

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERRUPTED = 130;

export function parseFormat(v: string): Format {
  const f = FORMAT_ALIASES[v.toLowerCase()];
  if (!f) throw new InvalidArgumentError(`unknown format "${v}" (json, markdown|md, text|txt, ndjson)`);
  return f;
}

export function parseInputFormat(v: string): "text" | "ndjson" {
  const f = v.toLowerCase();
  if (f === "text" || f === "txt" || f === "raw") return "text";
  if (f === "ndjson" || f === "jsonl") return "ndjson";
  throw new InvalidArgumentError(`unknown input format "${v}" (text, ndjson)`);
}

export function parseMode(v: string): Mode {
  if (v === "precision" || v === "balanced" || v === "recall") return v;
  throw new InvalidArgumentError(`unknown mode "${v}" (precision, balanced, recall)`);
}

/** "50000000", "50MB", "512k", "1.5G" → bytes. */
export function parseBytes(v: string): number {
  const m = /^(\d+(?:\.\d+)?) ?([kmg]?)i?b?$/i.exec(v.trim());
  if (!m) throw new InvalidArgumentError(`not a size: "${v}" (e.g. 50000000, 50MB, 512k)`);
  const mult = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as "" | "k" | "m" | "g"];
  const n = Math.floor(Number(m[1]) * mult);
  if (n <= 0) throw new InvalidArgumentError(`size must be positive: "${v}"`);
  return n;
}

export function parseJobs(v: string): number {
  if (!/^\d+$/.test(v.trim()) || Number(v) < 1) throw new InvalidArgumentError(`not a number of jobs: "${v}" (1 or more)`);
  return Math.min(Number(v), 256);
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** "--ext txt,md --ext text" → ["txt","md","text"]; "*" or "" means every extension. */
export function collectExts(v: string, prev: string[] | undefined): string[] {
  const list = v
    .split(",")
    .map((e) => e.trim().replace(/^\*?\./, "").toLowerCase())
    .filter((e) => e.length > 0);
  return [...(prev ?? []), ...(list.length ? list : ["*"])];
}

export function collect(v: string, prev: string[] | undefined): string[] {
  return [...(prev ?? []), v];
}

/** What the command line asked for, after commander. */
export interface CliOptions {
  format: Format;
  out?: string;
  sidebar?: boolean;
  compact?: boolean;
  schema?: boolean;
  explain?: boolean;
  mode: Mode;
  /** --ascii-punctuation: straighten curly quotes, dashes and ellipses. */
  asciiPunctuation?: boolean;
  encoding?: string;
  maxBytes?: number;
  quiet?: boolean;
  inputFormat: "text" | "ndjson";
  ext?: string[];
  ignore?: string[];
  hidden?: boolean;
  jobs?: number;
  skipExisting?: boolean;
  force?: boolean;
  report?: string;
  progress?: boolean;
}
