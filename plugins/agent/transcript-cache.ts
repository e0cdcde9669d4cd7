/**
 * The in-memory transcript cache, shared by every agent's sessions and bounded by bytes: each session keeps the
 * newest part of its transcript (a suffix), least recently used sessions are dropped first, and a session that
 * alone outgrows the budget loses its oldest cached messages. What is dropped stays on disk and is read back
 * (only the tail that a request needs) on the next use.
 */
import { TailCollector, type TailQuery, type TranscriptRecord } from "./tail-query.js";
import type { TranscriptMessage } from "./contract.js";

/** Charged on top of each message's line length for the JS objects around it (measured ≈ 50–130 bytes). */
const RECORD_OVERHEAD = 128;
/** Charged per cached session, so empty ones cannot pile up without bound. */
const ENTRY_OVERHEAD = 256;

interface Entry {
  /** Oldest first; always the last `records.length` messages of the transcript. */
  records: TranscriptRecord[];
  bytes: number;
  /** The records are the whole transcript (nothing older on disk). */
  complete: boolean;
}

export interface TranscriptCacheStats {
  bytes: number;
  budgetBytes: number;
  sessions: number;
}

export class TranscriptCache {
  private readonly entries = new Map<string, Entry>();
  private total = 0;

  constructor(readonly budgetBytes: number) {}

  stats(): TranscriptCacheStats {
    return { bytes: this.total, budgetBytes: this.budgetBytes, sessions: this.entries.size };
  }

  /** Answers the query from memory, or undefined when the cached suffix is too short to know. */
  query(sessionId: string, query: TailQuery): TranscriptMessage[] | undefined {
    const entry = this.touch(sessionId);
    if (!entry) return undefined;
    const collector = new TailCollector(query);
    for (let i = entry.records.length - 1; i >= 0 && collector.offer(entry.records[i]); i--);
    return collector.satisfied || entry.complete ? collector.messages() : undefined;
  }

  /** Replaces what is cached for the session with a suffix just read from disk (oldest first). */
  put(sessionId: string, records: TranscriptRecord[], complete: boolean): void {
    this.drop(sessionId);
    const entry: Entry = { records, bytes: ENTRY_OVERHEAD, complete };
    for (const r of records) entry.bytes += r.bytes + RECORD_OVERHEAD;
    this.entries.set(sessionId, entry);
    this.total += entry.bytes;
    this.enforce(sessionId);
  }

  /** Adds a message just appended to the transcript; a session that is not cached stays uncached. */
  append(sessionId: string, record: TranscriptRecord): void {
    const entry = this.touch(sessionId);
    if (!entry) return;
    entry.records.push(record);
    entry.bytes += record.bytes + RECORD_OVERHEAD;
    this.total += record.bytes + RECORD_OVERHEAD;
    this.enforce(sessionId);
  }

  drop(sessionId: string): void {
    const entry = this.entries.get(sessionId);
    if (!entry) return;
    this.entries.delete(sessionId);
    this.total -= entry.bytes;
  }

  private touch(sessionId: string): Entry | undefined {
    const entry = this.entries.get(sessionId);
    if (entry) {
      this.entries.delete(sessionId); // re-insert: Map order is the LRU order
      this.entries.set(sessionId, entry);
    }
    return entry;
  }

  /** Brings the total under the budget: least recently used sessions first, then the oldest messages of `current`. */
  private enforce(current: string): void {
    for (const [id, entry] of this.entries) {
      if (this.total <= this.budgetBytes) return;
      if (id === current) continue;
      this.entries.delete(id);
      this.total -= entry.bytes;
    }
    const entry = this.entries.get(current);
    if (!entry || this.total <= this.budgetBytes) return;
    let cut = 0;
    let freed = 0;
    while (cut < entry.records.length && this.total - freed > this.budgetBytes) freed += entry.records[cut++].bytes + RECORD_OVERHEAD;
    entry.records.splice(0, cut);
    entry.bytes -= freed;
    this.total -= freed;
    if (cut > 0) entry.complete = false;
    if (this.total > this.budgetBytes) this.drop(current); // only its own overhead is left: not worth keeping
  }
}
