/** Human rendering of the health summary for `openclaw health` and `openclaw gateway health`. */
interface HealthSummary {
  ok?: boolean;
  degraded?: boolean;
  durationMs?: number;
  plugins?: { loaded?: string[]; failed?: Array<{ name: string; state?: string; error?: string }>; disabled?: string[] };
  channels?: Record<string, { configured?: boolean; linked?: boolean; authAgeMs?: number | null }>;
  channelOrder?: string[];
}

export function renderHealth(h: HealthSummary): string {
  const lines = [`Gateway: ${h.degraded ? "degraded" : "healthy"}`];
  lines.push(`Plugins: ${h.plugins?.loaded?.length ? h.plugins.loaded.join(", ") : "none loaded"}`);
  for (const f of h.plugins?.failed ?? []) lines.push(`  ✗ ${f.name} (${f.state ?? "failed"}): ${f.error ?? "unknown error"}`);
  if (h.plugins?.disabled?.length) lines.push(`Disabled: ${h.plugins.disabled.join(", ")}`);
  const order = h.channelOrder?.length ? h.channelOrder : Object.keys(h.channels ?? {});
  if (!order.length) lines.push("Channels: none configured");
  for (const id of order) {
    const c = h.channels?.[id] ?? {};
    lines.push(`  ${id}: ${c.configured === false ? "not configured" : c.linked ? "linked" : "not linked"}`);
  }
  return lines.join("\n");
}
