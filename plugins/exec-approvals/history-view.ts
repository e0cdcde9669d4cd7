/** approval.history's items: a kept history entry in upstream's terminal-approval shape. */
import type { HistoryEntry, TerminalApproval } from "./schemas.js";

/** How the resolver is named: `channel:…` a chat reviewer, any other reviewer a client device; none: the gateway itself. */
export function resolverOf(resolvedBy: string | null): NonNullable<TerminalApproval["resolver"]> {
  if (!resolvedBy) return { kind: "system" };
  return { kind: resolvedBy.startsWith("channel:") ? "channel" : "device", id: resolvedBy };
}

export function toTerminalApproval(e: HistoryEntry): TerminalApproval {
  const outcome =
    e.status === "allowed" && e.decision ? { status: "allowed" as const, decision: e.decision, reason: "user" as const }
    : e.status === "denied" ? { status: "denied" as const, decision: "deny" as const, reason: "user" as const }
    // A pending approval settled by a gateway shutdown was cancelled, not timed out.
    : e.reason === "gateway-restart" ? { status: "cancelled" as const, reason: "gateway-restart" as const }
    : { status: "expired" as const, reason: "timeout" as const };
  return {
    id: e.id,
    urlPath: `/approvals/${encodeURIComponent(e.id)}`,
    createdAtMs: e.createdAtMs,
    // Entries written before the expiry was kept: it is unknown, and it was no earlier than the resolution.
    expiresAtMs: e.expiresAtMs ?? e.resolvedAtMs,
    presentation: {
      kind: "exec",
      commandText: e.command || "(empty command)",
      host: e.host,
      nodeId: e.nodeId || null,
      agentId: e.agentId || null,
      allowedDecisions: ["allow-once", "allow-always", "deny"],
    },
    resolvedAtMs: e.resolvedAtMs,
    ...(e.agentId || e.sessionKey ? { source: { ...(e.agentId ? { agentId: e.agentId } : {}), ...(e.sessionKey ? { sessionKey: e.sessionKey } : {}) } } : {}),
    resolver: resolverOf(e.resolvedBy),
    ...outcome,
  };
}
