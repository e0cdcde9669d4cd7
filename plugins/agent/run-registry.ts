/** Runs that are queued, running, or ended recently: for `agent.wait`, `chat.abort` and in-flight checks. */
import type { RunSummary } from "./contract.js";

export interface RunRecord extends RunSummary {
  controller: AbortController;
  /** Resolves when the run ends, however it ends. */
  ended: Promise<void>;
}

/** Ended runs are remembered this long (and at most this many) for `agent.wait`. */
const ENDED_TTL_MS = 10 * 60_000;
const ENDED_MAX = 1000;
/** `agent.wait` calls for runs that do not exist (yet) at most at once; more answer "timeout" at once. */
const MAX_UNKNOWN_WAITERS = 1000;

export class RunRegistry {
  private readonly runs = new Map<string, RunRecord>();
  /** Ended runs still remembered, oldest end first. */
  private readonly endedOrder = new Map<string, RunRecord>();
  private readonly endWaiters = new Map<string, Set<() => void>>();
  private waitingForUnknown = 0;

  add(record: RunRecord): void {
    this.endedOrder.delete(record.runId); // an ended run's id used again: the new run replaces it
    this.runs.set(record.runId, record);
    for (const wake of this.endWaiters.get(record.runId) ?? []) wake();
  }

  get(runId: string): RunRecord | undefined {
    return this.runs.get(runId);
  }

  active(sessionKey?: string): RunRecord[] {
    return [...this.runs.values()].filter((r) => r.status === "running" && (sessionKey === undefined || r.sessionKey === sessionKey));
  }

  /** Waits for the run to exist and end, up to timeoutMs. */
  async wait(runId: string, timeoutMs: number): Promise<RunSummary | undefined> {
    const deadline = Date.now() + timeoutMs;
    let record = this.runs.get(runId);
    if (!record) {
      // agent.wait may arrive before the run it names was submitted; such waits are bounded in number.
      if (this.waitingForUnknown >= MAX_UNKNOWN_WAITERS) return undefined;
      record = await new Promise<RunRecord | undefined>((resolve) => {
        const waiters = this.endWaiters.get(runId) ?? new Set();
        this.endWaiters.set(runId, waiters);
        this.waitingForUnknown++;
        const done = () => {
          this.waitingForUnknown--;
          clearTimeout(timer);
          waiters.delete(done);
          if (!waiters.size) this.endWaiters.delete(runId);
          resolve(this.runs.get(runId));
        };
        const timer = setTimeout(done, timeoutMs);
        waiters.add(done);
      });
      if (!record) return undefined;
    }
    if (record.status === "running") {
      let timer: NodeJS.Timeout | undefined;
      const timedOut = await Promise.race([
        record.ended.then(() => false),
        new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), Math.max(0, deadline - Date.now())))),
      ]);
      clearTimeout(timer);
      if (timedOut) return undefined;
    }
    return summary(record);
  }

  /**
   * Records that `record` ended, then forgets ended runs past their TTL or beyond the cap. Ended runs are
   * kept in the order they ended, so this looks at the oldest few instead of walking every remembered run.
   */
  ended(record: RunRecord): void {
    this.endedOrder.delete(record.runId);
    if (this.runs.get(record.runId) === record) this.endedOrder.set(record.runId, record);
    const now = Date.now();
    for (const [runId, r] of this.endedOrder) {
      if (this.endedOrder.size <= ENDED_MAX && (r.endedAt ?? now) + ENDED_TTL_MS >= now) break;
      this.endedOrder.delete(runId);
      if (this.runs.get(runId) === r) this.runs.delete(runId);
    }
  }
}

export function summary(record: RunSummary): RunSummary {
  const { runId, sessionKey, status, startedAt, endedAt, error } = record;
  return { runId, sessionKey, status, ...(startedAt ? { startedAt } : {}), ...(endedAt ? { endedAt } : {}), ...(error ? { error } : {}) };
}
