/**
 * An append-only JSON-lines file: appends are batched (everything appended within `batchMs` of the
 * first one goes out in one write, in order: a run finishing every few milliseconds costs a few
 * writes a second, not one each) and the file is compacted by rewriting it
 * atomically from the caller's current records, encoded in chunks so the loop is never held long.
 * A crash mid-append can tear only the last line; `read` skips it and reports it, and the caller
 * rewrites the file before appending again.
 */
import { appendFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { ensurePrivateDir, writeFileAtomic, STATE_FILE_MODE } from "../../core/sdk/plugin.js";
import { encodeInChunks } from "./chunked-json.js";

export class JsonLinesFile<T> {
  /** Lines in the file (as far as this process knows): the caller's compaction trigger. */
  lines = 0;
  private tail: Promise<void> = Promise.resolve();
  private pending: string[] = [];
  private batch: Promise<void> | undefined;

  constructor(readonly path: string, private readonly onError: (err: Error) => void, private readonly batchMs = 50) {}

  /** The parsed lines, oldest first; `torn` when a line could not be parsed (a crash mid-append). */
  read(): { records: T[]; torn: boolean } {
    let text = "";
    try {
      text = readFileSync(this.path, "utf8");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    }
    const records: T[] = [];
    let torn = false;
    for (const line of text.split("\n")) {
      if (!line.trim()) continue;
      try {
        records.push(JSON.parse(line) as T);
      } catch {
        torn = true;
      }
    }
    this.lines = records.length;
    return { records, torn };
  }

  /** Appends one record; resolves when the batch holding it is written. */
  append(record: T): Promise<void> {
    this.pending.push(JSON.stringify(record) + "\n");
    this.lines++;
    this.batch ??= this.enqueue(async () => {
      await new Promise((resolve) => setTimeout(resolve, this.batchMs));
      const text = this.pending.join("");
      this.pending = [];
      this.batch = undefined;
      ensurePrivateDir(dirname(this.path));
      await appendFile(this.path, text, { mode: STATE_FILE_MODE });
    });
    return this.batch;
  }

  /**
   * Replaces the file with `records()` (read when this write starts, after earlier appends; appends
   * made meanwhile are written after it, so nothing is lost or reordered).
   */
  rewrite(records: () => readonly T[]): Promise<void> {
    return this.enqueue(async () => {
      const snapshot = records();
      const data = await encodeInChunks(snapshot, (r) => JSON.stringify(r), "\n", "", snapshot.length ? "\n" : "");
      ensurePrivateDir(dirname(this.path));
      await writeFileAtomic(this.path, data);
      this.lines = snapshot.length + this.pending.length;
    });
  }

  /** Resolves when every write requested so far has finished (or failed). */
  flush(): Promise<void> {
    return this.tail;
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    const run = this.tail.then(step);
    this.tail = run.catch((err: Error) => this.onError(err));
    return run;
  }
}
