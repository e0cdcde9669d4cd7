/** Add-time checks of what a job points at: its agent and its delivery target must exist now, not fail at run time. */
import { invalidRequest } from "../../core/sdk/plugin.js";
import type { AgentService } from "../agent/contract.js";
import type { ChannelsService } from "../channels/contract.js";
import type { CronJob } from "./schemas.js";

export function checkJobRefs(job: CronJob, method: string, agent: AgentService, channels: ChannelsService): void {
  if (job.agentId && !agent.agentIds().includes(job.agentId)) {
    throw invalidRequest(`invalid ${method} params: agentId: unknown agent "${job.agentId}" (configured: ${agent.agentIds().join(", ")}; agents.list in the config)`);
  }
  const d = job.delivery;
  if (!d || d.mode === "none" || !d.channel || d.channel === "last") return;
  if (!d.to) throw invalidRequest(`invalid ${method} params: delivery.to: required with delivery.channel "${d.channel}" (a chat id, phone number or user)`);
  try {
    channels.checkTarget({ channel: d.channel, ...(d.accountId ? { accountId: d.accountId } : {}) });
  } catch (err) {
    throw invalidRequest(`invalid ${method} params: delivery.channel: ${(err as Error).message}`);
  }
}
