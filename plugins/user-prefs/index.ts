/**
 * user-prefs: `users.prefs.get` / `users.prefs.set` (upstream's names), the official Control UI's settings
 * kept per user. This gateway has no user accounts: the durable identity is the device a client proved in
 * its handshake (its device id is the profile id). A client without a device identity gets upstream's
 * `{status: "no_durable_identity"}`. Changes are announced as `users.prefs.changed` to that device's
 * connections.
 */
import { definePlugin, GatewayError, type ConnectionInfo } from "../../core/sdk/plugin.js";
import { MAX_KEYS_PER_PROFILE, MAX_VALUE_BYTES, PrefsStore } from "./prefs-store.js";
import * as S from "./schemas.js";

const profileOf = (conn: ConnectionInfo): string | undefined => conn.device?.id;

export default definePlugin({
  name: "user-prefs",
  description: "Control UI preferences per device (users.prefs.get/set), persisted in the state dir",
  async setup(api) {
    const store = new PrefsStore(api.stateDir);
    await store.load();
    api.declareEvent("users.prefs.changed", { scope: "operator.read", payload: S.UsersPrefsChangedEvent });

    api.registerMethod("users.prefs.get", {
      params: S.UsersPrefsGetParams, result: S.UsersPrefsGetResult, scope: "operator.read",
      description: "This device's stored preferences (all, or the named keys)",
      handler(p, ctx) {
        const profileId = profileOf(ctx.conn);
        if (!profileId) return { status: "no_durable_identity" as const };
        return { status: "ok" as const, entries: store.get(profileId, p.keys) };
      },
    });

    api.registerMethod("users.prefs.set", {
      params: S.UsersPrefsSetParams, result: S.UsersPrefsSetResult, scope: "operator.write",
      description: "Sets (null deletes) this device's preferences; expectedEntries makes it compare-and-set",
      async handler(p, ctx) {
        const profileId = profileOf(ctx.conn);
        if (!profileId) return { status: "no_durable_identity" as const };
        const outcome = await store.set(profileId, p.entries, p.expectedEntries);
        if (!outcome.ok) {
          if (outcome.code === "conflict") return { status: "conflict" as const };
          if (outcome.code === "value-too-large") throw new GatewayError("INVALID_REQUEST", `users.prefs.set: the value of "${outcome.key}" is over ${MAX_VALUE_BYTES} bytes as JSON; store less`);
          throw new GatewayError("INVALID_REQUEST", `users.prefs.set exceeds the ${MAX_KEYS_PER_PROFILE}-key profile limit (current count: ${outcome.currentCount}); delete keys with null first`, {
            details: { code: "USER_PREFS_LIMIT_EXCEEDED", limit: MAX_KEYS_PER_PROFILE, currentCount: outcome.currentCount },
          });
        }
        const to = api.connections.list().filter((c) => profileOf(c) === profileId).map((c) => c.id);
        if (outcome.changedKeys.length && to.length) api.emit("users.prefs.changed", { profileId, keys: outcome.changedKeys }, { to });
        return { status: "ok" as const };
      },
    });

    return () => store.flush();
  },
});
