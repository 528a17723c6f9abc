/** Unit tests of single fixers, the badness score, explain steps, and adversarial inputs. */
import { describe, expect, it } from "vitest";
import { badness, hasBadness, isBad } from "./badness.js";
import { hasJunkHint, isJunkToken, JUNK_HINT_RE } from "./fixers.js";
import fc from "fast-check";
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
  /** UTF-8 bytes of s decoded with a code page: the damage itself. */
  const readAs = (enc: string, s: string) => new TextDecoder(enc).decode(Buffer.from(s, "utf8"));
  it("repairs lines that score no badness but decode whole through a code page", () => {
    // « » read as ISO-8859-2 are "ÂŤ" "Âť": no mojibake-like pair, yet the line is valid UTF-8 through it.
    const it1 = "Il sindaco: «Un lavoro necessario», e la piazza riaprirà a marzo.";
    expect(readAs("iso-8859-2", it1)).toContain("ÂŤ");
    expect(repair(readAs("iso-8859-2", it1)).text).toBe(it1);
    // Russian read as KOI8-R: small п and я before box-drawing signs.
    const ru = "В Самаре открыли новый мост через Волгу.";
    expect(repair(readAs("koi8-r", ru)).text).toBe(ru);
    // A dash read as windows-1253 ("β€”"), one line of a Greek-read dump.
    const en = "— Mayor Ann Lee (@AnnLeeMayor) March 3, 2026";
    expect(repair(readAs("windows-1253", en)).text).toBe(en);
  });
  it("of the code pages that decode a line, takes the one that gives real letters", () => {
    // açıldı read as windows-1257 is "aĆ§Ä±ldÄ±"; through windows-1250 it decodes to "aƧıldı" (Ƨ, Latin Extended-B).
    const tr = "Yeni köprü bugün trafiğe açıldı.";
    expect(readAs("windows-1257", tr)).toContain("Ć§");
    expect(repair(readAs("windows-1257", tr)).text).toBe(tr);
    // qué read as ISO-8859-2 is "quĂŠ"; through windows-1250 it decodes to "quÊ" (a capital inside a word).
    const es = "¿Y ahora qué? El niño llegó a la sierra el año pasado.";
    expect(repair(readAs("iso-8859-2", es)).text).toBe(es);
  });
  it("reads a line two code pages decode alike as the rest of the dump", () => {
    // "takĹźe" alone is "takşe" through windows-1250 and "także" through ISO-8859-2;
    // the other lines' C1 controls ("zĹ\u0082ote" for złote) say ISO-8859-2.
    const pl = ["Rząd przyjął projekt budżetu; deficyt wyniesie 180 mld złotych.", "Czytaj także:", "Minister podkreślił, że wpływy z podatków rosną."].join("\n\n");
    expect(repair(readAs("iso-8859-2", pl)).text).toBe(pl);
  });
  it("leaves correct lines that happen to decode whole into letters that do not fit", () => {
    // ’é through MacRoman is D5 8E, an Armenian letter inside a Latin word.
    for (const t of ["L’été de l’égalité 2026", "Ask for the CAFÉ® range, the CAFÉ® blend"]) expect(repair(t).text).toBe(t);
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

describe("odd spaces", () => {
  it("makes an ideographic space between words of spaced scripts a space, and keeps it in Chinese and Japanese text", () => {
    expect(repair("Council approves\u3000new plan after\u3000months").text).toBe("Council approves new plan after months");
    expect(repair("وقال في\u3000بيان").text).toBe("وقال في بيان");
    // Beside an ordinary space, the other neighbour decides.
    expect(repair("Rome CNN\u3000 — The").text).toBe("Rome CNN  — The");
    // Korean and Thai space with ordinary spaces too.
    expect(repair("서울시는\u3000외곽\u3000지역").text).toBe("서울시는 외곽 지역");
    expect(repair("กรุงเทพฯ\u3000เตรียมเปิด").text).toBe("กรุงเทพฯ เตรียมเปิด");
    for (const t of ["東京\u3000大阪", "\u3000본문", "\u3000本日は晴れ", "NHK\u3000ニュース", "記事\u3000서울"]) expect(repair(t).text).toBe(t);
  });
});

describe("line endings", () => {
  it("makes CRLF, CR and U+2028 newlines, and U+2029 (paragraph separator) a blank line", () => {
    expect(repair("Headline\u2029First paragraph,\u2028wrapped.\u2029Second.\r\nThird\rFourth").text).toBe("Headline\n\nFirst paragraph,\nwrapped.\n\nSecond.\nThird\nFourth");
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

describe("hasJunkHint", () => {
  // Characters at the edges of what JUNK_HINT_RE tells apart: ASCII, line terminators,
  // the lead letters, accented and other Latin (ª, IPA, Roman numerals, full-width),
  // letters and digits of other scripts, Common and Inherited ones, format characters
  // (also astral ones), astral letters, lone surrogates.
  const pieces = ["a", "Z", "7", " ", "\n", "\r", "\u2028", "\u2029", "\u00c2", "\u00c3", "\u00d0", "\u00d1", "\u00d8", "\u00d9", "\ufffd", "é", "ý", "ª", "ɐ", "ᵃ", "Ⅻ", "Ａ", "ﬀ", "ß", "Ω", "п", "۴", "٣", "中", "シ", "가", "ก", "·", "—", "\u0301", "\u200b", "\u200d", "\u00ad", "\ufeff", "\u{e0001}", "\u{1d173}", "𝐀", "😀", "\u{10780}", "\ud800", "\udc00", "ỹ", "Ǆ"];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((xs) => xs.join(""));

  it("is true exactly where JUNK_HINT_RE matches", () => {
    fc.assert(fc.property(text, (t) => hasJunkHint(t) === JUNK_HINT_RE.test(t)), { numRuns: 50000 });
  });

  it("finds junk beside a word of another script and a line of format characters, not accented words", () => {
    expect(hasJunkHint("۴ý")).toBe(true);
    expect(hasJunkHint("text\n\u200b\u200b\nmore")).toBe(true);
    expect(hasJunkHint("Ñandú naïve Tシャツ")).toBe(false);
  });
});

describe("hasBadness", () => {
  it("says whether badness is above zero", () => {
    // Mojibake pieces (windows-1252, windows-1251, MacRoman, KOI8-R readings), their sources, and plain text.
    const pieces = ["Ã©", "â€™", "Â ", "Ð¿Ñ€", "Ø§Ù„", "вЂ™", "РџС", "ШѓШѓ", "√©", "п▓", "╨Т", "é", "’", "Привет", "« ", "»", "°C", "½", "a", "Z", " ", "\n", "ÃƒÂ©", "\u0092", "œ", "Œ1"];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((xs) => xs.join(""));
    fc.assert(fc.property(text, (t) => hasBadness(t) === badness(t) > 0), { numRuns: 20000 });
  });
});

describe("tags left around lines of text", () => {
  it("go from the ends of lines of text, ASCII text included", () => {
    const r = repair("The council voted on Tuesday.<br><br>\n\nThe library will close in March.<BR />\nIt opened in 1921.</p>");
    expect(r.text).toBe("The council voted on Tuesday.\n\nThe library will close in March.\nIt opened in 1921.");
    expect(r.repairs.markup).toBe(3);
  });
  it("stay inside a line, and on a line of markup", () => {
    for (const t of ["Use the <br> tag to break a line.", "Tags allowed: <p> <br> <ol> <ul> <li>", '<a href="https://example.org/works/1">A story</a><br />Chapters: 14/14</p>\nNext line']) expect(repair(t).text, t).toBe(t);
  });
  it("are read once in a long run that no line end follows", () => {
    const t = "<br>".repeat(50_000) + "x";
    expect(repair(t).text).toBe(t);
  });
  it("go from around paragraphs a scraper left wrapped in tags, with the headline's", () => {
    const t = '<h1 class="headline">Library to close for repairs</h1>\n\n<p>The council voted on Tuesday to close the library.</p>\n\n  <div class="body"><p>It opened in 1921.</p></div>\n<li>Opening hours</li>';
    const r = repair(t);
    expect(r.text).toBe("Library to close for repairs\n\nThe council voted on Tuesday to close the library.\n\n  It opened in 1921.\nOpening hours");
    expect(r.repairs.markup).toBe(8);
  });
  it("stay at the start of prose and of lines of markup, and alone unless the line closes them", () => {
    for (const t of [
      "<p> is the paragraph tag, and <br> breaks a line.\nSecond line.",
      '<div class="embed"><a href="https://example.org/v/1">Watch</a></div>\n<p>Caption text.</p>',
      "<p>A line that opens a tag and never closes it\nand a second line of prose.",
    ]) {
      const r = repair(t).text;
      expect(r.startsWith("<"), t).toBe(true);
    }
    // One wrapped line closed on the same line is a wrapper.
    expect(repair("<p>The council voted on Tuesday.</p>\nNext line.").text).toBe("The council voted on Tuesday.\nNext line.");
  });
  it("are read once in a long run of opening tags", () => {
    const t = "<p>".repeat(50_000) + "x";
    expect(repair(t).text).toBe(t);
    const u = "<p> ".repeat(50_000) + "x</p>\n<p>y</p>";
    expect(repair(u).text).toBe("x\ny");
    // A run of tags inside a wrapped line (tests/robustness's regex bait has a long one):
    // the line is kept, the next one unwrapped.
    const v = "<p>x" + "<br>".repeat(1000) + "y\n<p>z</p>";
    expect(repair(v).text).toBe("<p>x" + "<br>".repeat(1000) + "y\nz");
  });
});
