/**
 * One timer for the next due job, whatever the number of jobs: a binary min-heap of (time, id)
 * with lazy deletion (a rescheduled or removed job leaves a stale entry that is skipped when it
 * surfaces). Idle cost is one pending setTimeout; a change that does not move the earliest time
 * does not touch the timer.
 */

/** setTimeout fires at once above 2^31-1 ms; longer waits are re-armed. */
const MAX_DELAY_MS = 2_147_000_000;

interface Entry {
  at: number;
  id: string;
}

export class TimerQueue {
  private heap: Entry[] = [];
  /** The time each id is scheduled for now; heap entries that disagree are stale. */
  private due = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private armedAt = Infinity;
  private stopped = false;

  constructor(private readonly onDue: (ids: string[]) => void, private readonly now: () => number = Date.now) {}

  /** Schedules (or reschedules) `id` at `at`; undefined unschedules it. */
  set(id: string, at: number | undefined): void {
    if (at === undefined) {
      this.due.delete(id);
      return; // the stale heap entry is skipped later; the timer may fire early for nothing, once
    }
    if (this.due.get(id) === at) return;
    this.due.set(id, at);
    this.push({ at, id });
    if (at < this.armedAt) this.arm();
  }

  /** The earliest scheduled time, or null. */
  nextAt(): number | null {
    this.dropStale();
    return this.heap.length ? this.heap[0].at : null;
  }

  size(): number {
    return this.due.size;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private arm(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const next = this.nextAt();
    this.armedAt = next ?? Infinity;
    if (next === null) return;
    const delay = Math.min(Math.max(0, next - this.now()), MAX_DELAY_MS);
    this.timer = setTimeout(() => this.fire(), delay);
    this.timer.unref?.();
  }

  private fire(): void {
    this.timer = undefined;
    this.armedAt = Infinity;
    const now = this.now();
    const ids: string[] = [];
    while (this.heap.length && this.heap[0].at <= now) {
      const top = this.pop();
      if (this.due.get(top.id) !== top.at) continue;
      this.due.delete(top.id);
      ids.push(top.id);
    }
    this.arm();
    if (ids.length) this.onDue(ids);
  }

  private dropStale(): void {
    while (this.heap.length && this.due.get(this.heap[0].id) !== this.heap[0].at) this.pop();
  }

  private push(e: Entry): void {
    const h = this.heap;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (h[p].at <= h[i].at) break;
      [h[p], h[i]] = [h[i], h[p]];
      i = p;
    }
    // Stale entries only leave when they surface; rebuild when they outnumber the live ones.
    if (h.length > 64 && h.length > 2 * this.due.size) this.rebuild();
  }

  private pop(): Entry {
    const h = this.heap;
    const top = h[0];
    const last = h.pop() as Entry;
    if (h.length) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && h[l].at < h[m].at) m = l;
        if (r < h.length && h[r].at < h[m].at) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i], h[m]];
        i = m;
      }
    }
    return top;
  }

  private rebuild(): void {
    const live = [...this.due].map(([id, at]) => ({ at, id }));
    this.heap = [];
    for (const e of live.sort((a, b) => a.at - b.at)) this.heap.push(e); // a sorted array is a valid heap
  }
}
