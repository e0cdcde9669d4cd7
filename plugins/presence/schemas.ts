/** Params and result schemas of the presence plugin's methods, and the `presence` event payload. */
import { Type } from "../../core/sdk/plugin.js";

/**
 * Bounds on what one `system-event` may put into the presence map: every entry is in each new
 * client's hello-ok snapshot, so an unbounded field would make every handshake (and the memory of
 * every client that has not read it yet) as large as the biggest beacon.
 */
const Field = Type.String({ maxLength: 256 });
const Labels = Type.Array(Type.String({ maxLength: 128 }), { maxItems: 32 });

export const SystemEventParams = Type.Object(
  {
    text: Type.String({ minLength: 1, maxLength: 4096 }),
    deviceId: Type.Optional(Field),
    instanceId: Type.Optional(Field),
    host: Type.Optional(Field),
    ip: Type.Optional(Field),
    mode: Type.Optional(Field),
    version: Type.Optional(Field),
    platform: Type.Optional(Field),
    deviceFamily: Type.Optional(Field),
    modelIdentifier: Type.Optional(Field),
    lastInputSeconds: Type.Optional(Type.Integer({ minimum: 0 })),
    reason: Type.Optional(Field),
    roles: Type.Optional(Labels),
    scopes: Type.Optional(Labels),
    tags: Type.Optional(Labels),
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
