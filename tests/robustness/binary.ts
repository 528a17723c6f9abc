/** Test helper: tiny but well-formed headers of binary files, built here (no fixtures copied in). */
import { deflateSync } from "node:zlib";

const u8 = (...parts: Array<number[] | string | Uint8Array>): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p as Uint8Array))));

function be32(n: number): number[] {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
}

/** A 1x1 PNG: signature, IHDR, IDAT, IEND (CRCs left zero; nobody decodes it). */
export function png(): Uint8Array {
  const ihdr = [...be32(1), ...be32(1), 8, 2, 0, 0, 0];
  const idat = deflateSync(Buffer.from([0, 255, 0, 0]));
  return u8([0x89], "PNG\r\n\x1a\n", be32(13), "IHDR", ihdr, be32(0), be32(idat.length), "IDAT", idat, be32(0), be32(0), "IEND", be32(0));
}

/** A ZIP holding one stored text file: the payload is readable text, the headers are not. */
export function zip(): Uint8Array {
  const name = "story.txt";
  const data = "The minister said on Tuesday that talks would resume in Geneva next week.\n".repeat(20);
  const le16 = (n: number) => [n & 255, (n >>> 8) & 255];
  const le32 = (n: number) => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255];
  const local = u8("PK\x03\x04", le16(10), le16(0), le16(0), le16(0), le16(0), le32(0), le32(data.length), le32(data.length), le16(name.length), le16(0), name, data);
  const central = u8("PK\x01\x02", le16(20), le16(10), le16(0), le16(0), le16(0), le16(0), le32(0), le32(data.length), le32(data.length), le16(name.length), le16(0), le16(0), le16(0), le16(0), le32(0), le32(0), name);
  const end = u8("PK\x05\x06", le16(0), le16(0), le16(1), le16(1), le32(central.length), le32(local.length), le16(0));
  return u8(local, central, end);
}

/** The start of a 64-bit ELF executable: header, then zero padding and some strings. */
export function elf(): Uint8Array {
  const header = u8([0x7f], "ELF", [2, 1, 1, 0], new Uint8Array(8), [2, 0, 0x3e, 0, 1, 0, 0, 0], new Uint8Array(40));
  return u8(header, new Uint8Array(64), "GLIBC_2.2.5\0libc.so.6\0main\0", new Uint8Array(32));
}

/** A gzip stream of some text. */
export function gzip(): Uint8Array {
  return u8([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3], deflateSync(Buffer.from("hello world\n".repeat(50))));
}

/** A JPEG start: SOI, APP0 JFIF. */
export function jpeg(): Uint8Array {
  return u8([0xff, 0xd8, 0xff, 0xe0, 0, 16], "JFIF\0", [1, 1, 0, 0, 1, 0, 1, 0, 0], [0xff, 0xdb, 0, 67, 0], new Uint8Array(64).fill(1), [0xff, 0xd9]);
}
