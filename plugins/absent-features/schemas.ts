/**
 * Params and results of the methods the official Control UI calls for features this gateway does not
 * have. Names and shapes follow upstream OpenClaw 2026.9.6's protocol; each result is the empty state.
 */
import { Type } from "../../core/sdk/plugin.js";

const closed = { additionalProperties: false } as const;
const NonEmpty = Type.String({ minLength: 1 });
const SessionRef = Type.Object({ sessionKey: NonEmpty, agentId: Type.Optional(NonEmpty) }, closed);
/** Items of lists that are always empty here: upstream's item shapes are not reproduced, nothing is ever in them. */
const Nothing = Type.Array(Type.Unknown(), { maxItems: 0 });

export const QuestionListParams = Type.Object({}, closed);
export const QuestionListResult = Type.Object({ questions: Nothing });

export const TalkCatalogParams = Type.Object({ provider: Type.Optional(NonEmpty), model: Type.Optional(NonEmpty) }, closed);
const NoProviders = Type.Object({ ready: Type.Optional(Type.Boolean()), providers: Nothing });
export const TalkCatalogResult = Type.Object({ modes: Nothing, transports: Nothing, brains: Nothing, speech: NoProviders, transcription: NoProviders, realtime: NoProviders });

export const ProgressCardGetParams = SessionRef;
export const ProgressCardGetResult = Type.Object({ card: Type.Null() });

const TaskStatus = Type.String({ minLength: 1 });
export const TasksListParams = Type.Object(
  {
    status: Type.Optional(Type.Union([TaskStatus, Type.Array(TaskStatus)])),
    agentId: Type.Optional(NonEmpty),
    sessionKey: Type.Optional(NonEmpty),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
    cursor: Type.Optional(Type.String({ maxLength: 512 })),
    sortBy: Type.Optional(Type.String()),
  },
  closed,
);
export const TasksListResult = Type.Object({ tasks: Nothing });

export const UpdateStatusParams = Type.Object({ refreshCheckout: Type.Optional(Type.Boolean()) }, closed);
export const UpdateStatusResult = Type.Object({ sentinel: Type.Null(), updateAvailable: Type.Null() });

export const EnvironmentsListParams = Type.Object(
  { runtimeId: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })), projection: Type.Optional(Type.Literal("profiles")), includeDesktopSetup: Type.Optional(Type.Boolean()) },
  closed,
);
export const EnvironmentsListResult = Type.Object({ environments: Nothing, profiles: Type.Optional(Nothing) });

export const SkillsSearchParams = Type.Object({ query: Type.Optional(NonEmpty), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })) }, closed);
export const SkillsSearchResult = Type.Object({ results: Nothing });

export const SkillsLibraryListParams = Type.Object(
  { sessionKey: Type.Optional(NonEmpty), scope: Type.Optional(Type.Union([Type.Literal("mine"), Type.Literal("team"), Type.Literal("all")])) },
  closed,
);
export const SkillsLibraryListResult = Type.Object({ entries: Nothing });

