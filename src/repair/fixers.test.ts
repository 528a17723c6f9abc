/** Unit tests of single fixers, the badness score, explain steps, and adversarial inputs. */
import { describe, expect, it } from "vitest";
import { badness, isBad } from "./badness.js";
import { isJunkToken } from "./fixers.js";
import { fixMojibakeLine, fixMojibakeRuns, redecodeLine } from "./mojibake.js";
import { repair } from "./index.js";

describe("badness", () => {
  it("is zero for correct text in many scripts", () => {
    for (const t of ["naïve café", "Grüße", "Привет, мир", "Ελλάδα", "中文", "“quoted” — dash…", "30°C, £5, €10, ½", "SÃO PAULO"]) expect(badness(t)).toBe(0);
  });
  it("counts mojibake sequences", () => {
    expect(badness("CafÃ©")).toBe(1);
    expect(badness("GrÃ¼ÃŸe")).toBeGreaterThanOrEqual(2);
    expect(isBad("itâ€™s")).toBe(true);
    expect(isBad("It\u0092s")).toBe(true);
    expect(isBad("РџСЂРёРІРµС‚")).toBe(true);
  });
  it("isBad looks at windows but agrees with badness on long text", () => {
    const clean = "Le président a déclaré « oui » à Genève. ".repeat(500);
    expect(isBad(clean)).toBe(false);
    expect(isBad(clean + "CafÃ© " + clean)).toBe(true);
  });
});

describe("mojibake", () => {
  it("re-decodes a whole line and names the code page", () => {
    expect(redecodeLine("The CafÃ© is â€œopenâ€\u009d")).toEqual({ text: "The Café is “open”", encoding: "windows-1252" });
    expect(redecodeLine("РџСЂРёРІРµС‚")?.encoding).toBe("windows-1251");
    expect(redecodeLine("naïve café")).toBeNull();
  });
  it("fixes runs inside otherwise correct text", () => {
    expect(fixMojibakeRuns("Größe und Ã¼ber")).toBe("Größe und über");
    expect(fixMojibakeRuns("CAFÉ” stays")).toBe("CAFÉ” stays");
  });
  it("undoes triple encoding step by step", () => {
    const r = fixMojibakeLine("ÃƒÆ’Ã‚Â©t");
    expect(r.text).toBe("ét");
    expect(r.steps.length).toBeGreaterThanOrEqual(2);
  });
});

describe("junk tokens", () => {
  it("flags glyph runs no script writes", () => {
    for (const t of ["۴ý", "ÐÐ", "Â", "\ufffd\ufffd", "ÃÂ"]) expect(isJunkToken(t)).toBe(true);
  });
  it("keeps words that merely look odd", () => {
    for (const t of ["Ñandú", "naïve", "Ƶ", "təməsew̓txʷ", "Tシャツ", "ΔT", "À", "Ô", "SMS-ки", "Ø", "iPhone-ي"]) expect(isJunkToken(t)).toBe(false);
  });
});

describe("repair: steps, warnings, options", () => {
  it("records each step with its line, before and after", () => {
    const r = repair("fine\nCafÃ© &amp; bar\nok\u00a0now");
    expect(r.text).toBe("fine\nCafé & bar\nok now");
    expect(r.repairs).toEqual({ entity: 1, mojibake: 1, "odd-space": 1 });
    expect(r.steps).toContainEqual({ fix: "entity", line: 2, before: "&amp;", after: "&" });
    expect(r.steps).toContainEqual(expect.objectContaining({ fix: "mojibake", line: 2, before: expect.stringContaining("CafÃ©"), after: expect.stringContaining("Café") }));
    expect(r.steps).toContainEqual({ fix: "odd-space", line: 3, before: "\u00a0", after: " " });
  });
  it("explain: false keeps counts but no steps", () => {
    const r = repair("CafÃ©", { explain: false });
    expect(r.repairs).toEqual({ mojibake: 1 });
    expect(r.steps).toEqual([]);
  });
  it("warns where junk was removed", () => {
    const r = repair("Title\n\nobtained by ۴ý Toronto\n");
    expect(r.text).toBe("Title\n\nobtained by Toronto\n");
    expect(r.warnings).toEqual(['unrecoverable junk removed at line 3: "۴ý"']);
  });
  it("straightens punctuation only when asked", () => {
    const t = "“It’s—fine…” ‘ok’ – done";
    expect(repair(t).text).toBe(t);
    expect(repair(t, { asciiPunctuation: true }).text).toBe("\"It's-fine...\" 'ok' - done");
  });
  it("keeps ZWJ in emoji and ZWNJ in Persian, removes them in Latin words", () => {
    expect(repair("👩\u200d💻 می\u200cخواهم").text).toBe("👩\u200d💻 می\u200cخواهم");
    expect(repair("a\u200db\u200cc").text).toBe("abc");
  });
  it("keeps directional marks in lines with right-to-left text only", () => {
    expect(repair("שלום\u200f!\nHello\u200f!").text).toBe("שלום\u200f!\nHello!");
  });
  it("returns clean ASCII untouched and cheaply", () => {
    const t = "Plain ASCII text, with (parentheses) and 100% [brackets].\n".repeat(100);
    const r = repair(t);
    expect(r.text).toBe(t);
    expect(r.repairs).toEqual({});
  });
});

describe("adversarial inputs stay linear (finish, and give sane output)", () => {
  const big = 200_000;
  it("long runs of suspicious characters", () => {
    for (const unit of ["Ã", "Â ", "â€", "&amp;", "&#", "&", "\ufffd", "\u200b", "\x1b[", "۴ý", "Ð", "\u00a0", "e\u0301"]) {
      const input = unit.repeat(Math.ceil(big / unit.length));
      const r = repair(input, { explain: false });
      expect(typeof r.text).toBe("string");
      expect(r.text.length).toBeLessThanOrEqual(input.length);
    }
  });
  it("one very long line of mojibake", () => {
    const line = "CafÃ© â€œquotedâ€\u009d ".repeat(20_000);
    expect(repair(line, { explain: false }).text).toBe("Café “quoted” ".repeat(20_000));
  });
  it("a very long token without spaces", () => {
    const t = "x".repeat(big) + "ý۴" + "y".repeat(big);
    expect(repair(t).text.length).toBeGreaterThan(2 * big - 1);
  });
});
