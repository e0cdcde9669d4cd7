import { Args } from "@oclif/core";
import { GatewayCommand } from "../../base-command.js";

export default class DevicesReject extends GatewayCommand {
  static summary = "Reject a device pairing request";
  static examples = ["<%= config.bin %> devices reject 6f0c2d4e-…"];
  static args = { requestId: Args.string({ description: "request id from `openclaw devices list`", required: true }) };
  protected scopes = ["operator.pairing"];

  async run(): Promise<void> {
    const { args, flags } = await this.parse(DevicesReject);
    const client = await this.connect(flags);
    let result: { deviceId: string };
    try {
      result = await client.request("device.pair.reject", { requestId: args.requestId });
    } catch (err) {
      this.fail(err, flags, "device.pair.reject failed");
    }
    if (flags.json) return this.printJson(result);
    this.log(`Rejected the request of device ${result.deviceId}.`);
  }
}