export const PluginsCatalogBrowseParams = Type.Object(
  {
    query: Type.Optional(Type.String({ maxLength: 200 })),
    searchSource: Type.Optional(Type.Literal("openclaw-control-ui")),
    intent: Type.Optional(Type.String()),
    category: Type.Optional(Type.String({ minLength: 1, maxLength: 64, pattern: "^[a-z][a-z0-9-]*$" })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 4096 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  },
  closed,
);
export const PluginsCatalogBrowseResult = Type.Object({ items: Nothing, categories: Type.Optional(Nothing) });

export const SessionsBranchesListParams = SessionRef;
export const SessionsBranchesListResult = Type.Object({ branches: Nothing });

export const SessionsCompanionStateParams = SessionRef;
export const SessionsCompanionStateResult = Type.Object({ exchanges: Nothing });

export const SessionsCatalogListParams = Type.Object(
  { catalogId: Type.Optional(NonEmpty), metadataOnly: Type.Optional(Type.Boolean()), cursors: Type.Optional(Type.Record(Type.String(), Type.String())) },
  { additionalProperties: true },
);
export const SessionsCatalogListResult = Type.Object({ catalogs: Nothing });

export const DiagnosticsLanesParams = Type.Object({}, closed);
export const DiagnosticsLanesResult = Type.Object({ ts: Type.Number(), lanes: Nothing, dynamic: Type.Null() });

/** plugins.controlUi.list: browser modules plugins add to the official Control UI (ours add none). */
export const PluginsControlUiListParams = Type.Object({}, closed);
export const PluginsControlUiListResult = Type.Object({ revision: NonEmpty, plugins: Nothing, diagnostics: Nothing });

/** skills.status: the skills an agent's workspace offers (none: this gateway has no skills). */
export const SkillsStatusParams = Type.Object({ agentId: Type.Optional(NonEmpty), sessionKey: Type.Optional(NonEmpty) }, closed);
export const SkillsStatusResult = Type.Object({ agentId: Type.Optional(Type.String()), skills: Nothing });

/** worktrees.list: repository checkouts the gateway manages for agent tasks (none here). */
export const WorktreesListParams = Type.Object({}, closed);
export const WorktreesListResult = Type.Object({ worktrees: Nothing });

/** artifacts.list: images and files runs produced (this gateway keeps no artifact store). */
export const ArtifactsListParams = Type.Object(
  {
    sessionKey: Type.Optional(NonEmpty),
    runId: Type.Optional(NonEmpty),
    taskId: Type.Optional(NonEmpty),
    agentId: Type.Optional(NonEmpty),
    messageRole: Type.Optional(Type.Literal("assistant")),
    type: Type.Optional(Type.Literal("image")),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 4 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 256 })),
  },
  closed,
);
export const ArtifactsListResult = Type.Object({ artifacts: Nothing });

/**
 * doctor.memory.status: the agent memory search runtime. Upstream answers a missing runtime with
 * `embedding: {ok: false, error}` rather than an error; other upstream params (probing) are accepted.
 */
export const DoctorMemoryStatusParams = Type.Object({ agentId: Type.Optional(NonEmpty) }, { additionalProperties: true });
export const DoctorMemoryStatusResult = Type.Object({
  agentId: Type.Optional(Type.String()),
  searchRuntimeRegistered: Type.Literal(false),
  embedding: Type.Object({ ok: Type.Literal(false), error: Type.String() }),
});

/** tools.github.status: the GitHub identity the agent's GitHub tool would use (this gateway has no such tool). */
export const ToolsGithubStatusParams = Type.Object(
  { agentId: NonEmpty, selectedScope: Type.Union([Type.Literal("system"), Type.Literal("agent")]) },
  closed,
);
const NoGithubIdentity = Type.Object(
  {
    source: Type.Literal("system-detected"),
    credentialKind: Type.Literal("native"),
    credentialState: Type.Literal("unavailable"),
    account: Type.Null(),
    gitAuthor: Type.Object({ name: Type.Null(), email: Type.Null() }, closed),
    evidence: Type.Literal("none"),
    accessExpiresAtMs: Type.Null(),
    refreshState: Type.Literal("not_applicable"),
    oauthScopes: Nothing,
    repositoryGrants: Type.Literal("unknown"),
  },
  closed,
);
export const ToolsGithubStatusResult = Type.Object({
  agentId: NonEmpty,
  selectedScope: Type.Union([Type.Literal("system"), Type.Literal("agent")]),
  selected: Type.Object({ scope: Type.Union([Type.Literal("system"), Type.Literal("agent")]), configured: Type.Literal(false), identity: Type.Null() }, closed),
  effective: NoGithubIdentity,
});

/** exec.approval.grants.list: standing grants allow-always minted for automations (none: we mint none). */
export const ExecApprovalGrantsListParams = Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })) }, closed);
export const ExecApprovalGrantsListResult = Type.Object({ grants: Nothing });
