import { GatewayCommand } from "../../base-command.js";

export default class CronStatus extends GatewayCommand {
  static summary = "Show the scheduler's status (JSON)";
  static examples = ["<%= config.bin %> cron status"];

  async run(): Promise<void> {
    const { flags } = await this.parse(CronStatus);
    const client = await this.connect(flags);
    try {
      this.printJson(await client.request("cron.status", {}));
    } catch (err) {
      this.fail(err, flags, "cron.status failed");
    }
  }
}
