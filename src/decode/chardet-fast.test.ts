import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { installFastMbcs, installFastSbcs } from "./chardet-fast.js";

const load = createRequire(import.meta.url);
const original = installFastSbcs();
const sbcs = load("chardet/lib/encoding/sbcs") as Record<string, new () => { match(det: unknown): unknown; nGramLang?: string }>;
const chardet = load("chardet") as { analyse(b: Uint8Array): Array<{ name: string; confidence: number; lang?: string }> };
const base = Object.getPrototypeOf(sbcs.ISO_8859_1!.prototype) as { match(det: unknown): unknown };

/** chardet's detection context for some bytes (as its analyse builds it). */
function context(bytes: Uint8Array): unknown {
  const byteStats = new Array<number>(256).fill(0);
  for (const b of bytes) byteStats[b]!++;
  let c1Bytes = false;
  for (let i = 0x80; i <= 0x9f; i++) if (byteStats[i]) c1Bytes = true;
  return { byteStats, c1Bytes, rawInput: bytes, rawLen: bytes.length, inputBytes: bytes, inputLen: bytes.length };
}

/** Every single-byte recogniser scores the bytes the same with chardet's match and with the fast one. */
function expectSameScores(bytes: Uint8Array): void {
  const det = context(bytes);
  for (const [name, Rec] of Object.entries(sbcs)) {
    if (typeof Rec !== "function") continue;
    const a = new Rec();
    const b = new Rec();
    const want = original!.call(a, det);
    const got = base.match.call(b, det);
    expect(got, name).toEqual(want);
    expect(b.nGramLang, name).toBe(a.nGramLang);
  }
}

/** Text in a legacy code page: each character's byte, or "?" when the page lacks it. */
function encode(text: string, label: string): Uint8Array {
  const decoder = new TextDecoder(label);
  const table = new Map<string, number>();
  for (let b = 255; b >= 0; b--) table.set(decoder.decode(new Uint8Array([b])), b);
  return Uint8Array.from([...text].map((ch) => table.get(ch) ?? 0x3f));
}

describe("fast single-byte n-gram scoring", () => {
  it("is installed in chardet", () => {
    expect(original).toBeTypeOf("function");
    expect(base.match).not.toBe(original);
  });

  it("gives chardet's own confidences and languages on real text in legacy code pages", () => {
    const fixtures = new URL("../../fixtures/", import.meta.url);
    const texts = readdirSync(fixtures)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => readFileSync(new URL(f, fixtures), "latin1"));
    expect(texts.length).toBeGreaterThan(5);
    const samples = [
      "Der Bundestag hat am Donnerstag über die Änderung des Gesetzes abgestimmt. Die Grünen waren dagegen.",
      "Le président a annoncé vendredi une réforme de l'État. « C'est très important », a-t-il déclaré.",
      "El Gobierno aprobó el martes la reforma de las pensiones, según informó el ministerio español.",
      "Президент заявил, что переговоры продолжатся на следующей неделе в Москве.",
      "Ο πρωθυπουργός δήλωσε ότι η κυβέρνηση θα στηρίξει τις επιχειρήσεις.",
      "Prezydent powiedział, że rozmowy będą kontynuowane w przyszłym tygodniu w Warszawie.",
    ];
    for (const t of texts) for (const label of ["windows-1252", "windows-1250"]) expectSameScores(encode(t, label));
    for (const t of samples) for (const label of ["windows-1252", "iso-8859-2", "windows-1251", "koi8-r", "iso-8859-7", "windows-1257"]) expectSameScores(encode(t.repeat(3), label));
  });

  it("gives chardet's own confidences on any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => expectSameScores(bytes)),
      { numRuns: 300 },
    );
  });

  it("gives chardet's own confidences on mostly-ASCII bytes (long runs between bytes from 0x80)", () => {
    const byte = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(0x20, 0x20, 0x27, 0x2e, 0x0a, 0x41, 0x45, 0x61, 0x65, 0x6e, 0x74, 0x68, 0x73, 0x72, 0x69) }, { weight: 1, arbitrary: fc.integer({ min: 0x80, max: 0xff }) });
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 400 }), (bs) => expectSameScores(Uint8Array.from(bs))),
      { numRuns: 500 },
    );
  });

  it("leaves chardet.analyse's ranking as it was", () => {
    const bytes = encode("Ça coûte très cher, a déclaré le ministre français à l'Assemblée. ".repeat(5), "windows-1252");
    const fast = chardet.analyse(bytes);
    const proto = base as { match(det: unknown): unknown };
    const patched = proto.match;
    proto.match = original as (det: unknown) => unknown;
    try {
      expect(fast).toEqual(chardet.analyse(bytes));
    } finally {
      proto.match = patched;
    }
    expect(fast[0]!.name).toBe("ISO-8859-1");
  });
});

