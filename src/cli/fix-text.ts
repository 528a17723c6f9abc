/**
 * `clean-article fix-text [FILE]`: the repair stage alone, like ftfy's command line.
 * Reads FILE (or stdin), decodes and repairs it, prints only the repaired text.
 *   --jsonl      every input line is a JSON string; prints one JSON string per line
 *   --explain    lists each repair on stderr (what, where, before → after)
 *   --encoding   decode the input with this label instead of detecting it
 *   --ascii-punctuation  straighten curly quotes and dashes
 * Exit codes: 0 ok, 1 input failed (unreadable, binary, bad JSON line), 2 usage.
 */
import { Command } from "commander";
import { readFileSync } from "node:fs";
import { decode } from "../decode/index.js";
import { repair } from "../repair/index.js";
import type { RepairStep } from "../types.js";
import { errorLine, safeForTerminal, warnLine } from "./messages.js";

export interface FixTextOptions {
  jsonl?: boolean;
  explain?: boolean;
  encoding?: string;
  asciiPunctuation?: boolean;
}

/** One step for --explain: `line 3  mojibake  "CafÃ©" → "Café"` (invisible characters escaped). */
export function formatStep(step: RepairStep, prefix = ""): string {
  const show = (s: string) => safeForTerminal(JSON.stringify(s).replace(/[\u00a0\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufffd]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));
  const where = step.line ? `line ${step.line}` : "";
  return `${prefix}${where.padEnd(10)} ${step.fix.padEnd(18)} ${show(step.before)} → ${show(step.after)}\n`;
}

function readAll(file: string | undefined): { ok: true; bytes: Uint8Array } | { ok: false; message: string } {
  try {
    return { ok: true, bytes: readFileSync(file === undefined || file === "-" ? 0 : file) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { ok: false, message: "no such file" };
    if (code === "EISDIR") return { ok: false, message: "is a directory" };
    if (code === "EACCES" || code === "EPERM") return { ok: false, message: "permission denied" };
    return { ok: false, message: (e as Error).message };
  }
}

/** Runs fix-text; returns the exit code. Writes through the given sinks (tests pass their own). */
export function runFixText(file: string | undefined, opts: FixTextOptions, out: (s: string) => void = (s) => void process.stdout.write(s), err: (s: string) => void = (s) => void process.stderr.write(s)): number {
  const name = file === undefined || file === "-" ? "<stdin>" : file;
  const input = readAll(file);
  if (!input.ok) {
    err(errorLine(name, input.message));
    return 1;
  }
  const d = decode(input.bytes, { encoding: opts.encoding });
  if (!d.ok) {
    err(errorLine(name, d.message));
    return d.code === "bad-encoding" ? 2 : 1;
  }
  for (const w of d.warnings) if (opts.explain) err(warnLine(name, w));
  const repairOptions = { asciiPunctuation: opts.asciiPunctuation, explain: opts.explain === true };
  if (!opts.jsonl) {
    const r = repair(d.text, repairOptions);
    if (opts.explain) for (const s of r.steps) err(formatStep(s));
    for (const w of r.warnings) err(warnLine(name, w));
    out(r.text);
    return 0;
  }
  // --jsonl: one JSON string per line in, one per line out; a bad line is reported
  // and echoed as null so that output lines stay aligned with input lines.
  let code = 0;
  const lines = d.text.split("\n");
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  const chunks: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.replace(/\r$/, "");
    if (raw.trim() === "") {
      chunks.push("");
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      value = undefined;
    }
    if (typeof value !== "string") {
      err(errorLine(`${name}:${i + 1}`, "not a JSON string"));
      chunks.push("null");
      code = 1;
      continue;
    }
    const r = repair(value, repairOptions);
    if (opts.explain) for (const s of r.steps) err(formatStep(s, `${i + 1}: `));
    for (const w of r.warnings) err(warnLine(`${name}:${i + 1}`, w));
    chunks.push(JSON.stringify(r.text));
    if (chunks.length >= 4096) {
      out(chunks.join("\n") + "\n");
      chunks.length = 0;
    }
  }
  if (chunks.length > 0) out(chunks.join("\n") + "\n");
  return code;
}

/**
 * The `fix-text` subcommand: `program.addCommand(fixTextCommand((code) => (exitCode = code)))`.
 * Usage errors throw (exitOverride) like the main program's.
 */
export function fixTextCommand(setExitCode: (code: number) => void = (c) => void (process.exitCode = c)): Command {
  return new Command("fix-text")
    .description("repair the encoding of text (mojibake, entities, odd spaces, invisible characters) and print it")
    .argument("[file]", "input file ('-' or nothing for stdin)")
    .option("--jsonl", "each input line is a JSON string; print one repaired JSON string per line")
    .option("--explain", "list each repair (where, what, before → after) on stderr")
    .option("--encoding <label>", "decode input with this encoding instead of detecting it")
    .option("--ascii-punctuation", "straighten curly quotes, dashes and ellipses to ASCII")
    .addHelpText(
      "after",
      `
Examples:
  $ clean-article fix-text dump.txt > fixed.txt
  $ echo 'The CafÃ© â€œBlueâ€' | clean-article fix-text          # The Café “Blue”
  $ clean-article fix-text --jsonl snippets.jsonl > fixed.jsonl
  $ clean-article fix-text --explain dump.txt > /dev/null        # what would change`,
    )
    .showHelpAfterError()
    .exitOverride()
    .action((file: string | undefined, _opts: FixTextOptions, cmd: Command) => {
      // --explain and --encoding are also options of the main program, which
      // parses them wherever they stand: read them from both levels.
      const code = runFixText(file, cmd.optsWithGlobals<FixTextOptions>());
      if (code !== 0) setExitCode(code);
    });
}
