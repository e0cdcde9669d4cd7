import { Args, Flags } from "@oclif/core";
import { GatewayCommand } from "../../base-command.js";

export default class PairingApprove extends GatewayCommand {
  static summary = "Approve a DM pairing code: the sender may talk to the assistant from now on";
  static examples = ["<%= config.bin %> pairing approve telegram H7KD3QWX", "<%= config.bin %> pairing approve whatsapp H7KD3QWX --no-notify"];
  static args = {
    channel: Args.string({ description: "channel the code came from (telegram, whatsapp)", required: true }),
    code: Args.string({ description: "the 8-character code the sender received", required: true }),
  };
  static flags = {
    notify: Flags.boolean({ description: "tell the sender they were approved", default: true, allowNo: true }),
  };
  protected scopes = ["operator.pairing"];

  async run(): Promise<void> {
    const { args, flags } = await this.parse(PairingApprove);
    const client = await this.connect(flags);
    let result: { channel: string; accountId: string; id: string; notified: boolean; meta: Record<string, string> };
    try {
      result = await client.request("channels.pairing.approve", { channel: args.channel, code: args.code, notify: flags.notify });
    } catch (err) {
      this.fail(err, flags, "approve failed");
    }
    if (flags.json) return this.printJson(result);
    const who = result.meta.name ? `${result.meta.name} (${result.id})` : result.id;
    this.log(`Approved ${who} on ${result.channel}/${result.accountId}${result.notified ? "; they were told" : ""}.`);
  }
}
