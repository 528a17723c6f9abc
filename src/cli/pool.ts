/**
 * Runners for batch tasks: in the main thread (--jobs 1), or on a pool of worker threads
 * (--jobs N). Both hand back results through promises; the batch loop keeps the order.
 */
import { rmSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { runTask, type Task, type TaskConfig, type TaskResult } from "./task.js";

export interface Runner {
  /** How many tasks may be in flight at once to keep every thread busy. */
  readonly capacity: number;
  run(task: Task): Promise<TaskResult>;
  /** Wait for nothing more and release the threads. */
  close(): Promise<void>;
  /** Stop at once, abandoning tasks in flight. */
  abort(): Promise<void>;
}

/**
 * --jobs 1: run each task in this thread. It yields to the event loop (signals, progress
 * bar, stdout draining) every 20 ms of work rather than after every file, since a trip
 * through the event loop costs more than a small file on a busy machine.
 */
export class InProcessRunner implements Runner {
  readonly capacity = 1;
  private lastYield = performance.now();
  constructor(private readonly config: TaskConfig) {}
  async run(task: Task): Promise<TaskResult> {
    if (performance.now() - this.lastYield > 20) {
      await new Promise<void>((r) => setImmediate(r));
      this.lastYield = performance.now();
    }
    return runTask(task, this.config);
  }
  async close(): Promise<void> {}
  async abort(): Promise<void> {}
}

interface Slot {
  worker: Worker;
  /** Tasks given to this worker (sent or not yet) whose result has not come back. */
  pending: Map<number, { task: Task; done: (r: TaskResult) => void }>;
  /** Tasks not sent yet: they go in one message (see BATCH). */
  unsent: Task[];
  flushScheduled: boolean;
}

/**
 * Workers are kept lean so that memory stays flat over long runs: a small young generation
 * (each isolate's young generation otherwise grows to tens of MB) and a capped old
 * generation, which makes V8 collect before its heap grows. An input too big for that
 * (a dump of tens of MB) kills its worker with ERR_WORKER_OUT_OF_MEMORY: it is then
 * processed again in the main thread, which has the default heap.
 * The young generation is 12 MB, not less: at 4 MB a worker scavenged three times as
 * often as the main thread does in-process (311 against 99 scavenges on 2,000 dumps),
 * and spent ~1.8 s of CPU in GC where 12 MB spends ~0.7 s, which was most of what made
 * --jobs 2 cost more CPU than --jobs 1 for the same files. It adds ~10 MB per worker.
 */
const WORKER_YOUNG_MB = Number(process.env.CLEAN_ARTICLE_WORKER_YOUNG_MB ?? 12);
const WORKER_OLD_MB = Number(process.env.CLEAN_ARTICLE_WORKER_OLD_MB ?? 48);

/** Set by the bundler (scripts/bundle-cli.mjs): bundled, workers run the bundled worker too. */
declare const __BUNDLED__: boolean | undefined;
const WORKER_FILE = typeof __BUNDLED__ !== "undefined" && __BUNDLED__ ? "./worker.bundle.js" : "./worker.js";

/**
 * Tasks travel to a worker BATCH at a time in one message, and results come back several
 * at a time (worker.ts), rather than one message each way per file: every message wakes
 * the other thread, and on a machine with as many busy threads as cores each wake-up is a
 * context switch that costs more than a small file. Each worker holds up to two batches
 * (one being processed, one waiting), so it never waits on the main thread.
 */
const BATCH = 4;
const PER_WORKER = 2 * BATCH;

export class WorkerPool implements Runner {
  readonly capacity: number;
  private readonly slots: Slot[] = [];
  private readonly waiting: Array<() => void> = [];
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly config: TaskConfig,
  ) {
    this.capacity = size * PER_WORKER;
  }

  private spawn(): Slot {
    const worker = new Worker(new URL(WORKER_FILE, import.meta.url), {
      workerData: this.config,
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB, maxOldGenerationSizeMb: WORKER_OLD_MB },
    });
    const slot: Slot = { worker, pending: new Map(), unsent: [], flushScheduled: false };
    worker.on("message", (results: TaskResult[]) => {
      for (const r of results) {
        const p = slot.pending.get(r.seq);
        slot.pending.delete(r.seq);
        p?.done(r);
        this.waiting.shift()?.();
      }
    });
    const fail = (why: string, outOfMemory = false) => {
      // A crashed worker fails its tasks, not the run; a new one replaces it. Out of
      // memory, its tasks are run again here, in the main thread's larger heap.
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      for (const [seq, { task, done }] of slot.pending) {
        if (outOfMemory && !this.closed) {
          if ("tmp" in task && task.tmp) rmSync(task.tmp, { force: true });
          done(runTask(task, this.config));
        } else {
          done({ seq, status: "failed", code: "internal", message: `worker stopped: ${why}`, bytes: 0, outBytes: 0 });
        }
      }
      slot.pending.clear();
      slot.unsent = [];
      this.waiting.shift()?.();
    };
    worker.on("error", (e) => fail(e.message, (e as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY"));
    worker.on("exit", (code) => {
      if (!this.closed) fail(`exit code ${code}`);
    });
    this.slots.push(slot);
    return slot;
  }

  private pick(): Slot | undefined {
    let best: Slot | undefined;
    for (const s of this.slots) if (s.pending.size < PER_WORKER && (!best || s.pending.size < best.pending.size)) best = s;
    if ((!best || best.pending.size > 0) && this.slots.length < this.size) return this.spawn();
    return best;
  }

  async run(task: Task): Promise<TaskResult> {
    let slot = this.pick();
    while (!slot) {
      await new Promise<void>((r) => this.waiting.push(r));
      slot = this.pick();
    }
    const s = slot;
    return new Promise<TaskResult>((resolve) => {
      s.pending.set(task.seq, { task, done: resolve });
      s.unsent.push(task);
      if (s.unsent.length >= BATCH) this.flush(s);
      else if (!s.flushScheduled) {
        // Tasks handed over in the same turn of the event loop go together.
        s.flushScheduled = true;
        setImmediate(() => this.flush(s));
      }
    });
  }

  private flush(slot: Slot): void {
    slot.flushScheduled = false;
    if (slot.unsent.length === 0 || !this.slots.includes(slot)) return;
    const tasks = slot.unsent;
    slot.unsent = [];
    slot.worker.postMessage(tasks);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  async abort(): Promise<void> {
    await this.close();
  }
}
