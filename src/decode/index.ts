/**
 * decode: bytes → string.
 * 1. `--encoding LABEL` wins.
 * 2. A byte-order mark: UTF-8, UTF-16 LE/BE, UTF-32 LE/BE.
 * 3. UTF-16/32 without a BOM, recognised from the pattern of zero bytes that
 *    ASCII-range text leaves in every other (or three of four) bytes, or, for
 *    bytes that are not plain UTF-8 text, from the few values UTF-16 high bytes take.
 * 4. Binary data (a known magic number, or many NUL bytes and C0 controls) is
 *    refused as not text; a few stray NULs in text are not.
 * 5. Valid UTF-8 stays UTF-8.
 * 6. Otherwise a legacy encoding is guessed with `chardet` (a port of ICU's
 *    detector: windows-125x, ISO-8859-x, KOI8-R, Shift_JIS, EUC-JP, EUC-KR, Big5,
 *    GB18030), loaded only when needed; its candidates are tried in order and the
 *    first that decodes without errors is used. windows-1252 is the fallback.
 */
import { isUtf8 } from "node:buffer";
import { createRequire } from "node:module";
import { installFastMbcs, installFastSbcs } from "./chardet-fast.js";
import { TextDecoder } from "node:util";
import type { DecodeOptions, DecodeResult } from "../types.js";
import { decodeWindows1252 } from "../repair/tables.js";
import { BINARY_SIGNATURES } from "./signatures.js";

const BOMS: ReadonlyArray<{ bytes: number[]; encoding: string }> = [
  // UTF-32 LE before UTF-16 LE: FF FE 00 00 starts both.
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: "utf-32le" },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: "utf-32be" },
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
];

/** Returns the encoding named by a byte-order mark at the start, or null. */
export function sniffBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  for (const bom of BOMS) {
    if (bytes.length >= bom.bytes.length && bom.bytes.every((b, i) => bytes[i] === b)) return { encoding: bom.encoding, length: bom.bytes.length };
  }
  return null;
}

/**
 * UTF-16/32 without a BOM: text in Latin, Cyrillic, Greek, ... written as UTF-16
 * has a zero byte in every other position (high byte of ASCII characters and
 * spaces); UTF-32 has three of every four. Looks at the first 4 KB.
 */
export function sniffUtf16or32(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 4096) & ~3;
  if (n < 8) return null;
  // No zero byte at all (nearly every dump): every count below is 0 (one native scan).
  if (bytes.subarray(0, n).indexOf(0) === -1) return null;
  const zeros = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros[i & 3]!++;
  const q = n / 4;
  const [z0, z1, z2, z3] = zeros as [number, number, number, number];
  if (z2 > 0.9 * q && z3 > 0.9 * q && z1 > 0.5 * q && z0 < 0.1 * q) return "utf-32le";
  if (z0 > 0.9 * q && z1 > 0.9 * q && z2 > 0.5 * q && z3 < 0.1 * q) return "utf-32be";
  const even = z0 + z2;
  const odd = z1 + z3;
  const half = n / 2;
  if (odd > 0.4 * half && even < 0.05 * half) return "utf-16le";
  if (even > 0.4 * half && odd < 0.05 * half) return "utf-16be";
  return null;
}

/**
 * UTF-16 of scripts outside Latin (Cyrillic U+04xx, Arabic U+06xx, CJK U+4Exx-9Fxx,
 * Hangul U+ACxx-D7xx) leaves few zero bytes, but its high bytes take few values,
 * those of the script's block (and 0x00 for spaces and digits), while the low bytes
 * vary. Only asked about bytes that are not plain UTF-8 text.
 */
export function sniffUtf16Wide(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 16) return null;
  const hiLE = highByteScore(bytes, n, 1);
  const hiBE = highByteScore(bytes, n, 0);
  if (hiLE > 0.9 && hiLE - hiBE > 0.2 && validUtf16(bytes, "utf-16le")) return "utf-16le";
  if (hiBE > 0.9 && hiBE - hiLE > 0.2 && validUtf16(bytes, "utf-16be")) return "utf-16be";
  return null;
}

/** High bytes of UTF-16 text: ASCII, Greek to Arabic, Devanagari, Thai, punctuation, kana, CJK, Hangul, full-width. */
function isTextHighByte(b: number): boolean {
  return b === 0 || (b >= 0x03 && b <= 0x06) || b === 0x09 || b === 0x0e || b === 0x20 || b === 0x30 || (b >= 0x4e && b <= 0x9f) || (b >= 0xac && b <= 0xd7) || b === 0xff;
}

/**
 * How much the bytes at offset, offset+2, ... look like UTF-16 high bytes: the larger
 * of the share of their 4 most frequent values and the share of text-block values.
 */
function highByteScore(bytes: Uint8Array, n: number, offset: number): number {
  const counts = new Uint32Array(256);
  let total = 0;
  let text = 0;
  for (let i = offset; i < n; i += 2) {
    const b = bytes[i]!;
    counts[b]!++;
    total++;
    if (isTextHighByte(b)) text++;
  }
  const top4 = sumOfLargest4(counts) / Math.max(total, 1);
  return Math.max(top4, text / Math.max(total, 1));
}

