/** presence: who is connected (apps, nodes, the gateway itself), `system-presence`, `system-event`, `presence` events. */
import { Type, definePlugin, isLoopbackIp, invalidRequest, rawJson, type ConnectionInfo } from "../../core/sdk/plugin.js";
import { PresenceStore, parseBeacon } from "./store.js";
import type { PresenceEntry, PresenceService } from "./contract.js";
import { OkResult, PresenceEventPayload, SystemEventParams, SystemPresenceResult } from "./schemas.js";

/** Changes within this window share one `presence` broadcast. */
const BROADCAST_THROTTLE_MS = 100;

/** Short-lived control-plane connections (CLI calls, backends, probes) are not listed, as upstream does. */
const EPHEMERAL_MODES = new Set(["cli", "backend", "probe"]);
const listed = (conn: ConnectionInfo) => !EPHEMERAL_MODES.has(conn.client.mode);

/** Presence key: device id, else client instance id, else the connection id. */
const presenceKey = (conn: ConnectionInfo) => conn.device?.id ?? conn.client.instanceId ?? conn.id;

export default definePlugin({
  name: "presence",
  description: "Presence list, system-presence, system-event and presence events",
  provides: ["presence"],
  setup(api) {
    const store = new PresenceStore(api.gateway.version);
    const broadcast = throttle(() => api.emit("presence", rawJson(`{"presence":${store.listJson()}}`)), BROADCAST_THROTTLE_MS);
    const upsert = (key: string, patch: Omit<PresenceEntry, "ts">) => {
      store.upsert(key, patch);
      broadcast.call();
    };

    api.declareEvent("presence", { stateVersion: "presence", droppable: true, payload: PresenceEventPayload });
    api.registerSnapshot("presence", () => rawJson(store.listJson()));
    api.provide<PresenceService>("presence", { list: () => store.list(), upsert });

    // helloExtras, not onConnected: the client's own entry belongs in its hello-ok presence snapshot
    // (upstream behaviour); the phase runs only for accepted connections, so a refused one is never listed.
    api.hooks.helloExtras.tap(({ conn }) => {
      if (!listed(conn)) return;
      const host = conn.client.displayName ?? conn.client.id;
      upsert(presenceKey(conn), {
        host,
        ip: isLoopbackIp(conn.remoteIp) ? undefined : conn.remoteIp,
        version: conn.client.version,
        platform: conn.client.platform,
        deviceFamily: conn.client.deviceFamily,
        modelIdentifier: conn.client.modelIdentifier,
        mode: conn.client.mode,
        deviceId: conn.device?.id,
        roles: [conn.role],
        scopes: [...conn.scopes],
        instanceId: conn.device?.id ?? conn.client.instanceId,
        reason: "connect",
        text: `Node: ${host} · mode ${conn.client.mode}`,
      });
    });
    api.hooks.onDisconnect.tap(({ conn }) => {
      if (listed(conn)) upsert(presenceKey(conn), { reason: "disconnect" });
    });

    api.registerMethod("system-presence", {
      scope: "operator.read",
      result: SystemPresenceResult,
      description: "Presence entries, newest first (the gateway's own entry included).",
      handler: () => store.list(),
    });
    api.registerMethod("system-event", {
      scope: "operator.admin",
      params: SystemEventParams,
      result: OkResult,
      description: "Records a presence beacon (text in the node beacon format is parsed) and broadcasts presence.",
      handler: (p: typeof SystemEventParams.static) => {
        const parsed = parseBeacon(p.text) ?? {};
        const { text, deviceId, instanceId, ...fields } = p;
        const merged = { ...parsed, ...stripUndefined(fields), text, deviceId, instanceId: instanceId ?? deviceId };
        const key = deviceId ?? instanceId ?? merged.host ?? merged.ip ?? text.slice(0, 64);
        if (!key.trim()) throw invalidRequest("text required");
        upsert(key, merged);
        return { ok: true };
      },
    });
    return () => broadcast.cancel();
  },
});

/**
 * A change is broadcast at once when the last broadcast is older than `ms`; changes inside the
 * window are coalesced into one trailing broadcast. A connect storm then costs a few full-list
 * fan-outs per second instead of one per connection.
 */
function throttle(fn: () => void, ms: number) {
  let last = 0;
  let timer: NodeJS.Timeout | undefined;
  return {
    call() {
      if (timer) return;
      const wait = last + ms - Date.now();
      if (wait <= 0) {
        last = Date.now();
        fn();
        return;
      }
      timer = setTimeout(() => {
        timer = undefined;
        last = Date.now();
        fn();
      }, wait);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
