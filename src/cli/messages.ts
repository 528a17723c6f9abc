/**
 * Human-facing messages on stderr: coloured with chalk, never carrying raw control characters.
 * Data goes to stdout uncoloured; only these messages are ever coloured.
 */
import { Chalk, chalkStderr } from "chalk";

/**
 * chalk's colour detection looks at FORCE_COLOR but not at NO_COLOR (https://no-color.org):
 * NO_COLOR set to anything non-empty turns colours off unless FORCE_COLOR asks for them.
 */
function stderrColorLevel(env: NodeJS.ProcessEnv = process.env): 0 | 1 | 2 | 3 {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== "0" && force !== "false") return chalkStderr.level || 1;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return 0;
  return chalkStderr.level;
}

export const color = new Chalk({ level: stderrColorLevel() });

/**
 * Replace C0/C1 controls (ESC of ANSI CSI/OSC sequences included), and the Unicode
 * line/paragraph separators and bidi overrides that can reorder a terminal line, by
 * visible escapes so input (file names, record ids, text) can never drive the terminal.
 */
export function safeForTerminal(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

export function errorLine(input: string, message: string): string {
  return `${color.red("error")}: ${safeForTerminal(input)}: ${safeForTerminal(message)}\n`;
}

export function warnLine(input: string, message: string): string {
  return `${color.yellow("warning")}: ${safeForTerminal(input)}: ${safeForTerminal(message)}\n`;
}

/** A usage or run-level error that is not about one input. */
export function fatalLine(message: string): string {
  return `${color.red("clean-article")}: ${safeForTerminal(message)}\n`;
}

/** A one-line explanation of an errno from the file system, for people. */
export function describeFsError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ENOTDIR":
      return "a parent of this path is not a directory";
    case "ELOOP":
      return "too many levels of symbolic links";
    case "ENOSPC":
      return "no space left on device";
    case "EDQUOT":
      return "disk quota exceeded";
    case "EROFS":
      return "read-only file system";
    case "EMFILE":
    case "ENFILE":
      return "too many open files";
    case "ENAMETOOLONG":
      return "file name too long";
    case "EIO":
      return "input/output error";
    default:
      return err?.code ? `${err.code}: ${err.message}` : String((err as Error | undefined)?.message ?? e);
  }
}
