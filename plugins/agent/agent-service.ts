/**
 * The `agent` service: resolves the agent and session, queues runs per session (one at a time), enforces the
 * run budget (AGENT_TIMEOUT) and aborts, streams events, and stores the turn in the session transcript.
 */
import { createChatCommandRegistry } from "./chat-commands.js";
import { randomUUID } from "node:crypto";
import { GatewayError, invalidRequest, toGatewayError, type EventPayload, type Logger } from "../../core/sdk/plugin.js";
import { RunEvents } from "./run-events.js";
import { RunRegistry, summary, type RunRecord } from "./run-registry.js";
import { runTurn } from "./run-loop.js";
import { offlineReply } from "./offline.js";
import { SessionStore, type TurnUsageUpdate } from "./session-store.js";
import { TranscriptCache, type TranscriptCacheStats } from "./transcript-cache.js";
import { checkMessageSize } from "./message-limit.js";
import { historyBudget, historyTokens } from "./prompt.js";
import { UsageLog, type UsageRecord } from "./usage-log.js";
import { priceUsage } from "./pricing.js";
import type { ProviderRetryPolicy, ResolvedAgent, ResolvedModel } from "./config.js";
import type { ProviderFactory } from "./providers/index.js";
import type { TurnOutput } from "./run-loop.js";
import type { AgentRunParams, AgentRunResult, AgentService, ToolRegistry, TranscriptMessage } from "./contract.js";

export interface AgentServiceDeps {
  stateDir: string;
  agents: Map<string, ResolvedAgent>;
  defaultAgentId: string;
  timeoutSeconds: number;
  maxToolSteps: number;
  /** Largest accepted message, in UTF-8 bytes. */
  maxMessageBytes: number;
  /** Memory for cached transcript tails across every agent. */
  transcriptCacheBytes: number;
  /** Transcript segment size before rotation. */
  transcriptRotateBytes: number;
  tools: ToolRegistry;
  providers: ProviderFactory;
  /** Retries per model before the next fallback. */
  retry: ProviderRetryPolicy;
  /** Resolves a "<provider>/<model>" reference against the provider table (for per-run model overrides). */
  resolveModel?(ref: string): ResolvedModel | undefined;
  emit(event: "agent" | "chat", payload: EventPayload): void;
  log: Logger;
  /** Aborted when the plugin is disposed: running turns end. */
  signal: AbortSignal;
}

/** Turns waiting or running on one session at most; more are refused (retryable). */
const MAX_QUEUED_PER_SESSION = 20;
const MAX_TIMEOUT_MS = 2_147_000_000;

const RESET_COMMAND = /^\/(new|reset)(?:\s+([\s\S]*))?$/i;

export interface AgentServiceInternals extends AgentService {
  /** Session stores by agent id (for session_status and status). */
  store(agentId: string): SessionStore;
  /** Canonical `agent:<id>:<rest>` form of a session key and the agent it belongs to. */
  resolveSessionKey(sessionKey: string | undefined, agentId?: string): { agentId: string; sessionKey: string };
  /** Throws the INVALID_REQUEST a run would throw for this message's size (for methods that answer before the run). */
  checkMessage(message: string): void;
  /** The agent's per-call usage log (usage methods aggregate it). */
  usageLog(agentId: string): UsageLog;
  /** The configured agents (catalog and usage methods). */
  agents(): ReadonlyMap<string, ResolvedAgent>;
  /** Ids of the session's running (and queued) runs. */
  activeRunIds(sessionKey: string): string[];
  /** What the transcript cache holds now, against its budget. */
  transcriptCache(): TranscriptCacheStats;
  flush(): Promise<void>;
}

