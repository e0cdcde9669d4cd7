/** A resettable "wake up" for a loop that waits: `wait()` resolves on `wake()`, on abort, or after `ms`. */

export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

/** setTimeout-based sleep that ends early (without throwing) when `signal` aborts. */
export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const onAbort = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });

export class Wakeup {
  private pending = new Set<() => void>();

  wake(): void {
    const waiters = [...this.pending];
    this.pending.clear();
    for (const resolve of waiters) resolve();
  }

  /** Waits for `wake()` or `signal`; with `ms` and `sleep`, also for that long. */
  wait(signal: AbortSignal, ms?: number, sleep: Sleep = realSleep): Promise<void> {
    if (signal.aborted) return Promise.resolve();
    const local = new AbortController();
    const onAbort = () => local.abort();
    signal.addEventListener("abort", onAbort, { once: true });
    return new Promise<void>((resolve) => {
      let finished = false;
      const done = () => {
        if (finished) return;
        finished = true;
        this.pending.delete(done);
        signal.removeEventListener("abort", onAbort);
        local.abort();
        resolve();
      };
      this.pending.add(done);
      local.signal.addEventListener("abort", done, { once: true });
      if (ms !== undefined) void sleep(ms, local.signal).then(done);
    });
  }
}
