/**
 * The scheduler: jobs in memory and in the store, one timer (TimerQueue) for the next due job, a
 * bounded number of runs at once, run history, failure backoff, missed runs after a restart.
 */
import { randomUUID } from "node:crypto";
import { invalidRequest, unavailable, type Logger } from "../../core/sdk/plugin.js";
import { JobStore } from "./job-store.js";
import { RunHistory, type HistoryCaps } from "./run-history.js";
import { TimerQueue } from "./timer-queue.js";
import { backoffMs, loadCroner, nextRunAfter, validateSchedule } from "./schedule.js";
import { runJob, type RunnerDeps } from "./runner.js";
import type { CronEvent, CronJob, CronRunLogEntry } from "./schemas.js";
import type { Static } from "../../core/sdk/plugin.js";
import type { CronAddParams } from "./method-schemas.js";
import { applyPatch, checkShape, configRevision, type Patch } from "./job-rules.js";

export interface CronSettings extends HistoryCaps {
  enabled: boolean;
  maxConcurrentRuns: number;
}

export interface CronServiceDeps extends RunnerDeps {
  stateDir: string;
  settings: CronSettings;
  log: Logger;
  emit(event: CronEvent): void;
  /** Checks an agent id and a delivery target at add/update time; throws INVALID_REQUEST. */
  checkRefs(job: CronJob, method: string): void;
}

type AddParams = Static<typeof CronAddParams>;


export class CronService {
  readonly store: JobStore;
  readonly history: RunHistory;
  private jobs = new Map<string, CronJob>();
  private queue: TimerQueue;
  /** Due runs waiting for a free slot (each job at most once). */
  private waiting: Array<{ id: string; runId: string }> = [];
  private running = new Set<string>();
  /** Runs under way, so a stop can wait for them to be recorded. */
  private inflight = new Set<Promise<void>>();
  private revision = 0;

  constructor(private readonly deps: CronServiceDeps) {
    const onError = (err: Error) => deps.log.error(`cannot save cron state: ${err.message}`);
    this.store = new JobStore(deps.stateDir, onError);
    this.history = new RunHistory(deps.stateDir, deps.settings, onError);
    this.queue = new TimerQueue((ids) => this.onDue(ids));
  }

  /** Loads jobs and history and schedules every enabled job; runs missed while down follow each job's `missedRuns`. */
  async start(): Promise<void> {
    const { jobs, stale } = await this.store.load();
    this.history.load();
    if (jobs.some((j) => j.schedule.kind === "cron")) await loadCroner();
    const now = Date.now();
    const missed: CronJob[] = [];
    for (const job of jobs) {
      delete job.state.runningAtMs; // a run cut short by a stop or a crash is not running any more
      this.jobs.set(job.id, job);
      if (!job.enabled) continue;
      const due = job.state.nextRunAtMs;
      if (due !== undefined && due <= now) missed.push(job);
      else this.reschedule(job, now);
    }
    for (const job of missed) {
      if ((job.missedRuns ?? "run-once") === "run-once") {
        job.state.nextRunAtMs = now;
        this.queue.set(job.id, now);
      } else {
        const ts = Date.now();
        void this.history.append({ ts, jobId: job.id, jobName: job.name, action: "finished", status: "skipped", summary: `missed at ${new Date(job.state.nextRunAtMs as number).toISOString()} while the gateway was down (missedRuns: skip)`, runAtMs: ts, durationMs: 0 });
        job.state.lastRunStatus = job.state.lastStatus = "skipped";
        this.reschedule(job, now);
      }
    }
    if (stale) await this.store.saveDefinitions(() => this.all());
    // One line per job, with the next runs just computed; with no job and no state log there is nothing
    // to write (and no fsync on every start-up of a gateway that has no automations).
    if (jobs.length > 0 || this.store.stateLines > 0) await this.store.compactStates(() => this.all());
  }

