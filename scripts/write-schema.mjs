// Run by `npm run build` after tsc: writes dist/article.schema.json, the file that
// package.json exports as "clean-article/schema.json". Same bytes as `clean-article --schema`.
import { writeFileSync } from "node:fs";
import { articleJsonSchema } from "../dist/schema.js";

const target = new URL("../dist/article.schema.json", import.meta.url);
writeFileSync(target, JSON.stringify(articleJsonSchema(), null, 2) + "\n");
