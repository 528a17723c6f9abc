#!/usr/bin/env node
// Proves a refactor changes no output: runs two builds of the library (two checkouts, each
// with its own dist/) over every dump of the shared corpora plus the synthetic generator's
// dumps, and counts the documents whose Article JSON differs.
//   node bench/compare.mjs /path/to/checkoutA /path/to/checkoutB [--show N]
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { makeDump } from "./generate.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const shared = resolve(process.env.CLEAN_ARTICLE_SHARED ?? join(here, "..", "..", "shared"));
const [a, b] = process.argv.slice(2).filter((x) => !x.startsWith("--"));
const showAt = process.argv.indexOf("--show");
const show = showAt > 0 ? Number(process.argv[showAt + 1]) : 5;
if (!a || !b) {
  console.error("usage: node bench/compare.mjs CHECKOUT_A CHECKOUT_B [--show N]");
  process.exit(2);
}
const A = await import(join(resolve(a), "dist", "index.js"));
const B = await import(join(resolve(b), "dist", "index.js"));

function* inputs() {
  for (const corpus of ["readability", "trafilatura-eval"]) {
    const dir = join(shared, "corpus", corpus, "dumps");
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) yield [`${corpus}/${f}`, new Uint8Array(readFileSync(join(dir, f)))];
  }
  const seed = join(shared, "corpus", "seed", "ctv-reuters-putin.txt");
  if (existsSync(seed)) yield ["seed", new Uint8Array(readFileSync(seed))];
  for (let i = 0; i < 400; i++) yield [`generated/${i}`, new Uint8Array(makeDump(7_000_003 + i).bytes)];
}

let n = 0;
let differ = 0;
for (const [name, bytes] of inputs()) {
  n++;
  const x = JSON.stringify(A.processInput(bytes));
  const y = JSON.stringify(B.processInput(bytes));
  if (x !== y && ++differ <= show) console.log("differs:", name);
}
console.log(`${differ} of ${n} documents differ`);
process.exit(differ ? 1 : 0);
