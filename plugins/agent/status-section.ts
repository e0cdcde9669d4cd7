/** The agent's part of `status`: the `sessions` and `heartbeat` shapes the official CLI reads, plus our `agent` summary. */
import { join } from "node:path";
import type { AgentServiceInternals } from "./agent-service.js";
import type { ResolvedAgent } from "./config.js";

const RECENT = 10;

/** The `limit` most recently updated entries, newest first, in one pass (status is called often; stores can be large). */
function mostRecent<T extends { updatedAt: number }>(items: Iterable<T>, limit: number): T[] {
  const top: T[] = [];
  for (const item of items) {
    if (top.length === limit && item.updatedAt <= top[limit - 1].updatedAt) continue;
    let i = top.length;
    while (i > 0 && top[i - 1].updatedAt < item.updatedAt) i--;
    top.splice(i, 0, item);
    if (top.length > limit) top.pop();
  }
  return top;
}

export function agentStatusSection(stateDir: string, agents: Map<string, ResolvedAgent>, defaultId: string, service: AgentServiceInternals) {
  const storePaths = new Map([...agents.keys()].map((agentId) => [agentId, join(stateDir, "agents", agentId, "sessions", "sessions.json")]));
  return () => {
    const now = Date.now();
    const byAgent = [...agents.keys()].map((agentId) => {
      const store = service.store(agentId);
      const keys = store.keys();
      const entries = keys.map((key) => {
        const entry = store.entry(key)!;
        return { key, entry, updatedAt: entry.updatedAt };
      });
      const recent = mostRecent(entries, RECENT).map(({ key, entry }) => ({
        key,
        sessionId: entry.sessionId,
        updatedAt: entry.updatedAt,
        age: now - entry.updatedAt,
        model: entry.model ?? null,
        inputTokens: entry.inputTokens ?? 0,
        outputTokens: entry.outputTokens ?? 0,
        totalTokens: (entry.inputTokens ?? 0) + (entry.outputTokens ?? 0),
      }));
      return { agentId, path: storePaths.get(agentId)!, count: keys.length, recent };
    });
    const primary = agents.get(defaultId)?.models[0];
    return {
      sessions: {
        paths: byAgent.map((a) => a.path),
        count: byAgent.reduce((n, a) => n + a.count, 0),
        defaults: { model: primary?.ref ?? null, contextTokens: primary?.contextWindow ?? null },
        recent: mostRecent(byAgent.flatMap((a) => a.recent), RECENT),
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
