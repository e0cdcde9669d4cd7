import { Args } from "@oclif/core";
import { GatewayCommand } from "../../base-command.js";
import { resolveDeviceId } from "../../nodes-view.js";

export default class DevicesRemove extends GatewayCommand {
  static summary = "Unpair a device: its tokens stop working and its connections are closed";
  static examples = ["<%= config.bin %> devices remove 3f2a9c1d0e7b"];
  static args = { device: Args.string({ description: "device id or a unique prefix (≥ 6 characters)", required: true }) };
  protected scopes = ["operator.pairing"];

  async run(): Promise<void> {
    const { args, flags } = await this.parse(DevicesRemove);
    const client = await this.connect(flags);
    let result: { deviceId: string; closedConnections: number };
    try {
      result = await client.request("device.pair.remove", { deviceId: await resolveDeviceId(client, args.device) });
    } catch (err) {
      this.fail(err, flags, "device.pair.remove failed");
    }
    if (flags.json) return this.printJson(result);
    this.log(`Removed device ${result.deviceId}${result.closedConnections ? ` (closed ${result.closedConnections} connection(s))` : ""}.`);
  }
}
