/**
 * `logs.tail`: reads the JSON-lines log from a byte cursor. No cursor → the last `maxBytes`.
 * A cursor past the end (rotation, truncation) → `reset` and the tail again. More new bytes than
 * `maxBytes` → jump ahead with `truncated`. A partial first line is dropped; the cursor is the size read to.
 */
import { promises as fs } from "node:fs";
import type { TailResult } from "./core-schemas.js";

export type { TailResult };

export async function tailLog(file: string, opts: { cursor?: number; limit?: number; maxBytes?: number }): Promise<TailResult> {
  const limit = opts.limit ?? 500;
  const maxBytes = opts.maxBytes ?? 250_000;
  let size: number;
  try {
    size = (await fs.stat(file)).size;
  } catch {
    return { file, cursor: 0, size: 0, lines: [] };
  }
  let start: number;
  let reset = false;
  let truncated = false;
  if (opts.cursor === undefined) start = Math.max(0, size - maxBytes);
  else if (opts.cursor > size) {
    reset = true;
    start = Math.max(0, size - maxBytes);
  } else if (size - opts.cursor > maxBytes) {
    truncated = true;
    start = size - maxBytes;
  } else start = opts.cursor;
  const length = size - start;
  const handle = await fs.open(file, "r");
  const buf = Buffer.alloc(length);
  try {
    await handle.read(buf, 0, length, start);
  } finally {
    await handle.close();
  }
  const NL = 0x0a;
  // Starting mid-file (not at the caller's cursor) may land inside a line: skip to the next one.
  const from = start > 0 && start !== opts.cursor ? buf.indexOf(NL) + 1 : 0;
  // Stop after the last complete line: an unfinished line is read next time.
  const to = buf.lastIndexOf(NL) + 1;
  const text = to > from ? buf.subarray(from, to - 1).toString("utf8") : "";
  let lines = text ? text.split("\n") : [];
  if (lines.length > limit) {
    lines = lines.slice(-limit);
    truncated = true;
  }
  lines = lines.map(withMessageField);
  const consumed = to > from ? to : from;
  const result: TailResult = { file, cursor: start + consumed, size, lines };
  if (truncated) result.truncated = true;
  if (reset) result.reset = true;
  return result;
}

/**
 * Our log records name the text `msg`; the official Control UI (and upstream's records) read `message`.
 * Lines go out with both, so either client shows the text; the file itself stays as written.
 */
function withMessageField(line: string): string {
  if (!line.startsWith("{") || !line.includes('"msg":')) return line;
  try {
    const record = JSON.parse(line) as Record<string, unknown>;
    if (typeof record.msg !== "string" || record.message !== undefined) return line;
    return JSON.stringify({ ...record, message: record.msg });
  } catch {
    return line;
  }
}
