import { GatewayCommand } from "../../base-command.js";
import { formatPending } from "../../approvals-view.js";
import type { ExecApprovalListResult } from "../../../generated/protocol-types.js";

export default class ApprovalsPending extends GatewayCommand {
  static summary = "List exec approvals waiting for an answer on the gateway";
  static examples = ["<%= config.bin %> approvals pending", "<%= config.bin %> approvals pending --json"];
  protected scopes = ["operator.read", "operator.approvals"];

  async run(): Promise<void> {
    const { flags } = await this.parse(ApprovalsPending);
    const client = await this.connect(flags);
    let list: ExecApprovalListResult;
    try {
      list = await client.request<ExecApprovalListResult>("exec.approval.list", {});
    } catch (err) {
      this.fail(err, flags, "exec.approval.list failed");
    }
    // upstream's normalized JSON fields (kind, agentId, sessionKey, summary) plus our full request.
    if (flags.json) {
      return this.printJson({
        approvals: list.map((p) => ({ id: p.id, kind: "exec", agentId: p.request.agentId, sessionKey: p.request.sessionKey, createdAtMs: p.createdAtMs, expiresAtMs: p.expiresAtMs, summary: p.request.command, request: p.request })),
      });
    }
    this.log(formatPending(list));
  }
}
