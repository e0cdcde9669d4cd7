/**
 * Wire shapes of the automations plugin, named and shaped as upstream OpenClaw's cron protocol
 * (the subset this gateway runs: schedules at/every/cron, payloads systemEvent/agentTurn,
 * delivery none/announce). A field we do not run is refused by the schema, never silently ignored.
 */
import { Type, type Static } from "../../core/sdk/plugin.js";

const closed = { additionalProperties: false } as const;
const NonEmpty = Type.String({ minLength: 1 });
const Ms = Type.Integer({ minimum: 0 });

export const CronSchedule = Type.Union([
  Type.Object({ kind: Type.Literal("at"), at: NonEmpty }, closed),
  Type.Object({ kind: Type.Literal("every"), everyMs: Type.Integer({ minimum: 1000, maximum: 8_640_000_000_000 }), anchorMs: Type.Optional(Ms) }, closed),
  Type.Object({ kind: Type.Literal("cron"), expr: NonEmpty, tz: Type.Optional(Type.String()), staggerMs: Type.Optional(Ms) }, closed),
]);

const SystemEventPayload = Type.Object({ kind: Type.Literal("systemEvent"), text: NonEmpty }, closed);
const AgentTurnPayload = Type.Object(
  {
    kind: Type.Literal("agentTurn"),
    message: NonEmpty,
    /** "<provider>/<model>" for this job's runs instead of the agent's models. */
    model: Type.Optional(Type.String()),
    /** Whole-turn budget; 0 means the agent's own default. */
    timeoutSeconds: Type.Optional(Type.Number({ minimum: 0, maximum: 86_400 })),
  },
  closed,
);
export const CronPayload = Type.Union([SystemEventPayload, AgentTurnPayload]);
export const CronPayloadPatch = Type.Union([
  Type.Object({ kind: Type.Literal("systemEvent"), text: Type.Optional(NonEmpty) }, closed),
  Type.Object(
    {
      kind: Type.Literal("agentTurn"),
      message: Type.Optional(NonEmpty),
      model: Type.Optional(Type.Union([Type.String(), Type.Null()])),
      timeoutSeconds: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 86_400 }), Type.Null()])),
    },
    closed,
  ),
]);

/** `channel: "last"` means "where the main session last talked"; this gateway keeps no such route, so it delivers only with an explicit channel. */
const DeliveryShared = {
  channel: Type.Optional(NonEmpty),
  to: Type.Optional(NonEmpty),
  accountId: Type.Optional(NonEmpty),
  threadId: Type.Optional(Type.Union([Type.String(), Type.Number()])),
  bestEffort: Type.Optional(Type.Boolean()),
};
export const CronDelivery = Type.Union([
  Type.Object({ mode: Type.Literal("none"), ...DeliveryShared }, closed),
  Type.Object({ mode: Type.Literal("announce"), ...DeliveryShared }, closed),
]);
export const CronDeliveryPatch = Type.Object(
  {
    mode: Type.Optional(Type.Union([Type.Literal("none"), Type.Literal("announce")])),
    channel: Type.Optional(Type.Union([NonEmpty, Type.Null()])),
    to: Type.Optional(Type.Union([NonEmpty, Type.Null()])),
    accountId: Type.Optional(Type.Union([NonEmpty, Type.Null()])),
    threadId: Type.Optional(Type.Union([Type.String(), Type.Number(), Type.Null()])),
    bestEffort: Type.Optional(Type.Boolean()),
  },
  closed,
);

export const RunStatus = Type.Union([Type.Literal("ok"), Type.Literal("error"), Type.Literal("skipped")]);
export const DeliveryStatus = Type.Union([Type.Literal("delivered"), Type.Literal("not-delivered"), Type.Literal("unknown"), Type.Literal("not-requested")]);
/** What happens to runs that fell due while the gateway was down (this gateway's extension). */
export const MissedRunPolicy = Type.Union([Type.Literal("skip"), Type.Literal("run-once")]);
export const SessionTarget = Type.Union([Type.Literal("main"), Type.Literal("isolated")]);
export const WakeMode = Type.Union([Type.Literal("now"), Type.Literal("next-heartbeat")]);

