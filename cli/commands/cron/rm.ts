import { Args } from "@oclif/core";
import { GatewayCommand } from "../../base-command.js";

export default class CronRm extends GatewayCommand {
  static summary = "Remove a job (its run history is kept)";
  static examples = ["<%= config.bin %> cron rm <id>"];
  static args = { id: Args.string({ description: "job id", required: true }) };
  protected scopes = ["operator.read", "operator.admin"];

  async run(): Promise<void> {
    const { args, flags } = await this.parse(CronRm);
    const client = await this.connect(flags);
    let result: { ok: boolean; removed: boolean };
    try {
      result = await client.request("cron.remove", { id: args.id });
    } catch (err) {
      this.fail(err, flags, "cron.remove failed");
    }
    this.printJson(result);
    if (!result.removed) this.exit(1);
  }
}