/**
 * The sum of the four largest counts, in one pass keeping them in order (sorting a
 * copy of the 256 counts, twice per dump that is not UTF-8, cost more than the count).
 */
function sumOfLargest4(counts: Uint32Array): number {
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0; // a >= b >= c >= d
  for (let i = 0; i < counts.length; i++) {
    const x = counts[i]!;
    if (x <= d) continue;
    // x goes in above the first kept count it exceeds; the ones below move down.
    d = c;
    if (x > b) {
      c = b;
      if (x > a) {
        b = a;
        a = x;
      } else b = x;
    } else if (x > c) c = x;
    else d = x;
  }
  return a + b + c + d;
}

/** Decodes the first 4 KB as UTF-16 without errors into text with spaces or line breaks and no C0 junk. */
function validUtf16(bytes: Uint8Array, label: string): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  let text: string;
  try {
    text = new TextDecoder(label, { fatal: true }).decode(bytes.subarray(0, n));
  } catch {
    // A cut surrogate pair at the 4 KB boundary is fine; anything else is not UTF-16.
    try {
      text = new TextDecoder(label, { fatal: true }).decode(bytes.subarray(0, n - 2));
    } catch {
      return false;
    }
  }
  const controls = (text.match(/[\u0000-\u0008\u000e-\u001f\ufffe\uffff]/g) ?? []).length;
  return controls === 0 && /[\s\u3000-\u303f\uff0c]/.test(text);
}

/** True when byte b is a NUL or a C0 control that text does not use (tab, LF, VT, FF, CR and ESC are allowed). */
function isBinaryByte(b: number): boolean {
  return b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b);
}

/** The characters of isBinaryByte's bytes. */
const BINARY_CHAR_RE = /[\x00-\x08\x0e-\x1a\x1c-\x1f]/;

/** The binary format whose magic number starts the bytes, or null (see ./signatures.ts). */
export function binarySignature(bytes: Uint8Array): string | null {
  for (const sig of BINARY_SIGNATURES) {
    if (bytes.length < sig.at + sig.magic.length) continue;
    let match = true;
    for (let i = 0; i < sig.magic.length && match; i++) match = bytes[sig.at + i] === sig.magic.charCodeAt(i);
    if (!match) continue;
    let printable = true;
    for (let i = 0; i < sig.magic.length && printable; i++) printable = sig.magic.charCodeAt(i) >= 0x20 && sig.magic.charCodeAt(i) < 0x7f;
    if (!printable || sig.sure) return sig.name;
    const n = Math.min(bytes.length, 1024);
    for (let i = 0; i < n; i++) if (isBinaryByte(bytes[i]!)) return sig.name;
  }
  return null;
}

/**
 * Binary files (images, archives, executables) start with a known magic number, or
 * have NUL bytes and C0 controls that text never has: random or compressed data has
 * about 9% of them. A text dump with a few stray NULs (a damaged crawl, a padded
 * write) stays text, and repair drops the NULs. Looks at the first 8 KB, as `file`
 * and git do.
 */
export function looksBinary(bytes: Uint8Array, utf8?: string | null): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  if (binarySignature(bytes) !== null) return true;
  // Valid UTF-8 has bytes below 0x80 only as characters of their own: when its text
  // has no such control (one native scan), neither have its first 8 KB.
  if (utf8 != null && !BINARY_CHAR_RE.test(utf8)) return false;
  let odd = 0;
  for (let i = 0; i < n; i++) if (isBinaryByte(bytes[i]!)) odd++;
  return odd / n > 0.05;
}

/** UTF-32 is not in TextDecoder: decodes it by hand (invalid code points → U+FFFD). */
export function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const parts: string[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let chunk: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    const ok = cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff);
    const s = ok ? cp : 0xfffd;
    if (s > 0xffff) chunk.push(0xd800 + ((s - 0x10000) >> 10), 0xdc00 + ((s - 0x10000) & 0x3ff));
    else chunk.push(s);
    if (chunk.length >= 8192) {
      parts.push(String.fromCharCode(...chunk));
      chunk = [];
    }
  }
  if (bytes.length % 4 !== 0) chunk.push(0xfffd);
  parts.push(String.fromCharCode(...chunk));
  return parts.join("");
}

/**
 * Decodes with a label; windows-1252 (and its aliases latin1, iso-8859-1, ascii)
 * through our own table because Node 20's TextDecoder drops bytes 0x80–0x9F there.
 */
export function decodeWith(label: string, bytes: Uint8Array, fatal = false): { text: string; encoding: string } {
  const l = label.trim().toLowerCase();
  if (l === "utf-32" || l === "utf-32le" || l === "utf32") return { text: decodeUtf32(bytes, true), encoding: "utf-32le" };
  if (l === "utf-32be") return { text: decodeUtf32(bytes, false), encoding: "utf-32be" };
  const decoder = new TextDecoder(l, { fatal });
  if (decoder.encoding === "windows-1252") return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  return { text: decoder.decode(bytes), encoding: decoder.encoding };
}

