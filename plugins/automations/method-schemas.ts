/** Params and results of the cron.*, wake, last-heartbeat and set-heartbeats methods (upstream's names and shapes). */
import { Type } from "../../core/sdk/plugin.js";
import { CronDelivery, CronDeliveryPatch, CronJob, CronPayload, CronPayloadPatch, CronRunLogEntry, CronSchedule, HeartbeatEvent, MissedRunPolicy, RunStatus, DeliveryStatus, SessionTarget, WakeMode } from "./schemas.js";

const closed = { additionalProperties: false } as const;
const NonEmpty = Type.String({ minLength: 1 });
/** Job ids are file-name safe (they key the run history). */
const JobId = Type.String({ minLength: 1, pattern: "^[^/\\\\]+$" });

export const CronStatusParams = Type.Object({}, closed);
export const CronStatusResult = Type.Object({
  enabled: Type.Boolean(),
  storePath: Type.String(),
  jobs: Type.Integer({ minimum: 0 }),
  nextWakeAtMs: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
  running: Type.Integer({ minimum: 0 }),
  maxConcurrentRuns: Type.Integer({ minimum: 1 }),
  /** Jobs whose runs keep failing and now wait longer between attempts. */
  backingOff: Type.Array(Type.Object({ id: NonEmpty, name: Type.String(), consecutiveErrors: Type.Integer({ minimum: 1 }), backoffUntilMs: Type.Integer({ minimum: 0 }), lastError: Type.Optional(Type.String()) })),
});

const Choice = <T extends string>(...values: T[]) => Type.Union(values.map((v) => Type.Literal(v)));
/**
 * cron.list's filters as the official Control UI sends them. Schedule kinds we lack (`on-exit`, `stream`) and
 * `trigger: "conditional"` are accepted and match nothing: no job here has them.
 */
export const CronListParams = Type.Object(
  {
    sessionKey: Type.Optional(NonEmpty),
    sessionAgentId: Type.Optional(NonEmpty),
    includeDisabled: Type.Optional(Type.Boolean()),
    enabled: Type.Optional(Choice("all", "enabled", "disabled")),
    scheduleKind: Type.Optional(Choice("all", "at", "every", "cron", "on-exit", "stream")),
    lastRunStatus: Type.Optional(Choice("all", "ok", "error", "skipped", "unknown")),
    trigger: Type.Optional(Choice("all", "conditional", "unconditional")),
    sortBy: Type.Optional(Choice("nextRunAtMs", "updatedAtMs", "name")),
    /** Accepted; jobs carry no delivery previews here. */
    includeDeliveryPreviews: Type.Optional(Type.Boolean()),
    /** Accepted; our job rows are already compact. */
    compact: Type.Optional(Type.Boolean()),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
    offset: Type.Optional(Type.Integer({ minimum: 0 })),
    query: Type.Optional(Type.String()),
    agentId: Type.Optional(NonEmpty),
    sortDir: Type.Optional(Type.Union([Type.Literal("asc"), Type.Literal("desc")])),
  },
  closed,
);
/** A listed job also names the agent it runs on (its own, else the default agent), as upstream's list does. */
const CronListedJob = Type.Composite([CronJob, Type.Object({ effectiveAgentId: Type.Union([NonEmpty, Type.Null()]) })], { additionalProperties: false });
export const CronListResult = Type.Object({
  jobs: Type.Array(CronListedJob),
  /** Changes whenever the job set or a definition changes: a pager restarts when it differs between pages. */
  snapshotRevision: NonEmpty,
  total: Type.Integer({ minimum: 0 }),
  offset: Type.Integer({ minimum: 0 }),
  limit: Type.Integer({ minimum: 1 }),
  hasMore: Type.Boolean(),
  nextOffset: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
});

const ById = Type.Object({ id: JobId }, closed);
const ByJobId = Type.Object({ jobId: JobId }, closed);
export const CronGetParams = Type.Union([ById, ByJobId]);
export const CronRemoveParams = Type.Union([ById, ByJobId]);
export const CronRemoveResult = Type.Object({ ok: Type.Boolean(), removed: Type.Boolean() });

