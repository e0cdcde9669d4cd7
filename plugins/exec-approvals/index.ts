/**
 * exec-approvals: the agent's `exec` tool, the gateway host's approvals document, pending approvals with
 * upstream's methods and events, and the gate that checks approved `system.run` requests to nodes.
 */
import { join } from "node:path";
import { definePlugin, type PluginApi } from "../../core/sdk/plugin.js";
import type { AgentService } from "../agent/contract.js";
import type { NodesService } from "../nodes/contract.js";
import { APPROVALS_FILE_NAME, ApprovalsDocument } from "../../core/sdk/plugin.js";
import { ApprovalRegistry } from "./approval-registry.js";
import { approveCommand } from "./approve-command.js";
import { DEFAULT_APPROVAL_TIMEOUT_SECONDS, DEFAULT_EXEC_TIMEOUT_SECONDS, ExecConfigSchema } from "./config.js";
import { registerDocumentMethods } from "./document-methods.js";
import { createExecTool, hashJson } from "./exec-tool.js";
import { EXEC_LIMITS } from "./run-process.js";
import { HistoryLog } from "./history-log.js";
import { pendingEntry, registerApprovalMethods } from "./methods.js";
import { DEFAULT_MODE, MODE_POLICY } from "../../core/sdk/plugin.js";
import { RequestedEvent, ResolvedEvent } from "./schemas.js";

export default definePlugin({
  name: "exec-approvals",
  description: "The agent's exec tool, host approvals documents and operator approval of commands",
  configPaths: ["tools.exec"],
  configSchema: ExecConfigSchema,
  requires: ["agent", "nodes"],
  async setup(api) {
    const cfg = api.config.tools?.exec ?? {};
    const document = new ApprovalsDocument(join(api.stateDir, APPROVALS_FILE_NAME));
    const history = new HistoryLog(api.stateDir);
    history.load();
    const nodes = api.use<NodesService>("nodes");
    const agent = api.use<AgentService>("agent");
    const approvalTimeoutMs = (cfg.approvalTimeoutSeconds ?? DEFAULT_APPROVAL_TIMEOUT_SECONDS) * 1000;

    api.declareEvent("exec.approval.requested", { scope: "operator.approvals", payload: RequestedEvent });
    api.declareEvent("exec.approval.resolved", { scope: "operator.approvals", payload: ResolvedEvent });
    const registry = new ApprovalRegistry({
      requested: (r) => void api.emit("exec.approval.requested", pendingEntry(r)),
      resolved: (r) => {
        api.emit("exec.approval.resolved", { id: r.id, decision: r.decision, resolvedBy: r.resolvedBy, ts: r.resolvedAtMs ?? Date.now() });
        history.add(registry.toHistory(r)).catch((err: Error) => api.log.warn(`could not write the approval history: ${err.message}`));
      },
    });

    registerApprovalMethods({ api: api as PluginApi<unknown>, registry, history, approvalTimeoutMs });
    registerDocumentMethods(api as PluginApi<unknown>, document, nodes);

    nodes.setSystemRunGate(({ runId, nodeId, params, caller }) => {
      const argv = Array.isArray(params.command) && params.command.every((a) => typeof a === "string") ? (params.command as string[]) : null;
      const record = registry.consume(runId, {
        requester: { connId: caller.connId, deviceId: caller.deviceId },
        nodeId,
        argv,
        cwd: typeof params.cwd === "string" ? params.cwd : null,
        planHash: params.systemRunPlan === undefined ? null : hashJson(params.systemRunPlan),
      });
      return { approvalDecision: record.decision as string };
    }, api.signal);

    agent.tools.register(
      createExecTool({
        document, registry, nodes,
        requested: MODE_POLICY[cfg.mode ?? DEFAULT_MODE],
        defaultHost: cfg.host === "node" ? "node" : "gateway",
        defaultNode: cfg.node,
        timeoutMs: Math.min((cfg.timeoutSeconds || (cfg.timeoutSeconds === 0 ? EXEC_LIMITS.maxTimeoutMs / 1000 : DEFAULT_EXEC_TIMEOUT_SECONDS)) * 1000, EXEC_LIMITS.maxTimeoutMs),
        approvalTimeoutMs,
        log: (line) => api.log.info(line),
      }),
      { signal: api.signal },
    );
    agent.commands.register(approveCommand(registry), { signal: api.signal });
    api.registerStatus(() => ({ execApprovals: { pending: registry.pending().length, mode: cfg.mode ?? DEFAULT_MODE } }));

    return async () => {
      registry.dispose();
      await history.flush();
    };
  },
});
