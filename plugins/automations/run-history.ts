/**
 * Run history in `<stateDir>/cron/runs.jsonl`: entries appended (in batches), bounded per job and in
 * total; the file is compacted (rewritten atomically, in chunks) when it holds twice what is kept.
 * A line torn by a crash mid-append is skipped on load and the file rewritten before the next append.
 */
import { join } from "node:path";
import { JsonLinesFile } from "./jsonl-file.js";
import type { CronRunLogEntry } from "./schemas.js";

export interface HistoryCaps {
  perJob: number;
  total: number;
}

export class RunHistory {
  readonly path: string;
  private readonly file: JsonLinesFile<CronRunLogEntry>;
  /** Oldest first. */
  private entries: CronRunLogEntry[] = [];
  private perJob = new Map<string, number>();
  private compacting = false;

  constructor(stateDir: string, private caps: HistoryCaps, onError: (err: Error) => void) {
    this.path = join(stateDir, "cron", "runs.jsonl");
    this.file = new JsonLinesFile(this.path, onError);
  }

  load(): void {
    const { records, torn } = this.file.read();
    for (const entry of records) this.remember(entry);
    this.trim();
    if (torn) void this.file.rewrite(() => this.entries);
  }

  setCaps(caps: HistoryCaps): void {
    this.caps = caps;
    this.trim();
  }

  /** Appends one entry (in memory at once, on disk in order). */
  append(entry: CronRunLogEntry): Promise<void> {
    this.remember(entry);
    this.trim(entry.jobId);
    const written = this.file.append(entry);
    if (this.compacting || this.file.lines <= 2 * Math.max(this.entries.length, 100)) return written;
    this.compacting = true;
    return this.file.rewrite(() => this.entries).finally(() => (this.compacting = false));
  }

  /** Entries matching `filter`, newest first unless `asc`. */
  query(filter: (e: CronRunLogEntry) => boolean, asc = false): CronRunLogEntry[] {
    const out = this.entries.filter(filter);
    return asc ? out : out.reverse();
  }

  forget(jobId: string): void {
    if (!this.perJob.has(jobId)) return;
    this.entries = this.entries.filter((e) => e.jobId !== jobId);
    this.perJob.delete(jobId);
  }

  flush(): Promise<void> {
    return this.file.flush();
  }

  private remember(entry: CronRunLogEntry): void {
    this.entries.push(entry);
    this.perJob.set(entry.jobId, (this.perJob.get(entry.jobId) ?? 0) + 1);
  }

  /** Drops the oldest entries of jobs over the per-job cap (only `jobId` when given), then the oldest overall over the total cap. */
  private trim(jobId?: string): void {
    const over = jobId === undefined ? [...this.perJob].filter(([, n]) => n > this.caps.perJob) : (this.perJob.get(jobId) ?? 0) > this.caps.perJob ? [[jobId, this.perJob.get(jobId) as number] as const] : [];
    if (over.length) {
      const drop = new Map(over.map(([id, n]) => [id, n - this.caps.perJob]));
      this.entries = this.entries.filter((e) => {
        const left = drop.get(e.jobId);
        if (!left) return true;
        drop.set(e.jobId, left - 1);
        return false;
      });
      for (const [id] of over) this.perJob.set(id, this.caps.perJob);
    }
    if (this.entries.length > this.caps.total) {
      for (const e of this.entries.splice(0, this.entries.length - this.caps.total)) {
        const n = (this.perJob.get(e.jobId) ?? 1) - 1;
        if (n) this.perJob.set(e.jobId, n);
        else this.perJob.delete(e.jobId);
      }
    }
  }
}
