/** Who is connected (live from presence events) and the node registry (node.list). */
import { useAppState, useNow } from "../hooks";
import { formatAge } from "../format";

export function ClientsView() {
  const { presence, nodes, nodesError } = useAppState();
  const now = useNow(5000);
  const live = presence.filter((p) => p.reason !== "disconnect");
  return (
    <section class="card" aria-labelledby="clients-title">
      <h2 id="clients-title">Clients and nodes</h2>
      <h3 id="connected-title">Connected ({live.length})</h3>
      <ul class="list" aria-labelledby="connected-title">
        {live.map((p) => (
          <li key={p.deviceId ?? p.instanceId ?? `${p.host}-${p.ts}`}>
            <span class="name">{p.host ?? p.ip ?? "unknown"}</span>
            <span class="badge">{p.mode ?? "client"}</span>
            <span class="detail muted">
              {[p.platform, p.version && `v${p.version}`, p.ip, p.roles?.join("+"), formatAge(p.ts, now)].filter(Boolean).join(" · ")}
            </span>
          </li>
        ))}
      </ul>
      <h3 id="nodes-title">Nodes</h3>
      {nodesError && <p class="error">{nodesError}</p>}
      {nodes === null ? (
        <p class="muted">The nodes plugin is not running.</p>
      ) : nodes.length === 0 ? (
        <p class="muted">No nodes connected or paired.</p>
      ) : (
        <ul class="list" aria-labelledby="nodes-title">
          {nodes.map((n) => (
            <li key={n.nodeId}>
              <span class="name">{n.displayName ?? n.nodeId}</span>
              <span class={`badge ${n.connected ? "good" : "muted"}`}>{n.connected ? "online" : "offline"}</span>
              {!n.paired && <span class="badge warn">not paired</span>}
              <span class="detail muted">
                {[n.platform, n.version && `v${n.version}`, n.remoteIp, `${n.commands.length} commands`].filter(Boolean).join(" · ")}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
