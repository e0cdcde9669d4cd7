import { Args } from "@oclif/core";
import { GatewayCommand } from "../../base-command.js";
import { GatewayRequestError } from "../../../core/client.js";

export default class NodesReject extends GatewayCommand {
  static summary = "Reject a node pairing request";
  static examples = ["<%= config.bin %> nodes reject 6f0c…"];
  static args = { requestId: Args.string({ description: "request id from `openclaw nodes pending`", required: true }) };
  protected scopes = ["operator.pairing"];

  async run(): Promise<void> {
    const { args, flags } = await this.parse(NodesReject);
    const client = await this.connect(flags);
    let result: unknown;
    try {
      result = await client.request("node.pair.reject", { requestId: args.requestId });
    } catch (err) {
      if (!(err instanceof GatewayRequestError && err.message === "unknown requestId")) this.fail(err, flags, "node.pair.reject failed");
      try {
        result = await client.request("device.pair.reject", { requestId: args.requestId });
      } catch (err2) {
        this.fail(err2, flags, "reject failed");
      }
    }
    if (flags.json) return this.printJson(result);
    this.log(`Rejected request ${args.requestId}.`);
  }
}