/** chardet names → WHATWG labels (ISO-8859-1 is read as windows-1252, as browsers do). */
const CHARDET_LABELS: Readonly<Record<string, string>> = {
  "ISO-8859-1": "windows-1252",
  "ISO-8859-9": "windows-1254",
  "ISO-2022-KR": "",
  "ISO-2022-CN": "",
};

/** Code pages that share ASCII letters with windows-1252 and differ in accented ones. */
const LATIN_VARIANTS = new Set(["iso-8859-2", "iso-8859-3", "iso-8859-4", "iso-8859-9", "iso-8859-10", "iso-8859-13", "iso-8859-14", "iso-8859-15", "iso-8859-16", "windows-1250", "windows-1254", "windows-1257"]);

interface Chardet {
  analyse(bytes: Uint8Array): Array<{ name: string; confidence: number }>;
}
let chardet: Chardet | null = null;
function loadChardet(): Chardet {
  if (!chardet) {
    chardet = createRequire(import.meta.url)("chardet") as Chardet;
    // Same answers, ~10x faster single-byte scoring (./chardet-fast.ts).
    installFastSbcs();
    installFastMbcs();
  }
  return chardet;
}

/** Guesses the legacy encoding of bytes that are not valid UTF-8. */
export function guessLegacy(bytes: Uint8Array): { text: string; encoding: string } {
  const sample = bytes.length > 65536 ? bytes.subarray(0, 65536) : bytes;
  let candidates: Array<{ name: string; confidence: number }> = [];
  try {
    candidates = loadChardet().analyse(sample);
  } catch {
    candidates = [];
  }
  for (const c of candidates) {
    if (c.confidence < 10) break;
    const label = CHARDET_LABELS[c.name] ?? c.name.toLowerCase();
    if (!label || label.startsWith("utf")) continue;
    // On little evidence (a short text, a few accented letters) another Latin code
    // page is a coin toss ("naïve" as ISO-8859-2 is "naďve"): windows-1252 is far
    // more common.
    if (c.confidence < 50 && LATIN_VARIANTS.has(label)) break;
    try {
      return decodeWith(label, bytes, true);
    } catch {
      // Not decodable without errors (or unknown label): next candidate.
    }
  }
  return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
}

/** One UTF-8 decoder for all inputs (utf8OrNull only gives it valid UTF-8). */
const UTF8 = new TextDecoder("utf-8");

/**
 * The bytes as UTF-8 text, or null when they are not valid UTF-8: what a fatal
 * TextDecoder gives, without its exception. Node's isUtf8 validates with SIMD in
 * well under a microsecond per KB, where a fatal decoder that fails builds an Error
 * with its stack trace on every dump that is not UTF-8 (a tenth of a crawl can be
 * legacy code pages); and the decoder is made once, not once per dump.
 */
function utf8OrNull(bytes: Uint8Array): string | null {
  return isUtf8(bytes) ? UTF8.decode(bytes) : null;
}

export function decode(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  if (options.encoding) {
    try {
      const { text, encoding } = decodeWith(options.encoding, bytes);
      return { ok: true, text, encoding, guessed: false, warnings: [] };
    } catch {
      return { ok: false, code: "bad-encoding", message: `unknown encoding "${options.encoding}"` };
    }
  }
  const bom = sniffBom(bytes);
  if (bom) {
    const { text, encoding } = decodeWith(bom.encoding, bytes.subarray(bom.length));
    return { ok: true, text, encoding, guessed: false, warnings: [] };
  }
  const wide = sniffUtf16or32(bytes);
  if (wide) {
    const { text, encoding } = decodeWith(wide, bytes);
    return { ok: true, text, encoding, guessed: true, warnings: [`encoding guessed as ${encoding} (no byte-order mark)`] };
  }
  const utf8 = utf8OrNull(bytes);
  const binary = looksBinary(bytes, utf8);
  // Not UTF-8, or "UTF-8" full of controls (Cyrillic in UTF-16 is all bytes below 0x80).
  if ((utf8 === null || binary) && !binarySignature(bytes)) {
    const wide2 = sniffUtf16Wide(bytes);
    if (wide2) {
      const { text, encoding } = decodeWith(wide2, bytes);
      return { ok: true, text, encoding, guessed: true, warnings: [`encoding guessed as ${encoding} (no byte-order mark)`] };
    }
  }
  if (binary) {
    const kind = binarySignature(bytes);
    return { ok: false, code: "not-text", message: kind ? `not text (${kind})` : "not text (binary data)" };
  }
  if (utf8 !== null) return { ok: true, text: utf8, encoding: "utf-8", guessed: false, warnings: [] };
  const { text, encoding } = guessLegacy(bytes);
  return { ok: true, text, encoding, guessed: true, warnings: [`encoding guessed as ${encoding} (input is not valid UTF-8)`] };
}
