/** Params and results of the model catalog and usage methods (upstream's names and shapes). */
import { Type } from "../../core/sdk/plugin.js";

const closed = { additionalProperties: false } as const;
const NonEmpty = Type.String({ minLength: 1 });
const DateString = Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}$" });
const Mode = Type.Union([Type.Literal("utc"), Type.Literal("gateway"), Type.Literal("specific")]);
const Range = Type.Union([Type.Literal("7d"), Type.Literal("30d"), Type.Literal("90d"), Type.Literal("1y"), Type.Literal("all")]);
const UtcOffset = Type.String({ pattern: "^UTC[+-]\\d{1,2}(?::[0-5]\\d)?$" });

export const ModelsListParams = Type.Object(
  {
    agentId: Type.Optional(NonEmpty),
    sessionKey: Type.Optional(NonEmpty),
    authProfileId: Type.Optional(NonEmpty),
    provider: Type.Optional(NonEmpty),
    includeDetails: Type.Optional(Type.Boolean()),
    includeProviderCapabilities: Type.Optional(Type.Boolean()),
    includeDefaultModels: Type.Optional(Type.Boolean()),
    preparedOnly: Type.Optional(Type.Boolean()),
    /** Ask each provider for its model list (`/v1/models`) now. */
    refresh: Type.Optional(Type.Boolean()),
    view: Type.Optional(Type.Union([Type.Literal("default"), Type.Literal("configured"), Type.Literal("provider-config"), Type.Literal("all")])),
  },
  closed,
);

const InputKind = Type.Union([Type.Literal("text"), Type.Literal("image"), Type.Literal("audio"), Type.Literal("video"), Type.Literal("document")]);
export const ModelChoice = Type.Object(
  {
    id: NonEmpty,
    name: NonEmpty,
    provider: NonEmpty,
    tags: Type.Optional(Type.Array(NonEmpty)),
    /** A key is configured (or the provider is local and needs none). */
    available: Type.Optional(Type.Boolean()),
    unavailableReason: Type.Optional(Type.Literal("missing-auth")),
    contextWindow: Type.Optional(Type.Integer({ minimum: 1 })),
    local: Type.Optional(Type.Boolean()),
    reasoning: Type.Optional(Type.Boolean()),
    supportsTools: Type.Optional(Type.Boolean()),
    input: Type.Optional(Type.Array(InputKind)),
  },
  closed,
);

export const ModelsListResult = Type.Object({
  models: Type.Array(ModelChoice),
  defaultModels: Type.Optional(Type.Object({ automaticUtilityModel: Type.Union([NonEmpty, Type.Null()]) })),
  refreshFailed: Type.Optional(Type.Boolean()),
  providerOutcomes: Type.Optional(Type.Array(Type.Object({ provider: NonEmpty, status: Type.Union([Type.Literal("ready"), Type.Literal("auth-rejected"), Type.Literal("unavailable")]) }))),
});

export const ModelsAuthStatusParams = Type.Object({ refresh: Type.Optional(Type.Boolean()), agentId: Type.Optional(Type.String()) }, closed);
export const ModelsAuthStatusResult = Type.Object({
  ts: Type.Number(),
  providers: Type.Array(
    Type.Object({
      provider: Type.String(),
      authProvider: Type.String(),
      displayName: Type.String(),
      /** "static": an API key is configured; "missing": none is. */
      status: Type.Union([Type.Literal("static"), Type.Literal("missing")]),
      /** Auth profiles (OAuth sign-ins): the gateway has none, keys come from the config. */
      profiles: Type.Array(Type.Unknown()),
    }),
  ),
});

const Totals = Type.Object({
  input: Type.Number(),
  output: Type.Number(),
  cacheRead: Type.Number(),
  cacheWrite: Type.Number(),
  totalTokens: Type.Number(),
  totalCost: Type.Number(),
  inputCost: Type.Number(),
  outputCost: Type.Number(),
  cacheReadCost: Type.Number(),
  cacheWriteCost: Type.Number(),
  /** Calls counted in tokens only: their model has no price (`models.providers.<id>.models[].cost`). */
  missingCostEntries: Type.Number(),
  missingCostByModel: Type.Optional(Type.Record(Type.String(), Type.Number())),
});

