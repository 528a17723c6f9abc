/**
 * The benchmark in its tiny smoke mode: it must run end to end and report plausible
 * figures. Not a timed test: no speed is asserted here (see BENCHMARKS.md for those).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";
import { makeDump } from "../bench/generate.mjs";

describe("bench/run.mjs --smoke", () => {
  it("runs every measurement on a tiny corpus", () => {
    const r = spawnSync(process.execPath, [join(ROOT, "bench", "run.mjs"), "--smoke"], { encoding: "utf8", cwd: ROOT, timeout: 180_000 });
    expect(r.status, r.stderr).toBe(0);
    const res = JSON.parse(r.stdout);
    expect(res.smoke).toBe(true);
    expect(res.runs[0].jobs).toBe(1);
    for (const run of [...res.runs, res.rss]) {
      expect(run.ok).toBe(run.files);
      expect(run.peakRssMB).toBeGreaterThan(10);
    }
    expect(res.rss.files).toBe(300);
    expect(res.startup.ratio).toBeGreaterThan(0);
    expect(res.stages.repairMBs).toBeGreaterThan(0);
    expect(res.stages.extractionMBs).toBeGreaterThan(0);
  });
});

describe("bench/generate.mjs", () => {
  it("is deterministic and varies languages and damage", () => {
    expect(Buffer.compare(makeDump(7).bytes, makeDump(7).bytes)).toBe(0);
    expect(Buffer.compare(makeDump(7).bytes, makeDump(8).bytes)).not.toBe(0);
    const langs = new Set<string>();
    const damage = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const d = makeDump(i);
      langs.add(d.lang);
      damage.add(d.damage);
    }
    expect([...langs].sort()).toEqual(["de", "en", "es", "fr", "ru"]);
    expect(damage.size).toBeGreaterThanOrEqual(6);
  });
});
