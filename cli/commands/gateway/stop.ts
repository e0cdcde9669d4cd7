import { controlService } from "../../service/actions.js";
import { ServiceCommand } from "../../service/command.js";

export default class GatewayStop extends ServiceCommand {
  static summary = "Stop the gateway service (it stays installed)";
  static examples = ["<%= config.bin %> gateway stop"];

  async run(): Promise<void> {
    const { flags } = await this.parse(GatewayStop);
    await this.runReport(flags.json, () => controlService(process.env, "stop"));
  }
}
