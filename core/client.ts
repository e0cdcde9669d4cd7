/**
 * GatewayClient: the protocol client used by the CLI, tests, benchmarks and the node host.
 * Handles the challenge, connect (optionally with a signed device), requests (including two-phase
 * replies), events with seq-gap detection, the tick watchdog, and reconnects with backoff.
 */
import { EventEmitter } from "node:events";
import WebSocket from "ws";
import { signDeviceProof, type DeviceKeys } from "./device-keys.js";
import type { ClientInfo, ConnectParams } from "./protocol/connect-params.js";
import type { ErrorShape } from "./protocol/frames.js";
import type { HelloOk } from "./protocol/hello.js";

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

export interface EventFrameIn {
  type: "event";
  event: string;
  payload?: unknown;
  seq?: number;
  stateVersion?: { presence: number; health: number };
}

/** A request the gateway answered with `ok:false`. */
export class GatewayRequestError extends Error {
  readonly code: string;
  readonly details?: unknown;
  readonly retryable?: boolean;
  readonly retryAfterMs?: number;
  readonly payload?: unknown;

  constructor(error: ErrorShape, payload?: unknown) {
    super(error.message);
    this.name = "GatewayRequestError";
    this.code = error.code;
    this.details = error.details;
    this.retryable = error.retryable;
    this.retryAfterMs = error.retryAfterMs;
    this.payload = payload;
  }
}

interface Pending {
  resolve(payload: unknown): void;
  reject(err: Error): void;
  expectFinal: boolean;
  timer: NodeJS.Timeout;
}

export class GatewayClient extends EventEmitter {
  hello: HelloOk | null = null;
  private ws: WebSocket | null = null;
  private readonly pending = new Map<string, Pending>();
  private nextId = 0;
  private lastSeq: number | null = null;
  private closedByUser = false;
  private everConnected = false;
  private backoffMs = 1000;
  private tickTimer?: NodeJS.Timeout;
  private reconnectTimer?: NodeJS.Timeout;

  constructor(readonly options: GatewayClientOptions) {
    super();
  }

  get connected(): boolean {
    return this.hello !== null && this.ws?.readyState === WebSocket.OPEN;
  }

