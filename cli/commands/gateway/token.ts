import { Command } from "@oclif/core";
import { resolveStateDir } from "../../../core/config/paths.js";
import { readStoredToken, tokenFile } from "../../run/auth-settings.js";

export default class GatewayToken extends Command {
  static summary = "Print the token the gateway generated for this state dir";
  static description = "Reads <stateDir>/gateway.token locally (a token set in config or OPENCLAW_GATEWAY_TOKEN is not stored there).";

  async run(): Promise<void> {
    const stateDir = resolveStateDir();
    const token = readStoredToken(stateDir);
    if (!token) this.error(`no generated token at ${tokenFile(stateDir)} (the gateway generates one on its first start when no token is configured)`, { exit: 1 });
    this.log(token);
  }
}
