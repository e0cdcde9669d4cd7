/** The one resolve path behind `approvals approve|deny|resolve`. */
import type { GatewayClient } from "../core/client.js";
import type { ExecApprovalGetResult } from "../generated/protocol-types.js";

export type Decision = "allow-once" | "allow-always" | "deny";
export const DECISIONS: readonly Decision[] = ["allow-once", "allow-always", "deny"];

const WORDS: Record<Decision, string> = { "allow-once": "Approved once", "allow-always": "Approved always", deny: "Denied" };

/**
 * Resolves and returns the confirmation line. Repeating the recorded decision succeeds and says so (as
 * upstream's CLI does); gateway errors (unknown id, a different decision already made, scope) propagate.
 */
export async function resolveApproval(client: GatewayClient, id: string, decision: Decision, reason?: string): Promise<{ line: string; applied: boolean }> {
  const before = await client.request<ExecApprovalGetResult>("exec.approval.get", { id });
  if (before.status !== "pending" && before.decision === decision) {
    return { line: `Approval ${id} already resolved (same decision: ${decision}${before.resolvedBy ? ` by ${before.resolvedBy}` : ""}).`, applied: false };
  }
  await client.request("exec.approval.resolve", { id, decision, ...(reason ? { reason } : {}) });
  return { line: `${WORDS[decision]}: ${id}${reason ? ` (${reason})` : ""}.`, applied: true };
}
