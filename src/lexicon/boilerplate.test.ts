import { describe, expect, it } from "vitest";
import { phraseKey } from "./boilerplate.js";

describe("phraseKey", () => {
  it("lowercases and trims punctuation, symbols and space at both ends only", () => {
    expect(phraseKey("  » Share this article! ")).toBe("share this article");
    expect(phraseKey("WATCH LIVE 🔴")).toBe("watch live");
    expect(phraseKey("🔴 — NEW — 🔴")).toBe("new");
    expect(phraseKey("Q&A: what's next?")).toBe("q&a: what's next");
    expect(phraseKey("...")).toBe("");
    expect(phraseKey("")).toBe("");
  });

  it("keeps a lone high surrogate at the end rather than splitting a pair", () => {
    expect(phraseKey("a\ud83d")).toBe("a\ud83d");
  });

  it("finishes on a long run of punctuation that does not reach the end (was quadratic)", () => {
    const s = "A" + " -".repeat(500_000) + " x";
    expect(phraseKey(s)).toBe(s.toLowerCase());
  });
});
