/**
 * The clean-article command line: parses options, reads inputs, writes outputs.
 * All text processing happens in the pipeline (../pipeline.ts).
 *
 * One file (or stdin) is handled right here, with nothing else loaded, so the command
 * starts fast; folders, globs, several inputs and ndjson streams go to the batch runner
 * (./batch.ts), loaded only then, with its worker threads, globbing and progress bar.
 */
import { Command, Option } from "commander";
import { existsSync, statSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { basename, dirname, join, resolve } from "node:path";
import { DEFAULT_MAX_BYTES, processInput } from "../pipeline.js";
import { render } from "../render/index.js";
import { VERSION } from "./version.js";
import { errorLine, fatalLine, safeForTerminal } from "./messages.js";
import {
  EXIT_FAILED,
  EXIT_OK,
  EXIT_USAGE,
  collect,
  collectExts,
  parseBytes,
  parseFormat,
  parseInputFormat,
  parseJobs,
  parseMode,
  type CliOptions,
} from "./options.js";
import { readBounded, writeAtomic } from "./task.js";
import { readStdin } from "./stdin.js";
import { fixTextCommand } from "./fix-text.js";

export { EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED } from "./options.js";

const EXAMPLES = `
Examples:
  $ clean-article dump.txt                                  # one dump → JSON on stdout
  $ clean-article -f md --sidebar dump.txt                  # Markdown, with the sidebar
  $ cat dump.txt | clean-article - | jq -r '.body[].text'   # in a pipe
  $ clean-article scrapes/ --out clean/                     # folder to folder (one .json per .txt)
  $ clean-article 'scrapes/**/*.txt' -f ndjson > all.ndjson # a glob, one Article per line
  $ clean-article scrapes/ -o clean/ --skip-existing --report run.json   # resume a run
  $ clean-article --input-format ndjson < records.ndjson    # stream {"id","text"} records
  $ clean-article --schema > article.schema.json            # JSON Schema of the output

JSON is indented when stdout is a terminal and compact (one line) when it is a file or a
pipe; --compact forces one line. Files written with --out DIR are indented unless --compact.
Progress is shown on stderr when it is a terminal; errors always are.
Exit codes: 0 ok, 1 some input failed (or a write error), 2 usage error, 130 interrupted.`;

/** Inputs that need the batch runner: several, a folder, a glob, or a folder as output. */
function needsBatch(inputs: string[], opts: CliOptions): boolean {
  if (inputs.length !== 1 || opts.inputFormat === "ndjson" || opts.report) return true;
  if (opts.out && (opts.out.endsWith("/") || (existsSync(opts.out) && statSync(opts.out).isDirectory()))) return true;
  const input = inputs[0]!;
  if (input === "-") return false;
  try {
    return statSync(input).isDirectory();
  } catch {
    return /[*?[\]{}()!]/.test(input); // a glob; otherwise a missing file, reported below
  }
}

/**
 * A one-file run spends most of its time in V8 compiling the pipeline's regular expressions
 * the first time they run: a pattern like `(?<![\p{L}\d])…(\p{L}{3,12})` with the u flag,
 * run on text with any character above U+00FF, takes V8 ~20 ms to compile because of the
 * lookahead tables its regexp optimizations build over the Unicode letter ranges. Without
 * those optimizations it compiles in ~1 ms and matches exactly the same (they only speed up
 * scanning), so a small single input (about half of its run time saved) is processed
 * without them. Larger inputs, where matching time is what counts, keep them; batches run
 * thousands of files per compiled pattern and are not touched. The flag acts on patterns
 * compiled after it is set, and only in this process.
 */
const QUICK_REGEXP_MAX_BYTES = 1 << 20;

function quickRegexps(bytes: number): void {
  if (bytes <= QUICK_REGEXP_MAX_BYTES) setFlagsFromString("--no-regexp-optimization");
}

/** One input to stdout or to one file. */
async function runSingle(input: string, opts: CliOptions): Promise<number> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const name = input === "-" ? "<stdin>" : input;
  const read = input === "-" ? await readStdin(maxBytes) : readBounded(input, maxBytes);
  if (!read.ok) {
    process.stderr.write(errorLine(name, read.message));
    return EXIT_FAILED;
  }
  quickRegexps(read.bytes.length);
  const res = processInput(read.bytes, {
    path: input === "-" ? null : input,
    explain: opts.explain,
    mode: opts.mode,
    asciiPunctuation: opts.asciiPunctuation === true,
    encoding: opts.encoding,
    maxBytes,
  });
  if (!res.ok) {
    process.stderr.write(errorLine(name, res.message));
    return EXIT_FAILED;
  }
  if (opts.explain && res.article.explain) {
    for (const e of res.article.explain) {
      process.stderr.write(
        safeForTerminal(`${String(e.line).padStart(5)} ${e.label.padEnd(16)} ${e.score.toFixed(2).padStart(6)}  ${e.reasons.join("; ")}  | ${e.text}`) + "\n",
      );
    }
    if (opts.format !== "json" && opts.format !== "ndjson") delete res.article.explain;
  }
  const compact = opts.compact ?? (opts.out ? false : !process.stdout.isTTY);
  const data = render(res.article, opts.format, { compact, sidebar: opts.sidebar });
  if (opts.out) {
    const target = resolve(opts.out);
    const w = writeAtomic(target, join(dirname(target), `.${basename(target)}.${process.pid}.tmp`), data);
    if (!w.ok) {
      process.stderr.write(errorLine(opts.out, `cannot write: ${w.message}`));
      return EXIT_FAILED;
    }
  } else {
    process.stdout.write(data);
  }
  return EXIT_OK;
}

