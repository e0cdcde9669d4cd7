/**
 * Serializing many records without holding the event loop: JSON.stringify of 10,000 jobs at once
 * takes tens of milliseconds, during which no timer fires. Records are encoded a chunk at a time,
 * yielding to the loop between chunks, into one buffer for an atomic write.
 */

/** Records encoded between two yields (about a millisecond of work for a job-sized record). */
const CHUNK = 250;

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** `head` + each record's text joined by `separator` + `tail`, as UTF-8, built in chunks. */
export async function encodeInChunks<T>(records: readonly T[], toText: (record: T) => string, separator: string, head = "", tail = ""): Promise<Buffer> {
  const parts: Buffer[] = [Buffer.from(head)];
  for (let i = 0; i < records.length; i += CHUNK) {
    if (i > 0) await yieldToLoop();
    const end = Math.min(i + CHUNK, records.length);
    let text = "";
    for (let k = i; k < end; k++) text += (k > 0 ? separator : "") + toText(records[k]);
    parts.push(Buffer.from(text));
  }
  parts.push(Buffer.from(tail));
  return Buffer.concat(parts);
}