export const UsageStatusParams = Type.Object({}, closed);
export const UsageStatusResult = Type.Object({
  updatedAt: Type.Number(),
  providers: Type.Array(
    Type.Object({
      provider: Type.String(),
      displayName: Type.String(),
      /** Quota windows the provider reports; the gateway never asks providers for quotas, so always empty. */
      windows: Type.Array(Type.Unknown()),
      /** What this gateway recorded for the provider (all kept records). */
      usage: Totals,
      calls: Type.Integer(),
    }),
  ),
  totals: Totals,
});

export const UsageCostParams = Type.Object(
  {
    startDate: Type.Optional(DateString),
    endDate: Type.Optional(DateString),
    days: Type.Optional(Type.Integer({ minimum: 1, maximum: 3660 })),
    mode: Type.Optional(Mode),
    range: Type.Optional(Range),
    utcOffset: Type.Optional(UtcOffset),
    timeZone: Type.Optional(NonEmpty),
    agentId: Type.Optional(NonEmpty),
    agentScope: Type.Optional(Type.Literal("all")),
  },
  closed,
);
export const UsageCostResult = Type.Object({
  updatedAt: Type.Number(),
  days: Type.Integer(),
  daily: Type.Array(Type.Intersect([Type.Object({ date: Type.String() }), Totals])),
  totals: Totals,
});

export const SessionsUsageParams = Type.Object(
  {
    key: Type.Optional(NonEmpty),
    agentId: Type.Optional(NonEmpty),
    agentScope: Type.Optional(Type.Literal("all")),
    creatorKey: Type.Optional(NonEmpty),
    startDate: Type.Optional(DateString),
    endDate: Type.Optional(DateString),
    mode: Type.Optional(Mode),
    range: Type.Optional(Range),
    groupBy: Type.Optional(Type.Union([Type.Literal("instance"), Type.Literal("family")])),
    includeHistorical: Type.Optional(Type.Boolean()),
    utcOffset: Type.Optional(UtcOffset),
    timeZone: Type.Optional(NonEmpty),
    limit: Type.Optional(Type.Integer({ minimum: 1 })),
    includeContextWeight: Type.Optional(Type.Boolean()),
  },
  closed,
);

const Group = (key: string) => Type.Object({ [key]: Type.String(), count: Type.Integer(), totals: Totals });
export const SessionsUsageResult = Type.Object({
  updatedAt: Type.Number(),
  startDate: Type.String(),
  endDate: Type.String(),
  sessions: Type.Array(
    Type.Object({
      key: Type.String(),
      sessionId: Type.Optional(Type.String()),
      updatedAt: Type.Optional(Type.Number()),
      agentId: Type.String(),
      channel: Type.Optional(Type.String()),
      modelProvider: Type.Optional(Type.String()),
      model: Type.Optional(Type.String()),
      usage: Type.Union([Totals, Type.Null()]),
    }),
  ),
  totals: Totals,
  aggregates: Type.Object({
    byModel: Type.Array(Type.Object({ provider: Type.String(), model: Type.String(), count: Type.Integer(), totals: Totals })),
    byProvider: Type.Array(Group("provider")),
    byAgent: Type.Array(Group("agentId")),
    daily: Type.Array(Type.Object({ date: Type.String(), tokens: Type.Number(), cost: Type.Number(), calls: Type.Integer() })),
    byChannel: Type.Array(Type.Object({ channel: Type.String(), totals: Totals })),
    sessionCount: Type.Integer({ minimum: 0 }),
    messages: Type.Object({ total: Type.Integer(), user: Type.Integer(), assistant: Type.Integer(), toolCalls: Type.Integer(), toolResults: Type.Integer(), errors: Type.Integer() }),
    tools: Type.Object({ totalCalls: Type.Integer(), uniqueTools: Type.Integer(), tools: Type.Array(Type.Object({ name: Type.String(), count: Type.Integer() })) }),
  }),
});
