import { Flags } from "@oclif/core";
import { GatewayCommand } from "../../base-command.js";
import { resolveNodeId } from "../../nodes-view.js";

export default class NodesDescribe extends GatewayCommand {
  static summary = "Show one node: platform, address, capabilities, allowed commands, pairing";
  static examples = ["<%= config.bin %> nodes describe --node build-box", "<%= config.bin %> nodes describe --node 3f2a9c1d0e7b --json"];
  static flags = { node: Flags.string({ description: "node id, id prefix, display name or IP", required: true }) };

  async run(): Promise<void> {
    const { flags } = await this.parse(NodesDescribe);
    const client = await this.connect(flags);
    let row: Record<string, unknown>;
    try {
      row = await client.request<Record<string, unknown>>("node.describe", { nodeId: await resolveNodeId(client, flags.node) });
    } catch (err) {
      this.fail(err, flags, "node.describe failed");
    }
    if (flags.json) return this.printJson(row);
    for (const [k, v] of Object.entries(row)) {
      if (v === undefined || k === "ts") continue;
      this.log(`${k.padEnd(16)} ${Array.isArray(v) ? v.join(", ") : typeof v === "object" ? JSON.stringify(v) : String(v)}`);
    }
  }
}
