/**
 * Runs one job once: the payload (an agent turn, or a system event into the main session) and the
 * optional delivery of the reply to a channel target. Never throws: the outcome is a run-log entry.
 */
import type { AgentService } from "../agent/contract.js";
import type { ChannelsService } from "../channels/contract.js";
import type { CronJob, CronRunLogEntry } from "./schemas.js";

const SUMMARY_CHARS = 2_000;

export interface RunnerDeps {
  agent: AgentService;
  channels: ChannelsService;
  /** A system event with wakeMode "next-heartbeat": held for the next heartbeat turn. */
  queueSystemEvent(text: string, agentId: string): void;
  signal: AbortSignal;
}

/** The session of one isolated run: `cron:<jobId>:<runId>` (the agent stores it as `agent:<agentId>:cron:<jobId>:<runId>`). */
export const isolatedSessionKey = (jobId: string, runId: string): string => `cron:${jobId}:${runId}`;
/** An isolated run's session key, as the agent stores it (run ids are UUIDs). */
export const isIsolatedRunSession = (sessionKey: string): boolean =>
  /^agent:[^:]+:cron:[^:]+:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(sessionKey);

export async function runJob(deps: RunnerDeps, job: CronJob, runId: string): Promise<CronRunLogEntry> {
  const runAtMs = Date.now();
  const agentId = job.agentId ?? deps.agent.defaultAgentId();
  const base = { jobId: job.id, jobName: job.name, action: "finished" as const, runId, runAtMs };
  const done = (fields: Partial<CronRunLogEntry>): CronRunLogEntry => ({ ...base, ...fields, ts: Date.now(), durationMs: Date.now() - runAtMs });

  const payload = job.payload;
  if (payload.kind === "systemEvent" && job.wakeMode === "next-heartbeat") {
    deps.queueSystemEvent(payload.text, agentId);
    return done({ status: "ok", summary: "system event queued for the next heartbeat", deliveryStatus: "not-requested" });
  }
  const message = payload.kind === "systemEvent" ? `System event: ${payload.text}` : payload.message;
  // Isolated: a fresh session per run; main: the agent's main session (or the job's own sessionKey).
  const sessionKey = job.sessionTarget === "isolated" ? isolatedSessionKey(job.id, runId) : job.sessionKey ?? deps.agent.mainSessionKey(agentId);
  const timeoutMs = payload.kind === "agentTurn" && payload.timeoutSeconds ? payload.timeoutSeconds * 1000 : undefined;
  let reply: Awaited<ReturnType<AgentService["run"]>>;
  try {
    reply = await deps.agent.run({
      message,
      agentId,
      sessionKey,
      runId,
      channel: "cron",
      signal: deps.signal,
      streaming: false,
      ...(timeoutMs ? { timeoutMs } : {}),
      ...(payload.kind === "agentTurn" && payload.model ? { model: payload.model } : {}),
    });
  } catch (err) {
    return done({ status: "error", error: (err as Error).message || String(err), sessionKey, deliveryStatus: "not-requested" });
  }
  const summary = reply.text.length > SUMMARY_CHARS ? `${reply.text.slice(0, SUMMARY_CHARS)}…` : reply.text;
  const result = { summary, sessionKey: reply.sessionKey, sessionId: reply.sessionId, model: reply.model };
  const delivery = job.delivery;
  if (!delivery || delivery.mode === "none") return done({ status: "ok", ...result, deliveryStatus: "not-requested" });
  if (!delivery.channel || delivery.channel === "last" || !delivery.to) {
    // Upstream's "last" route is where the main session last talked; this gateway does not track one.
    return done({ status: "ok", ...result, delivered: false, deliveryStatus: "not-delivered", deliveryError: "no delivery route: set delivery.channel and delivery.to (this gateway keeps no \"last\" route)" });
  }
  if (!reply.text.trim()) return done({ status: "ok", ...result, delivered: false, deliveryStatus: "not-delivered", deliveryError: "empty reply: nothing to deliver" });
  try {
    await deps.channels.sendText({
      channel: delivery.channel,
      to: delivery.to,
      text: reply.text,
      ...(delivery.accountId ? { accountId: delivery.accountId } : {}),
      ...(delivery.threadId !== undefined ? { threadId: String(delivery.threadId) } : {}),
    });
    return done({ status: "ok", ...result, delivered: true, deliveryStatus: "delivered" });
  } catch (err) {
    const why = `delivery to ${delivery.channel} ${delivery.to} failed: ${(err as Error).message}`;
    return done({ status: delivery.bestEffort ? "ok" : "error", ...(delivery.bestEffort ? {} : { error: why }), ...result, delivered: false, deliveryStatus: "not-delivered", deliveryError: why });
  }
}
