/**
 * Terminal safety, end to end with the built CLI (issue 5): escape sequences in the
 * input (ANSI CSI and OSC, 8-bit C1 CSI, BEL, backspace, CR) never reach stdout or
 * stderr raw, in any output format, in the --explain table, or in messages that
 * quote file names. Also: the batch goes on past a binary file, and empty files
 * succeed with a warning in the Article.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers.js";
import { png } from "./binary.js";

/** Raw controls a terminal would act on: C0 except tab and LF, DEL, C1 (as characters, i.e. UTF-8 C2 80–C2 9F). */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

const ESC = "\u001b";
const EVIL = [
  `${ESC}[2J${ESC}[H`, // clear screen, cursor home
  `${ESC}]0;owned${ESC}\\`, // OSC window title, ST-terminated
  `${ESC}]8;;http://evil.example/${ESC}\\click${ESC}]8;;${ESC}\\`, // OSC 8 hyperlink
  `${ESC}]52;c;cm0gLXJmIH4=\u0007`, // OSC 52 clipboard write, BEL-terminated
  "\u009b31m", // 8-bit CSI
  "\u009d0;title\u009c", // 8-bit OSC ... ST
  "\u0008\u0008\u0008", // backspaces
  "hidden\rshown", // carriage return overprinting
  `${ESC}P+q${ESC}\\`, // DCS
  "\u0007", // BEL
];

const HEADLINE = `Storm ${EVIL[0]}hits the ${EVIL[4]}coast as thousands flee`;
const DUMP = [
  "Skip to main content",
  HEADLINE,
  `By Jane ${EVIL[1]}Doe`,
  `GENEVA (Reuters) - The minister said on Tuesday that the talks would resume ${EVIL[2]} in Geneva next week after a pause of several months.`,
  `Officials from both sides were expected ${EVIL[3]} to attend the meeting, which was called by the ${EVIL[5]}United Nations.`,
  `Neither side has said what it would accept ${EVIL[6]} as the basis for an agreement, and the fighting has ${EVIL[7]} not stopped.`,
  `${ESC}[1mWHAT COMES NEXT${ESC}[0m`,
  `The talks are expected to last ${EVIL[8]} three days, and a statement will follow at the end of them ${EVIL[9]} on Friday.`,
  "(Reporting by Jane Doe; Editing by John Roe)",
  "Top Stories",
  `NEW${ESC}[5m`,
  `Markets fall ${ESC}[31mfor a third day on rate fears`,
].join("\n\n");

