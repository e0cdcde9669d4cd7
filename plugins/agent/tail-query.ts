/**
 * How much of a transcript's end a caller needs, and the collector that takes messages newest first until
 * that much is there. The same collector runs over the in-memory cache and over the file read backwards,
 * so both answer a query identically.
 */
import type { TranscriptMessage } from "./contract.js";

/** One transcript message with the size of its line on disk (what the cache charges for it). */
export interface TranscriptRecord {
  message: TranscriptMessage;
  bytes: number;
}

export interface TailQuery {
  /** At most this many messages. */
  maxMessages?: number;
  /** Stop before the message that would take the total past this many bytes (the newest one is always taken). */
  maxBytes?: number;
  /**
   * Take messages until their summed cost passes `limit`; the message that passes it is included, so the
   * caller can cut exactly where it wants (the model context is trimmed again by the prompt builder).
   */
  budget?: { limit: number; cost(message: TranscriptMessage): number };
}

export class TailCollector {
  /** Newest first. */
  readonly taken: TranscriptRecord[] = [];
  /** The query is answered: no older message is wanted. */
  satisfied = false;
  private bytes = 0;
  private cost = 0;

  constructor(private readonly query: TailQuery) {
    if (query.maxMessages !== undefined && query.maxMessages <= 0) this.satisfied = true;
  }

  /** Offers the next older message; returns whether more are wanted. */
  offer(record: TranscriptRecord): boolean {
    if (this.satisfied) return false;
    const q = this.query;
    if (q.maxBytes !== undefined && this.taken.length > 0 && this.bytes + record.bytes > q.maxBytes) {
      this.satisfied = true;
      return false;
    }
    this.taken.push(record);
    this.bytes += record.bytes;
    if (q.budget) this.cost += q.budget.cost(record.message);
    if (
      (q.maxMessages !== undefined && this.taken.length >= q.maxMessages) ||
      (q.maxBytes !== undefined && this.bytes >= q.maxBytes) ||
      (q.budget !== undefined && this.cost > q.budget.limit)
    ) {
      this.satisfied = true;
    }
    return !this.satisfied;
  }

  /** The taken messages, oldest first. */
  messages(): TranscriptMessage[] {
    return this.taken.map((r) => r.message).reverse();
  }
}
