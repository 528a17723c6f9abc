/**
 * One unit of batch work: read one input (a file, stdin bytes, or one ndjson record),
 * run it through processInput, render it, and either return the text (for stdout) or
 * write it atomically under the output folder. Runs in the main thread (--jobs 1) or
 * in a worker thread; everything in Task and TaskResult is structured-clone friendly.
 * Never throws: every failure comes back as a TaskResult with a code and a message.
 */
import { closeSync, fstatSync, lstatSync, mkdirSync, openSync, readSync, realpathSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { processInput } from "../pipeline.js";
import { render, type Format } from "../render/index.js";
import type { Article } from "../schema.js";
import type { Mode } from "../types.js";
import { describeFsError } from "./messages.js";

/** Settings shared by every task of a run. */
export interface TaskConfig {
  format: Format;
  compact: boolean;
  sidebar: boolean;
  mode: Mode;
  /** Straighten curly quotes, dashes and ellipses (--ascii-punctuation). */
  asciiPunctuation: boolean;
  encoding?: string;
  maxBytes: number;
  explain: boolean;
  /** Real path of the output folder, when writing one file per input. */
  outRoot?: string;
}

export type Task =
  /** A file to read. `target`/`tmp`: where to write the output (else it is returned). */
  | { kind: "file"; seq: number; path: string; target?: string; tmp?: string }
  /** Bytes already read (stdin). */
  | { kind: "bytes"; seq: number; bytes: Uint8Array; path: null; target?: string; tmp?: string }
  /** One line of --input-format ndjson: {"id", "text"} or {"id", "path"}. */
  | { kind: "record"; seq: number; line: Uint8Array; lineNo: number };

/** Failure codes, as they appear in the --report. */
export type FailureCode =
  | "missing"
  | "unreadable"
  | "is-directory"
  | "too-large"
  | "not-text"
  | "bad-encoding"
  | "bad-record"
  | "outside-output"
  | "output-conflict"
  | "write-failed"
  | "internal";

export interface TaskResult {
  seq: number;
  status: "ok" | "failed" | "skipped";
  code?: FailureCode;
  message?: string;
  /** For ndjson records: the record's id, to name it in messages. */
  id?: string | number;
  bytes: number;
  outBytes: number;
  /** The rendered output, when it goes to stdout (no target). */
  data?: string;
  repairs?: Record<string, number>;
  warnings?: string[];
  /** A write error (full disk...): the run must stop. */
  fatal?: boolean;
}

type Read = { ok: true; bytes: Uint8Array } | { ok: false; code: FailureCode; message: string };

const CHUNK = 1 << 20;

/**
 * Read a file, refusing before reading when it is larger than maxBytes. Non-regular files
 * (pipes, devices) are read in chunks and refused as soon as they pass the limit, so
 * /dev/zero cannot fill the memory.
 */
export function readBounded(path: string, maxBytes: number): Read {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { ok: false, code: "missing", message: "no such file" };
    if (code === "EISDIR") return { ok: false, code: "is-directory", message: "is a directory, not a file" };
    return { ok: false, code: "unreadable", message: `cannot read: ${describeFsError(e)}` };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { ok: false, code: "is-directory", message: "is a directory, not a file" };
    if (st.isFile() && st.size > maxBytes) {
      return { ok: false, code: "too-large", message: `file is ${st.size} bytes, over the limit of ${maxBytes} (--max-bytes)` };
    }
    const parts: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = st.isFile() ? Math.max(1, Math.min(CHUNK, st.size - total + 1)) : CHUNK;
      const buf = Buffer.allocUnsafe(want);
      const n = readSync(fd, buf, 0, want, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) return { ok: false, code: "too-large", message: `input is over the limit of ${maxBytes} bytes (--max-bytes)` };
      parts.push(n === want ? buf : buf.subarray(0, n));
      // A regular file read up to the size fstat gave, short of the one byte more that
      // was asked for (it did not grow), is at its end: no read() just to be told so,
      // one system call fewer per file. A short read before that size reads on.
      if (st.isFile() && n < want && total >= st.size) break;
    }
    return { ok: true, bytes: parts.length === 1 ? parts[0]! : Buffer.concat(parts, total) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EISDIR") return { ok: false, code: "is-directory", message: "is a directory, not a file" };
    return { ok: false, code: "unreadable", message: `cannot read: ${describeFsError(e)}` };
  } finally {
    closeSync(fd);
  }
}

/** Folders already checked to lie inside the output root (per thread). */
const checkedDirs = new Set<string>();

/**
 * Create `dir` (and its parents) under `root`, refusing to go through a symbolic link or
 * anything else that leads outside `root`: each component is checked before it is used,
 * so a planted link `out/sub -> /etc` can never make us create or write outside.
 */
export function ensureDirInside(dir: string, root: string): { ok: true } | { ok: false; code: FailureCode; message: string; fatal?: boolean } {
  if (dir === root || checkedDirs.has(dir)) return { ok: true };
  if (!dir.startsWith(root + sep)) return { ok: false, code: "outside-output", message: "output path would be outside the output folder" };
  let cur = root;
  for (const part of dir.slice(root.length + 1).split(sep)) {
    cur = join(cur, part);
    if (checkedDirs.has(cur)) continue;
    try {
      const st = lstatSync(cur, { throwIfNoEntry: false });
      if (!st) {
        mkdirSync(cur);
      } else if (st.isSymbolicLink()) {
        const real = realpathSync(cur);
        if (real !== root && !real.startsWith(root + sep)) {
          return { ok: false, code: "outside-output", message: `refusing to write through ${cur}: a symbolic link that leads outside the output folder` };
        }
      } else if (!st.isDirectory()) {
        return { ok: false, code: "output-conflict", message: `cannot create folder ${cur}: a file is in the way` };
      }
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EEXIST") continue; // created meanwhile by another worker
      return { ok: false, code: "write-failed", message: `cannot create folder ${cur}: ${describeFsError(e)}`, fatal: true };
    }
    checkedDirs.add(cur);
  }
  return { ok: true };
}

