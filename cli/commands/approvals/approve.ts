import { Args, Flags } from "@oclif/core";
import { GatewayCommand } from "../../base-command.js";
import { resolveApproval } from "../../approvals-resolve.js";

export default class ApprovalsApprove extends GatewayCommand {
  static summary = "Approve a pending exec approval once (or always, with --always)";
  static description = "--always records the exact command (argv, working directory, executable) in the executing host's allowlist, so the same command runs without asking next time.";
  static examples = ["<%= config.bin %> approvals approve 867ca0900cb218e0…", "<%= config.bin %> approvals approve 867ca0900cb218e0… --always"];
  static args = { id: Args.string({ description: "approval id (from `openclaw approvals pending`)", required: true }) };
  static flags = { always: Flags.boolean({ description: "allow-always instead of allow-once" }) };
  protected scopes = ["operator.read", "operator.approvals"];

  async run(): Promise<void> {
    const { args, flags } = await this.parse(ApprovalsApprove);
    const client = await this.connect(flags);
    const decision = flags.always ? "allow-always" : "allow-once";
    try {
      const { line, applied } = await resolveApproval(client, args.id, decision);
      if (flags.json) return this.printJson({ ok: true, id: args.id, decision, applied });
      this.log(line);
    } catch (err) {
      this.fail(err, flags, "approve failed");
    }
  }
}
