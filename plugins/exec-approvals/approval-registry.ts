/**
 * Pending exec approvals and the recently resolved ones: created by `exec.approval.request` or the `exec`
 * tool, resolved by a reviewer, expired by their timer (decision null). Resolved records stay (bounded) so
 * an approved `system.run` can be checked against its record and consumed once. Ids are 128 random bits.
 */
import { randomBytes } from "node:crypto";
import { invalidRequest, unavailable } from "../../core/sdk/plugin.js";
import type { FileIdentity } from "../../core/sdk/plugin.js";
import type { ApprovalRequestView, Decision, HistoryEntry } from "./schemas.js";

export const MAX_PENDING = 256;
export const MAX_RESOLVED = 1000;

export type ApprovalStatus = "pending" | "allowed" | "denied" | "expired";

/** What the approval is bound to; a run that differs in any of these is not covered by it. */
export interface ApprovalBinding {
  host: "gateway" | "node" | string | null;
  nodeId: string | null;
  argv: readonly string[] | null;
  cwd: string | null;
  envHash: string | null;
  resolvedPath: string | null;
  identity: FileIdentity | null;
  /** SHA-256 of the node's system.run plan the reviewer saw, when there is one. */
  planHash: string | null;
}

/** Who asked: only the same device (or connection) may run what was approved. The gateway's own exec tool is `internal`. */
export interface Requester {
  internal?: boolean;
  connId?: string;
  deviceId?: string;
}

export interface ApprovalRecord {
  id: string;
  request: ApprovalRequestView;
  binding: ApprovalBinding;
  requester: Requester;
  createdAtMs: number;
  expiresAtMs: number;
  status: ApprovalStatus;
  decision: Decision | null;
  resolvedBy: string | null;
  resolvedAtMs: number | null;
  reason: string | null;
  consumed: boolean;
}

interface Live {
  record: ApprovalRecord;
  timer?: NodeJS.Timeout;
  waiters: Array<(decision: Decision | null) => void>;
}

export interface RegistryHooks {
  requested(record: ApprovalRecord): void;
  resolved(record: ApprovalRecord): void;
}

export class ApprovalRegistry {
  private readonly records = new Map<string, Live>();
  private pendingCount = 0;

  constructor(private readonly hooks: RegistryHooks) {}

  create(input: { id?: string; request: ApprovalRequestView; binding: ApprovalBinding; requester: Requester; timeoutMs: number }): ApprovalRecord {
    if (this.pendingCount >= MAX_PENDING) throw unavailable(`too many pending exec approvals (${MAX_PENDING}); resolve some first`, { retryable: true, retryAfterMs: 5000 });
    const id = input.id ?? randomBytes(16).toString("hex");
    if (this.records.has(id)) throw invalidRequest("approval id already in use", { details: { id } });
    const now = Date.now();
    const record: ApprovalRecord = {
      id, request: input.request, binding: input.binding, requester: input.requester,
      createdAtMs: now, expiresAtMs: now + input.timeoutMs,
      status: "pending", decision: null, resolvedBy: null, resolvedAtMs: null, reason: null, consumed: false,
    };
    const live: Live = { record, waiters: [] };
    live.timer = setTimeout(() => this.settle(live, "expired", null, null, "timeout"), input.timeoutMs);
    this.records.set(id, live);
    this.pendingCount += 1;
    this.hooks.requested(record);
    return record;
  }

  get(id: string): ApprovalRecord | undefined {
    return this.records.get(id)?.record;
  }

  pending(): ApprovalRecord[] {
    return [...this.records.values()].filter((l) => l.record.status === "pending").map((l) => l.record).sort((a, b) => b.createdAtMs - a.createdAtMs);
  }

  /** A reviewer's decision. The same decision twice is `applied: false`; a different one is an error. */
  resolve(id: string, decision: Decision, resolvedBy: string, reason?: string): { applied: boolean; record: ApprovalRecord } {
    const live = this.records.get(id);
    if (!live) throw invalidRequest("unknown or expired approval id", { details: { id } });
    const r = live.record;
    if (r.status === "expired") throw invalidRequest("approval expired", { details: { id } });
    if (r.status !== "pending") {
      if (r.decision === decision) return { applied: false, record: r };
      throw invalidRequest("approval already resolved", { details: { id, decision: r.decision, resolvedBy: r.resolvedBy } });
    }
    this.settle(live, decision === "deny" ? "denied" : "allowed", decision, resolvedBy, reason ?? "user");
    return { applied: true, record: r };
  }

