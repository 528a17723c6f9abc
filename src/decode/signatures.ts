/**
 * Magic numbers of common binary formats (as `file` knows them): a file that starts
 * with one is refused as not text even when its payload is readable (a ZIP that
 * stores a .txt, a PDF). Data only; see looksBinary in ./index.ts.
 */
export interface Signature {
  name: string;
  /** Byte offset of the magic. */
  at: number;
  /** The magic bytes; a string is taken byte for byte (latin-1). */
  magic: string;
  /**
   * Magic made only of printable ASCII ("ID3", "RIFF", "BZh") could start a real text
   * dump: such a signature counts only when a NUL or control byte follows within the
   * first 1 KB, unless `sure` (nobody's article starts with "%PDF-").
   */
  sure?: boolean;
}

export const BINARY_SIGNATURES: readonly Signature[] = [
  { name: "PNG image", at: 0, magic: "\x89PNG\r\n\x1a\n" },
  { name: "JPEG image", at: 0, magic: "\xff\xd8\xff" },
  { name: "GIF image", at: 0, magic: "GIF87a" },
  { name: "GIF image", at: 0, magic: "GIF89a" },
  { name: "TIFF image", at: 0, magic: "II*\x00" },
  { name: "TIFF image", at: 0, magic: "MM\x00*" },
  { name: "WebP/WAV/AVI (RIFF)", at: 0, magic: "RIFF" },
  { name: "ICO image", at: 0, magic: "\x00\x00\x01\x00" },
  { name: "PDF document", at: 0, magic: "%PDF-", sure: true },
  { name: "ZIP archive (also docx, xlsx, epub, jar)", at: 0, magic: "PK\x03\x04" },
  { name: "ZIP archive", at: 0, magic: "PK\x05\x06" },
  { name: "gzip", at: 0, magic: "\x1f\x8b" },
  { name: "bzip2", at: 0, magic: "BZh" },
  { name: "xz", at: 0, magic: "\xfd7zXZ\x00" },
  { name: "7-Zip archive", at: 0, magic: "7z\xbc\xaf\x27\x1c" },
  { name: "RAR archive", at: 0, magic: "Rar!\x1a\x07" },
  { name: "zstd", at: 0, magic: "\x28\xb5\x2f\xfd" },
  { name: "tar archive", at: 257, magic: "ustar" },
  { name: "ELF executable", at: 0, magic: "\x7fELF" },
  { name: "Mach-O executable", at: 0, magic: "\xcf\xfa\xed\xfe" },
  { name: "Mach-O executable", at: 0, magic: "\xce\xfa\xed\xfe" },
  { name: "Mach-O or Java class", at: 0, magic: "\xca\xfe\xba\xbe" },
  { name: "WebAssembly", at: 0, magic: "\x00asm" },
  { name: "SQLite database", at: 0, magic: "SQLite format 3\x00" },
  { name: "Ogg media", at: 0, magic: "OggS" },
  { name: "FLAC audio", at: 0, magic: "fLaC" },
  { name: "MP3 audio (ID3)", at: 0, magic: "ID3" },
  { name: "MP4/MOV media", at: 4, magic: "ftyp" },
  { name: "Matroska/WebM media", at: 0, magic: "\x1a\x45\xdf\xa3" },
  { name: "WOFF font", at: 0, magic: "wOFF" },
  { name: "WOFF2 font", at: 0, magic: "wOF2" },
];
