import { accessSync, constants, statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { Flags } from "@oclif/core";
import { installService } from "../../service/actions.js";
import { ServiceCommand } from "../../service/command.js";
import { ServiceError, type InstallOptions } from "../../service/spec.js";

/** An executable regular file, or a ServiceError naming the flag. */
function executable(flag: string, path: string): string {
  const full = isAbsolute(path) ? path : resolve(path);
  try {
    if (!statSync(full).isFile()) throw new Error("not a file");
    accessSync(full, constants.X_OK);
  } catch {
    throw new ServiceError(`${flag} ${path}: not an executable file (give the absolute path of one; chmod +x it if needed)`);
  }
  return full;
}

export default class GatewayInstall extends ServiceCommand {
  static summary = "Install the gateway as a user service (systemd user unit or launchd LaunchAgent)";
  static description =
    "Linux: ~/.config/systemd/user/openclaw-gateway[-<profile>].service (Restart=always, RestartSec=5, RestartPreventExitStatus=78), " +
    "managed with systemctl --user. macOS: ~/Library/LaunchAgents/bot.molt.gateway.plist (bot.molt.<profile>), managed with launchctl. " +
    "The service environment carries the state/config paths and port, never a secret (--token is stored in <stateDir>/gateway.token). " +
    "A no-op when the same service is installed.";
  static examples = [
    "<%= config.bin %> gateway install",
    "<%= config.bin %> --profile work gateway install",
    "<%= config.bin %> gateway install --port 19001 --allow-unconfigured --json",
    "<%= config.bin %> gateway install --wrapper ~/.local/bin/openclaw-doppler --force",
  ];
  static flags = {
    force: Flags.boolean({ description: "rewrite the service file (keeping the old one as .bak) and restart it" }),
    port: Flags.integer({ description: "port the service listens on (default: OPENCLAW_GATEWAY_PORT, gateway.port, 18789)", min: 1, max: 65535 }),
    token: Flags.string({ description: "gateway token for the service, stored in <stateDir>/gateway.token (0600), never in the service file" }),
    runtime: Flags.string({ description: "service runtime: node (the only one this gateway runs on)", default: "node" }),
    "runtime-path": Flags.string({ description: "absolute path of the Node executable the service runs (default: this Node)" }),
    wrapper: Flags.string({ description: "executable the service starts instead, with the gateway arguments (a secrets-manager shim); OPENCLAW_WRAPPER also sets it, empty clears it" }),
    "allow-unconfigured": Flags.boolean({ description: "the service runs the gateway even when gateway.mode is not local" }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(GatewayInstall);
    await this.runReport(flags.json, async () => {
      if (flags.runtime !== "node") {
        throw new ServiceError(`--runtime ${flags.runtime}: this gateway runs on Node only (use --runtime node, or --runtime-path for another Node executable)`);
      }
      const wrapper = flags.wrapper ?? (process.env.OPENCLAW_WRAPPER?.trim() || undefined);
      const options: InstallOptions = {
        ...(flags.port !== undefined ? { port: flags.port } : {}),
        ...(flags["runtime-path"] !== undefined ? { runtimePath: executable("--runtime-path", flags["runtime-path"]) } : {}),
        ...(wrapper ? { wrapper: executable("--wrapper", wrapper) } : {}),
        ...(flags["allow-unconfigured"] ? { allowUnconfigured: true } : {}),
      };
      return installService(process.env, this.packageRoot, flags.force, options, flags.token);
    });
  }
}
