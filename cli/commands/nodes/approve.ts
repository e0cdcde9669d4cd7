import { Args } from "@oclif/core";
import { GatewayCommand } from "../../base-command.js";
import { GatewayRequestError } from "../../../core/client.js";

export default class NodesApprove extends GatewayCommand {
  static summary = "Approve a node pairing request (node.pair or a device asking for the node role)";
  static examples = ["<%= config.bin %> nodes approve 6f0c…"];
  static args = { requestId: Args.string({ description: "request id from `openclaw nodes pending`", required: true }) };
  protected scopes = ["operator.pairing", "operator.write", "operator.admin"];

  async run(): Promise<void> {
    const { args, flags } = await this.parse(NodesApprove);
    const client = await this.connect(flags);
    let result: { node?: { nodeId: string }; device?: { deviceId: string } };
    try {
      result = await client.request("node.pair.approve", { requestId: args.requestId });
    } catch (err) {
      if (!(err instanceof GatewayRequestError && err.message === "unknown requestId")) this.fail(err, flags, "node.pair.approve failed");
      try {
        result = await client.request("device.pair.approve", { requestId: args.requestId });
      } catch (err2) {
        this.fail(err2, flags, "approve failed");
      }
    }
    if (flags.json) return this.printJson(result);
    this.log(`Approved ${result.node ? `node ${result.node.nodeId}` : `device ${result.device?.deviceId}`} (request ${args.requestId}).`);
  }
}
