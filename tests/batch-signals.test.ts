/**
 * Ctrl-C during a batch: the inputs in flight are finished or abandoned, no partial or
 * temporary output is left, the summary is printed, the exit code is 130.
 */
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN } from "./helpers.js";
import { tempTree, type Tree } from "./batch-helpers.js";
import { generate } from "../bench/generate.mjs";

let t: Tree;
beforeAll(() => {
  t = tempTree("ca-signal-");
  generate(t.path("in"), { files: 2500, seed: 5 });
});
afterAll(() => t.cleanup());

function files(dir: string): string[] {
  try {
    return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => !f.endsWith("/") && /\.\w+$/.test(f));
  } catch {
    return [];
  }
}

async function interrupt(jobs: string, signals: number): Promise<{ code: number | null; stderr: string; out: string }> {
  const out = t.path(`out-${jobs}-${signals}`);
  const child = spawn(process.execPath, [BIN, "in", "-o", out, "--jobs", jobs, "--report", `${out}.report.json`], {
    cwd: t.root,
    env: { ...process.env, NO_COLOR: "1" },
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const closed = new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
  // Wait until some outputs exist, then press Ctrl-C (twice: abandon the files in flight).
  for (let i = 0; i < 600 && files(out).filter((f) => f.endsWith(".json")).length < 20; i++) await new Promise((r) => setTimeout(r, 50));
  child.kill("SIGINT");
  if (signals > 1) {
    await new Promise((r) => setTimeout(r, 5));
    child.kill("SIGINT");
  }
  return { code: await closed, stderr, out };
}

function expectWholeOutputs(out: string): number {
  const all = files(out);
  expect(all.filter((f) => f.includes(".tmp"))).toEqual([]);
  const json = all.filter((f) => f.endsWith(".json"));
  for (const f of json) expect(() => JSON.parse(readFileSync(join(out, f), "utf8"))).not.toThrow();
  return json.length;
}

describe("Ctrl-C", () => {
  it("finishes the files in flight, prints the summary, exits 130 (workers)", async () => {
    const r = await interrupt("2", 1);
    expect(r.code).toBe(130);
    expect(r.stderr).toMatch(/interrupted/);
    const n = expectWholeOutputs(r.out);
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(2500);
    const report = JSON.parse(readFileSync(`${r.out}.report.json`, "utf8"));
    expect(report.interrupted).toBe(true);
    expect(report.counts.ok).toBe(n);
  });

  it("stops at once in-process too", async () => {
    const r = await interrupt("1", 1);
    expect(r.code).toBe(130);
    const n = expectWholeOutputs(r.out);
    expect(n).toBeLessThan(2500);
  });

  it("a second Ctrl-C abandons the files in flight without leaving partial outputs", async () => {
    const r = await interrupt("2", 2);
    expect(r.code).toBe(130);
    const n = expectWholeOutputs(r.out);
    const report = JSON.parse(readFileSync(`${r.out}.report.json`, "utf8"));
    expect(report.interrupted).toBe(true);
    // Files abandoned in flight may have been renamed into place just before: never fewer.
    expect(n).toBeGreaterThanOrEqual(report.counts.ok);
  });
});

describe("Ctrl-C while a stream waits for records", () => {
  it("ends the wait: the records read so far are written, the summary printed, exit 130", async () => {
    const child = spawn(process.execPath, [BIN, "--input-format", "ndjson", "--jobs", "2"], { cwd: t.root, env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const closed = new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    // Two records, then stdin stays open: the run is waiting for a third when interrupted.
    child.stdin.write(JSON.stringify({ id: "a", text: "Title one\n\nA first paragraph of the story, long enough to keep.\n" }) + "\n");
    child.stdin.write(JSON.stringify({ id: "b", text: "Title two\n\nA second paragraph of the story, long enough to keep.\n" }) + "\n");
    for (let i = 0; i < 600 && stdout.split("\n").length < 3; i++) await new Promise((r) => setTimeout(r, 50));
    child.kill("SIGINT");
    const code = await closed;
    expect(code).toBe(130);
    expect(stderr).toMatch(/interrupted/);
    expect(stdout.trimEnd().split("\n").map((l) => JSON.parse(l).id)).toEqual(["a", "b"]);
  });
});
