/** The channels' state as `channels.status`, the `health` section and the `status` section show it. */
import type { ChannelRegistry, RegisteredChannel } from "./registry.js";
import type { AccountStatus } from "./contract.js";
import type { Static } from "../../core/sdk/plugin.js";
import type { ChannelSummary as ChannelSummarySchema } from "./schemas.js";

/** The `channels.status` channel entry (schemas.ts), plus what the health/status sections also show. */
export type ChannelSummary = Static<typeof ChannelSummarySchema> & { label: string; defaultAccountId: string };

export function accountStatuses(registry: ChannelRegistry, entry: RegisteredChannel): AccountStatus[] {
  return registry.accounts(entry).map((a) => registry.status(entry, a));
}

/** One channel rolled up from its accounts; the default account speaks for link state and errors. */
export function summarize(entry: RegisteredChannel, accounts: AccountStatus[], now = Date.now()): ChannelSummary {
  let defaultAccountId = "default";
  try {
    defaultAccountId = entry.channel.defaultAccountId();
  } catch {
    // listed with the fallback id
  }
  const main = accounts.find((a) => a.accountId === defaultAccountId) ?? accounts[0];
  const lastConnectedAt = main?.lastConnectedAt ?? null;
  return {
    label: entry.channel.label,
    defaultAccountId,
    configured: accounts.some((a) => a.configured),
    linked: main?.linked ?? false,
    running: accounts.some((a) => a.running),
    connected: accounts.some((a) => a.connected),
    mode: main?.mode ?? null,
    self: main?.self ?? null,
    lastConnectedAt,
    authAgeMs: lastConnectedAt === null ? null : Math.max(0, now - lastConnectedAt),
    lastError: main?.lastError ?? accounts.find((a) => a.lastError)?.lastError ?? null,
  };
}

/** `health`: `channels.<id>` with the summary and each account, plus `channelOrder` and `channelLabels`. */
export function healthSection(registry: ChannelRegistry): Record<string, unknown> {
  const channels: Record<string, unknown> = {};
  const channelLabels: Record<string, string> = {};
  const now = Date.now();
  for (const entry of registry.list()) {
    const accounts = accountStatuses(registry, entry);
    const { label, ...summary } = summarize(entry, accounts, now);
    channelLabels[entry.channel.id] = label;
    channels[entry.channel.id] = {
      ...summary,
      accounts: Object.fromEntries(accounts.map((a) => [a.accountId, {
        enabled: a.enabled, configured: a.configured, linked: a.linked, running: a.running, connected: a.connected,
        mode: a.mode ?? null, reconnectAttempts: a.reconnectAttempts, lastConnectedAt: a.lastConnectedAt,
        authAgeMs: a.lastConnectedAt === null ? null : Math.max(0, now - a.lastConnectedAt), lastError: a.lastError,
      }])),
    };
  }
  return { channels, channelOrder: Object.keys(channels), channelLabels };
}

/** `status`: one readable line per channel (`channelSummary`) and the link state with its age. */
export function statusSection(registry: ChannelRegistry): Record<string, unknown> {
  const lines: string[] = [];
  const channels: Record<string, unknown> = {};
  const now = Date.now();
  for (const entry of registry.list()) {
    const s = summarize(entry, accountStatuses(registry, entry), now);
    channels[entry.channel.id] = { configured: s.configured, linked: s.linked, running: s.running, connected: s.connected, lastConnectedAt: s.lastConnectedAt, authAgeMs: s.authAgeMs };
    lines.push(summaryLine(s));
  }
  return { channelSummary: lines, channels };
}

export function summaryLine(s: ChannelSummary): string {
  if (!s.configured) return `${s.label}: not configured`;
  const parts = [s.linked ? "linked" : "not linked"];
  if (s.self) parts.push(s.self);
  const age = s.authAgeMs === null ? "" : formatAge(s.authAgeMs);
  if (s.connected) parts.push(age ? `connected for ${age}` : "connected");
  else parts.push(`${s.running ? "running, not connected" : "stopped"}${age ? ` (last connected ${age} ago)` : ""}`);
  if (s.mode && s.mode !== "polling") parts.push(s.mode);
  if (s.lastError) parts.push(`last error: ${s.lastError}`);
  return `${s.label}: ${parts.join(" · ")}`;
}

export function formatAge(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.round(s / 60)}m`;
  if (s < 86400) return `${Math.round(s / 3600)}h`;
  return `${Math.round(s / 86400)}d`;
}
