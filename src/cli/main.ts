/**
 * The clean-article command line: parses options, reads inputs, writes outputs.
 * All text processing happens in the pipeline (../pipeline.ts).
 */
import { Command, InvalidArgumentError } from "commander";
import { readFileSync, statSync, writeFileSync, renameSync } from "node:fs";
import { processInput } from "../pipeline.js";
import { FORMAT_ALIASES, render, type Format } from "../render/index.js";
import type { Mode } from "../types.js";
import { VERSION } from "./version.js";
import { errorLine, safeForTerminal } from "./messages.js";

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

function parseFormat(v: string): Format {
  const f = FORMAT_ALIASES[v.toLowerCase()];
  if (!f) throw new InvalidArgumentError(`unknown format "${v}" (json, markdown|md, text|txt, ndjson)`);
  return f;
}

function parseMode(v: string): Mode {
  if (v === "precision" || v === "balanced" || v === "recall") return v;
  throw new InvalidArgumentError(`unknown mode "${v}" (precision, balanced, recall)`);
}

function parseBytes(v: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(v.trim());
  if (!m) throw new InvalidArgumentError(`not a size: "${v}" (e.g. 50000000, 50MB, 512k)`);
  const mult = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as "" | "k" | "m" | "g"];
  return Math.floor(Number(m[1]) * mult);
}

export interface MainOptions {
  format: Format;
  out?: string;
  sidebar?: boolean;
  compact?: boolean;
  schema?: boolean;
  explain?: boolean;
  mode: Mode;
  encoding?: string;
  maxBytes?: number;
  quiet?: boolean;
}

const EXAMPLES = `
Examples:
  $ clean-article fixtures/wire-dateline.txt                 # one dump → JSON on stdout
  $ clean-article -f md --sidebar dump.txt                   # Markdown with the sidebar
  $ cat dump.txt | clean-article - | jq -r '.body[].text'    # in a pipe
  $ clean-article scrapes/ --out clean/ --format json         # folder to folder
  $ clean-article --schema > article.schema.json             # JSON Schema of the output

JSON is indented when stdout is a terminal and compact (one line) otherwise;
--compact forces one line. Exit codes: 0 ok, 1 some input failed, 2 usage error.`;

function readInput(file: string): { ok: true; bytes: Uint8Array; path: string | null } | { ok: false; message: string } {
  if (file === "-") {
    try {
      return { ok: true, bytes: readFileSync(0), path: null };
    } catch (e) {
      return { ok: false, message: `cannot read stdin: ${(e as Error).message}` };
    }
  }
  try {
    const st = statSync(file);
    if (st.isDirectory()) return { ok: false, message: "is a directory (give files, or --out DIR for a folder)" };
    return { ok: true, bytes: readFileSync(file), path: file };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { ok: false, message: "no such file" };
    if (code === "EACCES" || code === "EPERM") return { ok: false, message: "permission denied" };
    return { ok: false, message: (e as Error).message };
  }
}

/** Write a file atomically: a temporary file beside it, then rename. */
export function writeAtomic(path: string, data: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

export async function main(argv: string[]): Promise<number> {
  let exitCode = EXIT_OK;
  const program = new Command();
  program
    .name("clean-article")
    .description("Turn raw scraped news text dumps into clean, structured articles.")
    .version(VERSION, "-V, --version")
    .argument("[inputs...]", "dump files ('-' for stdin; stdin is read when no file is given and it is piped)")
    .option("-f, --format <format>", "output format: json, markdown (md), text (txt), ndjson", parseFormat, "json")
    .option("-o, --out <path>", "write the output to this file")
    .option("--sidebar", "include the sidebar in markdown and text output (JSON always has it)")
    .option("--compact", "one-line JSON (default: indented on a terminal, compact otherwise)")
    .option("--schema", "print the JSON Schema of the output and exit")
    .option("--explain", "show why each block got its label (table on stderr; `explain` array in JSON)")
    .option("--mode <mode>", "precision | balanced | recall", parseMode, "balanced")
    .option("--encoding <label>", "decode input with this encoding instead of detecting it")
    .option("--max-bytes <n>", "refuse inputs larger than this (default 50MB)", parseBytes)
    .option("-q, --quiet", "print nothing but errors")
    .addHelpText("after", EXAMPLES)
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(str) })
    .action(async (inputs: string[], opts: MainOptions) => {
      if (opts.schema) {
        const { articleJsonSchema } = await import("../schema.js");
        process.stdout.write(JSON.stringify(articleJsonSchema(), null, 2) + "\n");
        return;
      }
      if (inputs.length === 0) {
        if (process.stdin.isTTY) {
          program.outputHelp({ error: true });
          exitCode = EXIT_USAGE;
          return;
        }
        inputs = ["-"];
      }
      const compact = opts.compact ?? !process.stdout.isTTY;
      const outputs: string[] = [];
      for (const input of inputs) {
        const r = readInput(input);
        const name = input === "-" ? "<stdin>" : input;
        if (!r.ok) {
          process.stderr.write(errorLine(name, r.message));
          exitCode = EXIT_FAILED;
          continue;
        }
        const res = processInput(r.bytes, { path: r.path, explain: opts.explain, mode: opts.mode, encoding: opts.encoding, maxBytes: opts.maxBytes });
        if (!res.ok) {
          process.stderr.write(errorLine(name, res.message));
          exitCode = EXIT_FAILED;
          continue;
        }
        if (opts.explain && res.article.explain) {
          for (const e of res.article.explain) {
            process.stderr.write(safeForTerminal(`${String(e.line).padStart(5)} ${e.label.padEnd(16)} ${e.score.toFixed(2).padStart(6)}  ${e.reasons.join("; ")}  | ${e.text}`) + "\n");
          }
          if (opts.format !== "json" && opts.format !== "ndjson") delete res.article.explain;
        }
        outputs.push(render(res.article, opts.format, { compact, sidebar: opts.sidebar }));
      }
      const data = outputs.join(opts.format === "json" || opts.format === "ndjson" ? "" : "\n");
      if (opts.out) writeAtomic(opts.out, data);
      else process.stdout.write(data);
    });
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    const err = e as { code?: string; exitCode?: number };
    if (err.code === "commander.helpDisplayed" || err.code === "commander.version") return EXIT_OK;
    if (typeof err.exitCode === "number") return EXIT_USAGE;
    throw e;
  }
  return exitCode;
}
