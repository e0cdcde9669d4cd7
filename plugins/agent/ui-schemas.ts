/**
 * Params and results of the agent methods the official Control UI opens a chat with: agents.list,
 * agent.identity.get, chat.startup (chat.history plus the session's row and defaults) and chat.metadata.
 * Names and field meanings as upstream OpenClaw 2026.9.6's protocol.
 */
import { Type } from "../../core/sdk/plugin.js";
import { ChatHistoryFields, ChatHistoryResult } from "./schemas.js";
import { SessionRow } from "./session-schemas.js";

const closed = { additionalProperties: false } as const;
const AgentId = Type.Optional(Type.String({ minLength: 1, maxLength: 64 }));

export const AgentsListParams = Type.Object({}, closed);
export const AgentSummary = Type.Object({
  id: Type.String(),
  name: Type.Optional(Type.String()),
  identity: Type.Optional(Type.Object({ name: Type.Optional(Type.String()) })),
  model: Type.Optional(Type.Object({ primary: Type.Optional(Type.String()), fallbacks: Type.Optional(Type.Array(Type.String())) })),
});
export const AgentsListResult = Type.Object({
  defaultId: Type.String(),
  mainKey: Type.String(),
  scope: Type.Union([Type.Literal("per-sender"), Type.Literal("global")]),
  agents: Type.Array(AgentSummary),
});

export const AgentIdentityParams = Type.Object({ agentId: AgentId, sessionKey: Type.Optional(Type.String()) }, closed);
export const AgentIdentityResult = Type.Object({
  agentId: Type.String(),
  name: Type.Optional(Type.String()),
  nameSource: Type.Optional(Type.Union([Type.Literal("config"), Type.Literal("default")])),
  avatarStatus: Type.Optional(Type.Literal("none")),
});

/** chat.startup takes chat.history's params (the short-link form is not supported: no short links here). */
export const ChatStartupParams = Type.Object(ChatHistoryFields, closed);
const SessionDefaults = Type.Object({ model: Type.Optional(Type.String()), modelProvider: Type.Optional(Type.String()) });
export const ChatStartupResult = Type.Intersect([
  ChatHistoryResult,
  Type.Object({ sessionInfo: Type.Optional(SessionRow), defaults: SessionDefaults }),
]);

export const ChatMetadataParams = Type.Object({ agentId: AgentId, sessionKey: Type.Optional(Type.String({ minLength: 1 })) }, closed);
export const ChatMetadataResult = Type.Object({ commands: Type.Array(Type.Unknown(), { maxItems: 0 }), swarmEnabled: Type.Boolean() });

const SearchText = Type.String({ minLength: 1, maxLength: 512, pattern: "\\S" });
/** webSearch.status: how an agent's model would search the web (this gateway has no web search). */
export const WebSearchStatusParams = Type.Object(
  { agentId: Type.Optional(SearchText), modelProvider: Type.Optional(SearchText), modelId: Type.Optional(SearchText) },
  closed,
);
export const WebSearchStatusResult = Type.Object(
  {
    enabled: Type.Literal(false),
    provider: Type.Null(),
    agentId: SearchText,
    model: Type.Object({ provider: SearchText, id: SearchText, runtime: SearchText, runtimeLabel: Type.Optional(SearchText) }, closed),
    route: Type.Object({ kind: Type.Literal("unavailable"), label: SearchText, reason: Type.Optional(Type.String()), testable: Type.Literal(false) }, closed),
    providers: Type.Array(Type.Unknown(), { maxItems: 0 }),
  },
  closed,
);
