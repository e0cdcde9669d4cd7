/**
 * Params, results and events of the session methods the official Control UI uses (names and field
 * meanings as upstream OpenClaw 2026.9.6's protocol). Params accept upstream's fields; the ones this
 * gateway has no feature for are accepted and ignored, so an upstream client is never refused for them.
 */
import { Type } from "../../core/sdk/plugin.js";

const closed = { additionalProperties: false } as const;
const NonEmpty = Type.String({ minLength: 1 });
const Key = Type.String({ minLength: 1, maxLength: 512 });
const AgentId = Type.Optional(Type.String({ minLength: 1, maxLength: 64 }));
const Label = Type.String({ maxLength: 512 });

/** One session as sessions.list / describe / events carry it. */
export const SessionRow = Type.Object({
  key: Type.String(),
  agentId: Type.String(),
  kind: Type.String(),
  sessionId: Type.String(),
  createdAt: Type.Number(),
  updatedAt: Type.Number(),
  label: Type.Optional(Type.String()),
  displayName: Type.Optional(Type.String()),
  derivedTitle: Type.Optional(Type.String()),
  lastMessagePreview: Type.Optional(Type.String()),
  channel: Type.Optional(Type.String()),
  model: Type.Optional(Type.String()),
  modelProvider: Type.Optional(Type.String()),
  inputTokens: Type.Optional(Type.Number()),
  outputTokens: Type.Optional(Type.Number()),
  totalTokens: Type.Optional(Type.Number()),
  hasActiveRun: Type.Boolean(),
  status: Type.Optional(Type.String()),
  archived: Type.Optional(Type.Boolean()),
  pinned: Type.Optional(Type.Boolean()),
});

export const SessionsListParams = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1 })),
    offset: Type.Optional(Type.Integer({ minimum: 0 })),
    activeMinutes: Type.Optional(Type.Integer({ minimum: 1 })),
    activeOnly: Type.Optional(Type.Boolean()),
    requireLastInteraction: Type.Optional(Type.Boolean()),
    sortBy: Type.Optional(Type.Union([Type.Literal("updatedAt"), Type.Literal("lastInteractionAt"), Type.Literal("activity")])),
    includeGlobal: Type.Optional(Type.Boolean()),
    includeUnknown: Type.Optional(Type.Boolean()),
    excludeSubagents: Type.Optional(Type.Boolean()),
    excludeCron: Type.Optional(Type.Boolean()),
    excludeSystem: Type.Optional(Type.Boolean()),
    configuredAgentsOnly: Type.Optional(Type.Boolean()),
    includeDerivedTitles: Type.Optional(Type.Boolean()),
    includeLastMessage: Type.Optional(Type.Boolean()),
    includeActivitySummary: Type.Optional(Type.Boolean()),
    label: Type.Optional(Label),
    pinned: Type.Optional(Type.Boolean()),
    agentId: AgentId,
    search: Type.Optional(Type.String()),
    archived: Type.Optional(Type.Union([Type.Boolean(), Type.Literal("all")])),
    // Upstream's filters on features this gateway lacks (sub-agents, projects, owners, boards): accepted;
    // no session here was spawned by another, so `spawnedBy` selects none.
    spawnedBy: Type.Optional(NonEmpty),
    projectId: Type.Optional(NonEmpty),
    workspaceDir: Type.Optional(NonEmpty),
    group: Type.Optional(Type.String()),
    boardFace: Type.Optional(Type.Union([Type.Literal("chat"), Type.Literal("dashboard")])),
    hasBoard: Type.Optional(Type.Boolean()),
    creatorId: Type.Optional(NonEmpty),
    ownerId: Type.Optional(NonEmpty),
    ownerFirst: Type.Optional(Type.Boolean()),
    involvingMe: Type.Optional(Type.Boolean()),
    involvingProfileId: Type.Optional(NonEmpty),
    includePeople: Type.Optional(Type.Boolean()),
  },
  closed,
);
export const SessionsListResult = Type.Object({
  ts: Type.Number(),
  count: Type.Integer(),
  total: Type.Integer(),
  hasMore: Type.Boolean(),
  nextOffset: Type.Optional(Type.Integer()),
  defaults: Type.Object({ model: Type.Optional(Type.String()), modelProvider: Type.Optional(Type.String()) }),
  sessions: Type.Array(SessionRow),
});