/**
 * Write `data` to `target` atomically: into `tmp` (created exclusively, so an existing file
 * or link at that name is never followed), then rename. On error the temporary file is
 * removed and the previous `target`, if any, is untouched.
 */
export function writeAtomic(target: string, tmp: string, data: string | Uint8Array): { ok: true } | { ok: false; message: string } {
  try {
    writeFileSync(tmp, data, { flag: "wx", mode: 0o644 });
    renameSync(tmp, target);
    return { ok: true };
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
    return { ok: false, message: describeFsError(e) };
  }
}

function withId(article: Article, id: string | number | undefined): Article {
  if (id === undefined) return article;
  const { schemaVersion, ...rest } = article;
  return { schemaVersion, id, ...rest };
}

function summarize(seq: number, article: Article, bytes: number): Omit<TaskResult, "outBytes"> {
  const r: Omit<TaskResult, "outBytes"> = { seq, status: "ok", bytes };
  if (Object.keys(article.repairs).length) r.repairs = article.repairs;
  if (article.warnings.length) r.warnings = article.warnings;
  return r;
}

const utf8 = new TextDecoder("utf-8", { fatal: false });

/** Parse one ndjson record line into text or bytes to process. */
function parseRecord(task: Extract<Task, { kind: "record" }>, config: TaskConfig):
  | { ok: true; id: string | number | undefined; input: string | Uint8Array; path: string | null; bytes: number }
  | { ok: false; id?: string | number; code: FailureCode; message: string } {
  let rec: unknown;
  try {
    rec = JSON.parse(utf8.decode(task.line));
  } catch {
    return { ok: false, code: "bad-record", message: `not valid JSON` };
  }
  if (rec === null || typeof rec !== "object" || Array.isArray(rec)) {
    return { ok: false, code: "bad-record", message: `expected an object {"id": ..., "text": ...}` };
  }
  const o = rec as Record<string, unknown>;
  const id = typeof o.id === "string" || typeof o.id === "number" ? o.id : undefined;
  if (o.id !== undefined && id === undefined) {
    return { ok: false, code: "bad-record", message: `"id" must be a string or a number` };
  }
  if (typeof o.text === "string") {
    const bytes = Buffer.byteLength(o.text, "utf8");
    return { ok: true, id, input: o.text, path: null, bytes };
  }
  if (typeof o.path === "string") {
    const r = readBounded(o.path, config.maxBytes);
    if (!r.ok) return { ok: false, id, code: r.code, message: `${o.path}: ${r.message}` };
    return { ok: true, id, input: r.bytes, path: o.path, bytes: r.bytes.length };
  }
  return { ok: false, id, code: "bad-record", message: `needs a "text" or a "path" string` };
}

/** Run one task to the end. Never throws. */
export function runTask(task: Task, config: TaskConfig): TaskResult {
  try {
    let input: string | Uint8Array;
    let path: string | null;
    let bytes: number;
    let id: string | number | undefined;
    if (task.kind === "record") {
      const p = parseRecord(task, config);
      if (!p.ok) return { seq: task.seq, status: "failed", code: p.code, message: p.message, id: p.id, bytes: 0, outBytes: 0 };
      ({ input, path, bytes, id } = p);
    } else if (task.kind === "bytes") {
      input = task.bytes;
      path = null;
      bytes = task.bytes.length;
    } else {
      const r = readBounded(task.path, config.maxBytes);
      if (!r.ok) {
        // It existed when the inputs were listed: it vanished during the run.
        const message = r.code === "missing" ? "no such file any more (removed during the run)" : r.message;
        return { seq: task.seq, status: "failed", code: r.code, message, bytes: 0, outBytes: 0 };
      }
      input = r.bytes;
      path = task.path;
      bytes = r.bytes.length;
    }
    const res = processInput(input, { path, mode: config.mode, asciiPunctuation: config.asciiPunctuation, encoding: config.encoding, maxBytes: config.maxBytes, explain: config.explain });
    if (!res.ok) return { seq: task.seq, status: "failed", code: res.code, message: res.message, id, bytes, outBytes: 0 };
    const article = withId(res.article, id);
    const data = render(article, config.format, { compact: config.compact, sidebar: config.sidebar });
    const out: TaskResult = { ...summarize(task.seq, article, bytes), outBytes: 0, id };
    if (task.kind !== "record" && task.target && task.tmp && config.outRoot) {
      const d = ensureDirInside(dirname(task.target), config.outRoot);
      if (!d.ok) return { seq: task.seq, status: "failed", code: d.code, message: d.message, bytes, outBytes: 0, fatal: d.fatal };
      // Encoded once: the file's bytes, and their number for the report (measuring the
      // string's UTF-8 length apart read the whole output once more).
      const encoded = Buffer.from(data, "utf8");
      out.outBytes = encoded.length;
      const w = writeAtomic(task.target, task.tmp, encoded);
      if (!w.ok) return { seq: task.seq, status: "failed", code: "write-failed", message: `cannot write ${task.target}: ${w.message}`, bytes, outBytes: 0, fatal: true };
    } else {
      out.outBytes = Buffer.byteLength(data);
      out.data = data;
    }
    return out;
  } catch (e) {
    return { seq: task.seq, status: "failed", code: "internal", message: `internal error: ${e instanceof Error ? e.message : String(e)}`, bytes: 0, outBytes: 0 };
  }
}
