import { controlService } from "../../service/actions.js";
import { ServiceCommand } from "../../service/command.js";

export default class GatewayStart extends ServiceCommand {
  static summary = "Start the installed gateway service";
  static examples = ["<%= config.bin %> gateway start"];

  async run(): Promise<void> {
    const { flags } = await this.parse(GatewayStart);
    await this.runReport(flags.json, () => controlService(process.env, "start"));
  }
}
