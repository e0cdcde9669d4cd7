/**
 * Failed-auth limiter: `maxFailures` wrong credentials within `windowMs` from one key (client IP)
 * lock that key out for `lockoutMs`. Success resets the key. At most `maxKeys` keys are tracked.
 */
export interface AuthLimiterOptions {
  maxFailures?: number;
  windowMs?: number;
  lockoutMs?: number;
  maxKeys?: number;
  now?: () => number;
}

interface Entry {
  failures: number[];
  lockedUntil: number;
}

export type LimiterVerdict = { locked: false } | { locked: true; retryAfterMs: number };

export class AuthFailureLimiter {
  readonly maxFailures: number;
  readonly windowMs: number;
  readonly lockoutMs: number;
  readonly maxKeys: number;
  private readonly now: () => number;
  private readonly entries = new Map<string, Entry>();

  constructor(options: AuthLimiterOptions = {}) {
    this.maxFailures = options.maxFailures ?? 10;
    this.windowMs = options.windowMs ?? 60_000;
    this.lockoutMs = options.lockoutMs ?? 300_000;
    this.maxKeys = options.maxKeys ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  check(key: string): LimiterVerdict {
    const entry = this.entries.get(key);
    if (!entry) return { locked: false };
    const now = this.now();
    if (entry.lockedUntil > now) return { locked: true, retryAfterMs: entry.lockedUntil - now };
    return { locked: false };
  }

  /** Records one wrong credential; returns the verdict after it. */
  recordFailure(key: string): LimiterVerdict {
    const now = this.now();
    let entry = this.entries.get(key);
    if (!entry) {
      this.makeRoom(now);
      entry = { failures: [], lockedUntil: 0 };
      this.entries.set(key, entry);
    }
    if (entry.lockedUntil > now) return { locked: true, retryAfterMs: entry.lockedUntil - now };
    entry.failures = entry.failures.filter((t) => now - t < this.windowMs);
    entry.failures.push(now);
    if (entry.failures.length >= this.maxFailures) {
      entry.lockedUntil = now + this.lockoutMs;
      entry.failures = [];
    }
    return this.check(key);
  }

  reset(key: string): void {
    this.entries.delete(key);
  }

  private makeRoom(now: number): void {
    if (this.entries.size < this.maxKeys) return;
    for (const [key, entry] of this.entries) {
      const stale = entry.lockedUntil <= now && entry.failures.every((t) => now - t >= this.windowMs);
      if (stale) this.entries.delete(key);
    }
    // Still full: drop the oldest keys that are not locked out (Map iterates in insertion order).
    for (const [key, entry] of this.entries) {
      if (this.entries.size < this.maxKeys) break;
      if (entry.lockedUntil <= now) this.entries.delete(key);
    }
    // Every key locked: the bound still holds, the oldest lockout goes first.
    while (this.entries.size >= this.maxKeys) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}
