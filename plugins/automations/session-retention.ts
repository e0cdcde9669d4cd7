/**
 * `cron.sessionRetention`: every isolated run leaves a session (index entry and transcript) behind. Sessions of
 * finished isolated runs that have not changed for the retention period are removed, transcripts included, by a
 * sweep that runs every quarter of the period (at least every 10 minutes, at most every second). Other sessions,
 * including a job's own `sessionKey` and the main session, are never touched.
 */
import type { Logger } from "../../core/sdk/plugin.js";
import type { AgentService } from "../agent/contract.js";
import { isIsolatedRunSession } from "./runner.js";

const MIN_SWEEP_MS = 1_000;
const MAX_SWEEP_MS = 10 * 60_000;

export class SessionRetention {
  private timer: NodeJS.Timeout | undefined;
  private sweeping: Promise<number> | undefined;

  /** `retentionMs` 0 disables pruning. */
  constructor(private readonly deps: { agent: AgentService; retentionMs: number; log: Logger }) {}

  get sweepEveryMs(): number {
    return Math.min(MAX_SWEEP_MS, Math.max(MIN_SWEEP_MS, Math.round(this.deps.retentionMs / 4)));
  }

  start(): void {
    if (this.deps.retentionMs <= 0 || this.timer) return;
    this.timer = setInterval(() => void this.sweep(), this.sweepEveryMs);
    this.timer.unref();
  }

  /** Stops the timer and waits for a sweep under way. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.sweeping;
  }

  /** Removes the isolated run sessions unchanged since `now - retention`; resolves how many (one sweep at a time). */
  sweep(now = Date.now()): Promise<number> {
    if (this.deps.retentionMs <= 0) return Promise.resolve(0);
    this.sweeping ??= this.deps.agent
      .pruneSessions(isIsolatedRunSession, now - this.deps.retentionMs)
      .then((n) => {
        if (n) this.deps.log.debug(`cron.sessionRetention: removed ${n} isolated run session(s)`);
        return n;
      })
      .catch((err: unknown) => {
        this.deps.log.warn(`cron.sessionRetention: cannot prune isolated run sessions: ${(err as Error).message ?? err}`);
        return 0;
      })
      .finally(() => (this.sweeping = undefined));
    return this.sweeping;
  }
}
