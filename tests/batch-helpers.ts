/** Helpers for the batch, stream and safety tests: temporary trees of small composed dumps. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** A short news dump with a headline, a byline, a dateline paragraph and a teaser list. */
export function dump(n: number, lang: "en" | "de" = "en"): string {
  if (lang === "de") {
    return [
      "Zum Inhalt springen",
      "",
      `Stadtrat beschließt neuen Haushalt für das Jahr ${2000 + n}`,
      "",
      "Von Anna Beispiel",
      "",
      `BERLIN (dpa) - Der Stadtrat hat am Dienstag den Haushalt Nummer ${n} beschlossen. Die Mehrheit stimmte nach einer langen Debatte dafür, wie die Sprecherin mitteilte.`,
      "",
      "Die Opposition kritisierte die Pläne und kündigte an, dass sie die Ausgaben im nächsten Jahr genau prüfen werde.",
      "",
    ].join("\n");
  }
  return [
    "Skip to main content",
    "",
    `Council approves budget number ${n} after long debate`,
    "",
    "By Jane Example",
    "",
    `SPRINGFIELD (Reuters) - The city council on Tuesday approved budget number ${n}, ending a debate that had lasted for several weeks and divided the members of the ruling group.`,
    "",
    "The opposition said it would review the spending plans closely in the coming year and asked for a public hearing on the new taxes.",
    "",
    "Top Stories",
    "",
    "Storm closes schools across the region",
    "",
  ].join("\n");
}

export interface Tree {
  root: string;
  path(...p: string[]): string;
  write(rel: string, content: string | Buffer): string;
  cleanup(): void;
}

export function tempTree(prefix = "ca-batch-"): Tree {
  const root = mkdtempSync(join(tmpdir(), prefix));
  return {
    root,
    path: (...p) => join(root, ...p),
    write(rel, content) {
      const p = join(root, rel);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, content);
      return p;
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Parse ndjson output into objects. */
export function lines(stdout: string): Array<Record<string, unknown> & { source: { path: string | null } }> {
  return stdout
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l));
}
