/** automations: cron jobs (cron.*), heartbeat turns and wake, with upstream OpenClaw's names and shapes. */
import { definePlugin, type PluginApi } from "../../core/sdk/plugin.js";
import { AutomationsConfigSchema, DEFAULT_HISTORY_PER_JOB, DEFAULT_HISTORY_TOTAL, DEFAULT_MAX_CONCURRENT_RUNS, sessionRetentionMs } from "./config.js";
import { CronService } from "./cron-service.js";
import { Heartbeat } from "./heartbeat.js";
import { routeProblem } from "./heartbeat-delivery.js";
import { registerCronMethods } from "./methods.js";
import { SessionRetention } from "./session-retention.js";
import { registerHeartbeatMethods } from "./heartbeat-methods.js";
import { checkJobRefs } from "./refs.js";
import { CronEvent, HeartbeatEvent } from "./schemas.js";
import type { AgentService } from "../agent/contract.js";
import type { ChannelsService } from "../channels/contract.js";

export default definePlugin({
  name: "automations",
  description: "Scheduled jobs (cron.*), heartbeat turns and wake",
  configPaths: ["cron", "agents.defaults.heartbeat"],
  configSchema: AutomationsConfigSchema,
  requires: ["agent", "channels"],
  async setup(api) {
    const agent = api.use<AgentService>("agent");
    const channels = api.use<ChannelsService>("channels");
    const cronConfig = api.config.cron;
    api.declareEvent("cron", { scope: "operator.read", payload: CronEvent, droppable: true });
    api.declareEvent("heartbeat", { scope: "operator.read", payload: HeartbeatEvent, droppable: true });

    const heartbeat = new Heartbeat({ agent, channels, config: api.config.agents?.defaults?.heartbeat, emit: (e) => api.emit("heartbeat", e), signal: api.signal });
    const routeTrouble = routeProblem(heartbeat.route, channels);
    if (routeTrouble) api.log.warn(`heartbeat replies cannot be delivered: ${routeTrouble}`);
    const cron = new CronService({
      stateDir: api.stateDir,
      log: api.log,
      agent,
      channels,
      signal: api.signal,
      settings: {
        enabled: cronConfig?.enabled ?? process.env.OPENCLAW_SKIP_CRON !== "1",
        maxConcurrentRuns: cronConfig?.maxConcurrentRuns ?? DEFAULT_MAX_CONCURRENT_RUNS,
        perJob: cronConfig?.historyPerJob ?? DEFAULT_HISTORY_PER_JOB,
        total: cronConfig?.historyTotal ?? DEFAULT_HISTORY_TOTAL,
      },
      queueSystemEvent: (text) => heartbeat.queueSystemEvent(text),
      emit: (e) => api.emit("cron", e),
      checkRefs: (job, method) => checkJobRefs(job, method, agent, channels),
    });
    await cron.start(); // an unreadable jobs file fails the plugin and is left untouched
    heartbeat.start();
    const retention = new SessionRetention({ agent, retentionMs: sessionRetentionMs(cronConfig?.sessionRetention), log: api.log });
    retention.start();

    registerCronMethods(api as PluginApi<unknown>, () => cron, () => agent.defaultAgentId());
    registerHeartbeatMethods(api as PluginApi<unknown>, heartbeat);
    // upstream's status.heartbeat: one entry per agent (ours: the default agent, the only one with a heartbeat).
    const heartbeatSummary = () => {
      const agentId = agent.defaultAgentId();
      const enabled = heartbeat.everyMs > 0;
      const every = enabled ? (api.config.agents?.defaults?.heartbeat?.every ?? "") : "disabled";
      return { defaultAgentId: agentId, agents: [{ agentId, enabled, every, everyMs: enabled ? heartbeat.everyMs : null, waitingForRoute: enabled && routeTrouble !== undefined }] };
    };
    api.registerStatus(() => {
      const s = cron.status();
      return { cron: { enabled: s.enabled, jobs: s.jobs, nextWakeAtMs: s.nextWakeAtMs, backingOff: s.backingOff.length }, heartbeat: heartbeatSummary(), queuedSystemEvents: heartbeat.pendingEvents() };
    });

    return async () => {
      heartbeat.stop();
      await retention.stop();
      await cron.stop(); // runs under way were aborted by api.signal: wait for them to be recorded as interrupted
      await cron.flush();
    };
  },
});
