/** Human rendering of the health summary for `openclaw health` and `openclaw gateway health`. */
import type { HealthResult } from "../generated/protocol-types.js";

export function renderHealth(h: HealthResult): string {
  const lines = [`Gateway: ${h.degraded ? "degraded" : "healthy"}`];
  lines.push(`Plugins: ${h.plugins?.loaded?.length ? h.plugins.loaded.join(", ") : "none loaded"}`);
  for (const f of h.plugins?.failed ?? []) lines.push(`  ✗ ${f.name} (${f.state ?? "failed"}): ${f.error ?? "unknown error"}`);
  if (h.plugins?.disabled?.length) lines.push(`Disabled: ${h.plugins.disabled.join(", ")}`);
  const order = h.channelOrder?.length ? h.channelOrder : Object.keys(h.channels ?? {});
  lines.push(order.length ? "Channels:" : "Channels: none configured");
  for (const id of order) {
    const c: Partial<HealthResult["channels"][string]> = h.channels?.[id] ?? {};
    if (c.configured === false) {
      lines.push(`  ${id}: not configured`);
      continue;
    }
    const parts = [c.linked ? "linked" : "not linked"];
    if (c.connected !== undefined) parts.push(c.connected ? "connected" : c.running ? "not connected" : "stopped");
    if (c.mode && c.mode !== "polling") parts.push(c.mode);
    if (typeof c.authAgeMs === "number") parts.push(`${c.connected ? "up" : "last connected"} ${age(c.authAgeMs)}${c.connected ? "" : " ago"}`);
    if (c.lastError) parts.push(`last error: ${c.lastError}`);
    lines.push(`  ${id}: ${parts.join(" · ")}`);
  }
  return lines.join("\n");
}

function age(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60 ? `${s}s` : s < 3600 ? `${Math.round(s / 60)}m` : s < 86400 ? `${Math.round(s / 3600)}h` : `${Math.round(s / 86400)}d`;
}
