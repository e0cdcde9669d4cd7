/**
 * Durable jobs, in two files so a run never rewrites the job definitions:
 * - `<stateDir>/cron/jobs.json`: the definitions (`{"version":2,"jobs":[…]}`, no run state), written
 *   atomically (temp file, fsync, rename) only when a job is added, changed or removed; a change is
 *   acknowledged once the write holding it is on disk, so a crash never loses an acknowledged edit.
 * - `<stateDir>/cron/state.jsonl`: each job's run state (`{"id","state"}` lines, the last line of an
 *   id wins), appended after every run and compacted when it holds far more lines than jobs.
 * Both are encoded in chunks, so even 10,000 jobs never hold the event loop for long. A version 1
 * file (state inside each job) is read and rewritten as version 2.
 */
import { join, dirname } from "node:path";
import { ensurePrivateDir, readJsonFileSync, writeFileAtomic } from "../../core/sdk/plugin.js";
import { encodeInChunks } from "./chunked-json.js";
import { JsonLinesFile } from "./jsonl-file.js";
import type { CronJob } from "./schemas.js";

type JobState = CronJob["state"];
type Definition = Omit<CronJob, "state"> & { state?: JobState };

interface JobsDocument {
  version: 1 | 2;
  jobs: Definition[];
}

interface StateLine {
  id: string;
  state: JobState;
}

/** State lines allowed beyond one per job before the log is compacted. */
const STATE_LOG_SLACK = 1_000;

export class JobStore {
  readonly path: string;
  readonly statePath: string;
  private readonly states: JsonLinesFile<StateLine>;
  private writing: Promise<void> = Promise.resolve();
  private queued: Promise<void> | null = null;
  private latest: () => CronJob[] = () => [];
  private jobCount = 0;
  private compacting = false;

  constructor(stateDir: string, onError: (err: Error) => void) {
    this.path = join(stateDir, "cron", "jobs.json");
    this.statePath = join(stateDir, "cron", "state.jsonl");
    this.states = new JsonLinesFile<StateLine>(this.statePath, onError);
  }

  /**
   * The stored jobs with their last known state; `stale` when the files should be rewritten (an
   * older format, a torn state line). Throws (the plugin fails, the file untouched) when jobs.json
   * cannot be parsed.
   */
  async load(): Promise<{ jobs: CronJob[]; stale: boolean }> {
    // Read synchronously like the state log and the run history beside it: once per start, and an await
    // here would only hand the event loop to other start-up work in the middle of this setup.
    const doc = readJsonFileSync<JobsDocument>(this.path, { version: 2, jobs: [] });
    if (!doc || !Array.isArray(doc.jobs) || (doc.version !== 1 && doc.version !== 2)) {
      throw new Error(`${this.path}: expected {"version":2,"jobs":[…]}; fix or move the file away`);
    }
    const byId = new Map<string, CronJob>();
    for (const def of doc.jobs) byId.set(def.id, { ...def, state: def.state ?? {} });
    const { records, torn } = this.states.read();
    for (const line of records) {
      const job = byId.get(line.id);
      if (job && line.state && typeof line.state === "object") job.state = line.state;
    }
    this.jobCount = byId.size;
    return { jobs: [...byId.values()], stale: doc.version !== 2 || torn };
  }

  /**
   * Writes the definitions of `jobs()` (read when the write starts; saves requested meanwhile share
   * the next write). Resolves once a write holding the caller's change is on disk.
   */
  saveDefinitions(jobs: () => CronJob[]): Promise<void> {
    this.latest = jobs;
    if (this.queued) return this.queued;
    const run = this.writing.then(async () => {
      this.queued = null;
      const all = this.latest();
      this.jobCount = all.length;
      const data = await encodeInChunks(all, definitionText, ",\n", '{"version":2,"jobs":[\n', "\n]}\n");
      ensurePrivateDir(dirname(this.path));
      await writeFileAtomic(this.path, data);
    });
    this.queued = run;
    this.writing = run.catch(() => undefined);
    return run;
  }

  /** Records a job's run state (appended; the log is compacted from `jobs()` when it has grown). */
  saveState(job: CronJob, jobs: () => CronJob[]): void {
    void this.states.append({ id: job.id, state: job.state });
    if (!this.compacting && this.states.lines > 2 * this.jobCount + STATE_LOG_SLACK) {
      this.compacting = true;
      void this.compactStates(jobs).finally(() => (this.compacting = false));
    }
  }

  /** Lines in the state log, as far as this process knows. */
  get stateLines(): number {
    return this.states.lines;
  }

  /** Rewrites the state log with one line per job. */
  compactStates(jobs: () => CronJob[]): Promise<void> {
    return this.states.rewrite(() => jobs().map((j) => ({ id: j.id, state: j.state })));
  }

  async flush(): Promise<void> {
    await Promise.all([this.writing, this.states.flush()]);
  }
}

function definitionText(job: CronJob): string {
  const { state: _state, ...definition } = job;
  return JSON.stringify(definition);
}
