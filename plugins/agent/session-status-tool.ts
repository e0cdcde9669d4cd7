/** The built-in `session_status` tool: what the model (or `/tools/invoke`) may learn about the current session. */
import type { AgentServiceInternals } from "./agent-service.js";
import type { AgentTool } from "./contract.js";

export function sessionStatusTool(agent: () => AgentServiceInternals): AgentTool {
  return {
    name: "session_status",
    description: "Reports the current conversation session: its key and id, the agent, the model last used, message count and token usage.",
    parameters: { type: "object", properties: { sessionKey: { type: "string", description: "Another session of this agent (defaults to the current one)" } }, additionalProperties: false },
    async execute(args, ctx) {
      const service = agent();
      const { agentId, sessionKey } = service.resolveSessionKey(typeof args.sessionKey === "string" ? args.sessionKey : ctx.sessionKey, ctx.agentId);
      const entry = service.store(agentId).entry(sessionKey);
      if (!entry) return { sessionKey, agentId, exists: false };
      return {
        sessionKey,
        agentId,
        exists: true,
        sessionId: entry.sessionId,
        createdAt: new Date(entry.createdAt).toISOString(),
        updatedAt: new Date(entry.updatedAt).toISOString(),
        messages: await service.store(agentId).countMessages(entry.sessionId),
        model: entry.model ?? null,
        usage: { inputTokens: entry.inputTokens ?? 0, outputTokens: entry.outputTokens ?? 0 },
        now: new Date().toISOString(),
      };
    },
  };
}
