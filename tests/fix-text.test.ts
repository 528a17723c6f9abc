/** The `fix-text` subcommand, run as the built binary. */
import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./helpers.js";

describe("clean-article fix-text", () => {
  it("does what its --help examples claim (echo '…' | clean-article fix-text  # output)", () => {
    const help = runCli(["fix-text", "--help"]).stdout;
    const examples = [...help.matchAll(/^\s*\$ echo '([^']*)' \| clean-article fix-text\s+# (.+)$/gm)];
    expect(examples.length).toBeGreaterThan(0);
    for (const [, input, claimed] of examples) {
      const r = runCli(["fix-text"], { input: `${input}\n` });
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(`${claimed}\n`);
    }
    // The example as a person reads it: ” whose third byte (0x9D, undefined in windows-1252) was lost.
    expect(examples[0]![1]).toBe("The CafÃ© â€œBlueâ€");
    expect(examples[0]![2]).toBe("The Café “Blue”");
  });
  it("repairs stdin and prints only the text", () => {
    const r = runCli(["fix-text"], { input: "The CafÃ© was â€œfullâ€\u009d &amp; loud.\n" });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("The Café was “full” & loud.\n");
    expect(r.stderr).toBe("");
  });
  it("reads a file, and decodes legacy bytes", () => {
    const dir = mkdtempSync(join(tmpdir(), "fix-text-"));
    const file = join(dir, "latin.txt");
    writeFileSync(file, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94, 0x0a]));
    const r = runCli(["fix-text", file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("café “ok”\n");
  });
  it("--encoding overrides detection", () => {
    const r = runCli(["fix-text", "--encoding", "windows-1251"], { input: Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x0a]) });
    expect(r.stdout).toBe("Привет\n");
  });
  it("--explain lists each repair on stderr with line, fix, before and after", () => {
    const r = runCli(["fix-text", "--explain"], { input: "ok\nCafÃ©\n10\u00a0km\n" });
    expect(r.stdout).toBe("ok\nCafé\n10 km\n");
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^line 2\s+mojibake\s+"CafÃ©" → "Café"$/);
    expect(lines[1]).toMatch(/^line 3\s+odd-space\s+"\\u00a0" → " "$/);
  });
  it("warns on stderr where junk was removed", () => {
    const r = runCli(["fix-text"], { input: "۴ý\n\nSkip to main content\n" });
    expect(r.stdout).toBe("Skip to main content\n");
    expect(r.stderr).toContain("unrecoverable junk removed at line 1");
  });
  it("--jsonl repairs one JSON string per line, keeping lines aligned", () => {
    const input = ['"CafÃ©"', '"fine"', "", "not json", '"it&#8217;s"'].join("\n") + "\n";
    const r = runCli(["fix-text", "--jsonl"], { input });
    expect(r.stdout).toBe(['"Café"', '"fine"', "", "null", '"it’s"'].join("\n") + "\n");
    expect(r.stderr).toContain("<stdin>:4: not a JSON string");
    expect(r.status).toBe(1);
  });
  it("--ascii-punctuation straightens quotes and dashes", () => {
    const r = runCli(["fix-text", "--ascii-punctuation"], { input: "“It’s” — fine\n" });
    expect(r.stdout).toBe("\"It's\" - fine\n");
  });
  it("fails clearly on a missing file, binary input and a bad option", () => {
    const missing = runCli(["fix-text", "/no/such/file.txt"]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("no such file");
    const binary = runCli(["fix-text"], { input: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]) });
    expect(binary.status).toBe(1);
    expect(binary.stderr).toContain("not text");
    const bad = runCli(["fix-text", "--bogus"]);
    expect(bad.status).toBe(2);
  });
});
