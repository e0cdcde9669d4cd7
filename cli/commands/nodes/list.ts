import { Flags } from "@oclif/core";
import { GatewayCommand } from "../../base-command.js";
import { table, shortId, type NodeRow } from "../../nodes-view.js";

export default class NodesList extends GatewayCommand {
  static summary = "List nodes: connected ones first, then paired nodes that are offline";
  static examples = ["<%= config.bin %> nodes list", "<%= config.bin %> nodes list --connected --json"];
  static flags = { connected: Flags.boolean({ description: "only connected nodes" }) };

  async run(): Promise<void> {
    const { flags } = await this.parse(NodesList);
    const client = await this.connect(flags);
    let nodes: NodeRow[];
    try {
      ({ nodes } = await client.request<{ nodes: NodeRow[] }>("node.list", {}));
    } catch (err) {
      this.fail(err, flags, "node.list failed");
    }
    if (flags.connected) nodes = nodes.filter((n) => n.connected);
    if (flags.json) return this.printJson({ nodes });
    if (!nodes.length) return this.log("No nodes. Start one with: openclaw node run");
    this.log(table(
      ["NODE", "NAME", "PLATFORM", "IP", "STATUS", "PAIRED", "COMMANDS"],
      nodes.map((n) => [shortId(n.nodeId), n.displayName ?? "", n.platform ?? "", n.remoteIp ?? "", n.connected ? "connected" : "offline", n.paired ? "yes" : "no", n.commands.join(",")]),
    ));
  }
}