export const SessionsSubscribeParams = SessionsListParams;
export const SessionsSubscribeResult = Type.Object({ subscribed: Type.Boolean(), list: Type.Optional(SessionsListResult) });
export const SessionsUnsubscribeParams = Type.Object({}, closed);
export const SubscribedResult = Type.Object({ subscribed: Type.Boolean() });

export const SessionKeyParams = Type.Object({ key: Key, agentId: AgentId }, closed);
export const SessionsMessagesSubscribeParams = Type.Object({ key: Key, agentId: AgentId, includeApprovals: Type.Optional(Type.Literal(true)) }, closed);
export const SessionsMessagesSubscribeResult = Type.Object({ subscribed: Type.Boolean(), key: Type.String() });

export const SessionsDescribeParams = Type.Object({ key: Key, agentId: AgentId, includeDerivedTitles: Type.Optional(Type.Boolean()), includeLastMessage: Type.Optional(Type.Boolean()) }, closed);
export const SessionsDescribeResult = Type.Object({ session: Type.Union([SessionRow, Type.Null()]) });

/** What sessions.patch can change here: the label (title), the model, archived and pinned flags. */
const PatchFields = {
  label: Type.Optional(Type.Union([Label, Type.Null()])),
  model: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 256 }), Type.Null()])),
  archived: Type.Optional(Type.Boolean()),
  pinned: Type.Optional(Type.Boolean()),
};
export const SessionsPatchParams = Type.Object({ key: Key, agentId: AgentId, ...PatchFields }, closed);
export const SessionsPatchResult = Type.Object({ ok: Type.Literal(true), key: Type.String(), entry: SessionRow });
export const SessionsPatchManyParams = Type.Object(
  { targets: Type.Array(Type.Object({ key: Key, agentId: AgentId }, closed), { minItems: 1, maxItems: 200 }), patch: Type.Object(PatchFields, closed) },
  closed,
);
export const SessionsPatchManyResult = Type.Object({
  outcomes: Type.Array(Type.Object({ key: Type.String(), ok: Type.Boolean(), error: Type.Optional(Type.String()) })),
});

export const SessionsDeleteParams = Type.Object({ key: Key, agentId: AgentId, deleteTranscript: Type.Optional(Type.Boolean()) }, closed);
export const SessionsDeleteResult = Type.Object({ ok: Type.Literal(true), key: Type.String(), deleted: Type.Boolean() });

export const SessionsResetParams = Type.Object(
  { key: Key, agentId: AgentId, reason: Type.Optional(Type.Union([Type.Literal("new"), Type.Literal("reset")])), expectedSessionId: Type.Optional(NonEmpty) },
  closed,
);
export const SessionsResetResult = Type.Object({ ok: Type.Literal(true), key: Type.String(), entry: SessionRow });

export const SessionsCompactParams = Type.Object({ key: Key, agentId: AgentId, maxLines: Type.Optional(Type.Integer({ minimum: 1 })) }, closed);
export const SessionsCompactResult = Type.Object({ ok: Type.Literal(true), key: Type.String(), compacted: Type.Boolean(), reason: Type.Optional(Type.String()) });

export const SessionsCreateParams = Type.Object(
  { key: Type.Optional(Key), agentId: AgentId, label: Type.Optional(Label), model: Type.Optional(Type.String({ minLength: 1, maxLength: 256 })) },
  closed,
);
export const SessionsCreateResult = Type.Object({ ok: Type.Literal(true), key: Type.String(), sessionId: Type.String(), entry: SessionRow });

/** `sessions.changed`: a session was created, changed, reset or deleted (to sessions.subscribe-d connections). */
export const SessionsChangedEvent = Type.Object({ sessionKey: Type.String(), reason: Type.String(), ts: Type.Number(), session: Type.Optional(SessionRow) });

export const ObserverVisibilityParams = Type.Object({ visible: Type.Boolean() }, closed);
export const ObserverVisibilityResult = Type.Object({ ok: Type.Literal(true) });
