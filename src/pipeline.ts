/**
 * The whole pipeline, input to Article, with no file or terminal access:
 * decode → repair → segment → classify → assemble. The CLI and the library call it.
 */
import { createHash } from "node:crypto";
import type { Article } from "./schema.js";
import type { CleanOptions } from "./types.js";
import { decode } from "./decode/index.js";
import { repair } from "./repair/index.js";
import { segmentStore, type BlockStore } from "./segment/index.js";
import { classifyStore } from "./classify/index.js";
import { assemble } from "./assemble/index.js";
import { detectLanguage } from "./meta/index.js";

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export type ProcessResult =
  | { ok: true; article: Article }
  | { ok: false; code: "not-text" | "too-large" | "bad-encoding" | "internal"; message: string };

const encoder = new TextEncoder();

/**
 * Lone surrogates in a JS string input (cut emoji, text glued from bad sources) are
 * not text and cannot be written as UTF-8: they become U+FFFD, as they do in the
 * UTF-8 bytes the CLI would see and in source.sha256.
 */
const LONE_SURROGATE_RE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * decode, repair, segment (into a BlockStore) and the language, in a function of their own: once it returns,
 * nothing refers to the dump's decoded and repaired text any more (segment gives each
 * block a copy of its text), so classify, where memory peaks, runs without it. Kept to
 * the end, it was the input's size once more on a dump of a million sentence lines.
 */
function blocksOf(
  input: string | Uint8Array,
  bytes: Uint8Array,
  options: CleanOptions,
  warnings: string[],
): { ok: true; blocks: BlockStore; language: string | null; encoding: string; repairs: Record<string, number> } | { ok: false; code: "not-text" | "bad-encoding"; message: string } {
  let text: string;
  let encoding = "utf-8";
  if (typeof input === "string") {
    text = input.replace(LONE_SURROGATE_RE, "\ufffd");
  } else {
    const d = decode(bytes, options);
    if (!d.ok) return { ok: false, code: d.code, message: d.message };
    text = d.text;
    encoding = d.encoding;
    warnings.push(...d.warnings);
  }
  const r = repair(text, options);
  warnings.push(...r.warnings);
  const blocks = segmentStore(r.text);
  const language = options.language ?? detectLanguage(r.text);
  return { ok: true, blocks, language, encoding, repairs: r.repairs };
}

/** Runs the pipeline; never throws: failures come back as { ok: false }. */
export function processInput(input: string | Uint8Array, options: CleanOptions = {}): ProcessResult {
  try {
    const bytes = typeof input === "string" ? encoder.encode(input) : input;
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (bytes.length > maxBytes) {
      return { ok: false, code: "too-large", message: `input is ${bytes.length} bytes, over the limit of ${maxBytes} (--max-bytes)` };
    }
    const warnings: string[] = [];
    const prepared = blocksOf(input, bytes, options, warnings);
    if (!prepared.ok) return prepared;
    const { blocks, language, encoding, repairs } = prepared;
    // The blocks stay in columns (BlockStore); classify labels them in columns too, and
    // its labeled blocks are views of those (one small object per block).
    const labeled = classifyStore(blocks, { mode: options.mode, language, explain: options.explain });
    if (blocks.length === 0) warnings.push("empty input: no text found");
    const article = assemble(labeled, {
      source: {
        path: options.path ?? null,
        bytes: bytes.length,
        encoding,
        sha256: createHash("sha256").update(bytes).digest("hex"),
      },
      repairs,
      warnings,
      language,
      explain: options.explain,
    });
    // Run unattended over millions of files, a user needs to find the ones that gave
    // nothing: text was there, but every block was dropped as boilerplate or junk.
    if (blocks.length > 0 && article.body.length === 0 && article.title === null) {
      article.warnings.push(`no story text found: all ${blocks.length} blocks were dropped`);
    }
    return { ok: true, article };
  } catch (err) {
    return { ok: false, code: "internal", message: `internal error: ${err instanceof Error ? err.message : String(err)}` };
  }
}
