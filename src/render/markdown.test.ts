import { describe, expect, it } from "vitest";
import { escapeMarkdown, renderMarkdown } from "./markdown.js";
import { expectedBlocks, mdCommonMark, seen } from "../../tests/robustness/markdown-structure.js";
import { article } from "../../tests/robustness/article.js";

const full = article({
  title: "Putin says Russia ready to negotiate",
  subtitle: "Kyiv says Moscow doesn't want talks",
  byline: "By Jane Doe",
  dateline: "MOSCOW",
  published: "2024-01-05",
  body: [
    { type: "paragraph", text: "President Vladimir Putin said Russia was open." },
    { type: "heading", text: "NO OTHER CHOICE" },
    { type: "quote", text: "We see this as posturing." },
    { type: "list-item", text: "First point" },
  ],
  credits: ["(Reporting by Guy Faulconbridge; Editing by Mark Trevelyan)"],
  sidebar: [
    { section: "Top Stories", items: [{ text: "Storm hits coast", label: "NEW" }, { text: "Markets fall" }] },
    { section: null, items: [{ text: "Orphan teaser" }] },
  ],
});

describe("renderMarkdown layout", () => {
  it("writes title, italic subtitle, one meta line, blocks, italic credits", () => {
    expect(renderMarkdown(full)).toBe(
      [
        "# Putin says Russia ready to negotiate",
        "*Kyiv says Moscow doesn't want talks*",
        "By Jane Doe · MOSCOW · 2024-01-05",
        "President Vladimir Putin said Russia was open.",
        "## NO OTHER CHOICE",
        "> We see this as posturing.",
        "- First point",
        "*(Reporting by Guy Faulconbridge; Editing by Mark Trevelyan)*",
      ].join("\n\n") + "\n",
    );
  });

  it("shows the standfirst once: under the title, not again as the first body block", () => {
    const a = { ...full, body: [{ type: "standfirst" as const, text: "Kyiv says Moscow doesn't want talks" }, ...full.body] };
    const md = renderMarkdown(a);
    expect(md.split("Kyiv says Moscow").length - 1).toBe(1);
    expect(md).toBe(renderMarkdown(full));
  });

  it("adds the sidebar after a rule only when asked, badges in bold", () => {
    const md = renderMarkdown(full, { sidebar: true });
    expect(md.endsWith("\n\n---\n\n## Top Stories\n\n- **NEW** Storm hits coast\n- Markets fall\n\n## More\n\n- Orphan teaser\n")).toBe(true);
    expect(renderMarkdown(full)).not.toContain("Top Stories");
  });

  it("leaves out the meta line and empty fields when there is nothing to show", () => {
    const md = renderMarkdown(article({ title: "T", subtitle: "  ", body: [{ type: "paragraph", text: "" }, { type: "paragraph", text: "P" }] }));
    expect(md).toBe("# T\n\nP\n");
  });

  it("writes list items that follow one another as one tight list", () => {
    const a = article({ title: "T", body: [{ type: "paragraph", text: "P" }, { type: "list-item", text: "Dow: 44,812.35, up 0.3%" }, { type: "list-item", text: "1. Sousa A. Reefs. 2026." }, { type: "paragraph", text: "Q" }, { type: "list-item", text: "Last" }] });
    expect(renderMarkdown(a)).toBe("# T\n\nP\n\n- Dow: 44,812.35, up 0.3%\n- 1\\. Sousa A. Reefs. 2026.\n\nQ\n\n- Last\n");
  });

  it("renders an empty article as an empty page", () => {
    expect(renderMarkdown(article())).toBe("\n");
    expect(renderMarkdown(article(), { sidebar: true })).toBe("\n");
  });

  it("is seen by a CommonMark renderer as exactly the intended blocks", () => {
    for (const sidebar of [false, true]) {
      const s = seen(renderMarkdown(full, { sidebar }), mdCommonMark);
      expect(s.forbidden).toEqual([]);
      expect(s.blocks).toEqual(expectedBlocks(full, sidebar));
    }
  });
});

describe("escapeMarkdown", () => {
  it("escapes inline markup characters everywhere", () => {
    expect(escapeMarkdown("a*b_c`d[e]f<g|h~i\\j#k")).toBe("a\\*b\\_c\\`d\\[e\\]f\\<g\\|h\\~i\\\\j\\#k");
  });

  it("escapes block markers only at the start", () => {
    expect(escapeMarkdown("> quoted")).toBe("\\> quoted");
    expect(escapeMarkdown("- item - dash")).toBe("\\- item - dash");
    expect(escapeMarkdown("+ plus")).toBe("\\+ plus");
    expect(escapeMarkdown("===")).toBe("\\===");
    expect(escapeMarkdown("1. First 2. second")).toBe("1\\. First 2. second");
    expect(escapeMarkdown("2024) year")).toBe("2024\\) year");
    expect(escapeMarkdown("a > b = c")).toBe("a > b = c");
  });

  it("escapes & only where it would start an entity", () => {
    expect(escapeMarkdown("AT&T Q&A &amp; &copy;")).toBe("AT&T Q&A \\&amp; \\&copy;");
    const text = "&amp; &#38; &#x26; &nbsp";
    expect(seen(renderMarkdown(article({ title: text }))).blocks).toEqual([{ block: "h1", inline: [text] }]);
  });

  it("flattens line breaks and tabs, trims, and drops control characters", () => {
    expect(escapeMarkdown("  one\n# two\tthree\r\n")).toBe("one \\# two three");
    expect(escapeMarkdown("red\u001b[31m alert\u0007\u009b2J")).toBe("red[31m alert2J".replace("[", "\\["));
  });

  it("replaces lone surrogates", () => {
    expect(escapeMarkdown("a\ud800b")).toBe("a\ufffdb");
    expect(escapeMarkdown("\ud83d\ude00")).toBe("\ud83d\ude00");
  });

  it("keeps headings' text even when it ends in #", () => {
    const md = renderMarkdown(article({ title: "We are #1 #" }));
    expect(seen(md).blocks).toEqual([{ block: "h1", inline: ["We are #1 #"] }]);
  });
});
