/**
 * Stream mode (--input-format ndjson): records {"id","text"} or {"id","path"} on stdin,
 * one Article per line with the same id, in order; GNU parallel --pipe splitting gives
 * exactly the single-process output.
 */
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, runCli } from "./helpers.js";
import { dump, lines, tempTree, type Tree } from "./batch-helpers.js";

let t: Tree;
beforeAll(() => {
  t = tempTree("ca-stream-");
  t.write("docs/one.txt", dump(11));
});
afterAll(() => t.cleanup());

function records(n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(JSON.stringify({ id: i % 3 === 0 ? `doc-${i}` : i, text: dump(i, i % 2 ? "de" : "en") }));
  return out.join("\n") + "\n";
}

describe("--input-format ndjson", () => {
  it("writes one Article per record, with the record's id, in order", () => {
    const input = records(25);
    const r = runCli(["--input-format", "ndjson", "--jobs", "2"], { input });
    expect(r.status).toBe(0);
    const out = lines(r.stdout);
    expect(out.map((a) => a.id)).toEqual(input.trim().split("\n").map((l) => JSON.parse(l).id));
    expect(out.every((a) => a.source.path === null)).toBe(true);
    // id comes right after schemaVersion, so a reader sees it first.
    expect(Object.keys(out[0]!).slice(0, 2)).toEqual(["schemaVersion", "id"]);
    expect(String(out[5]!.title ?? "") + JSON.stringify(out[5]!.body)).toContain("5");
  });

  it("is the same in-process and with workers", () => {
    const input = records(12);
    const a = runCli(["--input-format", "ndjson", "--jobs", "1"], { input });
    const b = runCli(["--input-format", "ndjson", "--jobs", "3"], { input });
    expect(b.stdout).toBe(a.stdout);
  });

  it("reads {id, path} records", () => {
    const input = JSON.stringify({ id: "p1", path: t.path("docs/one.txt") }) + "\n";
    const out = lines(runCli(["--input-format", "ndjson"], { input }).stdout);
    expect(out).toHaveLength(1);
    expect(out[0]!.id).toBe("p1");
    expect(out[0]!.source.path).toBe(t.path("docs/one.txt"));
  });

  it("reports bad records one by one on stderr and goes on (exit 1)", () => {
    const input = [
      JSON.stringify({ id: "ok1", text: dump(1) }),
      "{not json",
      JSON.stringify({ id: "nothing" }),
      JSON.stringify({ id: "dir", path: t.path("docs") }),
      "",
      JSON.stringify({ id: "ok2", text: dump(2) }),
    ].join("\n"); // no final newline: the last record still counts
    const r = runCli(["--input-format", "ndjson"], { input });
    expect(r.status).toBe(1);
    expect(lines(r.stdout).map((a) => a.id)).toEqual(["ok1", "ok2"]);
    const errs = r.stderr.split("\n").filter((l) => l.startsWith("error:"));
    expect(errs).toHaveLength(3);
    expect(errs[0]).toMatch(/line 2.*not valid JSON/);
    expect(errs[1]).toMatch(/line 3.*"nothing".*"text" or a "path"/);
    expect(errs[2]).toMatch(/line 4.*"dir".*is a directory/);
  });

  it("refuses records over --max-bytes without stopping", () => {
    const big = JSON.stringify({ id: "big", text: "x".repeat(3000) });
    const input = [big, JSON.stringify({ id: "small", text: dump(3) })].join("\n") + "\n";
    const r = runCli(["--input-format", "ndjson", "--max-bytes", "1k"], { input });
    expect(r.status).toBe(1);
    expect(lines(r.stdout).map((a) => a.id)).toEqual(["small"]);
    expect(r.stderr).toMatch(/line 1/);
  });

  it("refuses input files and Markdown in stream mode (usage error)", () => {
    expect(runCli(["--input-format", "ndjson", "x.txt"]).status).toBe(2);
    expect(runCli(["--input-format", "ndjson", "-f", "md"], { input: records(1) }).status).toBe(2);
  });
});

const hasParallel = spawnSync("parallel", ["--version"], { encoding: "utf8" }).status === 0;

describe.skipIf(!hasParallel)("GNU parallel --pipe", () => {
  it("splitting the stream across processes gives exactly the single-process output", () => {
    const input = records(40);
    const single = runCli(["--input-format", "ndjson", "--jobs", "1"], { input });
    expect(single.status).toBe(0);
    const split = spawnSync(
      "parallel",
      ["--will-cite", "--pipe", "-k", "-N", "7", "-j", "3", process.execPath, BIN, "--input-format", "ndjson", "--jobs", "1"],
      { input, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 64 * 1024 * 1024 },
    );
    expect(split.status).toBe(0);
    expect(split.stdout).toBe(single.stdout);
    expect(lines(split.stdout)).toHaveLength(40);
  });
});
