import { uninstallService } from "../../service/actions.js";
import { ServiceCommand } from "../../service/command.js";

export default class GatewayUninstall extends ServiceCommand {
  static summary = "Stop, disable and remove the gateway service";
  static examples = ["<%= config.bin %> gateway uninstall"];

  async run(): Promise<void> {
    const { flags } = await this.parse(GatewayUninstall);
    await this.runReport(flags.json, () => uninstallService(process.env));
  }
}
