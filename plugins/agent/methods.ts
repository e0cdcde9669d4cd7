/**
 * `agent` (two-phase: accepted, then the final with the same request id), `agent.wait`, and the WebChat
 * methods `chat.send` / `chat.history` / `chat.abort`. Repeated idempotency keys replay the first outcome.
 */
import { GatewayError, invalidRequest, toGatewayError, IdempotencyCache, type PluginApi } from "../../core/sdk/plugin.js";
import { toDisplayMessages } from "./history-display.js";
import { AgentParams, AgentResult, AgentWaitParams, AgentWaitResult, ChatAbortParams, ChatAbortResult, ChatHistoryParams, ChatHistoryResult, ChatSendParams, ChatSendResult } from "./schemas.js";
import type { AgentServiceInternals } from "./agent-service.js";
import type { AgentRunResult } from "./contract.js";

/** chat.history answers at most about this much (older messages are left out; the newest is always sent). */
const HISTORY_MAX_BYTES = 6 * 1024 * 1024;
const STOP_COMMAND = /^\/(stop|abort)$/i;

/** The turn's usage in upstream's agentMeta names (cost only when priced). */
function metaUsage(usage: NonNullable<AgentRunResult["usage"]>) {
  const { input, output, cacheRead, cacheWrite, total, cost } = usage;
  return { input, output, cacheRead, cacheWrite, total, ...(cost ? { cost } : {}) };
}

function finalPayload(result: AgentRunResult) {
  const [provider, ...model] = result.model.split("/");
  return {
    runId: result.runId,
    status: "ok",
    summary: "completed",
    result: {
      payloads: result.text ? [{ text: result.text }] : [],
      meta: {
        durationMs: result.endedAt - result.startedAt,
        ...(result.stopReason ? { stopReason: result.stopReason } : {}),
        agentMeta: { agentId: result.agentId, sessionId: result.sessionId, sessionKey: result.sessionKey, provider, model: model.join("/") || provider, ...(result.usage ? { usage: metaUsage(result.usage) } : {}) },
      },
    },
  };
}

export function registerAgentMethods(api: PluginApi<unknown>, agent: AgentServiceInternals): void {
  const agentRuns = new IdempotencyCache<ReturnType<typeof finalPayload>>();
  const acks = new Map<string, { runId: string; status: "accepted"; acceptedAt: number }>();
  const chatRuns = new IdempotencyCache<AgentRunResult>();

  api.registerMethod("agent", {
    params: AgentParams,
    result: AgentResult,
    scope: "operator.write",
    description: "Runs an agent turn: answers {status:accepted} at once, then the final result with the same request id",
    async handler(p, ctx) {
      const key = `agent:${p.idempotencyKey}`;
      const runId = p.idempotencyKey;
      const existing = agentRuns.peek(key);
      if (existing?.settled) return existing.promise; // replay the final (or its error) as one response
      if (existing) {
        ctx.ack(acks.get(key) ?? { runId, status: "accepted", acceptedAt: Date.now() });
        return existing.promise;
      }
      agent.checkMessage(p.message); // refused as a plain error, before an ack promises a run
      const ack = { runId, status: "accepted" as const, acceptedAt: Date.now() };
      const { promise } = agentRuns.run(key, async () => {
        try {
          const result = await agent.run({
            message: p.message,
            agentId: p.agentId,
            sessionKey: p.sessionKey,
            runId,
            extraSystemPrompt: p.extraSystemPrompt,
            channel: p.channel,
            ...(p.timeout ? { timeoutMs: p.timeout * 1000 } : {}),
          });
          return finalPayload(result);
        } catch (thrown) {
          const err = toGatewayError(thrown);
          throw new GatewayError(err.code, err.message, { details: err.details, retryable: err.retryable, retryAfterMs: err.retryAfterMs, payload: { runId, status: "error", summary: err.message } });
        } finally {
          acks.delete(key);
        }
      });
      acks.set(key, ack);
      ctx.ack(ack);
      return promise;
    },
  });

  api.registerMethod("agent.wait", {
    params: AgentWaitParams,
    result: AgentWaitResult,
    scope: "operator.read",
    description: "Waits for a run to end: {runId, status: ok|error|timeout, startedAt?, endedAt?, error?}",
    async handler(p) {
      const run = await agent.waitForRun(p.runId, p.timeoutMs ?? 30_000);
      if (!run) return { runId: p.runId, status: "timeout" as const };
      const { sessionKey: _sessionKey, ...rest } = run;
      return rest;
    },
  });

  api.registerMethod("chat.send", {
    params: ChatSendParams,
    result: ChatSendResult,
    scope: "operator.write",
    description: "Sends a WebChat message; the reply streams as `chat` events",
    async handler(p) {
      const message = p.message.trim();
      if (STOP_COMMAND.test(message)) {
        const runIds = agent.abort(p.sessionKey);
        return { ok: true, aborted: runIds.length > 0, runIds };
      }
      if (!message) throw invalidRequest("message or attachment required");
      const key = `chat:${p.idempotencyKey}`;
      const runId = p.idempotencyKey;
      const existing = chatRuns.peek(key);
      if (existing) {
        if (!existing.settled) return { runId, status: "in_flight" as const };
        return existing.promise.then(
          () => ({ runId, status: "ok" as const }),
          (err: unknown) => ({ runId, status: "error" as const, summary: toGatewayError(err).message }),
        );
      }
      // Refuse what the run would refuse before answering "started": afterwards only events could say so.
      const { agentId, sessionKey } = agent.resolveSessionKey(p.sessionKey, p.agentId);
      if (!agent.agentIds().includes(agentId)) throw invalidRequest(`unknown agent "${agentId}" in sessionKey; configured agents: ${agent.agentIds().join(", ")}`);
      // The official UI names the session generation it shows: a message typed into a view of a session that
      // was reset meanwhile must not land in the new transcript unseen.
      const current = agent.store(agentId).entry(sessionKey)?.sessionId;
      if (p.sessionId && current && p.sessionId !== current) throw invalidRequest(`sessionId ${p.sessionId} is no longer the current session of ${sessionKey} (it was reset); reload the chat and send again`);
      agent.checkMessage(message);
      if (agent.getRun(runId)?.status === "running") return { runId, status: "in_flight" as const };
      chatRuns.run(key, () => agent.run({ message, sessionKey, runId, channel: "webchat", ...(p.timeoutMs ? { timeoutMs: p.timeoutMs } : {}) }));
      return { runId, status: "started" as const };
    },
  });

  api.registerMethod("chat.history", {
    params: ChatHistoryParams,
    result: ChatHistoryResult,
    scope: "operator.read",
    description: "The session's recent transcript messages, oldest first",
    async handler(p) {
      // Read from the end of the transcript and bounded while reading: never the whole file, never past the cap.
      const history = await agent.history(p.sessionKey, p.limit ?? 200, { maxBytes: HISTORY_MAX_BYTES });
      return { ...history, messages: toDisplayMessages(history.messages) };
    },
  });

  api.registerMethod("chat.abort", {
    params: ChatAbortParams,
    result: ChatAbortResult,
    scope: "operator.write",
    description: "Aborts the session's running turn (or one run) and its provider request",
    handler(p) {
      const { sessionKey } = agent.resolveSessionKey(p.sessionKey, p.agentId);
      if (p.runId) {
        const run = agent.getRun(p.runId);
        if (run && run.sessionKey !== sessionKey) throw invalidRequest("runId does not match sessionKey");
      }
      const runIds = agent.abort(sessionKey, p.runId);
      return { ok: true, aborted: runIds.length > 0, runIds };
    },
  });
}
