/** Base of `config …` and `plugins enable|disable`: a gateway connection or the local file, closed at the end. */
import { GatewayCommand } from "./base-command.js";
import { ConfigEditError, openConfigTarget, type ConfigTarget } from "./config-edit.js";
import type { ConnectFlags } from "./probe.js";

export abstract class ConfigCommand extends GatewayCommand {
  private target?: ConfigTarget;

  protected async openTarget(flags: ConnectFlags & { json?: boolean }, scopes: string[]): Promise<ConfigTarget> {
    this.target = await this.guarded(flags, () => openConfigTarget(flags, scopes));
    if (this.target.via === "file") {
      this.logToStderr(`${this.target.reason}; using the config file ${this.target.configPath} directly`);
    }
    return this.target;
  }

  /** Runs `fn`, printing a ConfigEditError or gateway refusal as one line and exiting 1. */
  protected async guarded<T>(flags: { json?: boolean }, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (!(err instanceof ConfigEditError)) this.fail(err, flags);
      if (flags.json) this.log(JSON.stringify({ ok: false, error: { code: "INVALID_REQUEST", message: err.message } }, null, 2));
      else this.logToStderr(err.message);
      this.exit(1);
    }
  }

  async finally(err: Error | undefined): Promise<void> {
    await this.target?.client?.close();
    return super.finally(err);
  }
}
