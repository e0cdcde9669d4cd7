import { Args, Flags } from "@oclif/core";
import { GatewayCommand } from "../../base-command.js";
import { DECISIONS, resolveApproval, type Decision } from "../../approvals-resolve.js";

export default class ApprovalsResolve extends GatewayCommand {
  static summary = "Resolve a pending exec approval: allow-once, allow-always or deny (upstream's form)";
  static examples = ["<%= config.bin %> approvals resolve 867ca0900cb218e0… allow-once", "<%= config.bin %> approvals resolve 867ca0900cb218e0… deny --reason \"not now\""];
  static args = {
    id: Args.string({ description: "approval id (from `openclaw approvals pending`)", required: true }),
    decision: Args.string({ description: "allow-once | allow-always | deny", required: true, options: [...DECISIONS] }),
  };
  static flags = { reason: Flags.string({ description: "why (kept in the approval history)" }) };
  protected scopes = ["operator.read", "operator.approvals"];

  async run(): Promise<void> {
    const { args, flags } = await this.parse(ApprovalsResolve);
    const client = await this.connect(flags);
    const decision = args.decision as Decision;
    try {
      const { line, applied } = await resolveApproval(client, args.id, decision, flags.reason);
      if (flags.json) return this.printJson({ ok: true, id: args.id, decision, applied });
      this.log(line);
    } catch (err) {
      this.fail(err, flags, "resolve failed");
    }
  }
}
