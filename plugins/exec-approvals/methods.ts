/** The approval methods: `exec.approval.*`, the generic `approval.get|resolve`, the other kinds' lists and `approval.history`. */
import { toTerminalApproval } from "./history-view.js";
import { invalidRequest, type ConnectionInfo, type PluginApi, type Static } from "../../core/sdk/plugin.js";
import type { ApprovalRecord, ApprovalRegistry } from "./approval-registry.js";
import { hashJson } from "./exec-tool.js";
import type { HistoryLog } from "./history-log.js";
import {
  ApprovalGetResult, ApprovalResolveParams, ApprovalResolveResult, EmptyList, ExecGetResult, HistoryParams, HistoryResult, IdParams, NoParams,
  PendingList, RequestParams, RequestResult, ResolveParams, ResolveResult, WaitParams, WaitResult, type ApprovalRequestView,
} from "./schemas.js";

type P<T extends { static: unknown }> = T["static"];

export interface MethodDeps {
  api: PluginApi<unknown>;
  registry: ApprovalRegistry;
  history: HistoryLog;
  approvalTimeoutMs: number;
}

/** How a reviewer is named in events and history: its device id, else its client name. */
export const reviewerOf = (conn: ConnectionInfo) => (conn.device?.id ? `device:${conn.device.id}` : `client:${conn.client.displayName ?? conn.client.id}`);

export const pendingEntry = (r: ApprovalRecord) => ({ id: r.id, request: r.request, createdAtMs: r.createdAtMs, expiresAtMs: r.expiresAtMs });

function unified(r: ApprovalRecord): Static<typeof ApprovalGetResult>["approval"] {
  const req = r.request;
  const base = {
    id: r.id,
    urlPath: `/approvals/${encodeURIComponent(r.id)}`,
    createdAtMs: r.createdAtMs,
    expiresAtMs: r.expiresAtMs,
    presentation: { kind: "exec" as const, commandText: req.command, host: req.host, nodeId: req.nodeId, agentId: req.agentId, allowedDecisions: ["allow-once" as const, "allow-always" as const, "deny" as const] },
    ...(req.agentId || req.sessionKey ? { source: { ...(req.agentId ? { agentId: req.agentId } : {}), ...(req.sessionKey ? { sessionKey: req.sessionKey } : {}) } } : {}),
    status: r.status,
  };
  if (r.status === "pending") return base;
  const resolver = r.resolvedBy ? { kind: r.resolvedBy.startsWith("channel:") ? ("channel" as const) : ("device" as const), id: r.resolvedBy } : { kind: "system" as const };
  return { ...base, resolvedAtMs: r.resolvedAtMs ?? Date.now(), resolver, ...(r.decision ? { decision: r.decision, reason: "user" as const } : { reason: "timeout" as const }) };
}