export const CronJobState = Type.Object(
  {
    nextRunAtMs: Type.Optional(Ms),
    runningAtMs: Type.Optional(Ms),
    lastRunAtMs: Type.Optional(Ms),
    lastRunStatus: Type.Optional(RunStatus),
    lastStatus: Type.Optional(RunStatus),
    lastError: Type.Optional(Type.String()),
    lastDurationMs: Type.Optional(Ms),
    consecutiveErrors: Type.Optional(Ms),
    /** While failing: runs wait at least until then (30 s, 1 m, 5 m, 15 m, 60 m after consecutive errors). */
    backoffUntilMs: Type.Optional(Ms),
    lastDelivered: Type.Optional(Type.Boolean()),
    lastDeliveryStatus: Type.Optional(DeliveryStatus),
    lastDeliveryError: Type.Optional(Type.String()),
  },
  closed,
);

export const CronJob = Type.Object(
  {
    id: NonEmpty,
    agentId: Type.Optional(NonEmpty),
    sessionKey: Type.Optional(NonEmpty),
    name: NonEmpty,
    displayName: Type.Optional(NonEmpty),
    description: Type.Optional(Type.String()),
    enabled: Type.Boolean(),
    deleteAfterRun: Type.Optional(Type.Boolean()),
    createdAtMs: Ms,
    updatedAtMs: Ms,
    schedule: CronSchedule,
    sessionTarget: SessionTarget,
    wakeMode: WakeMode,
    payload: CronPayload,
    delivery: Type.Optional(CronDelivery),
    missedRuns: Type.Optional(MissedRunPolicy),
    state: CronJobState,
  },
  closed,
);
export type CronJob = Static<typeof CronJob>;
export type CronSchedule = Static<typeof CronSchedule>;
export type CronJobState = Static<typeof CronJobState>;

export const CronRunLogEntry = Type.Object(
  {
    ts: Ms,
    jobId: NonEmpty,
    action: Type.Literal("finished"),
    status: Type.Optional(RunStatus),
    error: Type.Optional(Type.String()),
    summary: Type.Optional(Type.String()),
    delivered: Type.Optional(Type.Boolean()),
    deliveryStatus: Type.Optional(DeliveryStatus),
    deliveryError: Type.Optional(Type.String()),
    sessionId: Type.Optional(NonEmpty),
    sessionKey: Type.Optional(NonEmpty),
    runId: Type.Optional(NonEmpty),
    runAtMs: Type.Optional(Ms),
    durationMs: Type.Optional(Ms),
    nextRunAtMs: Type.Optional(Ms),
    model: Type.Optional(Type.String()),
    jobName: Type.Optional(Type.String()),
  },
  closed,
);
export type CronRunLogEntry = Static<typeof CronRunLogEntry>;

/** The `cron` event: one per job change and per run start/finish. */
export const CronEvent = Type.Object(
  {
    jobId: NonEmpty,
    action: Type.Union([Type.Literal("added"), Type.Literal("updated"), Type.Literal("removed"), Type.Literal("started"), Type.Literal("finished")]),
    job: Type.Optional(CronJob),
    runId: Type.Optional(NonEmpty),
    runAtMs: Type.Optional(Ms),
    durationMs: Type.Optional(Ms),
    status: Type.Optional(RunStatus),
    error: Type.Optional(Type.String()),
    summary: Type.Optional(Type.String()),
    nextRunAtMs: Type.Optional(Ms),
    deliveryStatus: Type.Optional(DeliveryStatus),
  },
  closed,
);
export type CronEvent = Static<typeof CronEvent>;

/** The `heartbeat` event and the `last-heartbeat` answer. */
export const HeartbeatEvent = Type.Object(
  {
    ts: Ms,
    status: Type.Union([Type.Literal("sent"), Type.Literal("ok-empty"), Type.Literal("ok-token"), Type.Literal("skipped"), Type.Literal("failed")]),
    reason: Type.Optional(Type.String()),
    preview: Type.Optional(Type.String()),
    durationMs: Type.Optional(Ms),
    channel: Type.Optional(Type.String()),
    to: Type.Optional(Type.String()),
  },
  closed,
);
export type HeartbeatEvent = Static<typeof HeartbeatEvent>;
