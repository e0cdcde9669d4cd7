/**
 * Durable state: the jobs (`<stateDir>/cron/jobs.json`, one JSON document written atomically, so a
 * crash mid-write leaves the previous version) and the run history (`<stateDir>/cron/runs.jsonl`,
 * appended; a torn last line after a crash is skipped on load). History is bounded per job and in
 * total; the file is rewritten atomically from memory when it holds twice what is kept.
 */
import { appendFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JsonFile, ensurePrivateDir, writeFileAtomic } from "../../core/sdk/plugin.js";
import type { CronJob, CronRunLogEntry } from "./schemas.js";

interface JobsDocument {
  version: 1;
  jobs: CronJob[];
}

export class JobStore {
  readonly path: string;
  private readonly file: JsonFile<JobsDocument>;

  constructor(stateDir: string) {
    this.path = join(stateDir, "cron", "jobs.json");
    this.file = new JsonFile<JobsDocument>(this.path);
  }

  /** The stored jobs; throws (and the plugin fails, the file untouched) when the file cannot be parsed. */
  async load(): Promise<CronJob[]> {
    const doc = await this.file.read({ version: 1, jobs: [] });
    if (!doc || !Array.isArray(doc.jobs)) throw new Error(`${this.path}: expected {"version":1,"jobs":[…]}; fix or move the file away`);
    return doc.jobs;
  }

  /** Saves `jobs()` (read when the write starts; concurrent saves share one write). */
  save(jobs: () => CronJob[]): Promise<void> {
    return this.file.write(() => ({ version: 1, jobs: jobs() }));
  }

  flush(): Promise<void> {
    return this.file.flush();
  }
}

export interface HistoryCaps {
  perJob: number;
  total: number;
}

export class RunHistory {
  readonly path: string;
  /** Oldest first. */
  private entries: CronRunLogEntry[] = [];
  private perJob = new Map<string, number>();
  private linesInFile = 0;
  private tail: Promise<void> = Promise.resolve();

  constructor(stateDir: string, private caps: HistoryCaps) {
    this.path = join(stateDir, "cron", "runs.jsonl");
  }

  load(): void {
    let text = "";
    try {
      text = readFileSync(this.path, "utf8");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    }
    for (const line of text.split("\n")) {
      if (!line.trim()) continue;
      this.linesInFile++;
      try {
        this.remember(JSON.parse(line) as CronRunLogEntry);
      } catch {
        // A line torn by a crash mid-append: the entries before it are intact.
      }
    }
    this.trim();
  }

  setCaps(caps: HistoryCaps): void {
    this.caps = caps;
    this.trim();
  }

  /** Appends one entry (in memory at once, on disk in order). */
  append(entry: CronRunLogEntry): Promise<void> {
    this.remember(entry);
    this.trim(entry.jobId);
    this.linesInFile++;
    const compact = this.linesInFile > 2 * Math.max(this.entries.length, 100);
    this.tail = this.tail
      .then(async () => {
        ensurePrivateDir(join(this.path, ".."));
        if (compact) {
          this.linesInFile = this.entries.length;
          await writeFileAtomic(this.path, this.entries.map((e) => JSON.stringify(e) + "\n").join(""));
        } else {
          await appendFile(this.path, JSON.stringify(entry) + "\n", { mode: 0o600 });
        }
      })
      .catch(() => undefined);
    return this.tail;
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
    return this.tail;
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
