/**
 * What the official Control UI opens a chat with: agents.list, agent.identity.get, chat.startup (the
 * first page of chat.history with the session's row and the defaults) and chat.metadata.
 */
import { invalidRequest, type PluginApi } from "../../core/sdk/plugin.js";
import * as S from "./ui-schemas.js";
import { toDisplayMessages } from "./history-display.js";
import type { AgentServiceInternals } from "./agent-service.js";
import type { ResolvedAgent } from "./config.js";
import type { SessionRows } from "./session-methods.js";

/** chat.startup's first page: at most this many bytes of messages (the newest message is always sent). */
const STARTUP_MAX_BYTES = 6 * 1024 * 1024;

export function registerUiMethods(api: PluginApi<unknown>, agent: AgentServiceInternals, agents: Map<string, ResolvedAgent>, rows: SessionRows): void {
  const primary = (id: string) => agents.get(id)?.models[0];
  const defaults = (agentId: string) => {
    const m = primary(agentId);
    return m ? { model: m.modelId, modelProvider: m.providerId } : {};
  };

  api.registerMethod("agents.list", {
    params: S.AgentsListParams, result: S.AgentsListResult, scope: "operator.read",
    description: "Configured agents (agents.list in the config), the default one and the main session key",
    handler: () => ({
      defaultId: agent.defaultAgentId(),
      mainKey: "main",
      scope: "per-sender" as const,
      agents: [...agents.values()].map((a) => ({
        id: a.id,
        ...(a.name ? { name: a.name, identity: { name: a.name } } : {}),
        ...(a.models.length ? { model: { primary: a.models[0].ref, ...(a.models.length > 1 ? { fallbacks: a.models.slice(1).map((m) => m.ref) } : {}) } } : {}),
      })),
    }),
  });

  api.registerMethod("agent.identity.get", {
    params: S.AgentIdentityParams, result: S.AgentIdentityResult, scope: "operator.read",
    description: "An agent's display identity: its configured name (no avatars here)",
    handler(p) {
      const { agentId } = agent.resolveSessionKey(p.sessionKey || undefined, p.agentId);
      const name = agents.get(agentId)?.name;
      return { agentId, ...(name ? { name, nameSource: "config" as const } : { nameSource: "default" as const }), avatarStatus: "none" as const };
    },
  });

  api.registerMethod("chat.startup", {
    params: S.ChatStartupParams, result: S.ChatStartupResult, scope: "operator.read",
    description: "Opens a chat: chat.history's first page plus the session's row (sessionInfo) and the model defaults",
    async handler(p) {
      const { agentId, sessionKey } = agent.resolveSessionKey(p.sessionKey, p.agentId);
      const history = await agent.history(sessionKey, p.limit ?? 200, { maxBytes: Math.min(p.maxBytes ?? STARTUP_MAX_BYTES, STARTUP_MAX_BYTES) });
      const sessionInfo = await rows.describe(sessionKey, agentId);
      return { ...history, messages: toDisplayMessages(history.messages), ...(sessionInfo ? { sessionInfo } : {}), defaults: defaults(agentId) };
    },
  });

  api.registerMethod("chat.metadata", {
    params: S.ChatMetadataParams, result: S.ChatMetadataResult, scope: "operator.read",
    description: "Chat composer metadata: no extra slash commands and no swarm here",
    handler: () => ({ commands: [], swarmEnabled: false }),
  });

  api.registerMethod("webSearch.status", {
    params: S.WebSearchStatusParams, result: S.WebSearchStatusResult, scope: "operator.read",
    description: "Empty state: this gateway has no web search; the agent's model and an unavailable route, no providers",
    handler(p) {
      if (Boolean(p.modelProvider) !== Boolean(p.modelId)) throw invalidRequest("invalid webSearch.status params: modelProvider and modelId go together (give both or neither)");
      const agentId = p.agentId ?? agent.defaultAgentId();
      if (!agents.has(agentId)) throw invalidRequest(`invalid webSearch.status params: agentId: unknown agent "${agentId}" (configured: ${[...agents.keys()].join(", ")})`);
      const m = primary(agentId);
      const model = p.modelProvider && p.modelId ? { provider: p.modelProvider, id: p.modelId } : m ? { provider: m.providerId, id: m.modelId } : undefined;
      if (!model) throw invalidRequest(`agent "${agentId}" has no model: set agents.defaults.model.primary to "<provider>/<model>"`);
      return {
        enabled: false as const, provider: null, agentId,
        model: { ...model, runtime: "gateway", runtimeLabel: "This gateway's agent" },
        route: { kind: "unavailable" as const, label: "Search unavailable", reason: "This gateway has no web search tool.", testable: false as const },
        providers: [],
      };
    },
  });
}
