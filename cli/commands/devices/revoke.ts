import { Flags } from "@oclif/core";
import { GatewayCommand } from "../../base-command.js";
import { resolveDeviceId } from "../../nodes-view.js";

export default class DevicesRevoke extends GatewayCommand {
  static summary = "Revoke a device's token for a role and close the connections it authenticated";
  static examples = ["<%= config.bin %> devices revoke --device 3f2a9c1d0e7b --role node"];
  static flags = {
    device: Flags.string({ description: "device id or a unique prefix", required: true }),
    role: Flags.string({ description: "token role", options: ["operator", "node"], required: true }),
  };
  protected scopes = ["operator.pairing"];

  async run(): Promise<void> {
    const { flags } = await this.parse(DevicesRevoke);
    const client = await this.connect(flags);
    let result: { deviceId: string; role: string };
    try {
      result = await client.request("device.token.revoke", { deviceId: await resolveDeviceId(client, flags.device), role: flags.role });
    } catch (err) {
      this.fail(err, flags, "device.token.revoke failed");
    }
    if (flags.json) return this.printJson(result);
    this.log(`Revoked the ${result.role} token of ${result.deviceId}.`);
  }
}
