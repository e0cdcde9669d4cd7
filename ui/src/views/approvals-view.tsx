/**
 * Exec approvals waiting for an answer, with Approve once / Always / Deny. The list is read with
 * exec.approval.list and then kept current from exec.approval.requested / resolved events (re-read after a
 * reconnect or a seq gap, when events may have been missed).
 */
import { useEffect, useState } from "preact/hooks";
import { errorText } from "../controller";
import { useAppState, useController, useNow } from "../hooks";
import type { PendingApproval } from "../protocol";

type Decision = "allow-once" | "allow-always" | "deny";
const DONE: Record<Decision, string> = { "allow-once": "Approved once", "allow-always": "Approved always", deny: "Denied" };

export function ApprovalsView() {
  const c = useController();
  const { epoch, status } = useAppState();
  const now = useNow(1000);
  const [pending, setPending] = useState<PendingApproval[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const available = c.has("exec.approval.list");

  useEffect(() => {
    if (!available) return;
    let live = true;
    c.request<PendingApproval[]>("exec.approval.list")
      .then((list) => live && (setPending(list), setError(null)))
      .catch((err) => live && setError(errorText(err)));
    const offRequested = c.on("exec.approval.requested", (p) => {
      const entry = p as PendingApproval;
      setPending((list) => [entry, ...list.filter((e) => e.id !== entry.id)]);
    });
    const offResolved = c.on("exec.approval.resolved", (p) => {
      const { id } = p as { id: string };
      setPending((list) => list.filter((e) => e.id !== id));
    });
    return () => {
      live = false;
      offRequested();
      offResolved();
    };
  }, [c, epoch, available]);

  if (!available) {
    return (
      <section class="card" aria-labelledby="approvals-title">
        <h2 id="approvals-title">Exec approvals</h2>
        <p class="muted">Exec approvals need the exec-approvals plugin, which is not running.</p>
      </section>
    );
  }

  const decide = async (entry: PendingApproval, decision: Decision) => {
    setBusy(entry.id);
    setResult(null);
    try {
      await c.request("exec.approval.resolve", { id: entry.id, decision });
      setPending((list) => list.filter((e) => e.id !== entry.id));
      setResult({ ok: true, text: `${DONE[decision]}: ${entry.request.command}` });
    } catch (err) {
      setResult({ ok: false, text: `Could not answer ${entry.request.command}: ${errorText(err)}` });
    } finally {
      setBusy(null);
    }
  };
  const offline = status.phase !== "connected";
  const visible = pending.filter((e) => e.expiresAtMs > now);
  return (
    <section class="card" aria-labelledby="approvals-title">
      <h2 id="approvals-title">Exec approvals</h2>
      {error && <p class="error">{error}</p>}
      {visible.length === 0 ? (
        <p class="muted">No commands are waiting for approval.</p>
      ) : (
        <ul class="list" aria-label="Pending exec approvals">
          {visible.map((e) => (
            <li key={e.id} class="pairing">
              <code class="name">{e.request.command}</code>
              <span class="badge warn">{e.request.host === "node" ? `node ${e.request.nodeId ?? ""}` : "gateway"}</span>
              <span class="detail muted">
                {[e.request.agentId && `agent ${e.request.agentId}`, e.request.cwd && `in ${e.request.cwd}`, e.request.resolvedPath].filter(Boolean).join(" · ")}
                {` · expires in ${Math.max(0, Math.round((e.expiresAtMs - now) / 1000))}s`}
              </span>
              <span class="actions">
                <button type="button" disabled={offline || busy === e.id} aria-label={`Approve once ${e.request.command}`} onClick={() => decide(e, "allow-once")}>
                  Approve once
                </button>
                <button type="button" class="ghost" disabled={offline || busy === e.id} aria-label={`Always allow ${e.request.command}`} onClick={() => decide(e, "allow-always")}>
                  Always
                </button>
                <button type="button" class="ghost" disabled={offline || busy === e.id} aria-label={`Deny ${e.request.command}`} onClick={() => decide(e, "deny")}>
                  Deny
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
