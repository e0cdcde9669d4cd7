import { Args, Flags } from "@oclif/core";
import { GatewayCommand } from "../../base-command.js";

export default class CronRuns extends GatewayCommand {
  static summary = "Show a job's run history (newest first, JSON)";
  static examples = ["<%= config.bin %> cron runs <id> --limit 20", "<%= config.bin %> cron runs --id <id> --status error"];
  static args = { id: Args.string({ description: "job id" }) };
  static flags = {
    id: Flags.string({ description: "job id (instead of the argument)" }),
    "run-id": Flags.string({ description: "only this run" }),
    status: Flags.string({ description: "filter by status", options: ["all", "ok", "error", "skipped"] }),
    query: Flags.string({ description: "filter by summary or error text" }),
    offset: Flags.integer({ description: "entries to skip", min: 0 }),
    sort: Flags.string({ description: "order by run time", options: ["asc", "desc"] }),
    limit: Flags.integer({ description: "max entries", default: 50, min: 1, max: 200 }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(CronRuns);
    if (args.id && flags.id && args.id !== flags.id) this.fail(new Error(`conflicting job ids "${args.id}" and --id "${flags.id}"`), flags, "cron runs");
    const id = args.id ?? flags.id;
    if (!id) this.fail(new Error("a job id is required (positional or --id)"), flags, "cron runs");
    const client = await this.connect(flags);
    try {
      this.printJson(await client.request("cron.runs", {
        id,
        limit: flags.limit,
        ...(flags["run-id"] ? { runId: flags["run-id"] } : {}),
        ...(flags.status ? { status: flags.status } : {}),
        ...(flags.query ? { query: flags.query } : {}),
        ...(flags.offset !== undefined ? { offset: flags.offset } : {}),
        ...(flags.sort ? { sortDir: flags.sort } : {}),
      }));
    } catch (err) {
      this.fail(err, flags, "cron.runs failed");
    }
  }
}
