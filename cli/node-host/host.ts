/**
 * The headless node host behind `openclaw node run`: connects as role "node" with a persistent
 * Ed25519 identity, keeps the device token the gateway hands out, waits (retrying) while pairing
 * is pending, reconnects with backoff, and answers `node.invoke.request` events.
 */
import { hostname, platform } from "node:os";
import { join } from "node:path";
import { GatewayClient, GatewayRequestError } from "../../core/client.js";
import { loadOrCreateDeviceKeys } from "../../core/device-keys.js";
import { ensurePrivateDir } from "../../core/state.js";
import { CommandError, NODE_COMMANDS, runCommand } from "./commands.js";
import { readDeviceToken, saveDeviceToken } from "./device-auth.js";
import { APPROVALS_FILE_NAME, ApprovalsDocument } from "../../core/sdk/kit/exec-policy/approvals-document.js";

/** Invokes running at once; more are answered BUSY. */
const MAX_CONCURRENT_INVOKES = 8;
const MAX_BACKOFF_MS = 30_000;

export interface NodeHostOptions {
  url: string;
  token?: string;
  password?: string;
  displayName?: string;
  stateDir: string;
  allowlistFile: string;
  version: string;
  log(line: string): void;
}

interface InvokeRequest {
  id: string;
  nodeId: string;
  command: string;
  paramsJSON?: string | null;
}

const deviceFamily = () => ({ darwin: "Mac", linux: "Linux", win32: "Windows" })[platform() as string] ?? platform();

export class NodeHost {
  private client?: GatewayClient;
  private running = 0;
  private stopped = false;
  private retryTimer?: NodeJS.Timeout;
  private wake?: () => void;
  private readonly document: ApprovalsDocument;

  constructor(private readonly o: NodeHostOptions) {
    this.document = new ApprovalsDocument(join(o.stateDir, APPROVALS_FILE_NAME));
  }

  /** Connects (retrying until paired and reachable) and keeps serving until `stop()`. */
  async start(): Promise<void> {
    const identityDir = join(this.o.stateDir, "identity");
    ensurePrivateDir(identityDir);
    const keys = await loadOrCreateDeviceKeys(join(identityDir, "device.json"));
    const authFile = join(identityDir, "device-auth.json");
    const client = new GatewayClient({
      url: this.o.url,
      token: this.o.token,
      password: this.o.password,
      deviceToken: await readDeviceToken(authFile, keys.id, "node"),
      device: keys,
      role: "node",
      scopes: [],
      client: { id: "node-host", mode: "node", displayName: this.o.displayName ?? hostname(), version: this.o.version, platform: process.platform, deviceFamily: deviceFamily(), instanceId: keys.id },
      caps: ["system"],
      commands: [...NODE_COMMANDS],
      reconnect: true,
    });
    this.client = client;
    client.on("hello", (hello: { auth?: { deviceToken?: string; scopes?: string[] } }) => {
      this.o.log(`connected to ${this.o.url} as node ${keys.id.slice(0, 12)}… (${client.options.client?.displayName}); commands: ${NODE_COMMANDS.join(", ")}`);
      const token = hello.auth?.deviceToken;
      if (token && token !== client.options.deviceToken) {
        client.options.deviceToken = token;
        saveDeviceToken(authFile, keys.id, "node", token, hello.auth?.scopes ?? []).catch((err: Error) => this.o.log(`could not save the device token: ${err.message}`));
      }
    });
    client.on("close", (code: number, reason: string) => {
      if (!this.stopped) this.o.log(`disconnected (${code}${reason ? ` ${reason}` : ""}); reconnecting`);
    });
    client.on("reconnectFailed", (err: Error) => this.o.log(`reconnect failed: ${describe(err)}`));
    client.on("event:node.invoke.request", (payload: InvokeRequest) => void this.handleInvoke(payload));
    await this.firstConnect(client);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.wake?.();
    await this.client?.close();
  }

  /** GatewayClient reconnects only after a first success; until then (pairing pending, gateway down) retry here. */
  private async firstConnect(client: GatewayClient): Promise<void> {
    let delay = 1000;
    for (;;) {
      try {
        await client.connect();
        return;
      } catch (err) {
        if (this.stopped) return;
        this.o.log(`connect failed: ${describe(err)}; retrying in ${Math.round(delay / 1000)} s`);
      }
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        this.retryTimer = setTimeout(resolve, delay);
      });
      if (this.stopped) return;
      delay = Math.min(delay * 2, MAX_BACKOFF_MS);
    }
  }

  private async handleInvoke(req: InvokeRequest): Promise<void> {
    const client = this.client!;
    const reply = (result: { ok: true; payloadJSON: string } | { ok: false; error: { code: string; message: string } }) =>
      client.request("node.invoke.result", { id: req.id, nodeId: req.nodeId, ...result }).catch((err: Error) => this.o.log(`could not send the result of ${req.command}: ${err.message}`));
    if (this.running >= MAX_CONCURRENT_INVOKES) return void reply({ ok: false, error: { code: "BUSY", message: `node is running ${MAX_CONCURRENT_INVOKES} commands already` } });
    this.running += 1;
    try {
      let params: Record<string, unknown> = {};
      if (req.paramsJSON) {
        const parsed: unknown = JSON.parse(req.paramsJSON);
        if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) params = parsed as Record<string, unknown>;
      }
      const result = await runCommand(req.command, params, { allowlistFile: this.o.allowlistFile, document: this.document, log: this.o.log });
      await reply({ ok: true, payloadJSON: JSON.stringify(result) });
    } catch (err) {
      const code = err instanceof CommandError ? err.code : "COMMAND_FAILED";
      this.o.log(`${req.command} failed: ${code}: ${(err as Error).message}`);
      await reply({ ok: false, error: { code, message: (err as Error).message } });
    } finally {
      this.running -= 1;
    }
  }
}

function describe(err: unknown): string {
  if (err instanceof GatewayRequestError) return `${err.code}: ${err.message}`;
  return (err as Error).message;
}
