/**
 * Batch behaviour of the built CLI: folders, globs, mixed inputs, --out mirroring,
 * ndjson order with workers, resume (--skip-existing / --force), --report, failures.
 */
import { existsSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./helpers.js";
import { dump, lines, tempTree, type Tree } from "./batch-helpers.js";

let t: Tree;
beforeAll(() => {
  t = tempTree();
  t.write("in/b.txt", dump(2));
  t.write("in/a.txt", dump(1));
  t.write("in/a/deep/c.txt", dump(3, "de"));
  t.write("in/a/notes.md", "# not a dump we asked for\n");
  t.write("in/.hidden/h.txt", dump(4));
  t.write("in/.dot.txt", dump(5));
  t.write("in/z-binary.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3, 0, 0, 0xff]));
  symlinkSync("..", t.path("in/a/deep/loop")); // a symbolic-link loop back to in/a
});
afterAll(() => t.cleanup());

describe("folders to stdout", () => {
  it("walks recursively, sorted by path, skipping hidden files, other extensions and link loops", () => {
    const r = runCli(["in", "-f", "ndjson", "--jobs", "1"], { cwd: t.root });
    const paths = lines(r.stdout).map((a) => a.source.path);
    // "in/a.txt" sorts before "in/a/..." as full paths do ('.' < '/').
    expect(paths).toEqual(["in/a.txt", "in/a/deep/c.txt", "in/b.txt"]);
    expect(r.stderr).toContain("in/z-binary.txt");
    expect(r.status).toBe(1); // the binary file failed, the others were still written
  });

  it("gives exactly the same output with worker threads as in-process", () => {
    const one = runCli(["in", "-f", "ndjson", "--jobs", "1"], { cwd: t.root });
    const two = runCli(["in", "-f", "ndjson", "--jobs", "3"], { cwd: t.root });
    expect(two.stdout).toBe(one.stdout);
    expect(two.status).toBe(1);
  });

  it("takes hidden files with --hidden and other extensions with --ext", () => {
    const hidden = lines(runCli(["in", "-f", "ndjson", "--hidden"], { cwd: t.root }).stdout).map((a) => a.source.path);
    expect(hidden).toContain("in/.hidden/h.txt");
    expect(hidden).toContain("in/.dot.txt");
    const md = lines(runCli(["in", "-f", "ndjson", "--ext", "md"], { cwd: t.root }).stdout).map((a) => a.source.path);
    expect(md).toEqual(["in/a/notes.md"]);
  });

  it("skips what --ignore matches (a name anywhere, or a path under the folder)", () => {
    const byName = lines(runCli(["in", "-f", "ndjson", "--ignore", "deep", "--ignore", "z-*"], { cwd: t.root }).stdout);
    expect(byName.map((a) => a.source.path)).toEqual(["in/a.txt", "in/b.txt"]);
    const byPath = runCli(["in", "-f", "ndjson", "--ignore", "a/**", "--ignore", "*.txt"], { cwd: t.root });
    expect(byPath.stdout).toBe("");
    expect(byPath.status).toBe(0);
  });

  it("expands globs, and mixes files, folders and globs in the order given", () => {
    const g = runCli(["in/**/*.txt", "-f", "ndjson"], { cwd: t.root });
    expect(lines(g.stdout).map((a) => a.source.path)).toEqual(["in/a.txt", "in/a/deep/c.txt", "in/b.txt"]);
    const mixed = runCli(["in/b.txt", "in/a", "in/*.txt", "-f", "ndjson"], { cwd: t.root });
    const docs = mixed.stdout.trim().split("\n").map((l) => JSON.parse(l) as { source: { path: string } });
    // in/b.txt comes once although the glob matches it again.
    expect(docs.map((d) => d.source.path)).toEqual(["in/b.txt", "in/a/deep/c.txt", "in/a.txt"]);
  });
});

describe("--out DIR", () => {
  it("mirrors relative paths with the format's extension", () => {
    const r = runCli(["in", "--out", "out-md", "-f", "md", "--ignore", "z-*"], { cwd: t.root });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(readdirSync(t.path("out-md")).sort()).toEqual(["a", "a.md", "b.md"]);
    expect(existsSync(t.path("out-md/a/deep/c.md"))).toBe(true);
    expect(readFileSync(t.path("out-md/b.md"), "utf8")).toContain("budget number 2");
  });

  it("refuses up front when outputs exist, resumes with --skip-existing, overwrites with --force", () => {
    const first = runCli(["in", "-o", "out-json"], { cwd: t.root });
    expect(first.status).toBe(1); // the binary file
    const a = t.path("out-json/a.json");
    expect(JSON.parse(readFileSync(a, "utf8")).source.path).toBe("in/a.txt");

    writeFileSync(a, "sentinel");
    const again = runCli(["in", "-o", "out-json"], { cwd: t.root });
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already exists.*--skip-existing.*--force/);
    expect(readFileSync(a, "utf8")).toBe("sentinel");

    const resume = runCli(["in", "-o", "out-json", "--skip-existing", "--report", "resume.json"], { cwd: t.root });
    expect(readFileSync(a, "utf8")).toBe("sentinel");
    const report = JSON.parse(readFileSync(t.path("resume.json"), "utf8"));
    expect(report.counts).toMatchObject({ inputs: 4, ok: 0, skipped: 3, failed: 1 });
    expect(resume.status).toBe(1);

    const force = runCli(["in", "-o", "out-json", "--force"], { cwd: t.root });
    expect(force.status).toBe(1);
    expect(JSON.parse(readFileSync(a, "utf8")).source.path).toBe("in/a.txt");
  });

  it("leaves no temporary files behind", () => {
    runCli(["in", "-o", "out-tmp", "--jobs", "2"], { cwd: t.root });
    const all = readdirSync(t.path("out-tmp"), { recursive: true }) as string[];
    expect(all.filter((f) => f.includes(".tmp"))).toEqual([]);
  });

  it("never walks into its own output folder", () => {
    const tt = tempTree();
    try {
      tt.write("one.txt", dump(1));
      expect(runCli([".", "-o", "clean", "-f", "text"], { cwd: tt.root }).status).toBe(0);
      // clean/one.txt now exists: a second run must not take it as an input.
      const again = runCli([".", "-o", "clean", "-f", "text", "--force", "--report", "r.json"], { cwd: tt.root });
      expect(again.status).toBe(0);
      expect(JSON.parse(readFileSync(tt.path("r.json"), "utf8")).counts.inputs).toBe(1);
      const same = runCli(["clean", "-o", "clean", "--force"], { cwd: tt.root });
      expect(same.status).toBe(1);
      expect(same.stderr).toMatch(/clean: is the output folder/);
    } finally {
      tt.cleanup();
    }
  });

  it("reports two inputs that would land on the same output", () => {
    const tt = tempTree();
    try {
      tt.write("x/story.txt", dump(1));
      tt.write("y/story.txt", dump(2));
      const r = runCli(["x/story.txt", "y/story.txt", "-o", "out"], { cwd: tt.root });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/y\/story\.txt: same output file as x\/story\.txt/);
      expect(JSON.parse(readFileSync(tt.path("out/story.json"), "utf8")).source.path).toBe("x/story.txt");
    } finally {
      tt.cleanup();
    }
  });

  it("writes one ndjson file with -o FILE", () => {
    const r = runCli(["in", "-f", "ndjson", "-o", "all.ndjson", "--ignore", "z-*"], { cwd: t.root });
    expect(r.status).toBe(0);
    expect(lines(readFileSync(t.path("all.ndjson"), "utf8")).map((a) => a.source.path)).toEqual(["in/a.txt", "in/a/deep/c.txt", "in/b.txt"]);
  });
});

