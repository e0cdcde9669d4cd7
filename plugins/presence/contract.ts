/**
 * The `presence` service: what other plugins (nodes) get from `api.use<PresenceService>("presence")`.
 * Types only: the one file of this plugin other plugins may import (`import type`).
 */

/** One row of `system-presence` (a client, a node, or the gateway itself). */
export interface PresenceEntry {
  host?: string;
  ip?: string;
  version?: string;
  platform?: string;
  deviceFamily?: string;
  modelIdentifier?: string;
  mode?: string;
  lastInputSeconds?: number;
  reason?: string;
  tags?: string[];
  text?: string;
  ts: number;
  deviceId?: string;
  roles?: string[];
  scopes?: string[];
  instanceId?: string;
}

/** What other plugins get from `api.use("presence")`. */
export interface PresenceService {
  list(): PresenceEntry[];
  upsert(key: string, patch: Omit<PresenceEntry, "ts">): void;
}