export function registerApprovalMethods({ api, registry, history, approvalTimeoutMs }: MethodDeps): void {
  const find = (id: string) => {
    const r = registry.get(id);
    if (!r) throw invalidRequest("approval not found", { details: { id } });
    return r;
  };

  api.registerMethod("exec.approval.request", {
    scope: "operator.approvals",
    params: RequestParams,
    result: RequestResult,
    description: "Asks reviewers to allow a command; with twoPhase, first {status:accepted}, then the final {id, decision} (null: expired).",
    handler: async (p: P<typeof RequestParams>, ctx) => {
      const plan = p.systemRunPlan as { argv?: unknown; cwd?: unknown; resolvedPath?: unknown } | undefined;
      const argv = p.commandArgv ?? (Array.isArray(plan?.argv) && plan.argv.every((a) => typeof a === "string") ? (plan.argv as string[]) : undefined);
      const cwd = p.cwd ?? (typeof plan?.cwd === "string" ? plan.cwd : null);
      const request: ApprovalRequestView = {
        command: p.command, ...(argv ? { commandArgv: argv } : {}), cwd, host: p.host ?? null, nodeId: p.nodeId ?? null, agentId: p.agentId ?? null, sessionKey: p.sessionKey ?? null,
        resolvedPath: p.resolvedPath ?? (typeof plan?.resolvedPath === "string" ? plan.resolvedPath : null), security: p.security ?? null, ask: p.ask ?? null,
        ...(p.env ? { envKeys: Object.keys(p.env) } : {}),
      };
      const record = registry.create({
        id: p.id,
        request,
        binding: { host: p.host ?? null, nodeId: p.nodeId ?? null, argv: argv ?? null, cwd, envHash: p.env ? hashJson(p.env) : null, resolvedPath: request.resolvedPath, identity: null, planHash: p.systemRunPlan === undefined ? null : hashJson(p.systemRunPlan) },
        requester: { connId: ctx.conn.id, deviceId: ctx.conn.device?.id },
        timeoutMs: p.timeoutMs ?? approvalTimeoutMs,
      });
      const times = { createdAtMs: record.createdAtMs, expiresAtMs: record.expiresAtMs };
      if (p.twoPhase) ctx.ack({ status: "accepted", id: record.id, ...times });
      const decision = await registry.wait(record.id, undefined, ctx.signal);
      return { id: record.id, decision, ...times };
    },
  });

  api.registerMethod("exec.approval.list", {
    scope: "operator.read",
    params: NoParams,
    result: PendingList,
    description: "Pending exec approvals, newest first (an array, as upstream).",
    handler: () => registry.pending().map(pendingEntry),
  });

  api.registerMethod("exec.approval.get", {
    scope: "operator.read",
    params: IdParams,
    result: ExecGetResult,
    description: "One exec approval, pending or recently resolved.",
    handler: ({ id }: P<typeof IdParams>) => {
      const r = find(id);
      return { ...pendingEntry(r), status: r.status, decision: r.decision, resolvedBy: r.resolvedBy, resolvedAtMs: r.resolvedAtMs };
    },
  });

  api.registerMethod("exec.approval.resolve", {
    scope: "operator.approvals",
    params: ResolveParams,
    result: ResolveResult,
    description: "Resolves a pending exec approval: allow-once, allow-always or deny.",
    handler: ({ id, decision, reason }: P<typeof ResolveParams>, ctx) => {
      registry.resolve(id, decision, reviewerOf(ctx.conn), reason);
      return { ok: true as const };
    },
  });

  api.registerMethod("exec.approval.waitDecision", {
    scope: "operator.approvals",
    params: WaitParams,
    result: WaitResult,
    description: "Waits for an approval's decision (or until timeoutMs: decision null, status still pending).",
    handler: async ({ id, timeoutMs }: P<typeof WaitParams>, ctx) => {
      const decision = await registry.wait(id, timeoutMs, ctx.signal);
      return { id, decision, status: registry.get(id)?.status ?? "expired" };
    },
  });

  api.registerMethod("approval.get", {
    scope: "operator.read",
    params: IdParams,
    result: ApprovalGetResult,
    description: "The generic approval record (exec is the only kind this gateway has).",
    handler: ({ id }: P<typeof IdParams>) => ({ approval: unified(find(id)) }),
  });

  api.registerMethod("approval.resolve", {
    scope: "operator.approvals",
    params: ApprovalResolveParams,
    result: ApprovalResolveResult,
    description: "Generic resolve {id, kind, decision}; {applied:false} when the same decision was already recorded.",
    handler: (p: P<typeof ApprovalResolveParams>, ctx) => {
      if (p.kind !== "exec") throw invalidRequest("approval not found", { details: { id: p.id, kind: p.kind } });
      find(p.id);
      const by = p.reviewer ? `channel:${p.reviewer.channel}:${p.reviewer.senderId}` : reviewerOf(ctx.conn);
      const { applied, record } = registry.resolve(p.id, p.decision, by);
      return { applied, approval: unified(record) };
    },
  });

  for (const name of ["plugin.approval.list", "openclaw.approval.list"]) {
    api.registerMethod(name, {
      scope: "operator.read",
      params: NoParams,
      result: EmptyList,
      description: "Empty state: always an empty array; this gateway raises no plugin or system-agent approvals.",
      handler: () => [],
    });
  }

  api.registerMethod("approval.history", {
    scope: "operator.read",
    params: HistoryParams,
    result: HistoryResult,
    description: "Resolved, expired and cancelled approvals, newest first, paged by cursor (bounded audit trail).",
    handler: ({ cursor, limit, kind }: P<typeof HistoryParams>) => {
      // Only exec approvals exist here; the cursor is the offset of the next page.
      if (kind && kind !== "exec") return { items: [] };
      const offset = cursor === undefined ? 0 : Number(cursor);
      if (!Number.isSafeInteger(offset) || offset < 0) throw invalidRequest(`invalid approval.history params: cursor: "${cursor}" is not a cursor this gateway gave (pass the previous page's nextCursor)`);
      const size = limit ?? 50;
      const items = history.list(size, offset).map(toTerminalApproval);
      const next = offset + items.length;
      return { items, ...(next < history.size ? { nextCursor: String(next) } : {}) };
    },
  });
}
