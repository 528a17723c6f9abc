// Preloaded by bench/run.mjs (node --import): records the process's peak resident set size
// (worker threads included) in the file named by CLEAN_ARTICLE_RSS_OUT when it exits.
import { writeFileSync } from "node:fs";

const out = process.env.CLEAN_ARTICLE_RSS_OUT;
if (out) process.on("exit", () => writeFileSync(out, String(process.resourceUsage().maxRSS)));