describe("big inputs with workers", () => {
  it("an input too big for a lean worker's heap is processed in the main thread", () => {
    const tt = tempTree();
    try {
      tt.write("big/a.txt", dump(1));
      // About 3 MB of story: with a 12 MB worker heap, its worker runs out of memory.
      tt.write("big/b.txt", Array.from({ length: 12_000 }, (_, i) => `Paragraph ${i} of a very long live blog about the budget debate in the council.`).join("\n\n"));
      tt.write("big/c.txt", dump(3));
      const r = runCli(["big", "-f", "ndjson", "--jobs", "2"], { cwd: tt.root, env: { CLEAN_ARTICLE_WORKER_OLD_MB: "12" } });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      expect(lines(r.stdout).map((a) => a.source.path)).toEqual(["big/a.txt", "big/b.txt", "big/c.txt"]);
    } finally {
      tt.cleanup();
    }
  });
});

describe("many files through the worker pool", () => {
  // Tasks go to workers a few per message and results come back a few per message:
  // nothing may be lost, duplicated or reordered, and the report must add up the same.
  it("gives the in-process output and report, file for file, with 2 and 3 workers", () => {
    const tt = tempTree("ca-many-");
    try {
      for (let i = 0; i < 150; i++) tt.write(`many/${String(Math.floor(i / 40))}/f${String(i).padStart(3, "0")}.txt`, i % 37 === 5 ? "\u0000\u0001binary\u0000" : dump(i, i % 3 ? "en" : "de"));
      const strip = (file: string) => {
        const rep = JSON.parse(readFileSync(tt.path(file), "utf8"));
        for (const k of ["startedAt", "finishedAt", "seconds", "throughput", "options"]) delete rep[k];
        return rep;
      };
      const one = runCli(["many", "-f", "ndjson", "--jobs", "1", "--report", "r1.json"], { cwd: tt.root });
      expect(lines(one.stdout)).toHaveLength(146);
      for (const jobs of ["2", "3"]) {
        const r = runCli(["many", "-f", "ndjson", "--jobs", jobs, "--report", `r${jobs}.json`], { cwd: tt.root });
        expect(r.stdout).toBe(one.stdout);
        expect(r.stderr).toBe(one.stderr);
        expect(r.status).toBe(1);
        expect(strip(`r${jobs}.json`)).toEqual(strip("r1.json"));
      }
      const out = runCli(["many", "-o", "out", "--jobs", "2", "--quiet"], { cwd: tt.root });
      expect(out.status).toBe(1);
      const written = (readdirSync(tt.path("out"), { recursive: true }) as string[]).filter((f) => f.endsWith(".json")).sort();
      expect(written).toHaveLength(146);
      expect(written.every((f) => !f.includes(".tmp"))).toBe(true);
    } finally {
      tt.cleanup();
    }
  });
});

