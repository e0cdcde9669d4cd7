/** `node.list`, `node.describe`, `node.rename`, `node.invoke`, and the node-role `node.invoke.result`, `node.event`. */
import { invalidRequest, type ConnectionInfo } from "../../core/sdk/plugin.js";
import { normalizePlatform } from "./command-policy.js";
import { notConnected } from "./invoke.js";
import { nodeIdOf } from "./registry.js";
import type { NodesContext } from "./context.js";
import {
  InvokeParams, InvokeResultParams, NodeDescribeResult, NodeEventParams, NodeEventResult, NodeIdParams, NodeInvokeResult, NodeInvokeResultAck, NodeListResult, NodeRenameResult, NoParams, RenameParams,
} from "./schemas.js";

type P<T extends { static: unknown }> = T["static"];

/** The presence key of a connection, as the presence plugin computes it. */
const presenceKey = (conn: ConnectionInfo) => conn.device?.id ?? conn.client.instanceId ?? conn.id;

export function registerNodeMethods(ctx: NodesContext): void {
  const { api, registry, forwarder, policy } = ctx;

  api.registerMethod("node.list", {
    scope: "operator.read",
    params: NoParams,
    result: NodeListResult,
    description: "Known nodes (connected, or paired through either pairing store), connected first.",
    handler: () => ({ ts: Date.now(), nodes: registry.list() }),
  });

  api.registerMethod("node.describe", {
    scope: "operator.read",
    params: NodeIdParams,
    result: NodeDescribeResult,
    description: "One node's row; unknown → INVALID_REQUEST.",
    handler: ({ nodeId }: P<typeof NodeIdParams>) => {
      const row = registry.describe(nodeId);
      if (!row) throw invalidRequest("unknown nodeId", { details: { nodeId } });
      return { ts: Date.now(), ...row };
    },
  });

  api.registerMethod("node.rename", {
    scope: "operator.pairing",
    params: RenameParams,
    result: NodeRenameResult,
    description: "Sets a node's display name (stored with its pairing).",
    handler: async ({ nodeId, displayName }: P<typeof RenameParams>) => {
      const node = ctx.nodes.paired.map.get(nodeId);
      const device = ctx.devices.paired.map.get(nodeId);
      const conn = registry.get(nodeId);
      if (!node && !device && !conn) throw invalidRequest("unknown nodeId", { details: { nodeId } });
      if (node) node.displayName = displayName;
      if (device) device.displayName = displayName;
      registry.rename(nodeId, displayName);
      await Promise.all([node && ctx.nodes.paired.save(), device && ctx.devices.paired.save()]);
      if (conn) ctx.presence.upsert(presenceKey(conn), { host: displayName });
      return { nodeId, displayName };
    },
  });

  api.registerMethod("node.invoke", {
    scope: "operator.write",
    params: InvokeParams,
    result: NodeInvokeResult,
    description: "Runs a command on a node: allowlisted for its platform and declared by it; waits for its result.",
    handler: (p: P<typeof InvokeParams>, mctx) => {
      const conn = registry.get(p.nodeId);
      if (!conn) throw notConnected(p.nodeId);
      const verdict = policy.check(p.command, { platform: normalizePlatform(conn.client.platform, conn.client.deviceFamily), declared: conn.commands });
      if (!verdict.ok) throw invalidRequest("node command not allowed", { details: { reason: verdict.reason, command: p.command, nodeId: p.nodeId } });
      const gatewayFields = approvedRunFields(ctx, p, mctx.conn);
      return forwarder.invoke({ ...p, connId: conn.id, callerConnId: mctx.conn.id, gatewayFields });
    },
  });

  api.registerMethod("node.invoke.result", {
    scope: "node",
    params: InvokeResultParams,
    result: NodeInvokeResultAck,
    description: "A node's answer to node.invoke.request; a late or unknown id is answered {ok:true, ignored:true}.",
    handler: (p: P<typeof InvokeResultParams>, mctx) => forwarder.result(nodeIdOf(mctx.conn), p),
  });

  api.registerMethod("node.event", {
    scope: "node",
    params: NodeEventParams,
    result: NodeEventResult,
    description: "An event from a node (logged; no node events are acted on yet).",
    handler: (p: P<typeof NodeEventParams>, mctx) => {
      api.log.debug(`node event ${p.event}`, { nodeId: nodeIdOf(mctx.conn) });
      return { ok: true };
    },
  });
}

/**
 * An approved `system.run` (`approved: true` with the approval id as `runId`) is checked against its
 * approval record by the exec-approvals gate; only then does the node get `approved` and the recorded
 * decision — set by the gateway, never copied from the caller. Without a gate the fields stay stripped.
 */
function approvedRunFields(ctx: NodesContext, p: P<typeof InvokeParams>, caller: ConnectionInfo): Record<string, unknown> | undefined {
  const params = p.params;
  if (p.command !== "system.run" || typeof params !== "object" || params === null || Array.isArray(params)) return undefined;
  const fields = params as Record<string, unknown>;
  if (fields.approved !== true && fields.approvalDecision === undefined) return undefined;
  const gate = ctx.runGate.current;
  if (!gate) return undefined;
  if (typeof fields.runId !== "string" || !fields.runId) throw invalidRequest("approval required", { details: { code: "APPROVAL_REQUIRED", reason: "runId (the approval id) missing" } });
  const { approvalDecision } = gate({ runId: fields.runId, nodeId: p.nodeId, params: fields, caller: { connId: caller.id, deviceId: caller.device?.id } });
  return { approved: true, approvalDecision };
}
