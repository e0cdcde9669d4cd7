/** Params and result schemas of the presence plugin's methods, and the `presence` event payload. */
import { Type } from "../../core/sdk/plugin.js";

export const SystemEventParams = Type.Object(
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

/** One presence entry (an app, a node, or the gateway itself); `ts` is when it was last updated. */
export const PresenceEntry = Type.Object({
  host: Type.Optional(Type.String()),
  ip: Type.Optional(Type.String()),
  version: Type.Optional(Type.String()),
  platform: Type.Optional(Type.String()),
  deviceFamily: Type.Optional(Type.String()),
  modelIdentifier: Type.Optional(Type.String()),
  mode: Type.Optional(Type.String()),
  lastInputSeconds: Type.Optional(Type.Integer()),
  reason: Type.Optional(Type.String()),
  tags: Type.Optional(Type.Array(Type.String())),
  text: Type.Optional(Type.String()),
  ts: Type.Number(),
  deviceId: Type.Optional(Type.String()),
  roles: Type.Optional(Type.Array(Type.String())),
  scopes: Type.Optional(Type.Array(Type.String())),
  instanceId: Type.Optional(Type.String()),
});

export const SystemPresenceResult = Type.Array(PresenceEntry);
export const OkResult = Type.Object({ ok: Type.Boolean() });
export const PresenceEventPayload = Type.Object({ presence: Type.Array(PresenceEntry) });