  /** Resolves with the decision (null: expired, or the wait ran out first — then the approval stays pending). */
  wait(id: string, timeoutMs?: number, signal?: AbortSignal): Promise<Decision | null> {
    const live = this.records.get(id);
    if (!live) return Promise.reject(invalidRequest("unknown or expired approval id", { details: { id } }));
    if (live.record.status !== "pending") return Promise.resolve(live.record.decision);
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const done = (d: Decision | null) => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        const i = live.waiters.indexOf(done);
        if (i >= 0) live.waiters.splice(i, 1);
        resolve(d);
      };
      const onAbort = () => done(null);
      live.waiters.push(done);
      if (timeoutMs !== undefined) timer = setTimeout(() => done(null), timeoutMs);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }

  /**
   * Checks an approved run against its record and uses it up: the same requester, node and command, an
   * allowing decision, not used before. Errors name what was wrong without leaking other requests.
   */
  consume(id: string, run: { requester: Requester; nodeId: string | null; argv: readonly string[] | null; cwd: string | null; planHash: string | null }): ApprovalRecord {
    const r = this.records.get(id)?.record;
    if (!r) throw invalidRequest("unknown or expired approval id", { details: { id } });
    const denied = (why: string) => invalidRequest("approval required", { details: { code: "APPROVAL_REQUIRED", reason: why, id } });
    if (r.status !== "allowed") throw denied(r.status === "pending" ? "approval still pending" : `approval ${r.status}`);
    if (r.consumed) throw denied("approval already used");
    const sameRequester = r.requester.internal ? Boolean(run.requester.internal) : r.requester.deviceId ? r.requester.deviceId === run.requester.deviceId : r.requester.connId === run.requester.connId;
    if (!sameRequester) throw denied("approval belongs to another requester");
    if ((r.binding.nodeId ?? null) !== run.nodeId) throw denied("approval is for another node");
    if (r.binding.argv && (!run.argv || r.binding.argv.length !== run.argv.length || r.binding.argv.some((a, i) => a !== run.argv?.[i]))) throw denied("command differs from the approved one");
    if (r.binding.cwd !== null && run.cwd !== null && r.binding.cwd !== run.cwd) throw denied("working directory differs from the approved one");
    if (r.binding.planHash !== null && r.binding.planHash !== run.planHash) throw denied("system.run plan differs from the approved one");
    r.consumed = true;
    return r;
  }

  /** The plugin stops: pending approvals end without a decision. */
  dispose(): void {
    for (const live of [...this.records.values()]) if (live.record.status === "pending") this.settle(live, "expired", null, null, "gateway-restart");
  }

  toHistory(r: ApprovalRecord): HistoryEntry {
    return {
      id: r.id, kind: "exec", command: r.request.command, host: r.request.host, nodeId: r.request.nodeId, agentId: r.request.agentId,
      ...(r.request.sessionKey ? { sessionKey: r.request.sessionKey } : {}),
      createdAtMs: r.createdAtMs, expiresAtMs: r.expiresAtMs, resolvedAtMs: r.resolvedAtMs ?? Date.now(), decision: r.decision, status: r.status, resolvedBy: r.resolvedBy, reason: r.reason,
    };
  }

  private settle(live: Live, status: ApprovalStatus, decision: Decision | null, resolvedBy: string | null, reason: string): void {
    const r = live.record;
    if (r.status !== "pending") return;
    clearTimeout(live.timer);
    Object.assign(r, { status, decision, resolvedBy, reason, resolvedAtMs: Date.now() });
    this.pendingCount -= 1;
    for (const w of [...live.waiters]) w(decision);
    this.hooks.resolved(r);
    this.prune();
  }

  private prune(): void {
    let resolved = this.records.size - this.pendingCount;
    for (const [id, live] of this.records) {
      if (resolved <= MAX_RESOLVED) break;
      if (live.record.status !== "pending") {
        this.records.delete(id);
        resolved -= 1;
      }
    }
  }
}
