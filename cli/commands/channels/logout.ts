import { Flags } from "@oclif/core";
import { GatewayCommand } from "../../base-command.js";

export default class ChannelsLogout extends GatewayCommand {
  static summary = "Log a channel account out (WhatsApp: unlink the device and delete its auth state)";
  static examples = ["<%= config.bin %> channels logout --channel whatsapp", "<%= config.bin %> channels logout --channel whatsapp --account work"];
  static flags = {
    channel: Flags.string({ description: "channel id (default: the only channel with a logout)" }),
    account: Flags.string({ description: "account id (default: the channel's default account)" }),
  };
  protected scopes = ["operator.admin"];

  async run(): Promise<void> {
    const { flags } = await this.parse(ChannelsLogout);
    const client = await this.connect(flags);
    let result: { channel: string; accountId: string; cleared: boolean };
    try {
      result = await client.request("channels.logout", { ...(flags.channel ? { channel: flags.channel } : {}), ...(flags.account ? { accountId: flags.account } : {}) });
    } catch (err) {
      this.fail(err, flags, "logout failed");
    }
    if (flags.json) return this.printJson(result);
    this.log(result.cleared ? `Logged out ${result.channel}/${result.accountId}; run \`openclaw channels login\` to link it again.` : `${result.channel}/${result.accountId} had nothing to clear.`);
  }
}
