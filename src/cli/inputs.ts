/**
 * Expands the command line's inputs (files, folders, globs, "-") into a stream of files,
 * in a deterministic order: arguments in the order given; inside a folder or a glob,
 * sorted by path. Folders are walked lazily, one directory at a time, so a million files
 * are never all listed in memory; symbolic-link loops are walked once; hidden files and
 * folders are skipped unless --hidden.
 */
import { readdir, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import picomatch from "picomatch";
import { describeFsError } from "./messages.js";
import type { FailureCode } from "./task.js";

export interface InputItem {
  /** Path to read ("-" for stdin). */
  path: string;
  /** Path relative to the folder or glob base it came from: mirrored under --out. */
  rel: string;
  /** Set when the argument itself cannot be used (missing...). */
  error?: { code: FailureCode; message: string };
}

export interface ExpandOptions {
  /** Extensions (lowercase, no dot) of files taken from folders; null: every file. */
  exts: string[] | null;
  ignore: string[];
  hidden: boolean;
  /** Folder never to walk into (the output folder), as "dev:ino". */
  skipDir?: string;
  /**
   * Whether folders may be given: their many outputs need --out DIR or one Article per
   * line (ndjson); concatenated JSON documents or pages on stdout would be unusable.
   */
  folders: boolean;
}

const GLOB_CHARS = /[*?[\]{}()!]/;

/** Compare paths by UTF-16 code units: the same order on every machine and locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function extOk(name: string, exts: string[] | null): boolean {
  if (!exts || exts.includes("*")) return true;
  const dot = name.lastIndexOf(".");
  return dot > 0 && exts.includes(name.slice(dot + 1).toLowerCase());
}

/** The static folder part of a glob ("dumps/2024/**\/*.txt" → "dumps/2024"). */
export function globBase(pattern: string): string {
  const parts = pattern.split("/");
  const fixed: string[] = [];
  for (const p of parts.slice(0, -1)) {
    if (GLOB_CHARS.test(p)) break;
    fixed.push(p);
  }
  if (fixed.length === 0) return pattern.startsWith("/") ? "/" : ".";
  return fixed.join("/") || "/";
}

function makeIgnore(patterns: string[]): (rel: string) => boolean {
  if (patterns.length === 0) return () => false;
  // Patterns without a slash match a file or folder name anywhere (like .gitignore).
  const m = picomatch(patterns, { dot: true, basename: true });
  return (rel) => m(rel);
}

interface Entry {
  name: string;
  abs: string;
  isDir: boolean;
  isFile: boolean;
  broken?: unknown;
}

async function* walk(root: string, opts: ExpandOptions, ignored: (rel: string) => boolean, visited: Set<string>, maxDepth = Infinity): AsyncGenerator<InputItem> {
  async function* dir(abs: string, rel: string, depth: number): AsyncGenerator<InputItem> {
    let entries;
    try {
      const st = await stat(abs);
      const key = `${st.dev}:${st.ino}`;
      if (visited.has(key)) return; // a symbolic-link loop, a folder seen twice, or the output folder
      visited.add(key);
      entries = await readdir(abs, { withFileTypes: true });
    } catch (e) {
      yield { path: abs, rel: rel || basename(abs), error: { code: "unreadable", message: `cannot read folder: ${describeFsError(e)}` } };
      return;
    }
    const list: Entry[] = [];
    for (const d of entries) {
      if (!opts.hidden && d.name.startsWith(".")) continue;
      const e: Entry = { name: d.name, abs: join(abs, d.name), isDir: d.isDirectory(), isFile: d.isFile() };
      if (d.isSymbolicLink()) {
        try {
          const st = await stat(e.abs);
          e.isDir = st.isDirectory();
          e.isFile = st.isFile();
        } catch (err) {
          e.broken = err;
        }
      }
      list.push(e);
    }
    entries = undefined;
    // Sort as full paths sort: a folder "a" sorts as "a/" (after "a.txt").
    list.sort((x, y) => comparePaths(x.isDir ? x.name + "/" : x.name, y.isDir ? y.name + "/" : y.name));
    for (const e of list) {
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      if (ignored(childRel)) continue;
      if (e.isDir) {
        if (depth + 1 < maxDepth) yield* dir(e.abs, childRel, depth + 1);
      } else if (e.broken !== undefined) {
        if (extOk(e.name, opts.exts)) yield { path: e.abs, rel: childRel, error: { code: "missing", message: `broken symbolic link (${describeFsError(e.broken)})` } };
      } else if (e.isFile && extOk(e.name, opts.exts)) {
        yield { path: e.abs, rel: childRel };
      }
    }
  }
  yield* dir(root, "", 0);
}

/**
 * A glob is walked like a folder from its static base, with the same sorted order and
 * symbolic-link loop guard, and its pattern matched on each path (picomatch, the matcher
 * fast-glob uses: fast-glob itself follows link loops and returns unsorted arrays).
 */
async function* globItems(pattern: string, opts: ExpandOptions, ignored: (rel: string) => boolean, visited: Set<string>): AsyncGenerator<InputItem> {
  const base = globBase(pattern);
  const rest = base === "." && !pattern.startsWith("./") ? pattern : pattern.slice(base.length).replace(/^\/+/, "");
  const matches = picomatch(rest, { dot: opts.hidden });
  const walkOpts: ExpandOptions = { ...opts, exts: null };
  // Without "**" the pattern cannot match deeper than its own number of segments.
  const maxDepth = rest.includes("**") ? Infinity : rest.split("/").length;
  for await (const item of walk(base, walkOpts, ignored, visited, maxDepth)) {
    if (matches(item.rel) || item.error?.code === "unreadable") yield item;
  }
}

export function looksLikeGlob(arg: string): boolean {
  return GLOB_CHARS.test(arg);
}

/** Expand arguments into files, lazily. Duplicates (the same file named twice) come once. */
export async function* expandInputs(args: string[], opts: ExpandOptions): AsyncGenerator<InputItem> {
  const ignored = makeIgnore(opts.ignore);
  const visited = new Set<string>();
  if (opts.skipDir) visited.add(opts.skipDir);
  const seen = args.length > 1 ? new Set<string>() : null;
  for (const arg of args) {
    if (arg === "-") {
      yield { path: "-", rel: "stdin" };
      continue;
    }
    let st;
    try {
      st = await stat(arg);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "ENOENT" && looksLikeGlob(arg)) {
        let matched = false;
        for await (const item of globItems(arg, opts, ignored, visited)) {
          matched = true;
          if (seen) {
            const key = resolve(item.path);
            if (seen.has(key)) continue;
            seen.add(key);
          }
          yield item;
        }
        // A pattern that matches nothing is reported like a missing file (as bash's
        // failglob and zsh do); otherwise a mistyped name with [ ] * ? in it (or a
        // missing "photo[1].txt") vanished silently with exit 0.
        if (!matched) yield { path: arg, rel: basename(arg), error: { code: "missing", message: "no such file or folder, and no file matches it as a pattern" } };
        continue;
      }
      yield {
        path: arg,
        rel: basename(arg),
        error: code === "ENOENT" ? { code: "missing", message: "no such file or folder" } : { code: "unreadable", message: describeFsError(e) },
      };
      continue;
    }
    if (st.isDirectory()) {
      if (!opts.folders) {
        yield { path: arg, rel: basename(arg), error: { code: "is-directory", message: "is a directory: add --out DIR for one output per file, or --format ndjson for one Article per line" } };
        continue;
      }
      const key = `${st.dev}:${st.ino}`;
      if (key === opts.skipDir) {
        yield { path: arg, rel: basename(arg), error: { code: "output-conflict", message: "is the output folder" } };
        continue;
      }
      for await (const item of walk(arg, opts, ignored, visited)) {
        if (seen && !item.error) {
          const key = resolve(item.path);
          if (seen.has(key)) continue;
          seen.add(key);
        }
        yield item;
      }
    } else {
      if (seen) {
        const key = resolve(arg);
        if (seen.has(key)) continue;
        seen.add(key);
      }
      yield { path: arg, rel: basename(arg) };
    }
  }
}
