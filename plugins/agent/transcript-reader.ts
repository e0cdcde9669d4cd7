/**
 * Reading JSONL transcripts without loading them whole: backwards in fixed-size chunks for the newest
 * messages (model context, `chat.history`), forwards line by line for counting. A line that does not parse
 * (torn by a crash mid-append) is skipped; everything around it is kept.
 */
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { TranscriptRecord } from "./tail-query.js";
import type { TranscriptMessage } from "./contract.js";

const CHUNK_BYTES = 64 * 1024;
const NEWLINE = 0x0a;
/** Every message line starts like this (JSON.stringify keeps key order): other lines need no parsing. */
const MESSAGE_LINE_PREFIX = '{"type":"message"';

/** The file's lines, last first, read in chunks from the end. A missing file has no lines. */
export async function* linesBackwards(path: string): AsyncGenerator<Buffer> {
  let handle;
  try {
    handle = await open(path, "r");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return;
    throw err;
  }
  try {
    let position = (await handle.stat()).size;
    /** Pieces of the line that runs into the chunk read next, in file order. */
    let partial: Buffer[] = [];
    while (position > 0) {
      const size = Math.min(CHUNK_BYTES, position);
      position -= size;
      const chunk = Buffer.allocUnsafe(size);
      await handle.read(chunk, 0, size, position);
      let end = size;
      // (lastIndexOf with a negative offset would count from the end again: stop at the chunk's start.)
      let nl = chunk.lastIndexOf(NEWLINE, end - 1);
      while (nl >= 0) {
        const piece = chunk.subarray(nl + 1, end);
        const line = partial.length ? Buffer.concat([piece, ...partial]) : piece;
        partial = [];
        end = nl;
        if (line.length) yield line;
        nl = end > 0 ? chunk.lastIndexOf(NEWLINE, end - 1) : -1;
      }
      if (end > 0) partial.unshift(chunk.subarray(0, end));
    }
    if (partial.length) yield Buffer.concat(partial);
  } finally {
    await handle.close();
  }
}

/** The message a transcript line holds, with its size on disk; undefined for headers and torn lines. */
export function parseRecord(line: Buffer): TranscriptRecord | undefined {
  const message = messageOf(line.toString("utf8"));
  return message ? { message, bytes: line.length + 1 } : undefined;
}

function messageOf(line: string): TranscriptMessage | undefined {
  try {
    const record = JSON.parse(line) as { type?: string; message?: TranscriptMessage };
    if (record.type === "message" && record.message) return record.message;
  } catch {
    // A torn line from a crash mid-append: everything before and after it is intact.
  }
  return undefined;
}

/** Messages in one transcript file, streamed (memory holds one line at a time). */
export async function countMessageLines(path: string): Promise<number> {
  const stream = createReadStream(path, { encoding: "utf8" });
  let count = 0;
  try {
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
      if (line.startsWith(MESSAGE_LINE_PREFIX) && messageOf(line)) count++;
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return 0;
    throw err;
  } finally {
    stream.destroy();
  }
  return count;
}
