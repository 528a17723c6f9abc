/** Shared test helpers: paths and a runner for the built binary. */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const BIN = join(ROOT, "bin", "clean-article.js");
export const FIXTURES = join(ROOT, "fixtures");
/**
 * The shared corpus: $CLEAN_ARTICLE_SHARED, else ../shared next to the repository,
 * else ../../shared (a git worktree one level deeper). Tests that need it skip when
 * none exists (a fresh machine).
 */
export const SHARED =
  [process.env.CLEAN_ARTICLE_SHARED, resolve(ROOT, "..", "shared"), resolve(ROOT, "..", "..", "shared")].find(
    (d): d is string => !!d && existsSync(join(d, "corpus")),
  ) ?? resolve(ROOT, "..", "shared");
export const HAS_SHARED = existsSync(join(SHARED, "corpus"));
export const SEED = join(SHARED, "corpus", "seed", "ctv-reuters-putin.txt");

/**
 * Run the built CLI; stdin is empty unless given. NO_COLOR is set unless the
 * caller overrides it; an env value of undefined removes that variable.
 */
export function runCli(
  args: string[],
  opts: { input?: string | Buffer; env?: Record<string, string | undefined>; cwd?: string } = {},
): SpawnSyncReturns<string> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1", ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  return spawnSync(process.execPath, [BIN, ...args], {
    input: opts.input ?? "",
    encoding: "utf8",
    cwd: opts.cwd ?? ROOT,
    env,
    maxBuffer: 256 * 1024 * 1024,
  });
}
