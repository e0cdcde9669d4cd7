import { GatewayCommand } from "../../base-command.js";
import { formatSnapshot, readSnapshot, resolveTarget, targetFlags } from "../../approvals-view.js";

export default class ApprovalsGet extends GatewayCommand {
  static summary = "Show an exec approvals document: this machine's (default), the gateway's (--gateway) or a node's (--node)";
  static examples = ["<%= config.bin %> approvals get", "<%= config.bin %> approvals get --gateway --json", "<%= config.bin %> approvals get --node build-box"];
  static flags = targetFlags;
  protected scopes = ["operator.admin"];

  async run(): Promise<void> {
    const { flags } = await this.parse(ApprovalsGet);
    const client = flags.gateway || flags.node ? await this.connect(flags) : undefined;
    try {
      const target = await resolveTarget(flags, client);
      const snap = await readSnapshot(target, client);
      if (flags.json) return this.printJson(snap);
      this.log(formatSnapshot(target, snap));
    } catch (err) {
      this.fail(err, flags, "approvals get failed");
    }
  }
}
