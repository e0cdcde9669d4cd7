import { GatewayCommand } from "../../base-command.js";
import { ago, shortId, table } from "../../nodes-view.js";

import type { DevicePairListResult } from "../../../generated/protocol-types.js";

export default class DevicesList extends GatewayCommand {
  static summary = "List pending device pairing requests and paired devices";
  static examples = ["<%= config.bin %> devices list", "<%= config.bin %> devices list --json"];
  protected scopes = ["operator.pairing"];

  async run(): Promise<void> {
    const { flags } = await this.parse(DevicesList);
    const client = await this.connect(flags);
    let data: DevicePairListResult;
    try {
      data = await client.request<DevicePairListResult>("device.pair.list", {});
    } catch (err) {
      this.fail(err, flags, "device.pair.list failed");
    }
    if (flags.json) return this.printJson(data);
    if (data.pending.length) {
      this.log("Pending:");
      this.log(table(["REQUEST", "DEVICE", "NAME", "CLIENT", "ROLES", "SCOPES", "IP", "REASON", "ASKED"],
        data.pending.map((p) => [p.requestId, shortId(p.deviceId), p.displayName ?? "", p.clientId ?? "", p.roles.join(","), p.scopes.join(","), p.remoteIp ?? "", p.reason, ago(p.ts)])));
      this.log("Approve with: openclaw devices approve <request>\n");
    } else this.log("No pending requests.\n");
    if (!data.paired.length) return this.log("No paired devices.");
    this.log("Paired:");
    this.log(table(["DEVICE", "NAME", "CLIENT", "PLATFORM", "ROLES", "SCOPES", "TOKENS", "APPROVED"],
      data.paired.map((d) => [shortId(d.deviceId), d.displayName ?? "", d.clientId ?? "", d.platform ?? "", d.roles.join(","), d.scopes.join(","),
        d.tokens.map((t) => `${t.role}${t.revokedAtMs ? " (revoked)" : ""}`).join(","), ago(d.approvedAtMs)])));
  }
}