  /** Opens the socket and completes the handshake; resolves with hello-ok. */
  connect(): Promise<HelloOk> {
    this.closedByUser = false;
    return new Promise<HelloOk>((resolve, reject) => {
      const ws = new WebSocket(this.options.url, { headers: this.options.headers, perMessageDeflate: false, maxPayload: 64 * 1024 * 1024 });
      this.ws = ws;
      let settled = false;
      const finish = (err: Error | null, hello?: HelloOk) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (err) {
          ws.terminate();
          reject(err);
        } else resolve(hello as HelloOk);
      };
      const timer = setTimeout(() => finish(new Error(`no hello-ok from ${this.options.url} within ${this.options.connectTimeoutMs ?? 10_000} ms`)), this.options.connectTimeoutMs ?? 10_000);
      ws.on("error", (err) => {
        if (!settled) finish(err);
        else this.emit("socketError", err);
      });
      ws.on("close", (code, reason) => {
        const text = reason.toString();
        if (!settled) finish(Object.assign(new Error(`connection closed before hello-ok (${code}${text ? ` ${text}` : ""})`), { closeCode: code }));
        this.onClosed(code, text);
      });
      ws.on("message", (data) => {
        let frame: { type?: string; id?: string; event?: string; ok?: boolean; payload?: unknown; error?: ErrorShape; seq?: number };
        try {
          frame = JSON.parse(data.toString());
        } catch {
          return;
        }
        if (!this.hello && frame.type === "event" && frame.event === "connect.challenge") {
          const { nonce, ts } = (frame.payload ?? {}) as { nonce?: string; ts?: number };
          if (!nonce) return finish(new Error("gateway sent connect.challenge without a nonce"));
          ws.send(JSON.stringify({ type: "req", id: "connect", method: "connect", params: this.connectParams(nonce, ts ?? Date.now()) }));
          return;
        }
        if (!this.hello && frame.type === "res" && frame.id === "connect") {
          if (!frame.ok) return finish(new GatewayRequestError(frame.error ?? { code: "UNAVAILABLE", message: "connect refused" }));
          this.hello = frame.payload as HelloOk;
          this.everConnected = true;
          this.backoffMs = 1000;
          this.lastSeq = null;
          this.armTickWatchdog();
          this.emit("hello", this.hello);
          return finish(null, this.hello);
        }
        this.onFrame(frame);
      });
    });
  }

  /** Sends a request and resolves with its payload (for two-phase methods, the final one when `expectFinal`). */
  request<T = unknown>(method: string, params?: unknown, options: { expectFinal?: boolean; timeoutMs?: number } = {}): Promise<T> {
    const ws = this.ws;
    if (!ws || ws.readyState !== WebSocket.OPEN || !this.hello) return Promise.reject(new Error("not connected to the gateway"));
    const id = String(++this.nextId);
    return new Promise<T>((resolve, reject) => {
      const timeoutMs = options.timeoutMs ?? this.options.requestTimeoutMs ?? 30_000;
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { resolve: resolve as (p: unknown) => void, reject, expectFinal: options.expectFinal ?? false, timer });
      ws.send(JSON.stringify(params === undefined ? { type: "req", id, method } : { type: "req", id, method, params }));
    });
  }

  /** Sends any text on the socket (tests use it for malformed frames). */
  sendRaw(data: string | Buffer): void {
    this.ws?.send(data);
  }

  get socket(): WebSocket | null {
    return this.ws;
  }

  close(code = 1000, reason = ""): Promise<void> {
    this.closedByUser = true;
    clearTimeout(this.reconnectTimer);
    const ws = this.ws;
    if (!ws || ws.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      ws.once("close", () => resolve());
      ws.close(code, reason);
      setTimeout(() => {
        ws.terminate();
        resolve();
      }, 2000).unref();
    });
  }

  private connectParams(nonce: string, ts: number): ConnectParams {
    const o = this.options;
    const client: ClientInfo = {
      id: "cli",
      version: "0.1.0",
      platform: process.platform,
      mode: "cli",
      ...o.client,
    } as ClientInfo;
    const role = o.role ?? "operator";
    const scopes = o.scopes ?? (role === "operator" ? ["operator.admin"] : []);
    const params: ConnectParams = {
      minProtocol: o.minProtocol ?? 3,
      maxProtocol: o.maxProtocol ?? 4,
      client,
      role,
      scopes,
      caps: o.caps ?? [],
    };
    if (o.commands) params.commands = o.commands;
    if (o.permissions) params.permissions = o.permissions;
    const auth: Record<string, string> = {};
    if (o.token) auth.token = o.token;
    if (o.password) auth.password = o.password;
    if (o.deviceToken) auth.deviceToken = o.deviceToken;
    if (Object.keys(auth).length) params.auth = auth;
    if (o.device) {
      params.device = signDeviceProof(o.device, {
        nonce, signedAt: ts, clientId: client.id, clientMode: client.mode, role, scopes,
        platform: client.platform, deviceFamily: client.deviceFamily, token: o.token ?? o.deviceToken ?? "",
      });
    }
    return params;
  }

  private onFrame(frame: { type?: string; id?: string; ok?: boolean; payload?: unknown; error?: ErrorShape; seq?: number; event?: string }): void {
    if (frame.type === "res" && frame.id !== undefined) {
      const p = this.pending.get(frame.id);
      if (!p) return;
      if (p.expectFinal && frame.ok && (frame.payload as { status?: string } | undefined)?.status === "accepted") {
        this.emit("accepted", frame.id, frame.payload);
        return;
      }
      this.pending.delete(frame.id);
      clearTimeout(p.timer);
      if (frame.ok) p.resolve(frame.payload);
      else p.reject(new GatewayRequestError(frame.error ?? { code: "UNAVAILABLE", message: "request failed" }, frame.payload));
      return;
    }
    if (frame.type === "event") {
      const event = frame as EventFrameIn;
      if (event.event === "tick") this.armTickWatchdog();
      if (typeof event.seq === "number") {
        if (this.lastSeq !== null && event.seq > this.lastSeq + 1) this.emit("gap", { expected: this.lastSeq + 1, received: event.seq });
        this.lastSeq = event.seq;
      }
      this.emit("event", event);
      this.emit(`event:${event.event}`, event.payload, event);
    }
  }

  private armTickWatchdog(): void {
    clearTimeout(this.tickTimer);
    const interval = this.hello?.policy?.tickIntervalMs;
    if (!interval) return;
    // A gateway silent for two tick intervals is gone: close and (maybe) reconnect.
    this.tickTimer = setTimeout(() => this.ws?.close(4000, "tick timeout"), interval * 2 + 1000);
    this.tickTimer.unref();
  }

  private onClosed(code: number, reason: string): void {
    clearTimeout(this.tickTimer);
    this.hello = null;
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      p.reject(new Error(`connection closed (${code}${reason ? ` ${reason}` : ""}) before ${id} was answered`));
    }
    this.pending.clear();
    this.emit("close", code, reason);
    if (this.closedByUser || !this.options.reconnect || !this.everConnected) return;
    const delay = this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, 30_000);
    clearTimeout(this.reconnectTimer);
    // A failed attempt closes its socket too, which lands here again and schedules the next one.
    this.reconnectTimer = setTimeout(() => {
      this.emit("reconnecting", delay);
      this.connect().catch((err: Error) => this.emit("reconnectFailed", err));
    }, delay);
  }
}
