/** The filters and orderings of cron.list and cron.runs, as the official Control UI sends them. */
import type { Static } from "../../core/sdk/plugin.js";
import type { CronListParams, CronRunsParams } from "./method-schemas.js";
import type { CronJob, CronRunLogEntry } from "./schemas.js";

type ListParams = Static<typeof CronListParams>;
type RunsParams = Static<typeof CronRunsParams>;

/** The agent a job runs as: its own, else the default agent (as the runner resolves it). */
export const agentOfJob = (job: CronJob, defaultAgentId: string) => job.agentId ?? defaultAgentId;

/** Jobs matching every filter given, in the requested order (soonest next run first by default). */
export function selectJobs(all: CronJob[], p: ListParams, defaultAgentId: string): CronJob[] {
  const query = p.query?.trim().toLowerCase();
  // `enabled` is the newer filter; without it `includeDisabled` decides (enabled jobs only by default).
  const enabled = p.enabled ?? (p.includeDisabled ? "all" : "enabled");
  const agentId = p.agentId ?? p.sessionAgentId;
  const jobs = all.filter(
    (j) =>
      (enabled === "all" || j.enabled === (enabled === "enabled")) &&
      (!agentId || agentOfJob(j, defaultAgentId) === agentId) &&
      (!p.sessionKey || j.sessionKey === p.sessionKey) &&
      (!p.scheduleKind || p.scheduleKind === "all" || j.schedule.kind === p.scheduleKind) &&
      (!p.lastRunStatus || p.lastRunStatus === "all" || (j.state.lastRunStatus ?? "unknown") === p.lastRunStatus) &&
      // Every job here runs unconditionally when due (no run conditions exist in this gateway).
      (!p.trigger || p.trigger !== "conditional") &&
      (!query || j.name.toLowerCase().includes(query) || j.id === query),
  );
  const byName = (a: CronJob, b: CronJob) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
  const order: Record<NonNullable<ListParams["sortBy"]>, (a: CronJob, b: CronJob) => number> = {
    nextRunAtMs: (a, b) => (a.state.nextRunAtMs ?? Infinity) - (b.state.nextRunAtMs ?? Infinity) || byName(a, b),
    updatedAtMs: (a, b) => a.updatedAtMs - b.updatedAtMs || byName(a, b),
    name: byName,
  };
  jobs.sort(order[p.sortBy ?? "nextRunAtMs"]);
  if (p.sortDir === "desc") jobs.reverse();
  return jobs;
}

/** A predicate over run-history entries for cron.runs' filters; `jobsOfAgent` lists the job ids of `p.agentId`. */
export function runFilter(p: RunsParams, id: string | undefined, jobsOfAgent: Set<string> | undefined): (e: CronRunLogEntry) => boolean {
  const query = p.query?.trim().toLowerCase();
  const statuses = p.statuses ?? (p.status && p.status !== "all" ? [p.status] : undefined);
  const deliveries = p.deliveryStatuses ?? (p.deliveryStatus ? [p.deliveryStatus] : undefined);
  return (e) =>
    (!id || e.jobId === id) &&
    (!jobsOfAgent || jobsOfAgent.has(e.jobId)) &&
    (!p.runId || e.runId === p.runId) &&
    (!statuses || (e.status !== undefined && statuses.includes(e.status))) &&
    (!deliveries || (e.deliveryStatus !== undefined && deliveries.includes(e.deliveryStatus))) &&
    (!query || `${e.summary ?? ""}\n${e.error ?? ""}`.toLowerCase().includes(query));
}
