/** presence: who is connected (apps, nodes, the gateway itself), `system-presence`, `system-event`, `presence` events. */
import { Type } from "@sinclair/typebox";
import { definePlugin } from "../../core/plugin-types.js";
import { isLoopbackIp } from "../../core/client-address.js";
import { invalidRequest } from "../../core/errors.js";
import { PresenceStore, parseBeacon, type PresenceEntry } from "./store.js";
import type { ConnectionInfo } from "../../core/types.js";

/** What other plugins get from `api.use("presence")`. */
export interface PresenceService {
  list(): PresenceEntry[];
  upsert(key: string, patch: Omit<PresenceEntry, "ts">): void;
}

const SystemEventParams = Type.Object(
  {
    text: Type.String({ minLength: 1 }),
    deviceId: Type.Optional(Type.String()),
    instanceId: Type.Optional(Type.String()),
    host: Type.Optional(Type.String()),
    ip: Type.Optional(Type.String()),
    mode: Type.Optional(Type.String()),
    version: Type.Optional(Type.String()),
    platform: Type.Optional(Type.String()),
    deviceFamily: Type.Optional(Type.String()),
    modelIdentifier: Type.Optional(Type.String()),
    lastInputSeconds: Type.Optional(Type.Integer({ minimum: 0 })),
    reason: Type.Optional(Type.String()),
    roles: Type.Optional(Type.Array(Type.String())),
    scopes: Type.Optional(Type.Array(Type.String())),
    tags: Type.Optional(Type.Array(Type.String())),
  },
  { additionalProperties: false },
);

/** Presence key: device id, else client instance id, else the connection id. */
const presenceKey = (conn: ConnectionInfo) => conn.device?.id ?? conn.client.instanceId ?? conn.id;

export default definePlugin({
  name: "presence",
  description: "Presence list, system-presence, system-event and presence events",
  provides: ["presence"],
  setup(api) {
    const store = new PresenceStore(api.gateway.version);
    const broadcast = () => api.emit("presence", () => ({ presence: store.list() }));
    const upsert = (key: string, patch: Omit<PresenceEntry, "ts">) => {
      store.upsert(key, patch);
      broadcast();
    };

    api.declareEvent("presence", { stateVersion: "presence", droppable: true });
    api.registerSnapshot("presence", () => store.list());
    api.provide<PresenceService>("presence", { list: () => store.list(), upsert });

    // Runs after the gating plugins (stage 100), so only connections about to get hello-ok are listed.
    api.hooks.onConnect.tap(
      (ctx) => {
        const { conn } = ctx;
        if (conn.client.mode === "cli") return undefined;
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
        return undefined;
      },
      { stage: 100 },
    );
    api.hooks.onDisconnect.tap(({ conn }) => {
      if (conn.client.mode !== "cli") upsert(presenceKey(conn), { reason: "disconnect" });
    });

    api.registerMethod("system-presence", {
      scope: "operator.read",
      description: "Presence entries, newest first (the gateway's own entry included).",
      handler: () => store.list(),
    });
    api.registerMethod("system-event", {
      scope: "operator.admin",
      params: SystemEventParams,
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
  },
});

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
