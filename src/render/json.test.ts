import { describe, expect, it } from "vitest";
import { renderJson } from "./json.js";
import { article } from "../../tests/robustness/article.js";

describe("renderJson", () => {
  const a = article({ title: "esc\u001b del\u007f csi\u009b ls\u2028 lone\ud800" });

  it("is one line when compact and indented otherwise", () => {
    expect(renderJson(a, { compact: true }).trimEnd()).not.toContain("\n");
    expect(renderJson(a)).toContain('\n  "title"');
  });

  it("escapes every control character and round-trips", () => {
    for (const compact of [true, false]) {
      const s = renderJson(a, { compact });
      expect(s).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
      expect(s).not.toMatch(/[\ud800-\udfff]/);
      expect(JSON.parse(s)).toEqual(a);
    }
  });
});
