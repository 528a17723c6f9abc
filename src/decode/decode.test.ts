/** decode: BOMs, UTF-16/32 with and without BOM, UTF-8, legacy encodings, binary refusal. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decode, decodeUtf32, looksBinary, sniffBom, sniffUtf16or32 } from "./index.js";
import { CP1252_HIGH, decodeWindows1252 } from "../repair/tables.js";
import { legacyEncode } from "../../tests/legacy-encode.js";

const TEXT = "Le président a déclaré “oui” — 10 € ✓ 😀\nSecond line.";

function utf16(text: string, le: boolean): Uint8Array {
  const b = Buffer.from(text, "utf16le");
  if (!le) b.swap16();
  return new Uint8Array(b);
}
function utf32(text: string, le: boolean): Uint8Array {
  const cps = [...text].map((c) => c.codePointAt(0)!);
  const out = new Uint8Array(cps.length * 4);
  const view = new DataView(out.buffer);
  cps.forEach((cp, i) => view.setUint32(i * 4, cp, le));
  return out;
}
const cat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
const ok = (r: ReturnType<typeof decode>) => {
  if (!r.ok) throw new Error(r.message);
  return r;
};

describe("decode", () => {
  it("keeps valid UTF-8 as UTF-8, not guessed", () => {
    const r = ok(decode(new TextEncoder().encode(TEXT)));
    expect(r).toMatchObject({ text: TEXT, encoding: "utf-8", guessed: false, warnings: [] });
  });
  it("reads byte-order marks: UTF-8, UTF-16 LE/BE, UTF-32 LE/BE", () => {
    const cases: Array<[Uint8Array, string]> = [
      [cat(Uint8Array.of(0xef, 0xbb, 0xbf), new TextEncoder().encode(TEXT)), "utf-8"],
      [cat(Uint8Array.of(0xff, 0xfe), utf16(TEXT, true)), "utf-16le"],
      [cat(Uint8Array.of(0xfe, 0xff), utf16(TEXT, false)), "utf-16be"],
      [cat(Uint8Array.of(0xff, 0xfe, 0, 0), utf32(TEXT, true)), "utf-32le"],
      [cat(Uint8Array.of(0, 0, 0xfe, 0xff), utf32(TEXT, false)), "utf-32be"],
    ];
    for (const [bytes, enc] of cases) {
      const r = ok(decode(bytes));
      expect(r.encoding).toBe(enc);
      expect(r.text).toBe(TEXT);
      expect(r.guessed).toBe(false);
    }
  });
  it("recognises UTF-16 and UTF-32 without a BOM, with a warning, and does not call them binary", () => {
    for (const [bytes, enc] of [
      [utf16(TEXT, true), "utf-16le"],
      [utf16(TEXT, false), "utf-16be"],
      [utf32(TEXT, true), "utf-32le"],
      [utf32(TEXT, false), "utf-32be"],
    ] as Array<[Uint8Array, string]>) {
      expect(sniffUtf16or32(bytes)).toBe(enc);
      const r = ok(decode(bytes));
      expect(r.text).toBe(TEXT);
      expect(r.guessed).toBe(true);
      expect(r.warnings[0]).toContain(enc);
    }
  });
  it("recognises UTF-16 without a BOM for Cyrillic and Chinese text too (few zero bytes)", () => {
    const ru = "Президент России заявил, что переговоры продолжатся.\nМосква, 12 мая.";
    const zh = "总统周三表示，日内瓦的谈判将于下周恢复。\n北京，五月十二日。";
    for (const t of [ru, zh]) {
      for (const le of [true, false]) {
        const r = ok(decode(utf16(t, le)));
        expect(r.encoding).toBe(le ? "utf-16le" : "utf-16be");
        expect(r.text).toBe(t);
      }
    }
  });
  it("does not take legacy 8-bit text for UTF-16", () => {
    const text = "Le président a déclaré mercredi que les négociations reprendraient à Genève après l’été. ".repeat(5);
    expect(sniffUtf16or32(legacyEncode(text, "windows-1252"))).toBeNull();
    expect(sniffUtf16or32(legacyEncode("Президент России Владимир Путин заявил в среду. ".repeat(5), "windows-1251"))).toBeNull();
    expect(sniffUtf16or32(new TextEncoder().encode("普京周三表示，俄罗斯准备就乌克兰问题进行谈判。".repeat(5)))).toBeNull();
  });
  it("refuses binary data", () => {
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 0, 0, 7, 0xff, 0x10);
    expect(looksBinary(png)).toBe(true);
    expect(decode(png)).toMatchObject({ ok: false, code: "not-text", message: "not text (PNG image)" });
  });
  it("refuses files with a binary magic number even when the rest is readable", () => {
    const stored = new TextEncoder().encode("PK\x03\x04\x0a\x00\x00\x00story.txt" + "The minister said the talks would resume. ".repeat(50));
    expect(decode(stored)).toMatchObject({ ok: false, code: "not-text", message: "not text (ZIP archive (also docx, xlsx, epub, jar))" });
    expect(decode(new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n"))).toMatchObject({ ok: false, code: "not-text" });
  });
  it("does not take text that merely starts like a magic number for binary", () => {
    const text = "ID3 tags are what music players read, the minister said on Tuesday.\n";
    expect(decode(new TextEncoder().encode(text))).toMatchObject({ ok: true, text });
  });
  it("keeps text with a few stray NUL bytes, refuses data full of NULs and controls", () => {
    const line = "The minister said on Tuesday that the talks would resume in Geneva next week.\n";
    const text = line.repeat(20).replace(/Geneva/g, "Geneva\0");
    expect(decode(new TextEncoder().encode(text))).toMatchObject({ ok: true, text });
    const noisy = Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24);
    expect(looksBinary(noisy)).toBe(true);
  });
  it("detects legacy encodings of news text", () => {
    const samples: Array<[string, string, string]> = [
      ["windows-1252", "windows-1252", "Le président a déclaré mercredi que les négociations reprendraient à Genève après l’été."],
      ["windows-1251", "windows-1251", "Президент России Владимир Путин заявил в среду, что Москва готова к переговорам об Украине."],
      ["koi8-r", "koi8-r", "Президент России Владимир Путин заявил в среду, что Москва готова к переговорам об Украине."],
      ["shift_jis", "shift_jis", "プーチン大統領は水曜日、ウクライナ問題で交渉する用意があると述べたが、キエフとその西側の支援国は協議を拒んでいると非難した。"],
      ["euc-jp", "euc-jp", "プーチン大統領は水曜日、ウクライナ問題で交渉する用意があると述べたが、キエフとその西側の支援国は協議を拒んでいると非難した。"],
      ["gbk", "gb18030", "普京周三表示，俄罗斯准备就乌克兰问题进行谈判，但指责基辅及其西方支持者拒绝会谈。"],
      ["big5", "big5", "普京週三表示，俄羅斯準備就烏克蘭問題進行談判，但指責基輔及其西方支持者拒絕會談。"],
      ["euc-kr", "euc-kr", "푸틴 대통령은 수요일 러시아가 우크라이나 문제에 대해 협상할 준비가 되어 있다고 말했지만 키예프와 서방 후원국들이 대화를 거부하고 있다고 비난했다."],
    ];
    for (const [label, expected, text] of samples) {
      const r = ok(decode(legacyEncode(text, label)));
      expect(r.encoding, label).toBe(expected);
      expect(r.text, label).toBe(text);
      expect(r.guessed).toBe(true);
      expect(r.warnings[0]).toContain(`guessed as ${expected}`);
    }
  });
  it("reads short Western text as windows-1252, C1 bytes included", () => {
    const r = ok(decode(Uint8Array.from([...Buffer.from("caf"), 0xe9, 0x20, 0x6e, 0x61, 0xef, 0x76, 0x65, 0x20, 0x93, 0x51, 0x94, 0x20, 0x80, 0x35])));
    expect(r.encoding).toBe("windows-1252");
    expect(r.text).toBe("café naïve “Q” €5");
  });
  it("--encoding overrides detection; unknown labels are an error", () => {
    const bytes = legacyEncode("Привет", "windows-1251");
    expect(ok(decode(bytes, { encoding: "windows-1251" }))).toMatchObject({ text: "Привет", encoding: "windows-1251", guessed: false });
    expect(ok(decode(Uint8Array.of(0x93, 0x41, 0x94), { encoding: "latin1" })).text).toBe("“A”");
    expect(decode(bytes, { encoding: "no-such-thing" })).toMatchObject({ ok: false, code: "bad-encoding" });
  });
  it("sniffs BOMs and decodes UTF-32 by hand", () => {
    expect(sniffBom(Uint8Array.of(0xff, 0xfe, 0x41, 0))).toEqual({ encoding: "utf-16le", length: 2 });
    expect(sniffBom(Uint8Array.of(0x41))).toBeNull();
    expect(decodeUtf32(Uint8Array.of(0x00, 0xf6, 0x01, 0x00, 0x41, 0, 0, 0), true)).toBe("😀A");
    expect(decodeUtf32(Uint8Array.of(0xff, 0xff, 0xff, 0x7f), true)).toBe("\ufffd");
  });
});

describe("decodeWindows1252", () => {
  it("reads each byte as its windows-1252 character (0x80-0x9F from the table, holes as C1 controls)", () => {
    const reference = (bytes: Uint8Array): string => Array.from(bytes, (b) => String.fromCharCode(b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b)).join("");
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => decodeWindows1252(bytes) === reference(bytes)), { numRuns: 2000 });
    expect(decodeWindows1252(Uint8Array.of(0x93, 0x48, 0x69, 0x94, 0x20, 0x80, 0x81, 0xe9))).toBe("\u201cHi\u201d \u20ac\u0081é");
  });
});
