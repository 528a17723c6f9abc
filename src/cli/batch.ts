/**
 * The batch runner: many inputs (files, folders, globs, or ndjson records on stdin) to
 * stdout (in input order) or to an output folder (one file per input, atomic writes).
 * Work runs on a pool of worker threads, or in this thread with --jobs 1; a bounded
 * window of tasks is in flight at any time, so memory does not grow with the number of
 * inputs. One failing input never stops the batch; a write error (full disk) does.
 * Ctrl-C finishes the inputs in flight (a second Ctrl-C abandons them, removing their
 * temporary files), prints the summary and exits 130.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join, resolve, sep } from "node:path";
import { FORMAT_EXTENSIONS } from "../render/index.js";
import { DEFAULT_MAX_BYTES } from "../pipeline.js";
import { expandInputs, type ExpandOptions, type InputItem } from "./inputs.js";
import { color, errorLine, fatalLine, describeFsError } from "./messages.js";
import { EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, defaultJobs, type CliOptions } from "./options.js";
import { InProcessRunner, WorkerPool, type Runner } from "./pool.js";
import { StatusLine, type Counts } from "./progress.js";
import type { FailureCode, Task, TaskConfig, TaskResult } from "./task.js";
import { readStdin } from "./stdin.js";
import { VERSION } from "./version.js";

/** Where the rendered outputs go when they are not one file per input. */
interface Sink {
  /** False when the consumer is slow: wait for drained() before producing more. */
  write(s: string): boolean;
  drained(): Promise<void>;
  finish(): void;
  abort(): void;
}

function stdoutSink(): Sink {
  return {
    write: (s) => process.stdout.write(s),
    drained: () => new Promise((r) => process.stdout.once("drain", () => r())),
    finish: () => {},
    abort: () => {},
  };
}

/** One output file for all inputs (ndjson with -o FILE): written beside it, renamed at the end. */
function fileSink(target: string): Sink {
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  const fd = openSync(tmp, "wx", 0o644);
  let open = true;
  return {
    write(s) {
      writeSync(fd, s);
      return true;
    },
    drained: () => Promise.resolve(),
    finish() {
      closeSync(fd);
      open = false;
      renameSync(tmp, target);
    },
    abort() {
      if (open) closeSync(fd);
      open = false;
      try {
        unlinkSync(tmp);
      } catch {
        // gone already
      }
    },
  };
}

/** Lines of ndjson on stdin, one task each; records over the size limit are refused one by one. */
async function* stdinRecords(maxLine: number): AsyncGenerator<{ line: Uint8Array; lineNo: number } | { lineNo: number; tooLong: true }> {
  let carry: Buffer[] = [];
  let carryLen = 0;
  let skipping = false;
  let lineNo = 0;
  const isBlank = (b: Buffer) => {
    for (const c of b) if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
    return true;
  };
  function* take(piece: Buffer): Generator<{ line: Uint8Array; lineNo: number } | { lineNo: number; tooLong: true }> {
    lineNo++;
    if (skipping) {
      skipping = false;
      yield { lineNo, tooLong: true };
      return;
    }
    const line = carry.length ? Buffer.concat([...carry, piece]) : piece;
    carry = [];
    carryLen = 0;
    if (line.length > maxLine) yield { lineNo, tooLong: true };
    else if (!isBlank(line)) yield { line: new Uint8Array(line), lineNo };
  }
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(10, start);
      if (nl < 0) {
        if (!skipping && start < chunk.length) {
          carry.push(chunk.subarray(start));
          carryLen += chunk.length - start;
          if (carryLen > maxLine) {
            skipping = true;
            carry = [];
            carryLen = 0;
          }
        }
        break;
      }
      yield* take(chunk.subarray(start, nl));
      start = nl + 1;
    }
  }
  if (skipping || carryLen > 0) yield* take(Buffer.alloc(0));
}

