/**
 * Wire schemas of the exec-approvals plugin: upstream's `exec.approval.*`, `exec.approvals.*`, the generic
 * `approval.*` forms and the events. Field names follow upstream OpenClaw 2026.9.6.
 */
import { Type, type Static } from "../../core/sdk/plugin.js";

const closed = { additionalProperties: false } as const;
const Id = Type.String({ minLength: 1, maxLength: 256 });
const Text = (max = 4096) => Type.String({ maxLength: max });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const Decision = Type.Union([Type.Literal("allow-once"), Type.Literal("allow-always"), Type.Literal("deny")]);
export type Decision = Static<typeof Decision>;
// The document shape is shared with our node host, so it lives in the SDK kit.
import { Security, Ask, AllowlistEntry, ApprovalsFile, ApprovalsSnapshot } from "../../core/sdk/plugin.js";
export { Security, Ask, AllowlistEntry, ApprovalsFile, ApprovalsSnapshot };

export const NoParams = Type.Object({}, closed);
export const IdParams = Type.Object({ id: Id }, closed);
export const SetParams = Type.Object({ file: ApprovalsFile, baseHash: Type.Optional(Type.String({ maxLength: 128 })) }, closed);
export const NodeGetParams = Type.Object({ nodeId: Id }, closed);
export const NodeSetParams = Type.Object({ nodeId: Id, file: ApprovalsFile, baseHash: Type.Optional(Type.String({ maxLength: 128 })) }, closed);

/** `exec.approval.request`: what the reviewer is asked to allow. `command` is the command text shown. */
export const RequestParams = Type.Object(
  {
    id: Type.Optional(Type.String({ minLength: 8, maxLength: 128, pattern: "^[A-Za-z0-9._:-]+$" })),
    command: Type.String({ minLength: 1, maxLength: 16_384 }),
    commandArgv: Type.Optional(Type.Array(Text(), { minItems: 1, maxItems: 256 })),
    systemRunPlan: Type.Optional(Type.Unknown()),
    env: Type.Optional(Type.Record(Type.String({ maxLength: 256 }), Text(32_768))),
    cwd: Type.Optional(Nullable(Text())),
    host: Type.Optional(Nullable(Type.String({ maxLength: 64 }))),
    nodeId: Type.Optional(Nullable(Id)),
    agentId: Type.Optional(Nullable(Type.String({ maxLength: 128 }))),
    sessionKey: Type.Optional(Nullable(Type.String({ maxLength: 512 }))),
    resolvedPath: Type.Optional(Nullable(Text())),
    security: Type.Optional(Nullable(Security)),
    ask: Type.Optional(Nullable(Ask)),
    timeoutMs: Type.Optional(Type.Integer({ minimum: 1, maximum: 3_600_000 })),
    twoPhase: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: true },
);
export type RequestParams = Static<typeof RequestParams>;

/** The request as reviewers see it (event payload, list entries). */
export const ApprovalRequestView = Type.Object({
  command: Type.String(),
  commandArgv: Type.Optional(Type.Array(Type.String())),
  cwd: Type.Union([Type.String(), Type.Null()]),
  host: Type.Union([Type.String(), Type.Null()]),
  nodeId: Type.Union([Type.String(), Type.Null()]),
  agentId: Type.Union([Type.String(), Type.Null()]),
  sessionKey: Type.Union([Type.String(), Type.Null()]),
  resolvedPath: Type.Union([Type.String(), Type.Null()]),
  security: Type.Union([Security, Type.Null()]),
  ask: Type.Union([Ask, Type.Null()]),
  envKeys: Type.Optional(Type.Array(Type.String())),
});
export type ApprovalRequestView = Static<typeof ApprovalRequestView>;

export const PendingEntry = Type.Object({ id: Type.String(), request: ApprovalRequestView, createdAtMs: Type.Integer(), expiresAtMs: Type.Integer() });
export const PendingList = Type.Array(PendingEntry);
export const EmptyList = Type.Array(Type.Unknown(), { maxItems: 0 });

export const RequestResult = Type.Union([
  Type.Object({ status: Type.Literal("accepted"), id: Type.String(), createdAtMs: Type.Integer(), expiresAtMs: Type.Integer() }),
  Type.Object({ id: Type.String(), decision: Type.Union([Decision, Type.Null()]), createdAtMs: Type.Integer(), expiresAtMs: Type.Integer() }),
]);

export const ResolveParams = Type.Object({ id: Id, decision: Decision, reason: Type.Optional(Text(1000)) }, closed);
export const ResolveResult = Type.Object({ ok: Type.Literal(true) });
export const WaitParams = Type.Object({ id: Id, timeoutMs: Type.Optional(Type.Integer({ minimum: 1, maximum: 3_600_000 })) }, closed);
export const WaitResult = Type.Object({ id: Type.String(), decision: Type.Union([Decision, Type.Null()]), status: Type.String() });

const Status = Type.Union([Type.Literal("pending"), Type.Literal("allowed"), Type.Literal("denied"), Type.Literal("expired")]);
export const ExecGetResult = Type.Object({
  id: Type.String(),
  request: ApprovalRequestView,
  createdAtMs: Type.Integer(),
  expiresAtMs: Type.Integer(),
  status: Status,
  decision: Type.Union([Decision, Type.Null()]),
  resolvedBy: Type.Union([Type.String(), Type.Null()]),
  resolvedAtMs: Type.Union([Type.Integer(), Type.Null()]),
});

