/** Runs the hand-written case table (./cases.ts); known failures must still fail. */
import { describe, expect, it } from "vitest";
import { CASES } from "./cases.js";
import { repair } from "./index.js";

describe("repair case table", () => {
  for (const c of CASES) {
    const run = () => {
      const r = repair(c.input);
      expect(r.text).toBe(c.expected);
      if (c.warning) expect(r.warnings.join("\n")).toContain(c.warning);
      if (c.kind === "negative") {
        expect(r.steps).toEqual([]);
        expect(r.warnings).toEqual([]);
      }
    };
    if (c.kind === "known-failure") it.fails(`${c.kind}: ${c.label}`, run);
    else it(`${c.kind}: ${c.label}`, run);
  }

  it("has cases of every kind", () => {
    const kinds = new Set(CASES.map((c) => c.kind));
    expect([...kinds].sort()).toEqual(["known-failure", "negative", "real-world", "synthetic"]);
    expect(CASES.filter((c) => c.kind === "negative").length).toBeGreaterThanOrEqual(25);
  });
});
