/**
 * The command line as a user meets it: these tests spawn the built binary
 * (bin/clean-article.js → dist/; `npm test` builds first) and check what issue 2
 * specifies: inputs, formats, options, exit codes and error messages.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Article } from "../src/schema.js";
import { BIN, FIXTURES, ROOT, runCli } from "./helpers.js";

const WIRE = join(FIXTURES, "wire-dateline.txt");
const WIRE_REL = "fixtures/wire-dateline.txt";
const GERMAN_REL = "fixtures/german-von.txt";
const ANSI = /\u001b\[/;
const TMP = mkdtempSync(join(tmpdir(), "clean-article-cli-"));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

function parseArticle(stdout: string): Article {
  return Article.parse(JSON.parse(stdout));
}

/** An error report is one line that names the input, with no stack trace. */
function expectOneLineError(stderr: string, input: string): void {
  const lines = stderr.trimEnd().split("\n");
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toContain(input);
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/internal error/i);
}

describe("clean-article FILE", () => {
  const r = runCli([WIRE_REL]);

  it("prints the Article as JSON on stdout and exits 0", () => {
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const a = parseArticle(r.stdout);
    expect(a.schemaVersion).toBe(1);
    expect(a.title).toBe("Severnmoor Water fined record 90 million pounds over sewage spills");
    expect(a.body.length).toBeGreaterThan(0);
  });

  it("records the source: path as given, size and sha256 of the bytes", () => {
    const a = parseArticle(r.stdout);
    const bytes = readFileSync(WIRE);
    expect(a.source.path).toBe(WIRE_REL);
    expect(a.source.bytes).toBe(bytes.length);
    expect(a.source.encoding).toBe("utf-8");
    expect(a.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("is compact (one line) when stdout is not a terminal, and --compact gives the same", () => {
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(1);
    const c = runCli(["--compact", WIRE_REL]);
    expect(c.status).toBe(0);
    expect(c.stdout).toBe(r.stdout);
  });

  it("is deterministic", () => {
    expect(runCli([WIRE_REL]).stdout).toBe(r.stdout);
  });
});

describe("stdin", () => {
  const bytes = readFileSync(WIRE);
  const fromFile = parseArticle(runCli([WIRE_REL]).stdout);

  it("'-' reads stdin", () => {
    const r = runCli(["-"], { input: bytes });
    expect(r.status).toBe(0);
    const a = parseArticle(r.stdout);
    expect(a.source.path).toBeNull();
    expect(a.body).toEqual(fromFile.body);
    expect(a.title).toBe(fromFile.title);
  });

  it("no file with piped stdin reads stdin", () => {
    const r = runCli([], { input: bytes });
    expect(r.status).toBe(0);
    const a = parseArticle(r.stdout);
    expect(a.source.path).toBeNull();
    expect(a.body).toEqual(fromFile.body);
  });

  it("'-' works among the format options", () => {
    const r = runCli(["--format", "text", "-"], { input: bytes });
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe(fromFile.title);
  });
});

describe("--format", () => {
  const json = parseArticle(runCli([WIRE_REL]).stdout);

  it("markdown: '# Title' first, paragraphs separated by blank lines, credits last in italics", () => {
    const r = runCli(["--format", "markdown", WIRE_REL]);
    expect(r.status).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe(`# ${json.title}`);
    const md = r.stdout;
    expect(md).toContain(`\n\n${json.body[1]!.text}\n\n`);
    expect(md).not.toMatch(/^\s*[{[]/);
    const lastText = md.trimEnd().split("\n").at(-1)!;
    expect(lastText.startsWith("*") || lastText.startsWith("_"), lastText).toBe(true);
    expect(lastText).toContain("Reporting by Harriet Colby");
  });

  it("md is an alias of markdown", () => {
    expect(runCli(["--format", "md", WIRE_REL]).stdout).toBe(runCli(["--format", "markdown", WIRE_REL]).stdout);
  });

  it("-f is the short form", () => {
    expect(runCli(["-f", "md", WIRE_REL]).stdout).toBe(runCli(["--format", "markdown", WIRE_REL]).stdout);
  });

  it("text: title, blank line, paragraphs, no markup", () => {
    const r = runCli(["--format", "text", WIRE_REL]);
    expect(r.status).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe(json.title);
    expect(lines[1]).toBe("");
    for (const b of json.body) expect(r.stdout).toContain(b.text);
    expect(r.stdout).not.toMatch(/^#/m);
    expect(r.stdout).not.toMatch(/^> /m);
  });

  it("txt is an alias of text", () => {
    expect(runCli(["--format", "txt", WIRE_REL]).stdout).toBe(runCli(["--format", "text", WIRE_REL]).stdout);
  });

  it("ndjson: one compact JSON line per input", () => {
    const r = runCli(["--format", "ndjson", WIRE_REL, GERMAN_REL]);
    expect(r.status).toBe(0);
    expect(r.stdout.endsWith("\n")).toBe(true);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    const [a, b] = lines.map(parseArticle);
    expect(a!.source.path).toBe(WIRE_REL);
    expect(b!.source.path).toBe(GERMAN_REL);
  });

  it("format names are case-insensitive", () => {
    expect(runCli(["--format", "MD", WIRE_REL]).status).toBe(0);
  });

  it("an unknown format is a usage error (exit 2) naming the format", () => {
    const r = runCli(["--format", "yaml", WIRE_REL]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("yaml");
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
});

describe("--sidebar", () => {
  const json = parseArticle(runCli([WIRE_REL]).stdout);
  const sections = json.sidebar.map((s) => s.section).filter((s): s is string => s !== null);
  const items = json.sidebar.flatMap((s) => s.items.map((i) => i.text));

  it("the JSON always carries the sidebar (the wire fixture has one)", () => {
    expect(items.length).toBeGreaterThan(0);
  });

  it("markdown leaves the sidebar out by default and adds it with --sidebar: '## ' per section, '- ' per item", () => {
    const plain = runCli(["--format", "md", WIRE_REL]).stdout;
    const withSidebar = runCli(["--format", "md", "--sidebar", WIRE_REL]).stdout;
    for (const t of items) {
      expect(plain).not.toContain(t);
      expect(withSidebar).toContain(`- ${t}`);
    }
    for (const s of sections) expect(withSidebar).toContain(`## ${s}`);
    expect(withSidebar.startsWith(plain.trimEnd())).toBe(true);
  });

  it("text leaves the sidebar out by default and adds it with --sidebar", () => {
    const plain = runCli(["--format", "text", WIRE_REL]).stdout;
    const withSidebar = runCli(["--format", "text", "--sidebar", WIRE_REL]).stdout;
    for (const t of items) {
      expect(plain).not.toContain(t);
      expect(withSidebar).toContain(t);
    }
  });

  it("does not change JSON", () => {
    expect(runCli(["--sidebar", WIRE_REL]).stdout).toBe(runCli([WIRE_REL]).stdout);
  });
});

describe("-o, --out", () => {
  it("writes the output to the file and nothing to stdout", () => {
    const out = join(TMP, "wire.md");
    const r = runCli(["--format", "md", "-o", out, WIRE_REL]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toBe(runCli(["--format", "md", WIRE_REL]).stdout);
  });
});

describe("-o into an existing folder", () => {
  // Either the output goes into the folder (the batch behaviour) or the user gets a
  // clear one-line error.
  it("is handled: output written into the folder, or a clear error", () => {
    const dir = mkdtempSync(join(TMP, "out-"));
    const r = runCli([WIRE_REL, "-o", dir]);
    expect(r.stderr).not.toMatch(/internal error/i);
    if (r.status === 0) expect(readdirSync(dir).length).toBe(1);
    else expectOneLineError(r.stderr, dir);
  });
});

describe("--schema", () => {
  const r = runCli(["--schema"]);

  it("prints a JSON Schema whose properties are the Article fields", () => {
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout) as { $schema?: string; type?: string; properties?: Record<string, unknown>; required?: string[] };
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(schema.type).toBe("object");
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual(Object.keys(Article.shape).sort());
    expect(schema.required).toEqual(
      expect.arrayContaining(["schemaVersion", "title", "subtitle", "byline", "authors", "dateline", "published", "language", "body", "credits", "sidebar", "source", "repairs", "removed", "warnings"]),
    );
  });

  it("describes every field", () => {
    const schema = JSON.parse(r.stdout) as { properties: Record<string, { description?: string }> };
    for (const [k, v] of Object.entries(schema.properties)) {
      if (k === "source") continue; // an object whose own properties are described
      expect(v.description, k).toBeTruthy();
    }
  });

  it("is shipped by the build as the package export clean-article/schema.json, byte for byte the same", () => {
    // package.json exports "./schema.json"; `npm run build` (run by `npm test` first) writes it.
    const file = createRequire(join(ROOT, "package.json")).resolve("clean-article/schema.json");
    expect(file).toBe(join(ROOT, "dist", "article.schema.json"));
    expect(readFileSync(file, "utf8")).toBe(r.stdout);
  });
});

describe("--help and --version", () => {
  it("--help shows usage and real examples (single file, jq pipe, folder to folder) and exits 0", () => {
    const r = runCli(["--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Usage: clean-article/);
    expect(r.stdout).toMatch(/Examples?:/);
    expect(r.stdout).toMatch(/\| *jq/);
    expect(r.stdout).toMatch(/clean-article \S+\.txt/);
    expect(r.stdout).toMatch(/--out/);
    expect(r.stdout).toMatch(/terminal/i); // says when JSON is indented
  });

  it("--version prints the package version", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    const r = runCli(["--version"]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });
});

describe("errors and exit codes", () => {
  it("a missing file: exit 1, one line naming it", () => {
    const r = runCli(["fixtures/no-such-dump.txt"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expectOneLineError(r.stderr, "fixtures/no-such-dump.txt");
    expect(r.stderr).toMatch(/no such file|not found|does not exist/i);
  });

  it("a directory given as a file: exit 1, one line naming it", () => {
    const r = runCli(["--format", "md", "src"]);
    expect(r.status).toBe(1);
    expectOneLineError(r.stderr, "src");
    expect(r.stderr).toMatch(/directory/i);
  });

  it.skipIf(process.getuid?.() === 0)("an unreadable file: exit 1, one line naming it", () => {
    const f = join(TMP, "secret.txt");
    writeFileSync(f, "Some text.\n");
    chmodSync(f, 0o000);
    const r = runCli([f]);
    expect(r.status).toBe(1);
    expectOneLineError(r.stderr, f);
    expect(r.stderr).toMatch(/permission/i);
  });

  it("binary input: exit 1 with a clear one-line reason", () => {
    const f = join(TMP, "image.png");
    writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 0, 0, 0, 0, 0]));
    const r = runCli([f]);
    expect(r.status).toBe(1);
    expectOneLineError(r.stderr, f);
  });

  it("one bad input among good ones: exit 1, the good output is still written", () => {
    const r = runCli(["--format", "ndjson", WIRE_REL, "fixtures/missing.txt"]);
    expect(r.status).toBe(1);
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(1);
    expect(parseArticle(r.stdout).source.path).toBe(WIRE_REL);
    expectOneLineError(r.stderr, "fixtures/missing.txt");
  });

  it("an unknown option is a usage error: exit 2, nothing on stdout", () => {
    const r = runCli(["--no-such-option", WIRE_REL]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("--no-such-option");
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it("an option missing its value is a usage error (exit 2)", () => {
    expect(runCli([WIRE_REL, "--format"]).status).toBe(2);
  });
});

describe("colours", () => {
  it("never on stdout, even with FORCE_COLOR=1", () => {
    const env = { NO_COLOR: undefined, FORCE_COLOR: "1" };
    for (const args of [[WIRE_REL], ["-f", "md", "--sidebar", WIRE_REL], ["-f", "text", WIRE_REL], ["--schema"], ["--help"]]) {
      const r = runCli(args, { env });
      expect(r.status, args.join(" ")).toBe(0);
      expect(r.stdout, args.join(" ")).not.toMatch(ANSI);
    }
  });

  it("error messages on stderr are coloured with FORCE_COLOR=1 and plain with NO_COLOR=1", () => {
    const forced = runCli(["fixtures/missing.txt"], { env: { NO_COLOR: undefined, FORCE_COLOR: "1" } });
    expect(forced.stderr).toMatch(ANSI);
    const plain = runCli(["fixtures/missing.txt"], { env: { NO_COLOR: "1", FORCE_COLOR: undefined } });
    expect(plain.stderr).not.toMatch(ANSI);
    expect(plain.stderr).toContain("fixtures/missing.txt");
  });
});

describe("on a terminal", () => {
  // `script` gives the child a pseudo-terminal as stdout and stderr (util-linux).
  const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;
  // A user's terminal: no colour overrides, a colour-capable TERM, and not a CI run
  // (chalk's supports-color turns colour off when CI is set or TERM is missing).
  const noColourEnv = (): NodeJS.ProcessEnv => {
    const env: NodeJS.ProcessEnv = { ...process.env, TERM: "xterm-256color" };
    delete env.NO_COLOR;
    delete env.FORCE_COLOR;
    delete env.CI;
    return env;
  };

  // Colour on stderr follows stderr (chalk's chalkStderr), not stdout.
  it.skipIf(!hasScript)("error messages are not coloured when stderr is redirected to a file", () => {
    const err = join(TMP, "stderr.txt");
    spawnSync("script", ["-qec", `"${process.execPath}" "${BIN}" fixtures/missing.txt 2>"${err}" < /dev/null`, "/dev/null"], {
      cwd: ROOT,
      encoding: "utf8",
      env: noColourEnv(),
    });
    const text = readFileSync(err, "utf8");
    expect(text).toContain("fixtures/missing.txt");
    expect(text).not.toMatch(ANSI);
  });

  it.skipIf(!hasScript)("error messages are coloured when stderr is a terminal and stdout is redirected", () => {
    const out = join(TMP, "stdout.txt");
    const r = spawnSync("script", ["-qec", `"${process.execPath}" "${BIN}" fixtures/missing.txt >"${out}" < /dev/null`, "/dev/null"], {
      cwd: ROOT,
      encoding: "utf8",
      env: noColourEnv(),
    });
    expect(r.stdout).toContain("fixtures/missing.txt");
    expect(r.stdout).toMatch(ANSI);
  });

  it.skipIf(!hasScript)("JSON is indented when stdout is a terminal, and --compact makes it one line", () => {
    const run = (extra: string) =>
      spawnSync("script", ["-qec", `"${process.execPath}" "${BIN}" ${extra} ${WIRE_REL} < /dev/null`, "/dev/null"], {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      });
    const tty = run("");
    expect(tty.status).toBe(0);
    const text = tty.stdout.replace(/\r\n/g, "\n").trim();
    expect(text.split("\n").length).toBeGreaterThan(10);
    expect(parseArticle(text).title).toBe("Severnmoor Water fined record 90 million pounds over sewage spills");
    const compact = run("--compact").stdout.replace(/\r\n/g, "\n").trim();
    expect(compact.split("\n")).toHaveLength(1);
    expect(parseArticle(compact).body).toEqual(parseArticle(text).body);
  });
});

describe("--ascii-punctuation", () => {
  const dump = [
    "Harbour council “won’t” close the ferry – for now",
    "",
    "The council said on Tuesday that the ferry “isn’t going anywhere” — at least until the spring review…",
    "",
    "Its chair, Ann Lee, said the crossing carried 4,000 people a week and that closing it “would cut the island off”.",
    "",
  ].join("\n");

  it("straightens curly quotes, dashes and ellipses on stdin and in a folder run with workers", () => {
    const plain = parseArticle(runCli(["-"], { input: dump }).stdout);
    expect(plain.body.map((b) => b.text).join(" ")).toContain("“isn’t going anywhere” — at least");
    const a = runCli(["--ascii-punctuation", "-"], { input: dump });
    expect(a.status).toBe(0);
    const art = parseArticle(a.stdout);
    const all = [art.title ?? "", ...art.body.map((b) => b.text)].join("\n");
    expect(all).toContain("\"isn't going anywhere\" - at least until the spring review...");
    expect(all).not.toMatch(/[\u2018\u2019\u201c\u201d\u2013\u2014\u2026]/);
    expect(art.repairs["ascii-punctuation"]).toBeGreaterThan(0);

    const dir = join(TMP, "ascii-in");
    const out = join(TMP, "ascii-out");
    mkdirSync(dir);
    for (const n of ["a", "b", "c"]) writeFileSync(join(dir, `${n}.txt`), dump);
    const b = runCli(["--ascii-punctuation", "-j", "2", "-q", "-o", `${out}/`, dir]);
    expect(b.status, b.stderr).toBe(0);
    for (const n of ["a", "b", "c"]) {
      const o = Article.parse(JSON.parse(readFileSync(join(out, `${n}.json`), "utf8")));
      expect(o.body.map((x) => x.text).join("\n")).not.toMatch(/[\u2018\u2019\u201c\u201d\u2013\u2014\u2026]/);
      expect(o.body).toEqual(art.body);
    }
  });
});
