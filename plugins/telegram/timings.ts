/** Poll timeout and retry backoffs of a Telegram account (no grammY import: the plugin loads grammY only when a bot is configured). */

export interface Backoff {
  initialMs: number;
  maxMs: number;
  factor: number;
}

export interface BotTimings {
  /** Long-poll timeout sent to getUpdates (seconds). */
  pollTimeoutSeconds: number;
  /** After a 409 Conflict: slow, so two pollers do not knock each other off in a loop. */
  conflict: Backoff;
  /** After a network or server failure while starting. */
  retry: Backoff;
  /**
   * How long the final getUpdates of a stop (confirming the offset) may take before it is abandoned;
   * below the channels host's 8 s stop wait, so the next poller on the token never overlaps it.
   */
  stopConfirmMs: number;
}

export const DEFAULT_TIMINGS: BotTimings = {
  pollTimeoutSeconds: 30,
  conflict: { initialMs: 30_000, maxMs: 300_000, factor: 2 },
  retry: { initialMs: 2_000, maxMs: 60_000, factor: 1.8 },
  stopConfirmMs: 5_000,
};
