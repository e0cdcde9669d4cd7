/** Base for commands that talk to a running gateway: --url, --token, --password, --timeout, --json. */
import { Command, Flags } from "@oclif/core";
import { GatewayClient } from "../core/client.js";
import { describeCommandError } from "./command-error.js";
import { resolveTarget } from "./target.js";
import { packageVersion } from "./version.js";

export abstract class GatewayCommand extends Command {
  static baseFlags = {
    url: Flags.string({ description: "gateway WebSocket URL (default: OPENCLAW_GATEWAY_URL or ws://127.0.0.1:<port>)" }),
    token: Flags.string({ description: "gateway token (default: OPENCLAW_GATEWAY_TOKEN, then local config)" }),
    password: Flags.string({ description: "gateway password (default: OPENCLAW_GATEWAY_PASSWORD)" }),
    timeout: Flags.integer({ description: "timeout in milliseconds", default: 10_000 }),
    json: Flags.boolean({ description: "print machine-readable JSON" }),
  };

  /** Scopes this command asks for. */
  protected scopes: string[] = ["operator.read"];
  protected clientDisplayName?: string;
  private client?: GatewayClient;

  protected async connect(flags: { url?: string; token?: string; password?: string; timeout: number }): Promise<GatewayClient> {
    const target = resolveTarget(flags);
    const client = new GatewayClient({
      url: target.url,
      token: target.token,
      password: target.password,
      scopes: this.scopes,
      client: { id: "cli", mode: "cli", version: packageVersion(), displayName: this.clientDisplayName },
      connectTimeoutMs: flags.timeout,
      requestTimeoutMs: flags.timeout,
    });
    this.client = client;
    try {
      await client.connect();
    } catch (err) {
      this.fail(err, flags as { json?: boolean }, `cannot connect to the gateway at ${target.url}`);
    }
    return client;
  }

  /** Prints the error (as JSON with --json) and exits 1. */
  protected fail(err: unknown, flags: { json?: boolean }, context?: string): never {
    const { error, text } = describeCommandError(err, context);
    if (flags.json) this.log(JSON.stringify({ ok: false, error }, null, 2));
    else this.logToStderr(text);
    this.exit(1);
  }

  protected printJson(value: unknown): void {
    this.log(JSON.stringify(value, null, 2));
  }

  async finally(err: Error | undefined): Promise<void> {
    await this.client?.close();
    return super.finally(err);
  }
}
