/**
 * The user's example dump (../shared/corpus/seed): its structure must stay exactly
 * right. Skipped when ../shared is absent.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../src/index.js";
import { HAS_SHARED, SEED } from "./helpers.js";

describe.skipIf(!HAS_SHARED)("seed dump ctv-reuters-putin", () => {
  // Only read when the corpus exists: a skipped describe still runs its body.
  const article = HAS_SHARED ? cleanArticle(readFileSync(SEED), { path: SEED }) : (undefined as never);

  it("finds the title and dateline", () => {
    expect(article.title).toBe("Putin says Russia ready to negotiate over Ukraine, Kyiv says Moscow doesn't want talks");
    expect(article.dateline).toBe("MOSCOW");
  });

  it("keeps the 19 story paragraphs and the subhead in place", () => {
    const paras = article.body.filter((b) => b.type === "paragraph");
    expect(paras).toHaveLength(19);
    expect(paras[0]!.text.startsWith("President Vladimir Putin said Russia was open")).toBe(true);
    expect(paras[18]!.text.endsWith("imperial-style war of occupation.")).toBe(true);
    const headingAt = article.body.findIndex((b) => b.type === "heading");
    expect(article.body[headingAt]).toEqual({ type: "heading", text: "'NO OTHER CHOICE'" });
    expect(article.body.filter((b) => b.type === "heading")).toHaveLength(1);
    expect(article.body[headingAt - 1]!.text.startsWith('"We see this as posturing.')).toBe(true);
    expect(article.body[headingAt + 1]!.text.startsWith("Russian attacks on power stations")).toBe(true);
  });

  it("puts the reporting line in credits", () => {
    expect(article.credits).toEqual([
      "(Additional reporting by Pavel Polityuk in Kyiv and David Ljunggren in Ottawa;Editing by Gareth Jones and Howard Goller)",
    ]);
  });

  it("groups the sidebar with badges as labels", () => {
    expect(article.sidebar.map((s) => s.section)).toEqual(["CTVNews.ca Top Stories", "Local Spotlight"]);
    const [top, local] = article.sidebar;
    expect(top!.items).toHaveLength(3);
    expect(local!.items).toHaveLength(9);
    const labels = top!.items.map((i) => i.label).filter(Boolean);
    expect(labels).toEqual(expect.arrayContaining(["NEW", "WATCH LIVE"]));
    for (const item of top!.items) expect(["NEW", "WATCH LIVE"]).not.toContain(item.text);
  });

  it("leaves no junk or boilerplate in any text field", () => {
    const texts = [
      article.title,
      article.subtitle,
      article.byline,
      article.dateline,
      ...article.body.map((b) => b.text),
      ...article.credits,
      ...article.sidebar.flatMap((s) => [s.section, ...s.items.map((i) => i.text)]),
    ].filter((t): t is string => t !== null);
    for (const t of texts) {
      expect(t).not.toContain("۴ý");
      expect(t).not.toMatch(/Skip to main content/);
      expect(t).not.toBe("Share");
      expect(t).not.toBe("NEW");
      expect(t).not.toBe("WATCH LIVE");
    }
  });
});
