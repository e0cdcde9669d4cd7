import { Flags } from "@oclif/core";
import { GatewayCommand } from "../../base-command.js";
import { renderChannelsStatus, type ChannelsStatus } from "../../channels-view.js";

export default class ChannelsStatusCommand extends GatewayCommand {
  static summary = "Each channel account: configured, linked, connected, mode, last error";
  static examples = ["<%= config.bin %> channels status", "<%= config.bin %> channels status --probe", "<%= config.bin %> channels status --json"];
  static flags = {
    probe: Flags.boolean({ description: "also check each account live (Telegram: getMe)" }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(ChannelsStatusCommand);
    const client = await this.connect(flags);
    let status: ChannelsStatus;
    try {
      status = await client.request<ChannelsStatus>("channels.status", { probe: flags.probe, timeoutMs: Math.min(flags.timeout, 60_000) });
    } catch (err) {
      this.fail(err, flags, "channels.status failed");
    }
    if (flags.json) return this.printJson(status);
    this.log(renderChannelsStatus(status));
  }
}
