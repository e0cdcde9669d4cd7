/**
 * GatewayClient: the protocol client used by the CLI, tests, benchmarks and the node host — the
 * shared ProtocolClient (challenge, signed connect, requests with two-phase replies, seq gaps, tick
 * watchdog, reconnect) on Node's seams (`ws`, node:crypto).
 */
import { EventEmitter } from "node:events";
import type WebSocket from "ws";
import type { DeviceKeys } from "./device-keys.js";
import type { ClientInfo } from "./protocol/connect-params.js";
import type { HelloOk } from "./protocol/hello.js";
import { GatewayRequestError, ProtocolClient, type ConnectIdentity, type EventFrameIn } from "./protocol-client/protocol-client.js";
import { nodeDeviceSigner, nodeSocketFactory, type NodeClientSocket } from "./protocol-client/node-transport.js";

export interface GatewayClientOptions {
  url: string;
  token?: string;
  password?: string;
  deviceToken?: string;
  device?: DeviceKeys;
  client?: Partial<ClientInfo>;
  role?: "operator" | "node";
  scopes?: string[];
  minProtocol?: number;
  maxProtocol?: number;
  caps?: string[];
  commands?: string[];
  permissions?: Record<string, boolean>;
  /** Reconnect with backoff (1 s doubling to 30 s) after an unexpected close. */
  reconnect?: boolean;
  connectTimeoutMs?: number;
  requestTimeoutMs?: number;
  /** Extra headers on the upgrade request (e.g. Origin in tests). */
  headers?: Record<string, string>;
}

export { GatewayRequestError, type EventFrameIn };

/**
 * The Node face of the protocol client (protocol-client/): an EventEmitter emitting `hello`,
 * `event` and `event:<name>`, `gap`, `accepted`, `close`, `socketError`, `reconnecting` and
 * `reconnectFailed`. With `reconnect`, a connection that was up once reconnects with backoff.
 */
export class GatewayClient extends EventEmitter {
  private readonly core: ProtocolClient<HelloOk>;

  constructor(readonly options: GatewayClientOptions) {
    super();
    this.core = new ProtocolClient<HelloOk>({
      url: () => options.url,
      socket: nodeSocketFactory({ headers: options.headers }),
      identity: () => this.identity(),
      handshakeTimeoutMs: options.connectTimeoutMs ?? 10_000,
      requestTimeoutMs: options.requestTimeoutMs,
      reconnectDelay: options.reconnect ? (info) => (info.everConnected ? info.nextBackoffMs() : null) : undefined,
      listener: {
        hello: (hello) => this.emit("hello", hello),
        event: (event) => {
          this.emit("event", event);
          this.emit(`event:${event.event}`, event.payload, event);
        },
        gap: (expected, received) => this.emit("gap", { expected, received }),
        accepted: (id, payload) => this.emit("accepted", id, payload),
        close: (code, reason) => this.emit("close", code, reason),
        socketError: (err) => this.emit("socketError", err),
        reconnecting: (delay) => this.emit("reconnecting", delay),
        reconnectFailed: (err) => this.emit("reconnectFailed", err),
      },
    });
  }

  get hello(): HelloOk | null {
    return this.core.hello;
  }

  get connected(): boolean {
    return this.core.connected;
  }

  /** Opens the socket and completes the handshake; resolves with hello-ok. */
  connect(): Promise<HelloOk> {
    return this.core.connect();
  }

  /** Sends a request and resolves with its payload (for two-phase methods, the final one when `expectFinal`). */
  request<T = unknown>(method: string, params?: unknown, options: { expectFinal?: boolean; timeoutMs?: number } = {}): Promise<T> {
    return this.core.request<T>(method, params, options);
  }

  /** Sends any text on the socket (tests use it for malformed frames). */
  sendRaw(data: string | Buffer): void {
    this.socket?.send(data);
  }

  get socket(): WebSocket | null {
    return (this.core.socket as NodeClientSocket | null)?.ws ?? null;
  }

  close(code = 1000, reason = ""): Promise<void> {
    return this.core.close(code, reason);
  }

  private identity(): ConnectIdentity {
    const o = this.options;
    const client = { id: "cli", version: "0.1.0", platform: process.platform, mode: "cli", ...o.client } as ClientInfo;
    const role = o.role ?? "operator";
    const extra: Record<string, unknown> = {};
    if (o.commands) extra.commands = o.commands;
    if (o.permissions) extra.permissions = o.permissions;
    return {
      client,
      role,
      scopes: o.scopes ?? (role === "operator" ? ["operator.admin"] : []),
      minProtocol: o.minProtocol ?? 3,
      maxProtocol: o.maxProtocol ?? 4,
      caps: o.caps ?? [],
      auth: { token: o.token, password: o.password, deviceToken: o.deviceToken },
      device: o.device ? nodeDeviceSigner(o.device) : null,
      extra,
    };
  }
}
