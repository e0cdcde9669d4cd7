/**
 * Durable inbound dedupe: the keys (channel, account, chat, message id) of messages already taken,
 * kept in `<stateDir>/channels/inbound-dedupe.json` so a redelivered update — a poller that did not
 * confirm its offset before a crash, a restart, a reconnect replay — never runs the agent twice.
 * Bounded: the newest `maxEntries` keys, none older than `maxAgeMs`.
 */
import { join } from "node:path";
import { JsonFile, type Logger } from "../../core/sdk/plugin.js";

interface DedupeFile {
  version: 1;
  /** key → first seen (ms). */
  seen: Record<string, number>;
}

export interface DedupeOptions {
  maxEntries?: number;
  maxAgeMs?: number;
  now?: () => number;
}

export class InboundDedupe {
  /** Insertion order is age order: the oldest key is first. */
  private readonly seen = new Map<string, number>();
  private readonly file: JsonFile<DedupeFile>;
  private readonly maxEntries: number;
  private readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(stateDir: string, private readonly log: Logger, options: DedupeOptions = {}) {
    this.file = new JsonFile(join(stateDir, "channels", "inbound-dedupe.json"));
    this.maxEntries = options.maxEntries ?? 5000;
    this.maxAgeMs = options.maxAgeMs ?? 7 * 24 * 3600_000;
    this.now = options.now ?? Date.now;
  }

  static key(channel: string, accountId: string, chatId: string, messageId: string): string {
    return JSON.stringify([channel, accountId, chatId, messageId]);
  }

  /** Loads the file (once, at setup, synchronously); an unreadable file fails the plugin and is left untouched. */
  load(): void {
    const data = this.file.readSync({ version: 1, seen: {} });
    const entries = Object.entries(data?.seen ?? {}).filter((e): e is [string, number] => typeof e[1] === "number");
    entries.sort((a, b) => a[1] - b[1]);
    this.seen.clear();
    for (const [k, at] of entries) this.seen.set(k, at);
    this.prune();
  }

  /**
   * Marks `key` as taken. Returns false when it was taken before (a duplicate). The check and the
   * mark are one synchronous step, so concurrent deliveries of the same message cannot both win.
   * `persisted` resolves once the mark is on disk.
   */
  claim(key: string): { fresh: boolean; persisted: Promise<void> } {
    if (this.seen.has(key)) return { fresh: false, persisted: Promise.resolve() };
    this.seen.set(key, this.now());
    this.prune();
    const persisted = this.file.write(() => ({ version: 1, seen: Object.fromEntries(this.seen) })).catch((err: Error) => {
      // Still deduped in memory; only a restart could replay it.
      this.log.warn(`could not save the inbound dedupe file: ${err.message}`);
    });
    return { fresh: true, persisted };
  }

  has(key: string): boolean {
    return this.seen.has(key);
  }

  get size(): number {
    return this.seen.size;
  }

  flush(): Promise<void> {
    return this.file.flush();
  }

  private prune(): void {
    const cutoff = this.now() - this.maxAgeMs;
    for (const [k, at] of this.seen) {
      if (this.seen.size <= this.maxEntries && at >= cutoff) break;
      this.seen.delete(k);
    }
  }
}