function warningKind(w: string): string {
  return w.replace(/\d+/g, "N").slice(0, 100);
}

/** "dumps/a.txt" → "out/a.json": the input's relative path, cleaned so it cannot leave the folder. */
export function outputRelPath(rel: string, ext: string): string {
  const parts = rel
    .split(/[\\/]+/)
    .filter((s) => s !== "" && s !== ".")
    .map((s) => (s === ".." ? "__" : s));
  const last = parts.pop() ?? "stdin";
  const dot = last.lastIndexOf(".");
  const stem = dot > 0 ? last.slice(0, dot) : last;
  return [...parts, stem + ext].join("/");
}

const MAX_FAILURES_LISTED = 10_000;

export async function runBatch(args: string[], opts: CliOptions): Promise<number> {
  const stream = opts.inputFormat === "ndjson";
  const jobs = opts.jobs ?? defaultJobs();
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const quiet = !!opts.quiet;
  const live = !quiet && opts.progress !== false && !!process.stderr.isTTY;
  if (opts.force && opts.skipExisting) {
    process.stderr.write(fatalLine("--force and --skip-existing do not go together (overwrite, or resume?)"));
    return EXIT_USAGE;
  }
  if (stream && (opts.format === "markdown" || opts.format === "text")) {
    process.stderr.write(fatalLine("--input-format ndjson writes one JSON Article per line: use --format ndjson (or json)"));
    return EXIT_USAGE;
  }
  const format = stream ? "ndjson" : opts.format;

  // Where outputs go: a folder (one file per input), one file (ndjson), or stdout.
  let outRoot: string | undefined;
  let sink: Sink | undefined;
  if (opts.out) {
    const isDir = opts.out.endsWith("/") || opts.out.endsWith(sep) || (existsSync(opts.out) && statSync(opts.out).isDirectory());
    if (isDir || (!stream && format !== "ndjson")) {
      if (existsSync(opts.out) && !statSync(opts.out).isDirectory()) {
        process.stderr.write(fatalLine(`${opts.out} is a file: with several inputs or a folder, --out names a folder (one output per input)`));
        return EXIT_USAGE;
      }
      try {
        mkdirSync(opts.out, { recursive: true });
        outRoot = realpathSync(opts.out);
      } catch (e) {
        process.stderr.write(fatalLine(`cannot create the output folder ${opts.out}: ${describeFsError(e)}`));
        return EXIT_FAILED;
      }
    } else {
      try {
        sink = fileSink(resolve(opts.out));
      } catch (e) {
        process.stderr.write(fatalLine(`cannot write ${opts.out}: ${describeFsError(e)}`));
        return EXIT_FAILED;
      }
    }
  }
  sink ??= outRoot ? undefined : stdoutSink();
  const ext = FORMAT_EXTENSIONS[format];

  const exts = opts.ext && opts.ext.length ? (opts.ext.includes("*") ? null : opts.ext) : ["txt"];
  let skipDir: string | undefined;
  if (outRoot) {
    const st = statSync(outRoot);
    skipDir = `${st.dev}:${st.ino}`;
  }
  const expandOpts: ExpandOptions = { exts, ignore: opts.ignore ?? [], hidden: !!opts.hidden, skipDir, folders: !!outRoot || format === "ndjson" };
  const targetOf = (item: InputItem) => join(outRoot!, ...outputRelPath(item.rel, ext).split("/"));

  // Existing outputs: refuse up front unless told to overwrite (--force) or resume (--skip-existing).
  if (outRoot && !opts.force && !opts.skipExisting && readdirSync(outRoot).length > 0) {
    for await (const item of expandInputs(args, expandOpts)) {
      if (item.error) continue;
      const t = targetOf(item);
      if (existsSync(t)) {
        process.stderr.write(
          fatalLine(`${t} already exists (an earlier run?): add --skip-existing to resume, or --force to overwrite`),
        );
        return EXIT_USAGE;
      }
    }
  }

  const config: TaskConfig = {
    format,
    compact: format === "ndjson" || (opts.compact ?? (outRoot || !process.stdout.isTTY ? true : false)),
    sidebar: !!opts.sidebar,
    mode: opts.mode,
    asciiPunctuation: opts.asciiPunctuation === true,
    encoding: opts.encoding,
    maxBytes,
    explain: !!opts.explain,
    outRoot,
  };
  // Output files are for people as much as for programs: indented unless --compact.
  if (outRoot && opts.compact === undefined) config.compact = false;

  const counts: Counts = { done: 0, ok: 0, failed: 0, skipped: 0, bytes: 0, total: null };
  let outBytes = 0;
  const repairs: Record<string, number> = {};
  const warnings: Record<string, number> = {};
  const failures: Array<{ input: string; id?: string | number; code: FailureCode; message: string }> = [];
  const failuresByCode: Record<string, number> = {};
  const status = new StatusLine(() => counts, live, stream ? "records" : "files");
  const startedAt = new Date();

  if (live && !stream) {
    // Count the inputs beside the run (names only) so the bar can show a total and an ETA.
    void (async () => {
      let n = 0;
      for await (const _ of expandInputs(args, expandOpts)) n++;
      counts.total = n;
    })().catch(() => {});
  }

  const runner: Runner = jobs > 1 ? new WorkerPool(jobs, config) : new InProcessRunner(config);
  // In-process there is nothing to overlap: one task at a time, so a stop (Ctrl-C, write error) is immediate.
  const window = runner.capacity;
  const names = new Map<number, string>();
  const tmps = new Map<number, string>();
  const done = new Map<number, TaskResult>();
  const collisions = outRoot && (args.length > 1 || !exts || exts.length > 1) ? new Map<string, string>() : null;
  let nextSeq = 0;
  let nextEmit = 0;
  let inFlight = 0;
  let stopping = false;
  let interrupted: NodeJS.Signals | null = null;
  let fatal: string | null = null;
  let sinkBlocked = false;
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const event = () => new Promise<void>((r) => (wake = r));
  // A stop (Ctrl-C, a write error) must also end a wait for the next input (stdin records
  // can be slow to come). Not with Promise.race([source.next(), stopped]) per input: every
  // race leaves a reaction on the never-settled `stopped` promise, holding that race's
  // result (the task), so memory grew with every input (~0.5 KB each: ~50 MB at 100,000
  // files). Only the current wait is remembered, and replaced by the next.
  let stopWait: ((v: "stop") => void) | null = null;
  let stopRequested = false;
  const stopNow = () => {
    stopRequested = true;
    const w = stopWait;
    stopWait = null;
    w?.("stop");
  };
  const nextOrStop = <T,>(p: Promise<T>): Promise<T | "stop"> =>
    stopRequested
      ? Promise.resolve("stop")
      : new Promise<T | "stop">((resolve, reject) => {
          stopWait = resolve;
          p.then(resolve, reject);
        });

  const emit = (r: TaskResult) => {
    const name = names.get(r.seq) ?? "?";
    names.delete(r.seq);
    tmps.delete(r.seq);
    counts.done++;
    counts.bytes += r.bytes;
    if (r.status === "skipped") counts.skipped++;
    else if (r.status === "failed") {
      counts.failed++;
      const code = r.code ?? "internal";
      failuresByCode[code] = (failuresByCode[code] ?? 0) + 1;
      const label = r.id !== undefined ? `${name} (id ${JSON.stringify(r.id)})` : name;
      if (failures.length < MAX_FAILURES_LISTED) failures.push({ input: name, ...(r.id !== undefined ? { id: r.id } : {}), code, message: r.message ?? code });
      status.line(errorLine(label, r.message ?? code));
      if (r.fatal && !fatal) {
        fatal = r.message ?? "write error";
        stopping = true;
        stopNow();
      }
    } else {
      counts.ok++;
      outBytes += r.outBytes;
      for (const [k, v] of Object.entries(r.repairs ?? {})) repairs[k] = (repairs[k] ?? 0) + v;
      for (const w of r.warnings ?? []) {
        const k = warningKind(w);
        warnings[k] = (warnings[k] ?? 0) + 1;
      }
      if (r.data !== undefined && sink && !fatal) {
        let ok: boolean;
        try {
          ok = sink.write(r.data);
        } catch (e) {
          fatal = `cannot write ${opts.out ?? "the output"}: ${describeFsError(e)}`;
          stopping = true;
          stopNow();
          return;
        }
        if (!ok && !sinkBlocked) {
          sinkBlocked = true;
          void sink.drained().then(() => {
            sinkBlocked = false;
            notify();
          });
        }
      }
    }
  };
  const complete = (r: TaskResult) => {
    done.set(r.seq, r);
    while (done.has(nextEmit)) {
      const next = done.get(nextEmit)!;
      done.delete(nextEmit);
      nextEmit++;
      emit(next);
    }
    notify();
  };

  /** Write the --report JSON atomically; false (after saying why) when it cannot be written. */
  const writeReport = (): boolean => {
    if (!opts.report) return true;
    const seconds = status.elapsed();
    const report = {
      tool: "clean-article",
      version: VERSION,
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      seconds: Math.round(seconds * 1000) / 1000,
      interrupted: interrupted !== null,
      stoppedBy: fatal,
      options: { format, out: opts.out ?? null, jobs, inputFormat: opts.inputFormat, ext: exts, ignore: opts.ignore ?? [], hidden: !!opts.hidden, mode: opts.mode, maxBytes },
      counts: { inputs: counts.done, ok: counts.ok, failed: counts.failed, skipped: counts.skipped },
      bytes: { input: counts.bytes, output: outBytes },
      throughput: { mbPerSecond: Math.round((counts.bytes / 1e6 / Math.max(seconds, 0.001)) * 100) / 100, inputsPerSecond: Math.round((counts.done / Math.max(seconds, 0.001)) * 10) / 10 },
      failuresByCode,
      failures,
      failuresListed: failures.length < counts.failed ? `first ${failures.length} of ${counts.failed}` : "all",
      repairs,
      warnings,
    };
    try {
      const target = resolve(opts.report);
      const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
      const fd = openSync(tmp, "wx", 0o644);
      writeSync(fd, JSON.stringify(report, null, 2) + "\n");
      closeSync(fd);
      renameSync(tmp, target);
    } catch (e) {
      process.stderr.write(fatalLine(`cannot write the report ${opts.report}: ${describeFsError(e)}`));
      return false;
    }
    return true;
  };

  const abandon = async () => {
    await runner.abort();
    for (const tmp of tmps.values()) {
      try {
        unlinkSync(tmp);
      } catch {
        // never created, or renamed already
      }
    }
    sink?.abort();
  };
  const onSignal = (sig: NodeJS.Signals) => {
    if (interrupted === null) {
      interrupted = sig;
      stopping = true;
      if (!quiet) status.line(color.yellow(`${sig === "SIGINT" ? "interrupted" : sig}: finishing the inputs in progress (press Ctrl-C again to abandon them)\n`));
      stopNow();
      notify();
      return;
    }
    // Second signal: abandon the inputs in flight, leaving no partial output.
    void abandon().then(() => {
      status.stop();
      if (!quiet) process.stderr.write(status.summary(true));
      writeReport();
      process.exit(sig === "SIGINT" ? EXIT_INTERRUPTED : 143);
    });
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  // Inputs become tasks, in order.
  type Source = AsyncIterator<Task | TaskResult>;
  let source: Source;
  if (stream) {
    const maxLine = Math.max(maxBytes * 3, 1 << 20);
    const records = stdinRecords(maxLine);
    source = (async function* () {
      for await (const r of records) {
        const seq = nextSeq++;
        names.set(seq, `stdin line ${r.lineNo}`);
        if ("tooLong" in r) {
          yield { seq, status: "failed", code: "too-large", message: `record over ${maxLine} bytes (--max-bytes)`, bytes: 0, outBytes: 0 } as TaskResult;
        } else {
          yield { kind: "record", seq, line: r.line, lineNo: r.lineNo } as Task;
        }
      }
    })();
  } else {
    source = (async function* () {
      for await (const item of expandInputs(args, expandOpts)) {
        const seq = nextSeq++;
        names.set(seq, item.path === "-" ? "<stdin>" : item.path);
        if (item.error) {
          yield { seq, status: "failed", code: item.error.code, message: item.error.message, bytes: 0, outBytes: 0 } as TaskResult;
          continue;
        }
        let target: string | undefined;
        let tmp: string | undefined;
        if (outRoot) {
          target = targetOf(item);
          if (!target.startsWith(outRoot + sep)) {
            yield { seq, status: "failed", code: "outside-output", message: "output path would be outside the output folder", bytes: 0, outBytes: 0 } as TaskResult;
            continue;
          }
          if (collisions) {
            const prev = collisions.get(target);
            if (prev !== undefined) {
              yield { seq, status: "failed", code: "output-conflict", message: `same output file as ${prev} (${target})`, bytes: 0, outBytes: 0 } as TaskResult;
              continue;
            }
            collisions.set(target, item.path);
          }
          if (item.path !== "-" && resolve(item.path) === target) {
            yield { seq, status: "failed", code: "output-conflict", message: "the output would overwrite the input", bytes: 0, outBytes: 0 } as TaskResult;
            continue;
          }
          if (opts.skipExisting && existsSync(target)) {
            yield { seq, status: "skipped", bytes: 0, outBytes: 0 } as TaskResult;
            continue;
          }
          tmp = join(dirname(target), `.clean-article-${process.pid}-${seq}.tmp`);
          tmps.set(seq, tmp);
        }
        if (item.path === "-") {
          const r = await readStdin(maxBytes);
          if (!r.ok) {
            yield { seq, status: "failed", code: r.code, message: r.message, bytes: 0, outBytes: 0 } as TaskResult;
            continue;
          }
          yield { kind: "bytes", seq, bytes: r.bytes, path: null, target, tmp } as Task;
        } else {
          yield { kind: "file", seq, path: item.path, target, tmp } as Task;
        }
      }
    })();
  }

  try {
    for (;;) {
      if (stopping) break;
      const next = await nextOrStop(source.next());
      stopWait = null;
      if (next === "stop" || next.done) break;
      const t = next.value;
      while (!stopping && (inFlight >= window || t.seq - nextEmit >= window * 4 || sinkBlocked)) await event();
      if (stopping) break;
      if ("status" in t) {
        complete(t);
        continue;
      }
      inFlight++;
      void runner.run(t).then((r) => {
        inFlight--;
        complete(r);
      });
    }
    while (inFlight > 0) await event();
  } finally {
    if (stopping) void source.return?.(undefined);
    if (stream && stopping) process.stdin.destroy();
    await runner.close();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    status.stop();
  }

  try {
    if (fatal) sink?.abort();
    else sink?.finish();
  } catch (e) {
    process.stderr.write(fatalLine(`cannot write ${opts.out}: ${describeFsError(e)}`));
    fatal ??= "cannot write the output";
  }

  if (fatal) process.stderr.write(fatalLine(`stopped: ${fatal}`));
  if (!quiet && (live || interrupted)) process.stderr.write(status.summary(interrupted !== null));

  if (opts.report && !writeReport()) return EXIT_FAILED;
  if (interrupted) return interrupted === "SIGINT" ? EXIT_INTERRUPTED : 143;
  return fatal || counts.failed > 0 ? EXIT_FAILED : EXIT_OK;
}