/** The unified approval record of `approval.get` / `approval.resolve` (exec kind only: we have no other). */
export const UnifiedApproval = Type.Object({
  id: Type.String(),
  urlPath: Type.String(),
  createdAtMs: Type.Integer(),
  expiresAtMs: Type.Integer(),
  presentation: Type.Object({
    kind: Type.Literal("exec"),
    commandText: Type.String(),
    commandPreview: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    host: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    nodeId: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    agentId: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    allowedDecisions: Type.Array(Decision),
  }),
  source: Type.Optional(Type.Object({ agentId: Type.Optional(Type.String()), sessionKey: Type.Optional(Type.String()) })),
  status: Status,
  decision: Type.Optional(Decision),
  reason: Type.Optional(Type.Union([Type.Literal("user"), Type.Literal("timeout")])),
  resolvedAtMs: Type.Optional(Type.Integer()),
  resolver: Type.Optional(Type.Object({ kind: Type.Union([Type.Literal("device"), Type.Literal("channel"), Type.Literal("runtime"), Type.Literal("system")]), id: Type.Optional(Type.String()) })),
});
export const ApprovalGetResult = Type.Object({ approval: UnifiedApproval });
export const ApprovalResolveParams = Type.Object(
  {
    id: Id,
    kind: Type.Union([Type.Literal("exec"), Type.Literal("plugin"), Type.Literal("system-agent")]),
    decision: Decision,
    reviewer: Type.Optional(Type.Object({ channel: Type.String(), accountId: Type.String(), senderId: Type.String() }, closed)),
    grantExpiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
  },
  closed,
);
export const ApprovalResolveResult = Type.Object({ applied: Type.Boolean(), approval: UnifiedApproval });

/** approval.history: newest first, `cursor` from the previous page's nextCursor; only exec approvals exist here. */
export const HistoryParams = Type.Object(
  {
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    kind: Type.Optional(Type.Union([Type.Literal("exec"), Type.Literal("plugin"), Type.Literal("system-agent")])),
  },
  closed,
);
export const HistoryEntry = Type.Object({
  id: Type.String(),
  kind: Type.Literal("exec"),
  command: Type.String(),
  host: Type.Union([Type.String(), Type.Null()]),
  nodeId: Type.Union([Type.String(), Type.Null()]),
  agentId: Type.Union([Type.String(), Type.Null()]),
  /** Who asked (absent in entries written before it was kept). */
  sessionKey: Type.Optional(Type.String()),
  createdAtMs: Type.Integer(),
  /** When it would have expired (absent in entries written before it was kept). */
  expiresAtMs: Type.Optional(Type.Integer()),
  resolvedAtMs: Type.Integer(),
  decision: Type.Union([Decision, Type.Null()]),
  status: Status,
  resolvedBy: Type.Union([Type.String(), Type.Null()]),
  reason: Type.Union([Type.String(), Type.Null()]),
});
export type HistoryEntry = Static<typeof HistoryEntry>;
/** One resolved approval as upstream's approval ledger shows it: allowed, denied, expired or cancelled (gateway restart). */
const TerminalApproval = Type.Object({
  id: Type.String(),
  urlPath: Type.String(),
  createdAtMs: Type.Integer({ minimum: 0 }),
  expiresAtMs: Type.Integer({ minimum: 0 }),
  presentation: Type.Object({
    kind: Type.Literal("exec"),
    commandText: Type.String({ minLength: 1 }),
    host: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    nodeId: Type.Optional(Type.Union([Type.String({ minLength: 1 }), Type.Null()])),
    agentId: Type.Optional(Type.Union([Type.String({ minLength: 1 }), Type.Null()])),
    allowedDecisions: Type.Array(Decision),
  }, closed),
  resolvedAtMs: Type.Integer({ minimum: 0 }),
  source: Type.Optional(Type.Object({ agentId: Type.Optional(Type.String({ minLength: 1 })), sessionKey: Type.Optional(Type.String({ minLength: 1 })) }, closed)),
  resolver: Type.Optional(Type.Object({ kind: Type.Union([Type.Literal("device"), Type.Literal("channel"), Type.Literal("runtime"), Type.Literal("system")]), id: Type.Optional(Type.String({ minLength: 1 })) }, closed)),
  status: Type.Union([Type.Literal("allowed"), Type.Literal("denied"), Type.Literal("expired"), Type.Literal("cancelled")]),
  decision: Type.Optional(Decision),
  reason: Type.Union([Type.Literal("user"), Type.Literal("timeout"), Type.Literal("gateway-restart")]),
}, closed);
export type TerminalApproval = Static<typeof TerminalApproval>;
export const HistoryResult = Type.Object({ items: Type.Array(TerminalApproval), nextCursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })) }, closed);

export const RequestedEvent = PendingEntry;
export const ResolvedEvent = Type.Object({ id: Type.String(), decision: Type.Union([Decision, Type.Null()]), resolvedBy: Type.Union([Type.String(), Type.Null()]), ts: Type.Integer() });
