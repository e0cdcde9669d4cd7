/** Each channel's link state, from channels.status when the channels plugin runs, else from health. */
import { useAppState, useController } from "../hooks";
import type { ChannelAccount, ChannelHealth } from "../protocol";

function accountsOf(summary: ChannelHealth | undefined, detailed: ChannelAccount[] | undefined): ChannelAccount[] {
  if (detailed?.length) return detailed;
  const a = summary?.accounts;
  if (Array.isArray(a)) return a;
  if (a && typeof a === "object") return Object.entries(a).map(([accountId, v]) => ({ ...v, accountId }));
  return summary ? [{ accountId: "default", ...summary }] : [];
}

function linkState(a: ChannelAccount): { label: string; tone: string } {
  if (a.enabled === false) return { label: "disabled", tone: "muted" };
  if (a.configured === false) return { label: "not configured", tone: "muted" };
  if (a.linked === false) return { label: "not linked", tone: "bad" };
  if (a.connected === false && a.running) return { label: "reconnecting", tone: "warn" };
  if (a.linked || a.connected) return { label: "linked", tone: "good" };
  return { label: "unknown", tone: "muted" };
}

export function ChannelsView() {
  const c = useController();
  const { health, channels } = useAppState();
  const summaries = { ...(health?.channels ?? {}), ...(channels?.channels ?? {}) };
  const labels = { ...(health?.channelLabels ?? {}), ...(channels?.channelLabels ?? {}) };
  const order = channels?.channelOrder ?? health?.channelOrder ?? [];
  const ids = [...order, ...Object.keys(summaries).filter((id) => !order.includes(id))];
  const pluginRunning = c.has("channels.status");
  return (
    <section class="card" aria-labelledby="channels-title">
      <h2 id="channels-title">Channels</h2>
      {ids.length === 0 ? (
        <p class="muted">{pluginRunning ? "No channels are configured." : "The channels plugin is not running, so there are no channel links to show."}</p>
      ) : (
        <ul class="list">
          {ids.map((id) =>
            accountsOf(summaries[id], channels?.channelAccounts?.[id]).map((a) => {
              const s = linkState(a);
              return (
                <li key={`${id}/${a.accountId}`}>
                  <span class="name">
                    {labels[id] ?? id}
                    {a.accountId !== "default" && <span class="muted"> · {a.accountId}</span>}
                  </span>
                  <span class={`badge ${s.tone}`}>{s.label}</span>
                  {a.lastError && <span class="detail error">{a.lastError}</span>}
                </li>
              );
            }),
          )}
        </ul>
      )}
    </section>
  );
}
