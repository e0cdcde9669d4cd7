/** `exec.approvals.get|set` (the gateway's own document) and `exec.approvals.node.get|set` (relayed to the node). */
import { invalidRequest, type PluginApi } from "../../core/sdk/plugin.js";
import type { NodesService } from "../nodes/contract.js";
import type { ApprovalsDocument } from "../../core/sdk/plugin.js";
import { ApprovalsSnapshot, NodeGetParams, NodeSetParams, NoParams, SetParams, type ApprovalsFile } from "./schemas.js";

type P<T extends { static: unknown }> = T["static"];

export function registerDocumentMethods(api: PluginApi<unknown>, document: ApprovalsDocument, nodes: NodesService | undefined): void {
  api.registerMethod("exec.approvals.get", {
    scope: "operator.admin",
    params: NoParams,
    result: ApprovalsSnapshot,
    description: "The gateway host's approvals document: {path, exists, hash, file}.",
    handler: () => document.snapshot(),
  });

  api.registerMethod("exec.approvals.set", {
    scope: "operator.admin",
    params: SetParams,
    result: ApprovalsSnapshot,
    description: "Replaces the gateway host's approvals document; baseHash (from get) is required once the file exists.",
    handler: ({ file, baseHash }: P<typeof SetParams>) => document.replace(file as ApprovalsFile, baseHash),
  });

  const nodeOf = (ref: string) => {
    const node = nodes?.findConnected(ref);
    if (!node) throw invalidRequest("node not connected", { details: { code: "NOT_CONNECTED", nodeId: ref } });
    if (!node.commands.includes("system.execApprovals.get")) throw invalidRequest("node does not expose exec approvals (system.execApprovals.get/set)", { details: { nodeId: node.nodeId } });
    return node;
  };

  api.registerMethod("exec.approvals.node.get", {
    scope: "operator.admin",
    params: NodeGetParams,
    result: ApprovalsSnapshot,
    description: "A node's approvals document, relayed as system.execApprovals.get.",
    handler: async ({ nodeId }: P<typeof NodeGetParams>) => (await nodes!.invoke(nodeOf(nodeId).nodeId, "system.execApprovals.get", {})) as P<typeof ApprovalsSnapshot>,
  });

  api.registerMethod("exec.approvals.node.set", {
    scope: "operator.admin",
    params: NodeSetParams,
    result: ApprovalsSnapshot,
    description: "Replaces a node's approvals document, relayed as system.execApprovals.set {file, baseHash}.",
    handler: async ({ nodeId, file, baseHash }: P<typeof NodeSetParams>) =>
      (await nodes!.invoke(nodeOf(nodeId).nodeId, "system.execApprovals.set", { file, ...(baseHash !== undefined ? { baseHash } : {}) })) as P<typeof ApprovalsSnapshot>,
  });
}
