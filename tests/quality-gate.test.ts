/**
 * Quality gate (trafilatura's habit): when the shared corpus is present, run the
 * library in-process over the readability corpus and a fixed sample of the
 * trafilatura-eval corpus, in both layouts (as dumped, and with every blank line
 * removed), score them with ../shared/bench/score.mjs and fail when a figure drops
 * below its pinned floor. Raise the floors as extraction improves; never lower
 * them to make a change pass.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { processInput } from "../src/index.js";
import { HAS_SHARED, SHARED } from "./helpers.js";

/** Pinned floors, a little under the figures measured when they were last raised. */
const FLOORS = {
  readability: { blocks: 0.945, lines: 0.945, title: 0.78 },
  // Every third document of trafilatura-eval (sorted by id), to keep the gate fast.
  trafilatura: { blocks: 0.91, lines: 0.905 },
};

interface Scorer {
  loadCorpus(dir: string): { docs: { id: string }[]; dir: string };
  scoreShingle(corpus: unknown, preds: Map<string, { body: string; title: string | null }>): { f1: number; title: { exact: number } };
  scoreSnippet(corpus: unknown, preds: Map<string, { body: string; title: string | null }>): { f1: number };
}

const toLines = (t: string): string => t.replace(/\n[ \t]*(?=\n)/g, "").replace(/\n+/g, "\n");

function predict(corpus: { docs: { id: string }[]; dir: string }, layout: "blocks" | "lines"): Map<string, { body: string; title: string | null }> {
  const preds = new Map<string, { body: string; title: string | null }>();
  for (const d of corpus.docs) {
    let text = readFileSync(join(corpus.dir, "dumps", `${d.id}.txt`), "utf8");
    if (layout === "lines") text = toLines(text);
    const r = processInput(text);
    preds.set(d.id, r.ok ? { body: r.article.body.map((b) => b.text).join("\n\n"), title: r.article.title } : { body: "", title: null });
  }
  return preds;
}

describe.skipIf(!HAS_SHARED)("quality gate on the shared corpus", () => {
  const load = async (): Promise<Scorer> => (await import(pathToFileURL(join(SHARED, "bench", "score.mjs")).href)) as Scorer;

  it("readability: body F1 and title match stay above their floors", async () => {
    const s = await load();
    const corpus = s.loadCorpus(join(SHARED, "corpus", "readability"));
    const blocks = s.scoreShingle(corpus, predict(corpus, "blocks"));
    const lines = s.scoreShingle(corpus, predict(corpus, "lines"));
    expect(blocks.f1).toBeGreaterThanOrEqual(FLOORS.readability.blocks);
    expect(lines.f1).toBeGreaterThanOrEqual(FLOORS.readability.lines);
    expect(blocks.title.exact).toBeGreaterThanOrEqual(FLOORS.readability.title);
  });

  it("trafilatura-eval sample: snippet F1 stays above its floor", async () => {
    const s = await load();
    const full = s.loadCorpus(join(SHARED, "corpus", "trafilatura-eval"));
    const docs = [...full.docs].sort((a, b) => (a.id < b.id ? -1 : 1)).filter((_, i) => i % 3 === 0);
    const corpus = { ...full, docs };
    const blocks = s.scoreSnippet(corpus, predict(corpus, "blocks"));
    const lines = s.scoreSnippet(corpus, predict(corpus, "lines"));
    expect(blocks.f1).toBeGreaterThanOrEqual(FLOORS.trafilatura.blocks);
    expect(lines.f1).toBeGreaterThanOrEqual(FLOORS.trafilatura.lines);
  });
});
