import { Flags } from "@oclif/core";
import { GatewayCommand } from "../../base-command.js";
import { resolveNodeId } from "../../nodes-view.js";

export default class NodesRename extends GatewayCommand {
  static summary = "Give a node a display name";
  static examples = ["<%= config.bin %> nodes rename --node 3f2a9c1d0e7b --name build-box"];
  static flags = {
    node: Flags.string({ description: "node id, id prefix, display name or IP", required: true }),
    name: Flags.string({ description: "the new display name", required: true }),
  };
  protected scopes = ["operator.read", "operator.pairing"];

  async run(): Promise<void> {
    const { flags } = await this.parse(NodesRename);
    const client = await this.connect(flags);
    let result: { nodeId: string; displayName: string };
    try {
      result = await client.request("node.rename", { nodeId: await resolveNodeId(client, flags.node), displayName: flags.name });
    } catch (err) {
      this.fail(err, flags, "node.rename failed");
    }
    if (flags.json) return this.printJson(result);
    this.log(`Renamed ${result.nodeId} to ${result.displayName}.`);
  }
}
