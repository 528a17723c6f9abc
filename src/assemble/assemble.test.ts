import { describe, expect, it } from "vitest";
import type { Label, LabeledBlock } from "../types.js";
import { assemble, stripTrailingDash } from "./index.js";

function lb(text: string, label: Label, features: LabeledBlock["features"] = {}): LabeledBlock {
  return { index: 0, text, lines: [text], line: 1, blankBefore: true, blankAfter: true, label, initial: label, score: 0.5, features, reasons: [] };
}

const ctx = { source: { path: null, bytes: 0, encoding: "utf-8", sha256: "0".repeat(64) }, repairs: {}, warnings: [], language: "en" };

describe("assemble", () => {
  it("puts story parts in their fields and keeps body order", () => {
    const a = assemble(
      [
        lb("Skip to main content", "boilerplate"),
        lb("Headline | Site", "title", { title: "Headline" }),
        lb("MOSCOW -", "dateline"),
        lb("First paragraph of the story.", "paragraph"),
        lb("A SUBHEAD", "heading"),
        lb("Second paragraph.", "paragraph"),
        lb("(Reporting by A; Editing by B)", "credits"),
      ],
      ctx,
    );
    expect(a.title).toBe("Headline");
    expect(a.dateline).toBe("MOSCOW");
    expect(a.body).toEqual([
      { type: "paragraph", text: "First paragraph of the story." },
      { type: "heading", text: "A SUBHEAD" },
      { type: "paragraph", text: "Second paragraph." },
    ]);
    expect(a.credits).toEqual(["(Reporting by A; Editing by B)"]);
    expect(a.removed).toBe(1);
  });

  it("opens the body with the standfirst and still splits the dateline off the first paragraph", () => {
    const a = assemble(
      [
        lb("Headline", "title", { title: "Headline" }),
        lb("The deck under the headline says what happened.", "subtitle"),
        lb("LONDON (Reuters) - First paragraph of the story.", "paragraph"),
        lb("Second paragraph.", "paragraph"),
      ],
      ctx,
    );
    expect(a.subtitle).toBe("The deck under the headline says what happened.");
    expect(a.dateline).toBe("LONDON");
    expect(a.body).toEqual([
      { type: "standfirst", text: "The deck under the headline says what happened." },
      { type: "paragraph", text: "First paragraph of the story." },
      { type: "paragraph", text: "Second paragraph." },
    ]);
  });

  it("groups teasers under their heading with the preceding badge as label", () => {
    const a = assemble(
      [
        lb("Top Stories", "sidebar-heading"),
        lb("First teaser headline here", "sidebar-item"),
        lb("NEW", "badge"),
        lb("NEW", "badge"),
        lb("Second teaser headline here", "sidebar-item"),
        lb("Related: Inline teaser", "sidebar-item", { section: "Related", item: "Inline teaser" }),
      ],
      ctx,
    );
    expect(a.sidebar).toEqual([
      { section: "Top Stories", items: [{ text: "First teaser headline here" }, { text: "Second teaser headline here", label: "NEW" }] },
      { section: "Related", items: [{ text: "Inline teaser" }] },
    ]);
  });

  it("puts teasers without a heading in a section named null", () => {
    const a = assemble([lb("A teaser with no heading", "sidebar-item")], ctx);
    expect(a.sidebar).toEqual([{ section: null, items: [{ text: "A teaser with no heading" }] }]);
  });

  it("adds the explain array only when asked", () => {
    const blocks = [lb("Para.", "paragraph")];
    expect(assemble(blocks, ctx).explain).toBeUndefined();
    const e = assemble(blocks, { ...ctx, explain: true }).explain!;
    expect(e[0]).toMatchObject({ label: "paragraph", initial: "paragraph", text: "Para." });
  });
});

describe("sidebar section names", () => {
  it("leave out the colon that introduces the teasers", () => {
    const a = assemble([lb("Leia também:", "sidebar-heading"), lb("Previsão indica mais chuva", "sidebar-item"), lb("関連記事：", "sidebar-heading"), lb("北海道で大雪 交通に影響", "sidebar-item")], ctx);
    expect(a.sidebar.map((s) => s.section)).toEqual(["Leia também", "関連記事"]);
  });
});

describe("stripTrailingDash", () => {
  it("drops the dash ending a dateline block and the space before it", () => {
    expect(stripTrailingDash("MOSCOW -")).toBe("MOSCOW");
    expect(stripTrailingDash("WASHINGTON (AP) —")).toBe("WASHINGTON (AP)");
    expect(stripTrailingDash("PARIS")).toBe("PARIS");
  });

  it("stays linear on a long run of spaces that ends without a dash", () => {
    const s = `X${" ".repeat(200_000)}(`;
    expect(stripTrailingDash(s)).toBe(s);
  });
});
