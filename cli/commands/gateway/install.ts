import { Flags } from "@oclif/core";
import { installService } from "../../service/actions.js";
import { ServiceCommand } from "../../service/command.js";

export default class GatewayInstall extends ServiceCommand {
  static summary = "Install the gateway as a user service (systemd user unit or launchd LaunchAgent)";
  static description =
    "Linux: ~/.config/systemd/user/openclaw-gateway[-<profile>].service (Restart=always, RestartSec=5, RestartPreventExitStatus=78), " +
    "managed with systemctl --user. macOS: ~/Library/LaunchAgents/bot.molt.gateway.plist (bot.molt.<profile>), managed with launchctl. " +
    "The service environment carries the state/config paths and port, never a secret. A no-op when the same service is installed.";
  static examples = ["<%= config.bin %> gateway install", "<%= config.bin %> --profile work gateway install", "<%= config.bin %> gateway install --force"];
  static flags = {
    force: Flags.boolean({ description: "rewrite the service file (keeping the old one as .bak) and restart it" }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(GatewayInstall);
    await this.runReport(flags.json, () => installService(process.env, this.packageRoot, flags.force));
  }
}