const CommonOptional = {
  agentId: Type.Optional(Type.Union([NonEmpty, Type.Null()])),
  sessionKey: Type.Optional(Type.Union([NonEmpty, Type.Null()])),
  description: Type.Optional(Type.String()),
  enabled: Type.Optional(Type.Boolean()),
  deleteAfterRun: Type.Optional(Type.Boolean()),
  missedRuns: Type.Optional(MissedRunPolicy),
};
export const CronAddParams = Type.Object(
  {
    name: NonEmpty,
    displayName: Type.Optional(NonEmpty),
    ...CommonOptional,
    schedule: CronSchedule,
    sessionTarget: SessionTarget,
    wakeMode: WakeMode,
    payload: CronPayload,
    delivery: Type.Optional(CronDelivery),
  },
  closed,
);
const CronPatch = Type.Object(
  {
    name: Type.Optional(NonEmpty),
    displayName: Type.Optional(Type.Union([NonEmpty, Type.Null()])),
    ...CommonOptional,
    schedule: Type.Optional(CronSchedule),
    sessionTarget: Type.Optional(SessionTarget),
    wakeMode: Type.Optional(WakeMode),
    payload: Type.Optional(CronPayloadPatch),
    delivery: Type.Optional(CronDeliveryPatch),
  },
  closed,
);
/** `expectedConfigRevision`: refuse the patch when the job changed since the caller read it. */
export const CronUpdateParams = Type.Union([
  Type.Object({ id: JobId, patch: CronPatch, expectedConfigRevision: Type.Optional(NonEmpty) }, closed),
  Type.Object({ jobId: JobId, patch: CronPatch, expectedConfigRevision: Type.Optional(NonEmpty) }, closed),
]);

const RunMode = Type.Optional(Type.Union([Type.Literal("due"), Type.Literal("force"), Type.Literal("if-enabled")]));
export const CronRunParams = Type.Union([Type.Object({ id: JobId, mode: RunMode }, closed), Type.Object({ jobId: JobId, mode: RunMode }, closed)]);
export const CronRunResult = Type.Union([
  Type.Object({ ok: Type.Literal(true), enqueued: Type.Literal(true), runId: NonEmpty }),
  Type.Object({ ok: Type.Literal(true), ran: Type.Literal(false), reason: Type.Union([Type.Literal("disabled"), Type.Literal("not-due"), Type.Literal("already-running")]) }),
]);

export const CronRunsParams = Type.Object(
  {
    /** Runs of this agent's jobs only. */
    agentId: Type.Optional(NonEmpty),
    scope: Type.Optional(Type.Union([Type.Literal("job"), Type.Literal("all")])),
    id: Type.Optional(JobId),
    jobId: Type.Optional(JobId),
    runId: Type.Optional(NonEmpty),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
    offset: Type.Optional(Type.Integer({ minimum: 0 })),
    status: Type.Optional(Type.Union([Type.Literal("all"), RunStatus])),
    statuses: Type.Optional(Type.Array(RunStatus, { minItems: 1, maxItems: 3 })),
    deliveryStatus: Type.Optional(DeliveryStatus),
    deliveryStatuses: Type.Optional(Type.Array(DeliveryStatus, { minItems: 1, maxItems: 4 })),
    query: Type.Optional(Type.String()),
    sortDir: Type.Optional(Type.Union([Type.Literal("asc"), Type.Literal("desc")])),
  },
  closed,
);
export const CronRunsResult = Type.Object({
  entries: Type.Array(CronRunLogEntry),
  total: Type.Integer({ minimum: 0 }),
  offset: Type.Integer({ minimum: 0 }),
  limit: Type.Integer({ minimum: 1 }),
  hasMore: Type.Boolean(),
  nextOffset: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
});

/** Upstream leaves wake open to extra keys (device wake-ups add their own). */
export const WakeParams = Type.Object({ mode: WakeMode, text: NonEmpty, sessionKey: Type.Optional(NonEmpty), agentId: Type.Optional(NonEmpty) });
export const WakeResult = Type.Object({ ok: Type.Literal(true) });
export const LastHeartbeatParams = Type.Object({}, closed);
export const LastHeartbeatResult = Type.Union([HeartbeatEvent, Type.Null()]);
export const SetHeartbeatsParams = Type.Object({ enabled: Type.Boolean() }, closed);
export const SetHeartbeatsResult = Type.Object({ ok: Type.Literal(true), enabled: Type.Boolean() });
