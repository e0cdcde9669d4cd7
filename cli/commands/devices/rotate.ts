import { Flags } from "@oclif/core";
import { GatewayCommand } from "../../base-command.js";
import { resolveDeviceId } from "../../nodes-view.js";

export default class DevicesRotate extends GatewayCommand {
  static summary = "Issue a new token for a device's role (the old one stops working); prints the new token";
  static examples = ["<%= config.bin %> devices rotate --device 3f2a9c1d0e7b --role operator --scope operator.read"];
  static flags = {
    device: Flags.string({ description: "device id or a unique prefix", required: true }),
    role: Flags.string({ description: "token role", options: ["operator", "node"], required: true }),
    scope: Flags.string({ description: "scope for the new token (repeatable; default: the old token's scopes)", multiple: true }),
  };
  protected scopes = ["operator.pairing", "operator.admin"];

  async run(): Promise<void> {
    const { flags } = await this.parse(DevicesRotate);
    const client = await this.connect(flags);
    let result: { deviceId: string; role: string; token: string; scopes: string[] };
    try {
      const deviceId = await resolveDeviceId(client, flags.device);
      result = await client.request("device.token.rotate", { deviceId, role: flags.role, ...(flags.scope ? { scopes: flags.scope } : {}) });
    } catch (err) {
      this.fail(err, flags, "device.token.rotate failed");
    }
    if (flags.json) return this.printJson(result);
    this.log(`New ${result.role} token for ${result.deviceId} (scopes: ${result.scopes.join(", ") || "none"}):`);
    this.log(`  ${result.token}`);
  }
}
