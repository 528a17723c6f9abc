import { describe, expect, it } from "vitest";
import { renderText } from "./text.js";
import { article } from "../../tests/robustness/article.js";

describe("renderText", () => {
  const a = article({
    title: "A *title* with # marks",
    subtitle: "deck",
    byline: "By X",
    body: [
      { type: "paragraph", text: "First paragraph." },
      { type: "heading", text: "SUBHEAD" },
      { type: "quote", text: "A quote." },
    ],
    credits: ["(Editing by Y)"],
    sidebar: [{ section: "Related", items: [{ text: "Other story", label: "LIVE" }, { text: "Third" }] }],
  });

  it("writes the title, a blank line and the blocks without markup", () => {
    expect(renderText(a)).toBe("A *title* with # marks\n\nFirst paragraph.\n\nSUBHEAD\n\nA quote.\n\n(Editing by Y)\n");
  });

  it("appends the sidebar sections with labels when asked", () => {
    expect(renderText(a, { sidebar: true }).endsWith("(Editing by Y)\n\nRelated\n\nLIVE: Other story\n\nThird\n")).toBe(true);
  });

  it("never lets control characters or line breaks through a field", () => {
    const t = renderText(article({ title: "T\u001b]0;pwned\u0007", body: [{ type: "paragraph", text: "a\nb\u009b31m" }] }));
    expect(t).toBe("T]0;pwned\n\na b31m\n");
  });
});