  /**
   * Stops firing and waits (at most `graceMs`) for runs under way to end — they were aborted through
   * the plugin's signal — so each is recorded in the history, as interrupted, before the files close.
   */
  async stop(graceMs = 5_000): Promise<void> {
    this.queue.stop();
    this.waiting = [];
    if (!this.inflight.size) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.allSettled([...this.inflight]), new Promise((r) => (timer = setTimeout(r, graceMs)))]);
    clearTimeout(timer);
  }

  async flush(): Promise<void> {
    await Promise.all([this.store.flush(), this.history.flush()]);
  }

  applySettings(settings: CronSettings): void {
    const wasEnabled = this.deps.settings.enabled;
    this.deps.settings = settings;
    this.history.setCaps(settings);
    if (!wasEnabled && settings.enabled) for (const job of this.jobs.values()) this.reschedule(job, Date.now());
    this.pump();
  }

  // ---- queries ----

  get(id: string): CronJob {
    const job = this.jobs.get(id);
    if (!job) throw invalidRequest(`cron job not found: ${id}`);
    return job;
  }

  all(): CronJob[] {
    return [...this.jobs.values()];
  }

  /** Changes on every add, update, removal (not on run-state changes). */
  snapshotRevision(): string {
    return `r${this.revision}`;
  }

  status() {
    const backingOff = this.all()
      .filter((j) => (j.state.consecutiveErrors ?? 0) > 0 && j.state.backoffUntilMs !== undefined && j.state.backoffUntilMs > Date.now())
      .map((j) => ({ id: j.id, name: j.name, consecutiveErrors: j.state.consecutiveErrors as number, backoffUntilMs: j.state.backoffUntilMs as number, ...(j.state.lastError ? { lastError: j.state.lastError } : {}) }));
    return {
      enabled: this.deps.settings.enabled,
      storePath: this.store.path,
      jobs: this.jobs.size,
      nextWakeAtMs: this.deps.settings.enabled ? this.queue.nextAt() : null,
      running: this.running.size,
      maxConcurrentRuns: this.deps.settings.maxConcurrentRuns,
      backingOff,
    };
  }

  runs(filter: (e: CronRunLogEntry) => boolean, asc: boolean): CronRunLogEntry[] {
    return this.history.query(filter, asc);
  }

  // ---- changes ----

  async add(params: AddParams): Promise<CronJob> {
    const now = Date.now();
    await validateSchedule(params.schedule, "cron.add", now);
    checkShape(params.sessionTarget, params.payload.kind, "cron.add");
    const { agentId, sessionKey, ...rest } = params;
    const job: CronJob = {
      ...rest,
      id: randomUUID(),
      ...(agentId ? { agentId } : {}),
      ...(sessionKey ? { sessionKey } : {}),
      enabled: params.enabled ?? true,
      createdAtMs: now,
      updatedAtMs: now,
      state: {},
    };
    this.deps.checkRefs(job, "cron.add");
    this.jobs.set(job.id, job);
    this.revision++;
    this.reschedule(job, now);
    this.saveState(job);
    await this.saveDefinitions(job.id);
    this.deps.emit({ jobId: job.id, action: "added", job, ...(job.state.nextRunAtMs !== undefined ? { nextRunAtMs: job.state.nextRunAtMs } : {}) });
    return job;
  }

  async update(id: string, patch: Patch, expectedConfigRevision?: string): Promise<CronJob> {
    const current = this.get(id);
    if (expectedConfigRevision !== undefined && expectedConfigRevision !== configRevision(current)) {
      throw invalidRequest(`cron job ${id} changed since it was read (configRevision ${configRevision(current)}, expected ${expectedConfigRevision}); read it again`);
    }
    const now = Date.now();
    if (patch.schedule) await validateSchedule(patch.schedule, "cron.update", now);
    const next = applyPatch(current, patch);
    const { schedule, ...plain } = patch;
    checkShape(next.sessionTarget, next.payload.kind, "cron.update");
    this.deps.checkRefs(next, "cron.update");
    next.updatedAtMs = now;
    if (schedule || plain.enabled !== undefined) {
      delete next.state.backoffUntilMs;
      delete next.state.nextRunAtMs;
    }
    this.jobs.set(id, next);
    this.revision++;
    if (schedule || plain.enabled !== undefined) this.reschedule(next, now);
    this.saveState(next);
    await this.saveDefinitions(id);
    this.deps.emit({ jobId: id, action: "updated", job: next });
    return next;
  }

  /** Resolves once the removal is on disk. */
  async remove(id: string): Promise<boolean> {
    if (!this.jobs.delete(id)) return false;
    this.queue.set(id, undefined);
    this.waiting = this.waiting.filter((w) => w.id !== id);
    this.revision++;
    await this.saveDefinitions(id);
    this.deps.emit({ jobId: id, action: "removed" });
    return true;
  }

  /** `force` runs now; `due` only when the job is due; `if-enabled` only when enabled. */
  run(id: string, mode: "force" | "due" | "if-enabled"): { ok: true; enqueued: true; runId: string } | { ok: true; ran: false; reason: "disabled" | "not-due" | "already-running" } {
    const job = this.get(id);
    if (this.running.has(id) || this.waiting.some((w) => w.id === id)) return { ok: true, ran: false, reason: "already-running" };
    if (mode === "if-enabled" && !job.enabled) return { ok: true, ran: false, reason: "disabled" };
    if (mode === "due" && !(job.enabled && job.state.nextRunAtMs !== undefined && job.state.nextRunAtMs <= Date.now())) return { ok: true, ran: false, reason: "not-due" };
    const runId = randomUUID();
    this.waiting.push({ id, runId });
    this.pump();
    return { ok: true, enqueued: true, runId };
  }

  // ---- running ----

  private onDue(ids: string[]): void {
    if (!this.deps.settings.enabled) return;
    for (const id of ids) {
      if (this.running.has(id) || this.waiting.some((w) => w.id === id)) continue;
      this.waiting.push({ id, runId: randomUUID() });
    }
    this.pump();
  }

  private pump(): void {
    while (this.running.size < this.deps.settings.maxConcurrentRuns && this.waiting.length) {
      const { id, runId } = this.waiting.shift() as { id: string; runId: string };
      const job = this.jobs.get(id);
      if (!job || this.running.has(id)) continue;
      const run = this.execute(job, runId);
      this.inflight.add(run);
      void run.finally(() => this.inflight.delete(run));
    }
  }

  private async execute(job: CronJob, runId: string): Promise<void> {
    this.running.add(job.id);
    const startedAt = Date.now();
    job.state.runningAtMs = startedAt;
    this.deps.emit({ jobId: job.id, action: "started", runId, runAtMs: startedAt });
    let entry: CronRunLogEntry;
    try {
      entry = await runJob(this.deps, job, runId);
    } finally {
      this.running.delete(job.id);
    }
    const interrupted = this.deps.signal.aborted;
    if (interrupted) {
      entry.status = "error";
      entry.error = `interrupted: the automations plugin was stopped or reloaded during the run${entry.error ? ` (${entry.error})` : ""}`;
    }
    const live = this.jobs.get(job.id);
    if (live) {
      if (interrupted) this.recordInterrupted(live, entry);
      else this.recordOutcome(live, entry);
    }
    await this.history.append(entry);
    this.deps.emit({
      jobId: job.id,
      action: "finished",
      runId,
      runAtMs: entry.runAtMs as number,
      durationMs: entry.durationMs as number,
      ...(entry.status ? { status: entry.status } : {}),
      ...(entry.error ? { error: entry.error } : {}),
      ...(entry.summary !== undefined ? { summary: entry.summary } : {}),
      ...(entry.deliveryStatus ? { deliveryStatus: entry.deliveryStatus } : {}),
      ...(live?.state.nextRunAtMs !== undefined ? { nextRunAtMs: live.state.nextRunAtMs } : {}),
    });
    this.pump();
  }

  private recordOutcome(job: CronJob, entry: CronRunLogEntry): void {
    const now = Date.now();
    const s = job.state;
    delete s.runningAtMs;
    s.lastRunAtMs = entry.runAtMs;
    s.lastRunStatus = s.lastStatus = entry.status;
    s.lastDurationMs = entry.durationMs;
    if (entry.deliveryStatus) s.lastDeliveryStatus = entry.deliveryStatus;
    if (entry.delivered !== undefined) s.lastDelivered = entry.delivered;
    if (entry.deliveryError) s.lastDeliveryError = entry.deliveryError;
    else delete s.lastDeliveryError;
    if (entry.status === "error") {
      s.lastError = entry.error;
      s.consecutiveErrors = (s.consecutiveErrors ?? 0) + 1;
      s.backoffUntilMs = now + backoffMs(s.consecutiveErrors);
    } else {
      delete s.lastError;
      delete s.backoffUntilMs;
      s.consecutiveErrors = 0;
    }
    if (job.schedule.kind === "at") {
      // A one-shot is done after its run: deleted on success unless kept; a failed or kept one stays, disabled.
      if (entry.status === "ok" && job.deleteAfterRun !== false) {
        this.remove(job.id).catch(() => undefined); // logged by saveDefinitions
        return;
      }
      job.enabled = false;
      delete s.nextRunAtMs;
      this.queue.set(job.id, undefined);
      this.revision++;
      this.saveDefinitions(job.id).catch(() => undefined); // logged by saveDefinitions
    } else {
      this.reschedule(job, now);
    }
    entry.nextRunAtMs = s.nextRunAtMs;
    if (entry.nextRunAtMs === undefined) delete entry.nextRunAtMs;
    this.saveState(job);
  }

  /**
   * A run cut short by a stop or reload: recorded (history, last status and error) but not held
   * against the job — no backoff, and the schedule is left as it was, so a one-shot still due runs
   * again on the next start under its `missedRuns` policy.
   */
  private recordInterrupted(job: CronJob, entry: CronRunLogEntry): void {
    const s = job.state;
    delete s.runningAtMs;
    s.lastRunAtMs = entry.runAtMs;
    s.lastRunStatus = s.lastStatus = "error";
    s.lastDurationMs = entry.durationMs;
    s.lastError = entry.error;
    if (s.nextRunAtMs !== undefined) entry.nextRunAtMs = s.nextRunAtMs;
    this.saveState(job);
  }

  /** Computes the job's next run (respecting backoff) and hands it to the timer. */
  private reschedule(job: CronJob, now: number): void {
    if (!job.enabled) {
      delete job.state.nextRunAtMs;
      this.queue.set(job.id, undefined);
      return;
    }
    let next = nextRunAfter(job.schedule, now, job.createdAtMs);
    if (next !== undefined && job.state.backoffUntilMs !== undefined && next < job.state.backoffUntilMs) next = job.state.backoffUntilMs;
    if (next === undefined) delete job.state.nextRunAtMs;
    else job.state.nextRunAtMs = next;
    this.queue.set(job.id, this.deps.settings.enabled ? next : undefined);
  }

  /** Run state: appended to the state log, never a rewrite of the job definitions. */
  private saveState(job: CronJob): void {
    this.store.saveState(job, () => this.all());
  }

  /** Job definitions: resolves once the change to job `id` is on disk; a failed write says so. */
  private async saveDefinitions(id: string): Promise<void> {
    try {
      await this.store.saveDefinitions(() => this.all());
    } catch (err) {
      this.deps.log.error(`cannot save ${this.store.path}: ${(err as Error).message}`);
      throw unavailable(`cron job ${id} was changed in memory but could not be saved to ${this.store.path} (${(err as Error).message}); the next change retries the write`);
    }
  }
}
