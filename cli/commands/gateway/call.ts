import { Args, Flags } from "@oclif/core";
import { GatewayCommand } from "../../base-command.js";

export default class GatewayCall extends GatewayCommand {
  static summary = "Call any gateway method and print its payload";
  static examples = ["<%= config.bin %> gateway call health --json", `<%= config.bin %> gateway call status --params '{}'`];
  static args = { method: Args.string({ description: "method name, e.g. health", required: true }) };
  static flags = {
    params: Flags.string({ description: "params as a JSON object", default: "{}" }),
    "expect-final": Flags.boolean({ description: "wait for the final reply of a two-phase method (agent)" }),
    scopes: Flags.string({ description: "comma-separated scopes to request", default: "operator.admin" }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(GatewayCall);
    let params: unknown;
    try {
      params = JSON.parse(flags.params);
    } catch (err) {
      this.fail(new Error(`--params is not valid JSON: ${(err as Error).message}`), flags);
    }
    this.scopes = flags.scopes.split(",").map((s) => s.trim()).filter(Boolean);
    const client = await this.connect(flags);
    try {
      const payload = await client.request(args.method, params, { expectFinal: flags["expect-final"], timeoutMs: flags.timeout });
      this.printJson(payload);
    } catch (err) {
      this.fail(err, flags, `${args.method} failed`);
    }
  }
}