export async function createAgentService(deps: AgentServiceDeps): Promise<AgentServiceInternals> {
  const cache = new TranscriptCache(deps.transcriptCacheBytes);
  const stores = new Map<string, SessionStore>();
  for (const id of deps.agents.keys()) {
    const onRotate = (sessionId: string, archivedAs: string) => deps.log.info(`agent "${id}": transcript ${sessionId} would pass ${deps.transcriptRotateBytes} bytes (agents.defaults.transcriptRotateBytes); archived as ${archivedAs}, a new segment continues it`);
    stores.set(id, new SessionStore(deps.stateDir, id, { cache, rotateBytes: deps.transcriptRotateBytes, onRotate }));
  }
  for (const s of stores.values()) s.load();
  const usageLogs = new Map([...deps.agents.keys()].map((id) => [id, new UsageLog(deps.stateDir, id)]));
  const usageLog = (agentId: string) => {
    const log = usageLogs.get(agentId);
    if (!log) throw invalidRequest(`unknown agent "${agentId}"; configured agents: ${[...deps.agents.keys()].join(", ")}`);
    return log;
  };

  /** One usage record per provider call of the turn (priced when the model has a price). */
  function recordUsage(agentId: string, sessionKey: string, sessionId: string, runId: string, out: TurnOutput): void {
    const ts = Date.now();
    const records: UsageRecord[] = out.calls.map(({ model, usage, tools }) => {
      const cost = priceUsage(usage, model.entry);
      return { ts, agentId, sessionKey, sessionId, runId, provider: model.providerId, model: model.modelId, ...usage, ...(cost ? { cost } : {}), ...(tools?.length ? { tools } : {}) };
    });
    usageLog(agentId).append(records).catch((err: unknown) => deps.log.error("cannot append to the usage log", { error: err }));
  }
  const runs = new RunRegistry();
  const queues = new Map<string, { tail: Promise<unknown>; depth: number }>();

  const store = (agentId: string) => {
    const s = stores.get(agentId);
    if (!s) throw invalidRequest(`unknown agent "${agentId}"; configured agents: ${[...deps.agents.keys()].join(", ")}`);
    return s;
  };

  function resolveSessionKey(sessionKey: string | undefined, agentId?: string) {
    const fallbackAgent = agentId ?? deps.defaultAgentId;
    if (!sessionKey || sessionKey === "main") return { agentId: fallbackAgent, sessionKey: `agent:${fallbackAgent}:main` };
    const match = /^agent:([a-z0-9][a-z0-9_-]{0,63}):(.+)$/.exec(sessionKey);
    if (match) {
      if (agentId && agentId !== match[1]) throw invalidRequest(`sessionKey "${sessionKey}" belongs to agent "${match[1]}", not "${agentId}"`);
      return { agentId: match[1], sessionKey };
    }
    return { agentId: fallbackAgent, sessionKey: `agent:${fallbackAgent}:${sessionKey}` };
  }

  async function execute(record: RunRecord, params: AgentRunParams, agent: ResolvedAgent, events: RunEvents): Promise<AgentRunResult> {
    const sessions = store(agent.id);
    const startedAt = Date.now();
    record.startedAt = startedAt;
    events.stream({ stream: "lifecycle", data: { phase: "start", startedAt } });
    let message = params.message;
    const base = { runId: record.runId, agentId: agent.id, sessionKey: record.sessionKey, status: "ok" as const, startedAt };
    const reset = params.ephemeral ? null : RESET_COMMAND.exec(message.trim());
    const session = params.ephemeral ? undefined : reset ? await sessions.reset(record.sessionKey, params.channel) : await sessions.open(record.sessionKey, params.channel);
    const sessionId = session?.sessionId ?? record.runId;
    if (reset) message = reset[2]?.trim() ?? "";
    if (!message) {
      const text = "Started a new session.";
      events.stream({ stream: "assistant", data: { text, delta: text } });
      return { ...base, sessionId, text, model: "none", endedAt: Date.now() };
    }
    const save = async (m: TranscriptMessage, usage?: TurnUsageUpdate) => {
      if (session) await sessions.append(record.sessionKey, m, usage);
    };
    const userMessage: TranscriptMessage = { role: "user", content: [{ type: "text", text: message }], timestamp: startedAt, runId: record.runId, ...(params.channel ? { channel: params.channel } : {}) };

    if (!agent.models.length) {
      const text = offlineReply(agent);
      events.stream({ stream: "assistant", data: { text, delta: text } });
      await save(userMessage);
      await save({ role: "assistant", content: [{ type: "text", text }], timestamp: Date.now(), runId: record.runId, model: "offline" });
      return { ...base, sessionId, text, model: "offline", endedAt: Date.now() };
    }

    // Only the transcript's tail that the largest model window could take is read (before this turn's message is added).
    const history = session ? await sessions.tail(session.sessionId, { budget: { limit: historyBudget(agent.models), cost: historyTokens } }) : [];
    // The user's message is stored while the provider is already working on it (appends keep their order).
    const userSaved = save(userMessage);
    userSaved.catch(() => undefined);

    let partial = "";
    try {
      const out = await runTurn({
        agent,
        runId: record.runId,
        sessionKey: record.sessionKey,
        message,
        history,
        extraSystemPrompt: params.extraSystemPrompt,
        maxToolSteps: deps.maxToolSteps,
        tools: deps.tools,
        providers: deps.providers,
        retry: deps.retry,
        log: deps.log,
        signal: record.controller.signal,
        streaming: params.streaming,
        stream: (event) => {
          if (event.stream === "assistant") partial = event.data.text;
          events.stream(event);
        },
      });
      await userSaved;
      const last = out.calls.at(-1);
      const [provider, ...modelId] = out.model.split("/");
      const update: TurnUsageUpdate | undefined = out.usage
        ? {
            input: out.usage.input,
            output: out.usage.output,
            cacheRead: out.usage.cacheRead,
            cacheWrite: out.usage.cacheWrite,
            ...(last ? { contextTokens: last.usage.total } : {}),
            ...(out.usage.cost ? { costUsd: out.usage.cost.total } : {}),
          }
        : undefined;
      for (const m of out.added) await save(m, m === out.added.at(-1) ? { input: 0, output: 0, ...update, model: modelId.join("/"), provider } : undefined);
      if (out.calls.length) recordUsage(agent.id, record.sessionKey, sessionId, record.runId, out);
      return { ...base, sessionId, text: out.text, model: out.model, ...(out.usage ? { usage: out.usage } : {}), stopReason: out.stopReason, endedAt: Date.now() };
    } catch (err) {
      // Keep what the user already saw, marked, so the transcript matches the screen.
      await userSaved.catch(() => undefined);
      if (partial) await save({ role: "assistant", content: [{ type: "text", text: partial }], timestamp: Date.now(), runId: record.runId, model: "partial" }).catch(() => undefined);
      throw err;
    }
  }

  /** The agent answering with one named model for this run only (a scheduled job's model override). */
  function withModelOverride(agent: ResolvedAgent, ref: string): ResolvedAgent {
    const model = /^[A-Za-z0-9_.-]+\/.+$/.test(ref) ? deps.resolveModel?.(ref) : undefined;
    if (!model) throw invalidRequest(`unknown model "${ref}": expected "<provider>/<model>" with a provider from models.providers`);
    return { ...agent, models: [model] };
  }

  /** The model a user picked for this session (sessions.patch) answers its turns; one that no longer resolves is skipped, said once per run. */
  function withSessionModel(agent: ResolvedAgent, sessionKey: string): ResolvedAgent {
    const picked = store(agent.id).entry(sessionKey)?.modelOverride;
    if (!picked) return agent;
    try {
      return withModelOverride(agent, picked);
    } catch {
      deps.log.warn(`session ${sessionKey}: its model "${picked}" is not in models.providers; answering with the agent's model`);
      return agent;
    }
  }

  async function run(params: AgentRunParams): Promise<AgentRunResult> {
    if (typeof params.message !== "string") throw invalidRequest("message must be a string");
    checkMessageSize(params.message, deps.maxMessageBytes);
    const requestedAgent = params.agentId;
    if (requestedAgent !== undefined && !deps.agents.has(requestedAgent)) {
      throw invalidRequest(`unknown agent "${requestedAgent}"; configured agents: ${[...deps.agents.keys()].join(", ")} (agents.entries in the config)`);
    }
    const { agentId, sessionKey } = resolveSessionKey(params.sessionKey, requestedAgent);
    const configured = deps.agents.get(agentId);
    if (!configured) throw invalidRequest(`unknown agent "${agentId}" in sessionKey; configured agents: ${[...deps.agents.keys()].join(", ")}`);
    const agent = params.model ? withModelOverride(configured, params.model) : withSessionModel(configured, sessionKey);
    const runId = params.runId ?? randomUUID();
    if (runs.get(runId)?.status === "running") throw invalidRequest(`run ${runId} is already running`);
    if ((queues.get(sessionKey)?.depth ?? 0) >= MAX_QUEUED_PER_SESSION) {
      throw new GatewayError("UNAVAILABLE", `session ${sessionKey} already has ${MAX_QUEUED_PER_SESSION} turns waiting; wait for them or abort them (chat.abort)`, { retryable: true, details: { code: "QUEUE_FULL" } });
    }

    const controller = new AbortController();
    let endRun!: () => void;
    const record: RunRecord = { runId, sessionKey, status: "running", controller, ended: new Promise<void>((r) => (endRun = r)) };
    runs.add(record);
    const events = new RunEvents((event, payload) => deps.emit(event, payload), runId, sessionKey, params.onEvent);
    // setTimeout fires at once above 2^31-1 ms; schemas cap client values, this guards every other caller.
    const timeoutMs = Math.min(params.timeoutMs ?? deps.timeoutSeconds * 1000, MAX_TIMEOUT_MS);
    let timer: NodeJS.Timeout | undefined;
    // The budget counts from when the run starts executing, not while it waits behind another run.
    const armBudget = () => {
      timer = setTimeout(() => controller.abort(new GatewayError("AGENT_TIMEOUT", `the agent run took longer than ${Math.round(timeoutMs / 1000)} s and was stopped`, { details: { runId, timeoutMs } })), timeoutMs);
    };
    const onCallerAbort = () => controller.abort(new GatewayError("UNAVAILABLE", "the run was aborted", { details: { kind: "aborted", aborted: true, runId } }));
    if (params.signal?.aborted) onCallerAbort();
    params.signal?.addEventListener("abort", onCallerAbort, { once: true });
    const onDispose = () => controller.abort(new GatewayError("UNAVAILABLE", "the agent plugin is stopping", { details: { kind: "aborted", aborted: true, runId } }));
    deps.signal.addEventListener("abort", onDispose, { once: true });

    // One run at a time per session: chain behind whatever is queued for this key.
    const previous = queues.get(sessionKey)?.tail ?? Promise.resolve();
    const depth = (queues.get(sessionKey)?.depth ?? 0) + 1;
    const work = previous.catch(() => undefined).then(() => {
      if (controller.signal.aborted) throw controller.signal.reason;
      armBudget();
      return execute(record, params, agent, events);
    });
    queues.set(sessionKey, { tail: work, depth });
    const forget = () => {
      const q = queues.get(sessionKey);
      if (q?.tail === work) queues.delete(sessionKey);
      else if (q) q.depth--;
    };
    work.then(forget, forget);
    try {
      const result = await raceAbort(work, controller.signal);
      record.status = "ok";
      events.stream({ stream: "lifecycle", data: { phase: "end", startedAt: result.startedAt, endedAt: result.endedAt } });
      events.finish("final", { text: result.text });
      return result;
    } catch (thrown) {
      const err = toGatewayError(controller.signal.aborted ? (controller.signal.reason ?? thrown) : thrown);
      const aborted = (err.details as { aborted?: boolean } | undefined)?.aborted === true;
      record.status = err.code === "AGENT_TIMEOUT" ? "timeout" : "error";
      record.error = err.message;
      events.stream({ stream: "lifecycle", data: { phase: "error", startedAt: record.startedAt ?? Date.now(), endedAt: Date.now(), error: err.message, ...(aborted ? { aborted } : {}) } });
      events.finish(aborted ? "aborted" : "error", aborted ? {} : { errorMessage: err.message });
      if (!aborted) deps.log.warn("agent run failed", { runId, sessionKey, code: err.code, error: err.message });
      throw err;
    } finally {
      clearTimeout(timer);
      params.signal?.removeEventListener("abort", onCallerAbort);
      deps.signal.removeEventListener("abort", onDispose);
      record.endedAt = Date.now();
      endRun();
      runs.ended(record);
    }
  }

  const service: AgentServiceInternals = {
    tools: deps.tools,
    commands: createChatCommandRegistry(),
    agentIds: () => [...deps.agents.keys()],
    defaultAgentId: () => deps.defaultAgentId,
    mainSessionKey: (agentId) => `agent:${agentId ?? deps.defaultAgentId}:main`,
    run,
    abort(sessionKey, runId) {
      const key = resolveSessionKey(sessionKey).sessionKey;
      const targets = runs.active(key).filter((r) => runId === undefined || r.runId === runId);
      for (const r of targets) r.controller.abort(new GatewayError("UNAVAILABLE", "the run was aborted", { details: { kind: "aborted", aborted: true, runId: r.runId } }));
      return targets.map((r) => r.runId);
    },
    getRun: (runId) => {
      const r = runs.get(runId);
      return r ? summary(r) : undefined;
    },
    waitForRun: (runId, timeoutMs) => runs.wait(runId, timeoutMs),
    async pruneSessions(match, updatedBefore) {
      let removed = 0;
      for (const sessions of stores.values()) {
        removed += await sessions.prune((key, entry) => entry.updatedAt < updatedBefore && !queues.has(key) && match(key));
      }
      return removed;
    },
    async history(sessionKey, limit = 200, options = {}) {
      const resolved = resolveSessionKey(sessionKey);
      const sessions = store(resolved.agentId);
      const entry = sessions.entry(resolved.sessionKey);
      if (!entry) return { sessionKey: resolved.sessionKey, messages: [] };
      const messages = await sessions.tail(entry.sessionId, { maxMessages: limit, ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}) });
      return { sessionKey: resolved.sessionKey, sessionId: entry.sessionId, messages };
    },
    store,
    resolveSessionKey,
    activeRunIds: (sessionKey) => runs.active(resolveSessionKey(sessionKey).sessionKey).map((r) => r.runId),
    checkMessage: (message) => checkMessageSize(message, deps.maxMessageBytes),
    usageLog,
    agents: () => deps.agents,
    transcriptCache: () => cache.stats(),
    async flush() {
      // Aborted runs may still be writing their partial replies: let them finish (briefly) before the last index write.
      const pending = [...queues.values()].map((q) => q.tail.catch(() => undefined));
      await Promise.race([Promise.allSettled(pending), new Promise((r) => setTimeout(r, 2000).unref())]);
      await Promise.all([...stores.values()].map((s) => s.flush().catch((err: unknown) => deps.log.error("cannot write the session index", { error: err }))));
      await Promise.all([...usageLogs.values()].map((l) => l.flush()));
    },
  };
  return service;
}

/** Settles with the work, or rejects as soon as the signal aborts (a queued run never starts). */
function raceAbort<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

