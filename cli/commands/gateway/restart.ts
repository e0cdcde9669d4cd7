import { controlService } from "../../service/actions.js";
import { ServiceCommand } from "../../service/command.js";

export default class GatewayRestart extends ServiceCommand {
  static summary = "Restart the gateway service";
  static examples = ["<%= config.bin %> gateway restart"];

  async run(): Promise<void> {
    const { flags } = await this.parse(GatewayRestart);
    await this.runReport(flags.json, () => controlService(process.env, "restart"));
  }
}
