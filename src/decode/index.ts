/**
 * decode: bytes → string. BOMs win; valid UTF-8 stays UTF-8; otherwise a legacy
 * encoding is guessed (first version: windows-1252). Binary data is refused.
 */
import { TextDecoder } from "node:util";
import type { DecodeOptions, DecodeResult } from "../types.js";

const BOMS: ReadonlyArray<{ bytes: number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
];

/** Returns the encoding named by a byte-order mark at the start, or null. */
export function sniffBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => bytes[i] === b)) return { encoding: bom.encoding, length: bom.bytes.length };
  }
  return null;
}

/**
 * Binary files (images, archives, executables) contain NUL bytes and C0 controls
 * that text never has. Looks at the first 8 KB, as `file` and git do.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  let nul = 0;
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) nul++;
    else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) ctrl++;
  }
  return nul > 0 || ctrl / n > 0.1;
}

export function decode(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  if (options.encoding) {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(options.encoding);
    } catch {
      return { ok: false, code: "bad-encoding", message: `unknown encoding "${options.encoding}"` };
    }
    return { ok: true, text: decoder.decode(bytes), encoding: decoder.encoding, guessed: false, warnings: [] };
  }
  const bom = sniffBom(bytes);
  if (bom) {
    const text = new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length));
    return { ok: true, text, encoding: bom.encoding, guessed: false, warnings: [] };
  }
  if (looksBinary(bytes)) {
    return { ok: false, code: "not-text", message: "not text (binary data)" };
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { ok: true, text, encoding: "utf-8", guessed: false, warnings: [] };
  } catch {
    const text = new TextDecoder("windows-1252").decode(bytes);
    return {
      ok: true,
      text,
      encoding: "windows-1252",
      guessed: true,
      warnings: ["encoding guessed as windows-1252 (input is not valid UTF-8)"],
    };
  }
}
