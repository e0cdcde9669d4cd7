/** The presence map: one entry per device/instance/connection, bounded in size and age. */
import { hostname, networkInterfaces, platform, release, arch } from "node:os";
import type { PresenceEntry } from "./contract.js";

export type { PresenceEntry };

export const PRESENCE_TTL_MS = 5 * 60_000;
export const PRESENCE_MAX_ENTRIES = 200;

const normalizeKey = (key: string) => key.trim().toLowerCase();

function primaryIpv4(): string | undefined {
  const ifaces = networkInterfaces();
  const preferred = ["en0", "eth0"].flatMap((n) => ifaces[n] ?? []);
  const all = [...preferred, ...Object.values(ifaces).flatMap((list) => list ?? [])];
  return all.find((a) => a.family === "IPv4" && !a.internal)?.address;
}

function deviceFamily(): string {
  const p = platform();
  return p === "darwin" ? "Mac" : p === "win32" ? "Windows" : p === "linux" ? "Linux" : p;
}

export class PresenceStore {
  private readonly entries = new Map<string, PresenceEntry>();
  private readonly selfKey = normalizeKey(hostname());
  /** The gateway's own entry, built on first use: reading the network interfaces is not start-up work. */
  private selfEntry: PresenceEntry | undefined;
  private cachedJson: { json: string; at: number } | null = null;

  constructor(private readonly version: string, private readonly now: () => number = Date.now) {}

  private get self(): PresenceEntry {
    if (this.selfEntry) return this.selfEntry;
    const host = hostname();
    const ip = primaryIpv4();
    const version = this.version;
    const platformName = `${platform() === "darwin" ? "macos" : platform()} ${release()}`;
    this.selfEntry = {
      host,
      ip,
      version,
      platform: platformName,
      deviceFamily: deviceFamily(),
      modelIdentifier: arch(),
      mode: "gateway",
      reason: "self",
      text: `Gateway: ${host}${ip ? ` (${ip})` : ""} · app ${version} · mode gateway · reason self`,
      ts: this.now(),
    };
    return this.selfEntry;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Merges `patch` into the entry for `key` (roles and scopes as sets); returns the entry. */
  upsert(key: string, patch: Omit<PresenceEntry, "ts">): PresenceEntry {
    const k = normalizeKey(key);
    const existing = this.entries.get(k);
    const merged: PresenceEntry = { ...existing, ...stripUndefined(patch), ts: this.now() };
    if (existing?.roles || patch.roles) merged.roles = union(existing?.roles, patch.roles);
    if (existing?.scopes || patch.scopes) merged.scopes = union(existing?.scopes, patch.scopes);
    this.entries.delete(k); // re-insert so Map order follows recency
    this.entries.set(k, merged);
    this.prune();
    this.cachedJson = null;
    return merged;
  }

  /** The list as JSON, reused until something changes (at most 1 s old, for the self entry's ts). */
  listJson(): string {
    const now = this.now();
    if (!this.cachedJson || now - this.cachedJson.at > 1000) this.cachedJson = { json: JSON.stringify(this.list()), at: now };
    return this.cachedJson.json;
  }

  /** Entries newest first, the gateway's own entry included (its ts refreshed). */
  list(): PresenceEntry[] {
    this.prune();
    const self = this.self;
    self.ts = this.now();
    const others = [...this.entries.entries()].filter(([k]) => k !== this.selfKey).map(([, e]) => e);
    return [self, ...others.sort((a, b) => b.ts - a.ts)];
  }

  private prune(): void {
    const cutoff = this.now() - PRESENCE_TTL_MS;
    for (const [k, e] of this.entries) {
      if (e.ts < cutoff) {
        this.entries.delete(k);
        this.cachedJson = null;
      }
    }
    // The map is in recency order (upsert re-inserts), so the first key is the oldest.
    while (this.entries.size > PRESENCE_MAX_ENTRIES - 1) {
      this.entries.delete(this.entries.keys().next().value as string);
      this.cachedJson = null;
    }
  }
}

function union(a: string[] = [], b: string[] = []): string[] {
  return [...new Set([...a, ...b])];
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const BEACON = /^Node:\s*(?<host>[^(·]+?)\s*(?:\((?<ip>[^)]+)\))?\s*·\s*app\s+(?<version>\S+)\s*·\s*last input\s+(?<lastInput>\d+)s ago\s*·\s*mode\s+(?<mode>\S+)\s*·\s*reason\s+(?<reason>\S+)/;

/** Parses the node beacon text: `Node: <host> (<ip>) · app <ver> · last input <n>s ago · mode <mode> · reason <reason>`. */
export function parseBeacon(text: string): Partial<PresenceEntry> | null {
  const m = BEACON.exec(text.trim());
  if (!m?.groups) return null;
  const g = m.groups;
  return { host: g.host.trim(), ip: g.ip, version: g.version, lastInputSeconds: Number(g.lastInput), mode: g.mode, reason: g.reason };
}
