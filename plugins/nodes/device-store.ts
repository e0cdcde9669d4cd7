/**
 * Device pairing: pending requests and paired devices with their per-role tokens, in
 * `<stateDir>/devices/pending.json` (requestId → request) and `paired.json` (deviceId → device).
 */
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { JsonMapFile, type Static } from "../../core/sdk/plugin.js";
import type { DeviceMeta as DeviceMetaSchema } from "./schemas.js";
import { newToken, union } from "./tokens.js";
import { PAIRING_TTL_MS } from "./node-store.js";

export const MAX_PENDING_DEVICES = 200;
export const MAX_PAIRED_DEVICES = 1000;

export type PairingReason = "not-paired" | "role-upgrade" | "scope-upgrade";

/** The schema's shape (schemas.ts), as stored. */
export type DeviceMeta = Static<typeof DeviceMetaSchema>;

export interface PendingDevice extends DeviceMeta {
  requestId: string;
  role: string;
  roles: string[];
  scopes: string[];
  reason: PairingReason;
  silent: boolean;
  isRepair: boolean;
  ts: number;
}

export interface DeviceToken {
  token?: string;
  role: string;
  scopes: string[];
  createdAtMs: number;
  rotatedAtMs?: number;
  revokedAtMs?: number;
  lastUsedAtMs?: number;
}

export interface PairedDevice extends DeviceMeta {
  role?: string;
  roles: string[];
  scopes: string[];
  tokens: Record<string, DeviceToken>;
  createdAtMs: number;
  approvedAtMs: number;
}

export class DeviceStore {
  readonly pending: JsonMapFile<PendingDevice>;
  readonly paired: JsonMapFile<PairedDevice>;

  constructor(stateDir: string, private readonly now: () => number = Date.now) {
    this.pending = new JsonMapFile(join(stateDir, "devices", "pending.json"));
    this.paired = new JsonMapFile(join(stateDir, "devices", "paired.json"));
  }

  async load(): Promise<void> {
    await Promise.all([this.pending.load(), this.paired.load()]);
  }

  /** Creates or widens the one pending request of a device. `changed` is false when nothing new was asked. */
  request(meta: DeviceMeta, ask: { role: string; scopes: readonly string[]; reason: PairingReason; silent: boolean }): { request: PendingDevice; changed: boolean } {
    this.expire();
    const existing = [...this.pending.map.values()].find((p) => p.deviceId === meta.deviceId);
    if (existing) {
      const roles = union(existing.roles, [ask.role]);
      const scopes = union(existing.scopes, ask.scopes);
      const changed = roles.length !== existing.roles.length || scopes.length !== existing.scopes.length;
      Object.assign(existing, meta, { roles, scopes, role: ask.role, silent: ask.silent });
      if (changed) existing.ts = this.now();
      return { request: existing, changed };
    }
    const request: PendingDevice = {
      ...meta, requestId: randomUUID(), role: ask.role, roles: [ask.role], scopes: [...ask.scopes],
      reason: ask.reason, silent: ask.silent, isRepair: this.paired.map.has(meta.deviceId), ts: this.now(),
    };
    this.pending.map.set(request.requestId, request);
    while (this.pending.map.size > MAX_PENDING_DEVICES) this.pending.map.delete(this.pending.map.keys().next().value as string);
    return { request, changed: true };
  }

  /** Turns a pending request into (or merges it into) a paired device; issues tokens for its roles. */
  approve(requestId: string): PairedDevice | undefined {
    const req = this.getPending(requestId);
    if (!req) return undefined;
    const existing = this.paired.map.get(req.deviceId);
    if (!existing && this.paired.map.size >= MAX_PAIRED_DEVICES) {
      throw new Error(`too many paired devices (${MAX_PAIRED_DEVICES}); remove unused ones with: openclaw devices remove <deviceId>`);
    }
    const now = this.now();
    const { requestId: _r, role: _role, roles, scopes, reason: _reason, silent: _s, isRepair: _i, ts: _t, ...meta } = req;
    const device: PairedDevice = {
      ...existing, ...meta,
      role: existing?.role ?? req.role,
      roles: union(existing?.roles, roles),
      scopes: union(existing?.scopes, scopes),
      tokens: existing?.tokens ?? {},
      createdAtMs: existing?.createdAtMs ?? now,
      approvedAtMs: now,
    };
    for (const role of roles) {
      const t = device.tokens[role];
      const roleScopes = role === "operator" ? scopes : [];
      if (t?.token && !t.revokedAtMs) t.scopes = union(t.scopes, roleScopes);
      else device.tokens[role] = { token: newToken(), role, scopes: role === "operator" ? device.scopes : [], createdAtMs: now };
    }
    this.paired.map.set(device.deviceId, device);
    this.pending.map.delete(requestId);
    return device;
  }

  /** A usable token for (device, role), issuing one if none is live. `issued` tells whether the store changed. */
  ensureToken(deviceId: string, role: string): { token: DeviceToken; issued: boolean } | undefined {
    const device = this.paired.map.get(deviceId);
    if (!device || !device.roles.includes(role)) return undefined;
    const t = device.tokens[role];
    if (t?.token && !t.revokedAtMs) return { token: t, issued: false };
    const token: DeviceToken = { token: newToken(), role, scopes: role === "operator" ? device.scopes : [], createdAtMs: this.now() };
    device.tokens[role] = token;
    return { token, issued: true };
  }

  /** Drops pending requests older than the TTL; returns them. */
  expire(): PendingDevice[] {
    const cutoff = this.now() - PAIRING_TTL_MS;
    const gone = [...this.pending.map.values()].filter((p) => p.ts < cutoff);
    for (const p of gone) this.pending.map.delete(p.requestId);
    return gone;
  }

  /** A pending request that has not expired. */
  getPending(requestId: string): PendingDevice | undefined {
    const req = this.pending.map.get(requestId);
    return req && req.ts >= this.now() - PAIRING_TTL_MS ? req : undefined;
  }

  listPending(): PendingDevice[] {
    const cutoff = this.now() - PAIRING_TTL_MS;
    return [...this.pending.map.values()].filter((p) => p.ts >= cutoff).sort((a, b) => b.ts - a.ts);
  }

  listPaired(): PairedDevice[] {
    return [...this.paired.map.values()].sort((a, b) => b.approvedAtMs - a.approvedAtMs);
  }
}

/** A paired device as shown to operators: token values are never listed. */
export function redactDevice(d: PairedDevice): Omit<PairedDevice, "tokens"> & { tokens: Array<Omit<DeviceToken, "token">> } {
  return { ...d, tokens: Object.values(d.tokens).map(({ token: _t, ...rest }) => rest) };
}
