/** Drops expired pairing requests of both stores on a timer and announces each as `…pair.resolved {decision:"expired"}`. */
import type { PluginApi } from "../../core/sdk/plugin.js";
import type { DeviceStore } from "./device-store.js";
import type { NodeStore } from "./node-store.js";

/** Expired requests are already invisible to list/approve; this makes them leave the files and tells operators. */
export const EXPIRY_SWEEP_MS = 30_000;

export function startExpirySweep(api: PluginApi<unknown>, nodes: NodeStore, devices: DeviceStore): () => void {
  const save = (what: string, p: Promise<void>) => p.catch((err: unknown) => api.log.warn(`saving ${what} pairing requests failed`, { error: err }));
  const timer = setInterval(() => {
    const ts = Date.now();
    const goneNodes = nodes.expire();
    const goneDevices = devices.expire();
    for (const r of goneNodes) api.emit("node.pair.resolved", { requestId: r.requestId, nodeId: r.nodeId, decision: "expired", ts });
    for (const r of goneDevices) api.emit("device.pair.resolved", { requestId: r.requestId, deviceId: r.deviceId, decision: "expired", ts });
    if (goneNodes.length) void save("node", nodes.pending.save());
    if (goneDevices.length) void save("device", devices.pending.save());
  }, EXPIRY_SWEEP_MS);
  timer.unref();
  return () => clearInterval(timer);
}
