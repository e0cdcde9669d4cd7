/**
 * Replay cache for idempotent methods (`send`, `agent`, `chat.send`): the first call with a key does the work,
 * every repeat within the TTL gets the same outcome. Concurrent repeats share the one in-flight promise, so
 * a key fired many times at once has exactly one side effect. Bounded: at most `maxEntries` settled entries
 * (oldest evicted first); entries still running are never evicted.
 */
export interface IdempotencyOptions {
  ttlMs?: number;
  maxEntries?: number;
  now?: () => number;
}

interface Entry<T> {
  promise: Promise<T>;
  settled: boolean;
  expiresAt: number;
}

export const IDEMPOTENCY_TTL_MS = 5 * 60_000;
export const IDEMPOTENCY_MAX_ENTRIES = 1000;

export class IdempotencyCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: IdempotencyOptions = {}) {
    this.ttlMs = options.ttlMs ?? IDEMPOTENCY_TTL_MS;
    this.maxEntries = options.maxEntries ?? IDEMPOTENCY_MAX_ENTRIES;
    this.now = options.now ?? Date.now;
  }

  /** The existing entry for `key` (running or settled within the TTL), if any. */
  peek(key: string): { promise: Promise<T>; settled: boolean } | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.settled && entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /**
   * Runs `work` unless `key` is known; returns the shared promise and whether this call started it.
   * A rejection is cached like a result (the repeat sees the same error).
   */
  run(key: string, work: () => Promise<T>): { promise: Promise<T>; fresh: boolean } {
    const existing = this.peek(key);
    if (existing) return { promise: existing.promise, fresh: false };
    const settle = () => {
      entry.settled = true;
      entry.expiresAt = this.now() + this.ttlMs;
      this.evict();
    };
    const entry: Entry<T> = { promise: new Promise<T>((resolve) => resolve(work())).finally(settle), settled: false, expiresAt: Infinity };
    entry.promise.catch(() => undefined); // observed by callers; never an unhandled rejection here
    this.entries.set(key, entry);
    return { promise: entry.promise, fresh: true };
  }

  get size(): number {
    return this.entries.size;
  }

  private evict(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) if (entry.settled && entry.expiresAt <= now) this.entries.delete(key);
    if (this.entries.size <= this.maxEntries) return;
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries) break;
      if (entry.settled) this.entries.delete(key); // Map keeps insertion order: oldest first
    }
  }
}
