/**
 * File and terminal safety of the CLI: --out never writes outside its folder, escape
 * sequences in names never reach the terminal raw, --max-bytes, unreadable inputs,
 * write errors stop the run without damaging existing outputs, exit codes, colours,
 * a closed pipe, --schema/--help/--version.
 */
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, runCli } from "./helpers.js";
import { dump, tempTree, type Tree } from "./batch-helpers.js";

let t: Tree;
beforeAll(() => {
  t = tempTree("ca-safety-");
  t.write("in/story.txt", dump(1));
});
afterAll(() => {
  try {
    chmodSync(t.path("locked"), 0o755);
  } catch {
    // not created
  }
  t.cleanup();
});

const isRoot = process.getuid?.() === 0;
const ESC = "\u001b";

describe("--out stays inside its folder", () => {
  it("maps names with .. and absolute globs under the folder", () => {
    t.write("deep/x/up.txt", dump(2));
    // A glob whose base climbs with "..": outputs still land under out/.
    const r = runCli(["../deep/*/*.txt", "-o", "../out-up"], { cwd: t.path("in") });
    expect(r.status).toBe(0);
    expect(existsSync(t.path("out-up/x/up.json"))).toBe(true);
    const abs = runCli([t.path("deep") + "/**/*.txt", "-o", "out-abs"], { cwd: t.root });
    expect(abs.status).toBe(0);
    expect(readdirSync(t.path("out-abs"))).toEqual(["x"]);
  });

  it("refuses to write through a symbolic link that leads outside", () => {
    t.write("src/sub/a.txt", dump(3));
    mkdirSync(t.path("elsewhere"));
    mkdirSync(t.path("out-link"));
    symlinkSync(t.path("elsewhere"), t.path("out-link/sub"));
    const r = runCli(["src", "-o", "out-link", "--force"], { cwd: t.root });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/symbolic link that leads outside the output folder/);
    expect(readdirSync(t.path("elsewhere"))).toEqual([]);
  });

  it("replaces an output that is a symbolic link instead of writing through it", () => {
    t.write("victim.txt", "precious\n");
    mkdirSync(t.path("out-victim"));
    symlinkSync(t.path("victim.txt"), t.path("out-victim/story.json"));
    const r = runCli(["in", "-o", "out-victim", "--force"], { cwd: t.root });
    expect(r.status).toBe(0);
    expect(readFileSync(t.path("victim.txt"), "utf8")).toBe("precious\n");
    expect(JSON.parse(readFileSync(t.path("out-victim/story.json"), "utf8")).source.path).toBe("in/story.txt");
  });
});

describe("terminal safety", () => {
  it("escapes control characters of file names in messages", () => {
    const name = `evil${ESC}]0;pwned\u0007${ESC}[2J.txt`;
    t.write(`names/${name}`, Buffer.from([0, 1, 2, 3, 0, 0, 0, 0xff, 0xfe, 0, 0]));
    const r = runCli(["names", "-f", "ndjson"], { cwd: t.root });
    expect(r.status).toBe(1);
    expect(r.stderr).not.toContain(ESC);
    expect(r.stderr).not.toContain("\u0007");
    expect(r.stderr).toContain("evil\\x1b]0;pwned\\x07\\x1b[2J.txt");
  });

  it("uses no colour codes when NO_COLOR is set, and only on stderr with FORCE_COLOR", () => {
    const plain = runCli(["nope.txt"], { env: { NO_COLOR: "1" } });
    expect(plain.stderr).not.toContain(ESC);
    const forced = runCli(["in/story.txt", "nope.txt"], { cwd: t.root, env: { NO_COLOR: "", FORCE_COLOR: "1" } });
    expect(forced.stderr).toContain(`${ESC}[31m`);
    expect(forced.stdout).not.toContain(ESC);
  });
});

