/**
 * The device-pairing gate on the handshake (`onConnect`): accepts paired devices' tokens as
 * credentials, refuses unknown devices and wider roles or scopes than approved with `NOT_PAIRED`
 * and a pending request (silently approved for same-host clients — direct loopback, or a loopback-origin
 * browser page — that proved the shared secret); and the device-token issuer (`helloExtras`) that
 * hands the accepted device its token in `hello-ok.auth`.
 */
import { GatewayError, ERROR_CODES, safeEqualSecret, type ConnectContext, type HelloExtrasContext, type ConnectionInfo } from "../../core/sdk/plugin.js";
import { PAIRING_TTL_MS } from "./node-store.js";
import { uncoveredScopes } from "./tokens.js";
import type { DeviceMeta, DeviceStore, PairedDevice, PairingReason } from "./device-store.js";

export interface GateDeps {
  devices: DeviceStore;
  emit(event: "device.pair.requested" | "device.pair.resolved", payload: unknown): void;
  now?: () => number;
}

export function deviceMeta(conn: ConnectionInfo): DeviceMeta {
  const d = conn.device!;
  const c = conn.client;
  return {
    deviceId: d.id, publicKey: d.publicKey, displayName: c.displayName, platform: c.platform,
    deviceFamily: c.deviceFamily, clientId: c.id, clientMode: c.mode, remoteIp: conn.remoteIp,
  };
}

export function createDeviceGate(deps: GateDeps) {
  const { devices } = deps;
  const now = deps.now ?? Date.now;

  // Shared-secret clients without a device are not gated, and answered without a promise (see runHook).
  return function deviceGate(ctx: ConnectContext): GatewayError | undefined | Promise<GatewayError | undefined> {
    return ctx.conn.device ? gateDevice(ctx, ctx.conn.device.id) : undefined;
  };

  async function gateDevice(ctx: ConnectContext, deviceId: string): Promise<GatewayError | undefined> {
    const { conn } = ctx;
    let paired = devices.paired.map.get(deviceId);

    if (!ctx.authenticated) {
      // Only a live token of this device for this role can stand in for the shared secret.
      const t = paired?.tokens[conn.role];
      if (!t?.token || t.revokedAtMs) return undefined; // the core answers with its own unauthorized error
      const matchesDeviceToken = safeEqualSecret(ctx.auth?.deviceToken, t.token);
      const matchesToken = safeEqualSecret(ctx.auth?.token, t.token);
      if (!matchesDeviceToken && !matchesToken) return undefined;
      ctx.authenticate("device-token", t.scopes);
      t.lastUsedAtMs = now();
    }

    const reason = pairingReason(paired, conn.role, ctx.requestedScopes);
    if (reason) {
      // Same-host clients (the CLI, or a browser page from a loopback origin such as the Control UI) are
      // approved silently, like upstream, but only with the shared secret: a device token never widens itself.
      const silent = (conn.localDirect || conn.localBrowser) && conn.authMethod !== "device-token";
      const { request, changed } = devices.request(deviceMeta(conn), { role: conn.role, scopes: ctx.requestedScopes, reason, silent });
      if (!silent) {
        if (changed) {
          await devices.pending.save();
          deps.emit("device.pair.requested", request);
        }
        return pairingRequired(conn, request.requestId, reason, paired, ctx.requestedScopes);
      }
      paired = devices.approve(request.requestId);
      await Promise.all([devices.paired.save(), devices.pending.save()]);
      deps.emit("device.pair.resolved", { requestId: request.requestId, deviceId, decision: "approved", silent: true, ts: now() });
    }

    return undefined;
  }
}

/** Runs only for accepted connections, so a device seen here passed the gate (paired for its role). */
export function createDeviceTokenIssuer(devices: DeviceStore) {
  // Synchronous unless a new token has to be saved first (see runHook).
  return function issueDeviceToken(ctx: HelloExtrasContext): void | Promise<void> {
    const { conn } = ctx;
    if (!conn.device) return;
    const ensured = devices.ensureToken(conn.device.id, conn.role);
    if (!ensured) return;
    const answer = () => {
      ctx.helloAuth.deviceToken = ensured.token.token;
      ctx.helloAuth.issuedAtMs = ensured.token.rotatedAtMs ?? ensured.token.createdAtMs;
    };
    if (ensured.issued) return devices.paired.save().then(answer);
    answer();
  };
}

function pairingReason(paired: PairedDevice | undefined, role: string, requested: readonly string[]): PairingReason | null {
  if (!paired) return "not-paired";
  if (!paired.roles.includes(role)) return "role-upgrade";
  if (uncoveredScopes(paired.scopes, requested).length) return "scope-upgrade";
  return null;
}

function pairingRequired(conn: ConnectionInfo, requestId: string, reason: PairingReason, paired: PairedDevice | undefined, requested: readonly string[]): GatewayError {
  const who = `device ${conn.device!.id.slice(0, 12)}…`;
  const why =
    reason === "not-paired" ? `${who} is not paired with this gateway`
    : reason === "role-upgrade" ? `${who} asks for role "${conn.role}", which it was not approved for`
    : `${who} asks for scopes beyond its approval (${uncoveredScopes(paired?.scopes ?? [], requested).join(", ")})`;
  const minutes = Math.round(PAIRING_TTL_MS / 60_000);
  return new GatewayError(
    ERROR_CODES.NOT_PAIRED,
    `pairing required: ${why}; approve it with: openclaw devices approve ${requestId} (run on the gateway host or by an operator with operator.pairing; the request expires in ${minutes} minutes), then reconnect`,
    { details: { code: "PAIRING_REQUIRED", requestId, reason, deviceId: conn.device!.id } },
  );
}
