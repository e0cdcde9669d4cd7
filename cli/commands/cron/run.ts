import { Args, Flags } from "@oclif/core";
import { GatewayCommand } from "../../base-command.js";

export default class CronRun extends GatewayCommand {
  static summary = "Run a job now (or only when due with --due)";
  static examples = ["<%= config.bin %> cron run <id>", "<%= config.bin %> cron run <id> --due"];
  static args = { id: Args.string({ description: "job id", required: true }) };
  static flags = { due: Flags.boolean({ description: "run only when the job is due" }) };
  protected scopes = ["operator.read", "operator.admin"];

  async run(): Promise<void> {
    const { args, flags } = await this.parse(CronRun);
    const client = await this.connect(flags);
    let result: { ok: boolean; enqueued?: boolean; runId?: string; ran?: boolean; reason?: string };
    try {
      result = await client.request("cron.run", { id: args.id, mode: flags.due ? "due" : "force" });
    } catch (err) {
      this.fail(err, flags, "cron.run failed");
    }
    this.printJson(result);
    if (!result.enqueued) this.exit(1);
  }
}