/**
 * How the parts a one-file run does not need are loaded. The default imports the modules
 * beside this one; bin/load.js passes its own, because the command it runs is a bundle
 * evaluated with a V8 code cache (vm.Script), where import() is not available.
 */
export interface Loaders {
  batch(): Promise<Pick<typeof import("./batch.js"), "runBatch">>;
  schema(): Promise<Pick<typeof import("../schema.js"), "articleJsonSchema">>;
}

const moduleLoaders: Loaders = {
  batch: () => import("./batch.js"),
  schema: () => import("../schema.js"),
};

/** The program, with its options; subcommands are added with addCommand. */
export function buildProgram(setExit: (code: number) => void, loaders: Loaders = moduleLoaders): Command {
  const program = new Command();
  program
    .name("clean-article")
    .description("Turn raw scraped news text dumps into clean, structured articles (JSON, Markdown, text).")
    .version(VERSION, "-V, --version")
    .argument("[inputs...]", "dump files, folders or globs ('-' for stdin; stdin is read when nothing is given and it is piped)")
    .option("-f, --format <format>", "output format: json, markdown (md), text (txt), ndjson (one Article per line)", parseFormat, "json")
    .option("-o, --out <path>", "write to this file; for a folder, several inputs or a path ending in /, to this folder (one output per input)")
    .option("--sidebar", "include the sidebar in markdown and text output (JSON always has it)")
    .option("--compact", "one-line JSON (default: indented on a terminal, compact in a pipe or file)")
    .option("--schema", "print the JSON Schema of the output and exit")
    .option("--explain", "show why each block got its label (table on stderr; `explain` array in JSON)")
    .option("--mode <mode>", "precision | balanced | recall", parseMode, "balanced")
    .option("--ascii-punctuation", "straighten curly quotes, dashes and ellipses to ASCII")
    .option("--encoding <label>", "decode input with this encoding instead of detecting it")
    .option("--max-bytes <n>", "refuse inputs larger than this, per file (default 50MB)", parseBytes)
    .option("-q, --quiet", "print nothing but errors (no progress bar, no summary)")
    .addOption(new Option("--input-format <format>", "stdin holds raw text (text) or ndjson records {\"id\",\"text\"|\"path\"} (ndjson)").argParser(parseInputFormat).default("text"))
    .option("--ext <list>", "extensions of the files to take from folders, comma-separated, '*' for all (default: txt)", collectExts)
    .option("--ignore <glob>", "skip files and folders matching this glob (repeatable; no slash: matches names anywhere)", collect)
    .option("--hidden", "include hidden files and folders (names starting with '.') from folders and globs")
    .option("-j, --jobs <n>", "worker threads (default: number of cores; 1 runs in the main thread)", parseJobs)
    .option("--skip-existing", "with --out DIR: keep outputs that exist (resume an interrupted run)")
    .option("--force", "with --out DIR: overwrite outputs that exist")
    .option("--report <file>", "write a JSON summary of the run: counts, failures with reasons, bytes, time, repairs, warnings")
    .option("--no-progress", "no progress bar even on a terminal")
    .addCommand(fixTextCommand(setExit))
    .addHelpText("after", EXAMPLES)
    .showHelpAfterError("(run clean-article --help for the options and examples)")
    .exitOverride()
    .configureOutput({
      outputError: (str, write) => write(fatalLine(str.replace(/^error: /, "").trimEnd())),
    })
    .action(async (inputs: string[], opts: CliOptions) => {
      if (opts.schema) {
        const { articleJsonSchema } = await loaders.schema();
        process.stdout.write(JSON.stringify(articleJsonSchema(), null, 2) + "\n");
        return;
      }
      if (opts.inputFormat === "ndjson") {
        if (inputs.length > 0 && !(inputs.length === 1 && inputs[0] === "-")) {
          process.stderr.write(fatalLine("--input-format ndjson reads records from stdin: give no input files"));
          setExit(EXIT_USAGE);
          return;
        }
      } else if (inputs.length === 0) {
        if (process.stdin.isTTY) {
          program.outputHelp({ error: true });
          setExit(EXIT_USAGE);
          return;
        }
        inputs = ["-"];
      }
      if (opts.skipExisting && opts.force) {
        process.stderr.write(fatalLine("--force and --skip-existing do not go together (overwrite, or resume?)"));
        setExit(EXIT_USAGE);
        return;
      }
      if (!needsBatch(inputs, opts)) {
        setExit(await runSingle(inputs[0]!, opts));
        return;
      }
      const { runBatch } = await loaders.batch();
      setExit(await runBatch(inputs, opts));
    });
  return program;
}

export async function main(argv: string[], loaders: Loaders = moduleLoaders): Promise<number> {
  let exitCode = EXIT_OK;
  const program = buildProgram((code) => (exitCode = code), loaders);
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    const err = e as { code?: string; exitCode?: number };
    if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help") return EXIT_OK;
    if (typeof err.exitCode === "number") return EXIT_USAGE;
    throw e;
  }
  return exitCode;
}
