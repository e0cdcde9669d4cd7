/** cron.* methods: thin handlers over the CronService. */
import { invalidRequest, type PluginApi } from "../../core/sdk/plugin.js";
import type { CronService } from "./cron-service.js";
import {
  CronAddParams, CronGetParams, CronListParams, CronListResult, CronRemoveParams, CronRemoveResult, CronRunParams, CronRunResult,
  CronRunsParams, CronRunsResult, CronStatusParams, CronStatusResult, CronUpdateParams,
} from "./method-schemas.js";
import { CronJob } from "./schemas.js";
import { agentOfJob, runFilter, selectJobs } from "./list-query.js";

const jobIdOf = (p: { id: string } | { jobId: string }) => ("id" in p ? p.id : p.jobId);

function page<T>(items: T[], offset: number, limit: number) {
  const slice = items.slice(offset, offset + limit);
  const hasMore = offset + slice.length < items.length;
  return { slice, total: items.length, offset, limit, hasMore, nextOffset: hasMore ? offset + slice.length : null };
}

/** `defaultAgentId` names the agent of jobs that name none (for the agentId filters). */
export function registerCronMethods(api: PluginApi<unknown>, cron: () => CronService, defaultAgentId: () => string): void {
  api.registerMethod("cron.status", {
    description: "Scheduler status: enabled, job count, next wake, runs in progress, jobs backing off after failures",
    scope: "operator.read", params: CronStatusParams, result: CronStatusResult,
    handler: () => cron().status(),
  });

  api.registerMethod("cron.list", {
    description: "Jobs, paged and filtered (enabled only unless includeDisabled or enabled says otherwise), soonest next run first unless sortBy",
    scope: "operator.read", params: CronListParams, result: CronListResult,
    handler: (p) => {
      const { slice, ...meta } = page(selectJobs(cron().all(), p, defaultAgentId()), p.offset ?? 0, p.limit ?? 200);
      const fallback = defaultAgentId();
      return { jobs: slice.map((job) => ({ ...job, effectiveAgentId: job.agentId ?? fallback ?? null })), snapshotRevision: cron().snapshotRevision(), ...meta };
    },
  });

  api.registerMethod("cron.get", {
    description: "One job by id", scope: "operator.read", params: CronGetParams, result: CronJob,
    handler: (p) => cron().get(jobIdOf(p)),
  });

  api.registerMethod("cron.add", {
    description: "Creates a job; a bad schedule, an unknown agent or channel target is refused naming the field",
    scope: "operator.admin", params: CronAddParams, result: CronJob,
    handler: (p) => cron().add(p),
  });

  api.registerMethod("cron.update", {
    description: "Patches a job (null clears a field); a new schedule or enabled state recomputes the next run",
    scope: "operator.admin", params: CronUpdateParams, result: CronJob,
    handler: (p) => cron().update(jobIdOf(p), p.patch, p.expectedConfigRevision),
  });

  api.registerMethod("cron.remove", {
    description: "Removes a job (its run history is kept)", scope: "operator.admin", params: CronRemoveParams, result: CronRemoveResult,
    handler: async (p) => {
      const removed = await cron().remove(jobIdOf(p));
      return { ok: true, removed };
    },
  });

  api.registerMethod("cron.run", {
    description: "Runs a job now (mode force, the default), only if due, or only if enabled; answers with the runId to look up in cron.runs",
    scope: "operator.admin", params: CronRunParams, result: CronRunResult,
    handler: (p) => cron().run(jobIdOf(p), p.mode ?? "force"),
  });

  api.registerMethod("cron.runs", {
    description: "Run history of one job (or all with scope all), newest first, paged and filtered",
    scope: "operator.read", params: CronRunsParams, result: CronRunsResult,
    handler: (p) => {
      const id = p.id ?? p.jobId;
      if (!id && p.scope !== "all") throw invalidRequest("invalid cron.runs params: id: required (or scope: \"all\")");
      const jobsOfAgent = p.agentId ? new Set(cron().all().filter((j) => agentOfJob(j, defaultAgentId()) === p.agentId).map((j) => j.id)) : undefined;
      const entries = cron().runs(runFilter(p, id, jobsOfAgent), p.sortDir === "asc");
      const { slice, ...meta } = page(entries, p.offset ?? 0, p.limit ?? 50);
      return { entries: slice, ...meta };
    },
  });
}
