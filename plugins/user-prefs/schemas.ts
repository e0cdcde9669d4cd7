/**
 * users.prefs.get / users.prefs.set and the `users.prefs.changed` event, in upstream OpenClaw 2026.9.6's
 * shapes: string keys (1–256 characters), any JSON value, `null` deletes, at most 32 keys per call.
 */
import { Type } from "../../core/sdk/plugin.js";

const closed = { additionalProperties: false } as const;
const PrefKey = Type.String({ pattern: "^.{1,256}$" });
const SetEntries = Type.Record(PrefKey, Type.Unknown(), { maxProperties: 32 });

export const UsersPrefsGetParams = Type.Object({ keys: Type.Optional(Type.Array(PrefKey, { maxItems: 32, uniqueItems: true })) }, closed);
export const UsersPrefsGetResult = Type.Union([
  Type.Object({ status: Type.Literal("ok"), entries: Type.Record(PrefKey, Type.Unknown()) }, closed),
  Type.Object({ status: Type.Literal("no_durable_identity") }, closed),
]);

export const UsersPrefsSetParams = Type.Object(
  {
    entries: SetEntries,
    /** Compare-and-set: each key must currently hold this value (`null`: must be absent), else `conflict`. */
    expectedEntries: Type.Optional(SetEntries),
  },
  closed,
);
export const UsersPrefsSetResult = Type.Union([
  Type.Object({ status: Type.Literal("ok") }, closed),
  Type.Object({ status: Type.Literal("conflict") }, closed),
  Type.Object({ status: Type.Literal("no_durable_identity") }, closed),
]);

export const UsersPrefsChangedEvent = Type.Object({ profileId: Type.String(), keys: Type.Array(PrefKey, { maxItems: 32 }) }, closed);