const dir = mkdtempSync(join(tmpdir(), "ca-terminal-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectClean(name: string, out: string): void {
  const m = RAW_CONTROL.exec(out);
  if (m) expect.fail(`${name} has a raw control U+${m[0].charCodeAt(0).toString(16).padStart(4, "0")} near ${JSON.stringify(out.slice(Math.max(0, m.index - 20), m.index + 20))}`);
}

describe("escape sequences in the input", () => {
  const file = join(dir, "evil.txt");
  writeFileSync(file, DUMP);

  it.each([
    ["json", ["-f", "json"]],
    ["compact json", ["-f", "json", "--compact"]],
    ["ndjson", ["-f", "ndjson"]],
    ["markdown", ["-f", "md", "--sidebar"]],
    ["text", ["-f", "text", "--sidebar"]],
    ["markdown with --explain", ["-f", "md", "--explain"]],
    ["json with --explain", ["-f", "json", "--explain"]],
  ])("never reach stdout or stderr raw: %s", (_name, args) => {
    for (const input of [[file], ["-"]]) {
      const r = runCli([...args, ...input], { input: input[0] === "-" ? DUMP : "" });
      expect(r.status).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(100);
      expectClean("stdout", r.stdout);
      expectClean("stderr", r.stderr);
    }
  });

  it("are dropped, not just escaped, from the text itself", () => {
    const r = runCli(["-f", "text", file]);
    expect(r.stdout).toContain("Storm");
    expect(r.stdout).not.toContain("[2J");
    expect(r.stdout).toContain("hits the");
  });

  it("never reach the terminal from fix-text either", () => {
    const r = runCli(["fix-text", "--explain", "-"], { input: DUMP });
    expect(r.status).toBe(0);
    expectClean("stdout", r.stdout);
    expectClean("stderr", r.stderr);
  });

  it("never reach the terminal even when colours are forced", () => {
    const r = runCli(["-f", "md", "--explain", file], { env: { FORCE_COLOR: "1", NO_COLOR: "" } });
    expectClean("stdout", r.stdout);
    // chalk's own colour codes on stderr are fine; the input's are not
    expect(r.stderr.replace(/\u001b\[\d+(?:;\d+)*m/g, "")).not.toMatch(RAW_CONTROL);
    expect(r.stderr).not.toContain("[2J");
  });
});

describe("file names with escape sequences in messages", () => {
  const evilName = (s: string) => join(dir, `name${ESC}]0;owned\u0007${ESC}[31m${s}\u009b2J`);

  it("a missing file", () => {
    const r = runCli([evilName("missing.txt")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no such file/);
    expectClean("stderr", r.stderr);
    expectClean("stdout", r.stdout);
  });

  it("a binary file", () => {
    const f = evilName("image.png");
    writeFileSync(f, png());
    const r = runCli([f]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not text/);
    expectClean("stderr", r.stderr);
  });

  it("a directory given as a file", () => {
    const d = evilName("folder");
    mkdirSync(d, { recursive: true });
    const r = runCli(["-f", "text", d]);
    expectClean("stderr", r.stderr);
    expectClean("stdout", r.stdout);
  });

  it("a good file: its name is escaped in JSON, never raw", () => {
    const f = evilName("good.txt");
    writeFileSync(f, DUMP);
    for (const args of [["-f", "json"], ["-f", "md", "--explain"], ["-f", "text"]]) {
      const r = runCli([...args, f]);
      expect(r.status).toBe(0);
      expectClean("stdout", r.stdout);
      expectClean("stderr", r.stderr);
    }
    const j = JSON.parse(runCli(["-f", "json", f]).stdout) as { source: { path: string } };
    expect(j.source.path).toBe(f);
  });
});

describe("a batch with bad files goes on", () => {
  it("refuses a binary file as not text, exit 1, and still writes the others", () => {
    const a = join(dir, "a.txt");
    const b = join(dir, "b.txt");
    const img = join(dir, "photo.png");
    const empty = join(dir, "empty.txt");
    writeFileSync(a, DUMP);
    writeFileSync(b, DUMP.replace("Storm", "Flood"));
    writeFileSync(img, png());
    writeFileSync(empty, "");
    const r = runCli(["-f", "ndjson", a, img, b, empty]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/photo\.png.*not text/);
    const records = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { source: { path: string }; body: unknown[]; warnings: string[] });
    expect(records.map((x) => x.source.path).sort()).toEqual([a, b, empty].sort());
    const e = records.find((x) => x.source.path === empty)!;
    expect(e.body).toEqual([]);
    expect(e.warnings.join(" ")).toMatch(/empty/);
  });

  it("succeeds on an empty file or whitespace-only stdin, with the warning in the Article", () => {
    for (const input of ["", "  \n\t\r\n"]) {
      const r = runCli(["-"], { input });
      expect(r.status).toBe(0);
      const j = JSON.parse(r.stdout) as { body: unknown[]; warnings: string[] };
      expect(j.body).toEqual([]);
      expect(j.warnings.join(" ")).toMatch(/empty/);
    }
  });
});

describe("the CLI on arbitrary bytes", () => {
  it("never crashes: every file gives an Article or one clear error line (fast-check, one run of the binary)", async () => {
    const fc = (await import("fast-check")).default;
    const { arbitraryBytes, anyText } = await import("./arbitraries.js");
    const inputs = fc.sample(fc.oneof(arbitraryBytes, anyText.map((s) => new TextEncoder().encode(s))), { numRuns: 60, seed: 7 });
    const sub = join(dir, "arbitrary");
    mkdirSync(sub, { recursive: true });
    const files = inputs.map((bytes, i) => {
      const f = join(sub, `in-${String(i).padStart(3, "0")}.txt`);
      writeFileSync(f, bytes);
      return f;
    });
    const r = runCli(["-f", "ndjson", ...files]);
    expect([0, 1]).toContain(r.status);
    expectClean("stdout", r.stdout);
    expectClean("stderr", r.stderr);
    expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
    const ok = r.stdout.split("\n").filter((l) => l !== "").map((l) => (JSON.parse(l) as { source: { path: string } }).source.path);
    const failed = r.stderr.split("\n").filter((l) => l.startsWith("error: ")).map((l) => l.slice(7, l.indexOf(": ", 7)));
    expect([...ok, ...failed].sort()).toEqual(files);
    for (const l of r.stderr.split("\n").filter((x) => x.startsWith("error: "))) expect(l).toMatch(/not text/);
  });
});
