import { Args, Flags } from "@oclif/core";
import { GatewayCommand } from "../../base-command.js";
import { resolveApproval } from "../../approvals-resolve.js";

export default class ApprovalsDeny extends GatewayCommand {
  static summary = "Deny a pending exec approval";
  static examples = ["<%= config.bin %> approvals deny 867ca0900cb218e0… --reason \"not during the freeze\""];
  static args = { id: Args.string({ description: "approval id (from `openclaw approvals pending`)", required: true }) };
  static flags = { reason: Flags.string({ description: "why (kept in the approval history)" }) };
  protected scopes = ["operator.read", "operator.approvals"];

  async run(): Promise<void> {
    const { args, flags } = await this.parse(ApprovalsDeny);
    const client = await this.connect(flags);
    try {
      const { line, applied } = await resolveApproval(client, args.id, "deny", flags.reason);
      if (flags.json) return this.printJson({ ok: true, id: args.id, decision: "deny", applied });
      this.log(line);
    } catch (err) {
      this.fail(err, flags, "deny failed");
    }
  }
}
