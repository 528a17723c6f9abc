/** Types of bench/generate.mjs, for the tests. */
export function makeDump(seed: number, size?: "small" | "normal"): { bytes: Buffer; lang: string; damage: string };
export function generate(outDir: string, options?: { files?: number; seed?: number; size?: "small" | "normal" }): { files: number; bytes: number };
