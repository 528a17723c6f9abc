/** Read all of stdin, refusing (without keeping it) input over the size limit. */
import { describeFsError } from "./messages.js";
import type { FailureCode } from "./task.js";

export async function readStdin(maxBytes: number): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; code: FailureCode; message: string }> {
  const parts: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) {
        process.stdin.destroy();
        return { ok: false, code: "too-large", message: `input is over the limit of ${maxBytes} bytes (--max-bytes)` };
      }
      parts.push(chunk);
    }
  } catch (e) {
    return { ok: false, code: "unreadable", message: `cannot read stdin: ${describeFsError(e)}` };
  }
  return { ok: true, bytes: parts.length === 1 ? parts[0]! : Buffer.concat(parts, total) };
}
