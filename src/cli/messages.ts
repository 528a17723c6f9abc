/** Human-facing messages on stderr: coloured with chalk, never carrying raw control characters. */
import chalk from "chalk";

/** Replace C0/C1 controls and escape sequences by visible escapes so input can never drive the terminal. */
export function safeForTerminal(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

export function errorLine(input: string, message: string): string {
  return `${chalk.red("error")}: ${safeForTerminal(input)}: ${safeForTerminal(message)}\n`;
}

export function warnLine(input: string, message: string): string {
  return `${chalk.yellow("warning")}: ${safeForTerminal(input)}: ${safeForTerminal(message)}\n`;
}
