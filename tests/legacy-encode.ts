/**
 * Test helper: encodes text into a legacy encoding by inverting TextDecoder
 * (single bytes, then two-byte pairs), so decode tests can build real legacy bytes.
 */
import { TextDecoder } from "node:util";
import { decodeWindows1252 } from "../src/repair/tables.js";

const cache = new Map<string, Map<string, number[]>>();

function reverseMap(label: string): Map<string, number[]> {
  let map = cache.get(label);
  if (map) return map;
  map = new Map();
  const dec = (b: Uint8Array) => (label === "windows-1252" ? decodeWindows1252(b) : new TextDecoder(label).decode(b));
  for (let b = 0x80; b <= 0xff; b++) {
    const s = dec(Uint8Array.of(b));
    if (s.length === 1 && s !== "\ufffd" && !map.has(s)) map.set(s, [b]);
  }
  if (!["windows-1252", "windows-1251", "koi8-r", "iso-8859-2", "windows-1250", "macintosh"].includes(label)) {
    const d = new TextDecoder(label);
    for (let a = 0x81; a <= 0xfe; a++) {
      for (let b = 0x40; b <= 0xfe; b++) {
        const s = d.decode(Uint8Array.of(a, b));
        if ([...s].length === 1 && s !== "\ufffd" && !map.has(s)) map.set(s, [a, b]);
      }
    }
  }
  cache.set(label, map);
  return map;
}

export function legacyEncode(text: string, label: string): Uint8Array {
  const map = reverseMap(label);
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else {
      const b = map.get(ch);
      if (!b) throw new Error(`${JSON.stringify(ch)} has no ${label} encoding`);
      out.push(...b);
    }
  }
  return Uint8Array.from(out);
}
