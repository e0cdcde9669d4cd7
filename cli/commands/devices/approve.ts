import { Args } from "@oclif/core";
import { GatewayCommand } from "../../base-command.js";

export default class DevicesApprove extends GatewayCommand {
  static summary = "Approve a device pairing request (the device then connects with its own token)";
  static examples = ["<%= config.bin %> devices approve 6f0c2d4e-…"];
  static args = { requestId: Args.string({ description: "request id (shown in the device's `pairing required` error and in `devices list`)", required: true }) };
  protected scopes = ["operator.pairing", "operator.admin"];

  async run(): Promise<void> {
    const { args, flags } = await this.parse(DevicesApprove);
    const client = await this.connect(flags);
    let result: { device: { deviceId: string; roles: string[]; scopes: string[] } };
    try {
      result = await client.request("device.pair.approve", { requestId: args.requestId });
    } catch (err) {
      this.fail(err, flags, "device.pair.approve failed");
    }
    if (flags.json) return this.printJson(result);
    const d = result.device;
    this.log(`Approved device ${d.deviceId} (roles ${d.roles.join(", ")}${d.scopes.length ? `; scopes ${d.scopes.join(", ")}` : ""}).`);
  }
}
