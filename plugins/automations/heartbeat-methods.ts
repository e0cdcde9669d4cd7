/** wake, last-heartbeat, set-heartbeats. */
import type { PluginApi } from "../../core/sdk/plugin.js";
import type { Heartbeat } from "./heartbeat.js";
import { LastHeartbeatParams, LastHeartbeatResult, SetHeartbeatsParams, SetHeartbeatsResult, WakeParams, WakeResult } from "./method-schemas.js";

export function registerHeartbeatMethods(api: PluginApi<unknown>, heartbeat: Heartbeat): void {
  api.registerMethod("wake", {
    description: "Queues a system event for the main session; mode now also runs a heartbeat turn at once",
    scope: "operator.write", params: WakeParams, result: WakeResult,
    handler: (p) => {
      heartbeat.queueSystemEvent(p.text);
      if (p.mode === "now") void heartbeat.runNow("wake");
      return { ok: true as const };
    },
  });
  api.registerMethod("last-heartbeat", {
    description: "The latest heartbeat outcome, or null before the first one",
    scope: "operator.read", params: LastHeartbeatParams, result: LastHeartbeatResult,
    handler: () => heartbeat.lastEvent(),
  });
  api.registerMethod("set-heartbeats", {
    description: "Pauses (false) or resumes (true) periodic heartbeat turns until the next restart",
    scope: "operator.admin", params: SetHeartbeatsParams, result: SetHeartbeatsResult,
    handler: (p) => {
      heartbeat.setEnabled(p.enabled);
      return { ok: true as const, enabled: p.enabled };
    },
  });
}
