/** The agent's part of `status`: the `sessions` and `heartbeat` shapes the official CLI reads, plus our `agent` summary. */
import { join } from "node:path";
import type { AgentServiceInternals } from "./agent-service.js";
import type { ResolvedAgent } from "./config.js";

const RECENT = 10;

export function agentStatusSection(stateDir: string, agents: Map<string, ResolvedAgent>, defaultId: string, service: AgentServiceInternals) {
  return () => {
    const now = Date.now();
    const byAgent = [...agents.keys()].map((agentId) => {
      const store = service.store(agentId);
      const recent = store
        .keys()
        .map((key) => ({ key, entry: store.entry(key)! }))
        .sort((a, b) => b.entry.updatedAt - a.entry.updatedAt)
        .slice(0, RECENT)
        .map(({ key, entry }) => ({
          key,
          sessionId: entry.sessionId,
          updatedAt: entry.updatedAt,
          age: now - entry.updatedAt,
          model: entry.model ?? null,
          inputTokens: entry.inputTokens ?? 0,
          outputTokens: entry.outputTokens ?? 0,
          totalTokens: (entry.inputTokens ?? 0) + (entry.outputTokens ?? 0),
        }));
      return { agentId, path: join(stateDir, "agents", agentId, "sessions", "sessions.json"), count: store.keys().length, recent };
    });
    const primary = agents.get(defaultId)?.models[0];
    return {
      sessions: {
        paths: byAgent.map((a) => a.path),
        count: byAgent.reduce((n, a) => n + a.count, 0),
        defaults: { model: primary?.ref ?? null, contextTokens: primary?.contextWindow ?? null },
        recent: byAgent.flatMap((a) => a.recent).sort((a, b) => b.updatedAt - a.updatedAt).slice(0, RECENT),
        byAgent,
      },
      heartbeat: { defaultAgentId: defaultId, agents: [] },
      agent: {
        defaultAgentId: defaultId,
        agents: [...agents.keys()],
        model: primary?.ref ?? null,
        offline: !primary,
        tools: service.tools.list().map((t) => t.name),
        /** Bytes of transcript tails held in memory, against `agents.defaults.transcriptCacheBytes`. */
        transcriptCache: service.transcriptCache(),
      },
    };
  };
}
