/**
 * `usage.status`, `usage.cost` and `sessions.usage`: aggregates of the per-call usage log (usage-log.ts) in
 * upstream's shapes. Calls whose model has no price count in tokens only and in `missingCostEntries`.
 */
import { invalidRequest, type PluginApi } from "../../core/sdk/plugin.js";
import { SessionsUsageParams, SessionsUsageResult, UsageCostParams, UsageCostResult, UsageStatusParams, UsageStatusResult } from "./usage-schemas.js";
import { dayOf, emptyTotals, groupBy, resolveRange, totalsOf, addRecord, type CostTotals } from "./usage-aggregate.js";
import type { AgentServiceInternals } from "./agent-service.js";
import type { UsageRecord } from "./usage-log.js";

const DEFAULT_SESSION_LIMIT = 50;

export function registerUsageMethods(api: PluginApi<unknown>, agent: AgentServiceInternals): void {
  /** Records of one agent, or of every agent (`agentScope: "all"`), oldest first. */
  async function records(agentId: string | undefined, all: boolean): Promise<UsageRecord[]> {
    if (all && agentId) throw invalidRequest("agentScope=all cannot be combined with agentId");
    const ids = all ? agent.agentIds() : [agentId ?? agent.defaultAgentId()];
    const lists = await Promise.all(ids.map((id) => agent.usageLog(id).all()));
    return lists.flat().sort((a, b) => a.ts - b.ts);
  }

  api.registerMethod("usage.status", {
    params: UsageStatusParams,
    result: UsageStatusResult,
    scope: "operator.read",
    description: "Recorded token usage and cost per provider, across every agent (quota windows: none, providers are not asked)",
    async handler() {
      const all = await records(undefined, true);
      return {
        updatedAt: Date.now(),
        providers: groupBy(all, (r) => r.provider).map((g) => ({ provider: g.key, displayName: g.key, windows: [], usage: g.totals, calls: g.count })),
        totals: totalsOf(all),
      };
    },
  });

  api.registerMethod("usage.cost", {
    params: UsageCostParams,
    result: UsageCostResult,
    scope: "operator.read",
    description: "Tokens and cost per day over a date range (default: the last 30 days) for one agent or all",
    async handler(p) {
      const range = resolveRange(p);
      const inRange = (await records(p.agentId, p.agentScope === "all")).filter((r) => r.ts >= range.startMs && r.ts <= range.endMs);
      const daily = new Map<string, CostTotals & { date: string }>();
      for (const r of inRange) {
        const date = dayOf(r.ts, range.offsetMinutes);
        let day = daily.get(date);
        if (!day) daily.set(date, (day = { date, ...emptyTotals() }));
        addRecord(day, r);
      }
      return { updatedAt: Date.now(), days: range.days, daily: [...daily.values()].sort((a, b) => a.date.localeCompare(b.date)), totals: totalsOf(inRange) };
    },
  });

  api.registerMethod("sessions.usage", {
    params: SessionsUsageParams,
    result: SessionsUsageResult,
    scope: "operator.read",
    description: "Usage per session over a date range, with totals and aggregates by model, provider, agent and day",
    async handler(p) {
      const all = p.agentScope === "all";
      if (all && (p.agentId || p.key)) throw invalidRequest("agentScope=all cannot be combined with key or agentId");
      const target = p.key ? agent.resolveSessionKey(p.key, p.agentId) : undefined;
      const range = resolveRange(p);
      const inRange = (await records(target?.agentId ?? p.agentId, all)).filter((r) => r.ts >= range.startMs && r.ts <= range.endMs && (!target || r.sessionKey === target.sessionKey));
      const bySession = groupBy(inRange, (r) => `${r.agentId}\u0000${r.sessionKey}`);
      const sessions = bySession.slice(0, p.limit ?? DEFAULT_SESSION_LIMIT).map((g) => {
        const [agentId, key] = g.key.split("\u0000");
        const entry = agent.store(agentId).entry(key);
        return {
          key,
          agentId,
          ...(entry ? { sessionId: entry.sessionId, updatedAt: entry.updatedAt, ...(entry.channel ? { channel: entry.channel } : {}), ...(entry.modelProvider ? { modelProvider: entry.modelProvider } : {}), ...(entry.model ? { model: entry.model } : {}) } : {}),
          usage: g.totals,
        };
      });
      const daily = groupBy(inRange, (r) => dayOf(r.ts, range.offsetMinutes))
        .map((g) => ({ date: g.key, tokens: g.totals.totalTokens, cost: g.totals.totalCost, calls: g.count }))
        .sort((a, b) => a.date.localeCompare(b.date));
      return {
        updatedAt: Date.now(),
        startDate: range.startDate,
        endDate: range.endDate,
        sessions,
        totals: totalsOf(inRange),
        aggregates: {
          byModel: groupBy(inRange, (r) => `${r.provider}/${r.model}`).map((g) => {
            const [provider, ...model] = g.key.split("/");
            return { provider, model: model.join("/"), count: g.count, totals: g.totals };
          }),
          byProvider: groupBy(inRange, (r) => r.provider).map((g) => ({ provider: g.key, count: g.count, totals: g.totals })),
          byAgent: groupBy(inRange, (r) => r.agentId).map((g) => ({ agentId: g.key, count: g.count, totals: g.totals })),
          // The channel a session talks on (sessions with none, e.g. the Control UI's, are left out as upstream does).
          byChannel: groupBy(inRange.filter((r) => agent.store(r.agentId).entry(r.sessionKey)?.channel), (r) => agent.store(r.agentId).entry(r.sessionKey)?.channel ?? "")
            .map((g) => ({ channel: g.key, totals: g.totals })),
          daily,
          ...activityOf(inRange),
        },
      };
    },
  });
}

/**
 * The official UI's activity figures from the usage log: each record is one provider call (an assistant
 * message), each run began with one user message, and every tool call got one tool result. Failed calls
 * leave no usage record, so `errors` counts none of them.
 */
function activityOf(records: readonly UsageRecord[]) {
  const counts = new Map<string, number>();
  for (const r of records) for (const name of r.tools ?? []) counts.set(name, (counts.get(name) ?? 0) + 1);
  const tools = [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const toolCalls = tools.reduce((sum, t) => sum + t.count, 0);
  const user = new Set(records.map((r) => r.runId)).size;
  return {
    sessionCount: new Set(records.map((r) => `${r.agentId}\u0000${r.sessionKey}`)).size,
    messages: { total: user + records.length + toolCalls, user, assistant: records.length, toolCalls, toolResults: toolCalls, errors: 0 },
    tools: { totalCalls: toolCalls, uniqueTools: tools.length, tools },
  };
}
