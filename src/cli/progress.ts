/**
 * Human output of a batch run on stderr: error lines, a live progress bar when stderr is a
 * terminal, and the final summary. The bar is one line redrawn in place; every other line
 * is written after clearing it and the bar is redrawn below, so nothing is garbled.
 */
import { color } from "./messages.js";

export interface Counts {
  done: number;
  ok: number;
  failed: number;
  skipped: number;
  bytes: number;
  /** Known total of inputs, or null while the list is still being walked. */
  total: number | null;
}

const CLEAR = "\r\x1b[2K";

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}

export function formatDuration(s: number): string {
  if (!Number.isFinite(s)) return "?";
  if (s < 60) return `${s.toFixed(s < 10 ? 1 : 0)}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(Math.round(s % 60)).padStart(2, "0")}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}

export class StatusLine {
  private shown = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly started = performance.now();

  constructor(
    private readonly counts: () => Counts,
    private readonly live: boolean,
    private readonly unit = "files",
    private readonly out: NodeJS.WriteStream = process.stderr,
  ) {
    if (live) {
      this.timer = setInterval(() => this.draw(), 100);
      this.timer.unref();
    }
  }

  /** Write a line (already terminal-safe) without garbling the bar. */
  line(text: string): void {
    if (this.shown) this.out.write(CLEAR);
    this.shown = false;
    this.out.write(text);
    if (this.live) this.draw();
  }

  elapsed(): number {
    return (performance.now() - this.started) / 1000;
  }

  private render(): string {
    const c = this.counts();
    const t = Math.max(this.elapsed(), 0.001);
    const mbps = c.bytes / 1e6 / t;
    const width = Math.max(20, (this.out.columns || 80) - 1);
    let text: string;
    if (c.total !== null && c.total > 0) {
      const frac = Math.min(1, c.done / c.total);
      // Too early for a rate: the first inputs done can be instant failures.
      const eta = c.done >= 3 && t >= 1 ? (t / c.done) * (c.total - c.done) : Infinity;
      const info = ` ${c.done}/${c.total} ${this.unit}  ${mbps.toFixed(1)} MB/s  ETA ${formatDuration(eta)}${c.failed ? `  ${c.failed} failed` : ""}`;
      const barWidth = Math.max(10, Math.min(30, width - info.length - 2));
      const fill = Math.round(frac * barWidth);
      text = `[${"#".repeat(fill)}${"-".repeat(barWidth - fill)}]${info}`;
    } else {
      text = `${c.done} ${this.unit}  ${formatBytes(c.bytes)}  ${mbps.toFixed(1)} MB/s${c.failed ? `  ${c.failed} failed` : ""}`;
    }
    // Never wider than the terminal: a wrapped bar could not be redrawn in place.
    return text.length > width ? text.slice(0, width) : text;
  }

  draw(): void {
    if (!this.live) return;
    this.out.write(CLEAR + this.render());
    this.shown = true;
  }

  /** Remove the bar and stop redrawing it. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (this.shown) this.out.write(CLEAR);
    this.shown = false;
  }

  summary(interrupted: boolean): string {
    const c = this.counts();
    const t = this.elapsed();
    const parts = [`${c.ok} ok`];
    if (c.failed) parts.push(color.red(`${c.failed} failed`));
    if (c.skipped) parts.push(`${c.skipped} skipped`);
    const head = interrupted ? color.yellow("interrupted") : c.failed ? color.yellow("done") : color.green("done");
    return `${head}: ${c.done} inputs, ${formatBytes(c.bytes)} in ${formatDuration(t)} (${(c.bytes / 1e6 / Math.max(t, 0.001)).toFixed(1)} MB/s): ${parts.join(", ")}\n`;
  }
}