describe("--report", () => {
  it("sums counts, bytes, failures with reasons, repairs and warnings", () => {
    const r = runCli(["in", "missing.txt", "-f", "ndjson", "--report", "report.json", "--jobs", "2"], { cwd: t.root });
    expect(r.status).toBe(1);
    const rep = JSON.parse(readFileSync(t.path("report.json"), "utf8"));
    expect(rep.counts).toEqual({ inputs: 5, ok: 3, failed: 2, skipped: 0 });
    expect(rep.failures).toEqual([
      { input: "in/z-binary.txt", code: "not-text", message: expect.stringContaining("not text") },
      { input: "missing.txt", code: "missing", message: expect.stringContaining("no such file") },
    ]);
    expect(rep.failuresByCode).toEqual({ "not-text": 1, missing: 1 });
    const okBytes = ["in/a.txt", "in/a/deep/c.txt", "in/b.txt"].reduce((n, p) => n + readFileSync(t.path(p)).length, 0);
    expect(rep.bytes.input).toBeGreaterThanOrEqual(okBytes);
    expect(rep.bytes.output).toBe(Buffer.byteLength(r.stdout));
    expect(typeof rep.seconds).toBe("number");
    expect(rep.interrupted).toBe(false);
    expect(typeof rep.repairs).toBe("object");
    expect(typeof rep.warnings).toBe("object");
  });
});

describe("progress and messages", () => {
  it("prints nothing but errors when stderr is not a terminal", () => {
    const r = runCli(["in", "-o", "out-quiet", "--ignore", "z-*"], { cwd: t.root });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
  });

  it("wants --out DIR or ndjson for a folder: one line, exit 1", () => {
    const r = runCli(["in", "-f", "md"], { cwd: t.root });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("error: in: is a directory: add --out DIR for one output per file, or --format ndjson for one Article per line\n");
  });

  it("names each failed input on its own line, and still processes the rest", () => {
    const r = runCli(["in/a.txt", "nope.txt", "in", "in/b.txt", "-o", "out-fail", "--force"], { cwd: t.root });
    expect(r.status).toBe(1);
    const errs = r.stderr.split("\n").filter((l) => l.startsWith("error:"));
    expect(errs).toHaveLength(2);
    expect(errs[0]).toBe("error: nope.txt: no such file or folder");
    expect(errs[1]).toMatch(/^error: in\/z-binary\.txt: .*not text/i);
    // in/a.txt and in/b.txt, named twice, are processed once.
    expect(readdirSync(t.path("out-fail")).sort()).toEqual(["a", "a.json", "b.json"]);
    expect(existsSync(t.path("out-fail/a/deep/c.json"))).toBe(true);
  });
});