describe("fast multi-byte walk", () => {
  const originalMbcs = installFastMbcs();
  const mbcs = load("chardet/lib/encoding/mbcs") as Record<string, new () => { match(det: unknown): unknown }>;
  const mbcsBase = Object.getPrototypeOf(mbcs.sjis!.prototype) as { match(det: unknown): unknown };

  /** Every multi-byte recogniser scores the bytes the same with chardet's match and with the fast one. */
  function expectSameMbcs(bytes: Uint8Array): void {
    const det = context(bytes);
    for (const [name, Rec] of Object.entries(mbcs)) {
      if (typeof Rec !== "function") continue;
      const want = originalMbcs!.call(new Rec(), det);
      const got = mbcsBase.match.call(new Rec(), det);
      expect(got, name).toEqual(want);
    }
  }

  it("is installed in chardet", () => {
    expect(originalMbcs).toBeTypeOf("function");
    expect(mbcsBase.match).not.toBe(originalMbcs);
  });

  it("gives chardet's own confidences on text in CJK and Latin code pages", () => {
    const texts = ["東京都は月曜日、新しい計画を発表した。Tokyo 2026 年。", "서울시는 월요일 새로운 계획을 발표했다. Seoul 2026.", "北京市周一宣布了新的计划。Beijing 2026 年。", "Le ministre a déclaré à l'Assemblée : « ça coûte très cher ». "];
    for (const t of texts) {
      for (const label of ["shift_jis", "euc-jp", "euc-kr", "big5", "gb18030", "windows-1252"]) {
        let bytes: Uint8Array;
        try {
          bytes = encodeWith(t.repeat(4), label);
        } catch {
          continue;
        }
        expectSameMbcs(bytes);
      }
    }
    // The walk does score: Japanese in Shift_JIS is recognised.
    const sjis = mbcsBase.match.call(new mbcs.sjis!(), context(encodeWith(texts[0]!.repeat(4), "shift_jis"))) as { confidence: number } | null;
    expect(sjis?.confidence).toBeGreaterThan(10);
  });

  it("gives chardet's own confidences on any bytes, mostly ASCII or not", () => {
    const byte = fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0, max: 255 }));
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 400 }), (bs) => expectSameMbcs(Uint8Array.from(bs))),
      { numRuns: 500 },
    );
  });
});

/** Text encoded with a WHATWG encoder that Node lacks as TextEncoder: through the decoder's byte table, two-byte sequences included. */
function encodeWith(text: string, label: string): Uint8Array {
  // Build char -> bytes by decoding every 1- and 2-byte sequence (enough for these code pages).
  const decoder = new TextDecoder(label, { fatal: true });
  const table = new Map<string, number[]>();
  for (let b = 0; b < 0x80; b++) table.set(String.fromCharCode(b), [b]);
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      try {
        const ch = decoder.decode(Uint8Array.of(a, b));
        if (ch.length === 1 && !table.has(ch)) table.set(ch, [a, b]);
      } catch {
        // not a character there
      }
    }
    try {
      const ch = decoder.decode(Uint8Array.of(a));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [a]);
    } catch {
      // a lead byte
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const bs = table.get(ch);
    if (!bs) throw new Error(`${label} lacks ${ch}`);
    out.push(...bs);
  }
  return Uint8Array.from(out);
}
