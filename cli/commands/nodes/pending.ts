import { GatewayCommand } from "../../base-command.js";
import { ago, shortId, table } from "../../nodes-view.js";
import type { DevicePairListResult, NodePairListResult } from "../../../generated/protocol-types.js";

type NodePending = NodePairListResult["pending"][number];
type DevicePending = DevicePairListResult["pending"][number];

export default class NodesPending extends GatewayCommand {
  static summary = "Pairing requests waiting for approval: node requests and devices asking for the node role";
  static examples = ["<%= config.bin %> nodes pending", "<%= config.bin %> nodes approve <requestId>"];
  protected scopes = ["operator.pairing"];

  async run(): Promise<void> {
    const { flags } = await this.parse(NodesPending);
    const client = await this.connect(flags);
    let nodes: NodePending[];
    let devices: DevicePending[];
    try {
      nodes = (await client.request<NodePairListResult>("node.pair.list", {})).pending;
      devices = (await client.request<DevicePairListResult>("device.pair.list", {})).pending.filter((d) => d.roles.includes("node"));
    } catch (err) {
      this.fail(err, flags, "listing pairing requests failed");
    }
    const rows = [...nodes.map((p) => ({ kind: "node", id: p.nodeId, ...p })), ...devices.map((p) => ({ kind: "device", id: p.deviceId, ...p }))].sort((a, b) => b.ts - a.ts);
    if (flags.json) return this.printJson({ pending: rows });
    if (!rows.length) return this.log("No pending node pairing requests.");
    this.log(table(["REQUEST", "KIND", "NODE", "NAME", "PLATFORM", "IP", "ASKED"], rows.map((r) => [r.requestId, r.kind, shortId(r.id), r.displayName ?? "", r.platform ?? "", r.remoteIp ?? "", ago(r.ts)])));
    this.log("Approve with: openclaw nodes approve <request>");
  }
}
