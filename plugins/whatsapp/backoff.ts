/**
 * The reconnect schedule (pure): delay n = min(maxMs, initialMs × factor^(n-1)) ± jitter,
 * never above maxMs, for at most maxAttempts attempts. Randomness is injected so tests are exact.
 */

export interface ReconnectPolicy {
  initialMs: number;
  maxMs: number;
  factor: number;
  /** Fraction of the delay added or removed at random (0.25 = ±25 %). */
  jitter: number;
  maxAttempts: number;
}

/** A source of numbers in [0, 1), like Math.random. */
export type RandomSource = () => number;

/** The delay before attempt `attempt` (1-based). */
export function reconnectDelay(policy: ReconnectPolicy, attempt: number, random: RandomSource = Math.random): number {
  const base = Math.min(policy.maxMs, policy.initialMs * policy.factor ** Math.max(0, attempt - 1));
  const spread = policy.jitter * (2 * random() - 1); // in [-jitter, +jitter)
  return Math.max(0, Math.min(policy.maxMs, Math.round(base * (1 + spread))));
}

/** Counts attempts between successful connections. */
export class ReconnectBackoff {
  private attempt = 0;

  constructor(
    private readonly policy: ReconnectPolicy,
    private readonly random: RandomSource = Math.random,
  ) {}

  /** Attempts made since the last reset. */
  get attempts(): number {
    return this.attempt;
  }

  /** The next attempt and its delay, or null when the budget is spent (the account is then degraded). */
  next(): { attempt: number; delayMs: number } | null {
    if (this.attempt >= this.policy.maxAttempts) return null;
    this.attempt += 1;
    return { attempt: this.attempt, delayMs: reconnectDelay(this.policy, this.attempt, this.random) };
  }

  /** After a successful open: the next failure starts again from `initialMs`. */
  reset(): void {
    this.attempt = 0;
  }
}
