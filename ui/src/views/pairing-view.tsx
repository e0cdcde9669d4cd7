/** Pending device and node pairing requests with Approve / Reject (device.pair.*, node.pair.*). */
import { useState } from "preact/hooks";
import { errorText } from "../controller";
import { useAppState, useController, useNow } from "../hooks";
import { formatAge } from "../format";

interface Row {
  kind: "device" | "node";
  requestId: string;
  name: string;
  detail: string;
  ts?: number;
}

export function PairingView() {
  const c = useController();
  const { pendingDevices, pendingNodes, pairingError, status } = useAppState();
  const now = useNow(5000);
  const [busy, setBusy] = useState<string | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  if (!c.has("device.pair.list")) {
    return (
      <section class="card" aria-labelledby="pairing-title">
        <h2 id="pairing-title">Pairing requests</h2>
        <p class="muted">Pairing needs the nodes plugin, which is not running.</p>
      </section>
    );
  }
  const rows: Row[] = [
    ...pendingDevices.map((d) => ({
      kind: "device" as const,
      requestId: d.requestId,
      name: d.displayName ?? d.clientId ?? d.deviceId.slice(0, 12),
      detail: [`device ${d.deviceId.slice(0, 12)}…`, d.platform, d.remoteIp, d.role, d.scopes?.length ? d.scopes.join(", ") : "", d.reason].filter(Boolean).join(" · "),
      ts: d.ts,
    })),
    ...pendingNodes.map((n) => ({
      kind: "node" as const,
      requestId: n.requestId,
      name: n.displayName ?? n.nodeId,
      detail: [`node ${n.nodeId}`, n.platform, n.version && `v${n.version}`, n.remoteIp, n.commands?.length ? `${n.commands.length} commands` : ""].filter(Boolean).join(" · "),
      ts: n.ts,
    })),
  ];
  const decide = async (row: Row, decision: "approve" | "reject") => {
    setBusy(row.requestId);
    setResult(null);
    try {
      await c.request(`${row.kind}.pair.${decision}`, { requestId: row.requestId });
      setResult({ ok: true, text: `${decision === "approve" ? "Approved" : "Rejected"} ${row.kind} ${row.name}.` });
    } catch (err) {
      setResult({ ok: false, text: `Could not ${decision} ${row.name}: ${errorText(err)}` });
    } finally {
      setBusy(null);
    }
  };
  const offline = status.phase !== "connected";
  return (
    <section class="card" aria-labelledby="pairing-title">
      <h2 id="pairing-title">Pairing requests</h2>
      {pairingError && <p class="error">{pairingError}</p>}
      {rows.length === 0 ? (
        <p class="muted">No devices or nodes are waiting for approval.</p>
      ) : (
        <ul class="list" aria-label="Pending pairing requests">
          {rows.map((r) => (
            <li key={r.requestId} class="pairing">
              <span class="name">{r.name}</span>
              <span class="badge warn">{r.kind}</span>
              <span class="detail muted">
                {r.detail}
                {r.ts ? ` · ${formatAge(r.ts, now)}` : ""}
              </span>
              <span class="actions">
                <button type="button" disabled={offline || busy === r.requestId} aria-label={`Approve ${r.kind} ${r.name}`} onClick={() => decide(r, "approve")}>
                  Approve
                </button>
                <button type="button" class="ghost" disabled={offline || busy === r.requestId} aria-label={`Reject ${r.kind} ${r.name}`} onClick={() => decide(r, "reject")}>
                  Reject
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <p class={result?.ok === false ? "error" : "ok-text"} role="status" aria-live="polite">
        {result?.text ?? ""}
      </p>
    </section>
  );
}
