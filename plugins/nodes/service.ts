/** The `nodes` service other plugins use: find connected nodes, invoke them on their own authority, gate approved runs. */
import { invalidRequest } from "../../core/sdk/plugin.js";
import { notConnected } from "./invoke.js";
import type { NodesContext } from "./context.js";
import type { NodeRef, NodesService } from "./contract.js";

export function createNodesService(ctx: NodesContext): NodesService {
  const refOf = (nodeId: string): NodeRef | undefined => {
    const conn = ctx.registry.get(nodeId);
    if (!conn) return undefined;
    return { nodeId, displayName: ctx.registry.describe(nodeId)?.displayName, commands: [...conn.commands] };
  };
  const connected = () => ctx.registry.list().filter((r) => r.connected).flatMap((r) => refOf(r.nodeId) ?? []);
  return {
    connected,
    findConnected(ref) {
      const exact = refOf(ref);
      if (exact) return exact;
      const all = connected();
      const byName = all.filter((n) => n.displayName?.toLowerCase() === ref.toLowerCase());
      if (byName.length === 1) return byName[0];
      const byPrefix = all.filter((n) => n.nodeId.startsWith(ref));
      return byPrefix.length === 1 ? byPrefix[0] : undefined;
    },
    async invoke(nodeId, command, params, options = {}) {
      const conn = ctx.registry.get(nodeId);
      if (!conn) throw notConnected(nodeId);
      if (!conn.commands.includes(command)) throw invalidRequest("node command not allowed", { details: { reason: "command not declared by node", command, nodeId } });
      const result = await ctx.forwarder.invoke({ nodeId, connId: conn.id, command, timeoutMs: options.timeoutMs, idempotencyKey: `svc-${Date.now()}-${Math.random().toString(36).slice(2)}`, gatewayFields: params });
      return result.payload;
    },
    setSystemRunGate(gate, signal) {
      ctx.runGate.current = gate;
      signal.addEventListener("abort", () => {
        if (ctx.runGate.current === gate) ctx.runGate.current = undefined;
      }, { once: true });
    },
  };
}