describe("inputs that cannot be read", () => {
  it("one clear line for a missing file, a folder given as file, an unreadable file; exit 1", () => {
    const missing = runCli(["no-such.txt"], { cwd: t.root });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe("error: no-such.txt: no such file\n");

    const dir = runCli(["--input-format", "ndjson"], { cwd: t.root, input: JSON.stringify({ id: 1, path: "in" }) + "\n" });
    expect(dir.status).toBe(1);
    expect(dir.stderr.trim().split("\n")[0]).toMatch(/^error: .*in: is a directory, not a file$/);
  });

  it.skipIf(isRoot)("reports an unreadable file and goes on", () => {
    t.write("locked/a.txt", dump(1));
    t.write("locked/b.txt", dump(2));
    chmodSync(t.path("locked/a.txt"), 0);
    const r = runCli(["locked", "-f", "ndjson"], { cwd: t.root });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^error: locked\/a\.txt: cannot read: permission denied$/m);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("refuses files over --max-bytes (per file) and processes the others", () => {
    t.write("sizes/big.txt", dump(1).repeat(40));
    t.write("sizes/small.txt", dump(2));
    const r = runCli(["sizes", "-f", "ndjson", "--max-bytes", "2k"], { cwd: t.root });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/sizes\/big\.txt: .*over the limit of 2048.*--max-bytes/);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    expect(runCli(["--max-bytes", "lots"]).status).toBe(2);
  });
});

describe("write errors", () => {
  it("stops the run on a write error, leaving no partial or temporary file", () => {
    t.write("w/a.txt", dump(1));
    t.write("w/b/c.txt", dump(2));
    t.write("w/d.txt", dump(3));
    // A folder where b/c.json should go: the rename onto it fails, as a full disk would.
    mkdirSync(t.path("out-err/b/c.json"), { recursive: true });
    writeFileSync(t.path("out-err/b/c.json/keep"), "old");
    const r = runCli(["w", "-o", "out-err", "--force", "--jobs", "1"], { cwd: t.root });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot write .*c\.json/);
    expect(r.stderr).toMatch(/stopped/);
    expect(existsSync(t.path("out-err/d.json"))).toBe(false); // the run stopped there
    expect(JSON.parse(readFileSync(t.path("out-err/a.json"), "utf8")).source.path).toBe("w/a.txt");
    expect(readFileSync(t.path("out-err/b/c.json/keep"), "utf8")).toBe("old");
    expect(readdirSync(t.path("out-err/b"))).toEqual(["c.json"]); // no temporary file left
  });
});

describe("exit codes and usage", () => {
  it("2 for usage errors, with one line and no stack trace", () => {
    const r = runCli(["--format", "pdf", "x.txt"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown format "pdf"/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(runCli(["--jobs", "0", "x"]).status).toBe(2);
    expect(runCli(["--no-such-option"]).status).toBe(2);
    expect(runCli(["in", "-o", "o", "--force", "--skip-existing"], { cwd: t.root }).status).toBe(2);
  });

  it("--help shows real examples; --version the version; --schema the JSON Schema", () => {
    const help = runCli(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/clean-article dump\.txt/);
    expect(help.stdout).toMatch(/\| jq/);
    expect(help.stdout).toMatch(/--out clean\//);
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    expect(runCli(["--version"]).stdout.trim()).toBe(pkg.version);
    const schema = JSON.parse(runCli(["--schema"]).stdout);
    expect(schema.properties.id).toBeDefined();
    expect(schema.required).toContain("body");
  });
});

describe("closed pipe", () => {
  it("ends quietly when the reader goes away (| head)", async () => {
    for (let i = 0; i < 60; i++) t.write(`many/${String(i).padStart(3, "0")}.txt`, dump(i));
    const child = spawn(process.execPath, [BIN, "many", "-f", "ndjson", "--jobs", "2"], { cwd: t.root, env: { ...process.env, NO_COLOR: "1" } });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    child.stdout.destroy(); // like head closing the pipe after its first lines
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    expect(err).toBe("");
    expect(code).toBe(0);
  });
});
