/**
 * The one protocol client, shared by the Node GatewayClient (CLI, tests, benchmarks, node host) and
 * the Control UI page. It answers the challenge with a connect (signing the device proof when it has
 * a device), matches responses to pending requests (two-phase replies included), checks event `seq`
 * for gaps, watches `tick`, and reconnects with backoff when its owner's policy says so.
 * Platform code comes in through the seams of transport.ts; nothing here imports Node or the DOM.
 */
import { devicePayload } from "../protocol/device-payload.js";
import type { ErrorShape } from "../protocol/frames.js";
import type { ClientSocket, DeviceSigner, SocketFactory } from "./transport.js";

export const BACKOFF_START_MS = 1000;
export const BACKOFF_MAX_MS = 30_000;

/** A request (or connect) the gateway answered with `ok:false`. */
export class GatewayRequestError extends Error {
  readonly code: string;
  readonly details?: unknown;
  readonly retryable?: boolean;
  readonly retryAfterMs?: number;

  constructor(
    /** The error as the gateway sent it. */
    readonly error: ErrorShape,
    /** The response payload, when the gateway sent one with the error. */
    readonly payload?: unknown,
  ) {
    super(error.message);
    this.name = "GatewayRequestError";
    this.code = error.code;
    this.details = error.details;
    this.retryable = error.retryable;
    this.retryAfterMs = error.retryAfterMs;
  }
}

/** Who connects and with what; read again at every attempt (a device token may have arrived since). */
export interface ConnectIdentity {
  client: { id: string; mode: string; platform?: string; deviceFamily?: string } & Record<string, unknown>;
  role: string;
  scopes: readonly string[];
  minProtocol: number;
  maxProtocol: number;
  caps?: readonly string[];
  auth?: { token?: string; password?: string; deviceToken?: string };
  device?: DeviceSigner | null;
  /** Further connect params (commands, permissions, locale, …). */
  extra?: Record<string, unknown>;
}

export interface CloseInfo {
  code: number;
  reason: string;
  /** Whether this socket completed the handshake. */
  wasConnected: boolean;
  /** Whether any socket of this client ever did. */
  everConnected: boolean;
  /** The gateway's answer when it refused the connect. */
  connectError: ErrorShape | null;
  /** The backoff delay for this retry; each call doubles the next one (up to 30 s). */
  nextBackoffMs(): number;
}

export interface EventFrameIn {
  type: "event";
  event: string;
  payload?: unknown;
  seq?: number;
  stateVersion?: { presence: number; health: number };
}

/** What the client reports; every listener is optional. */
export interface ProtocolClientListener<H> {
  hello?(hello: H): void;
  event?(frame: EventFrameIn): void;
  gap?(expected: number, received: number): void;
  /** A two-phase method's first (`accepted`) reply, when the caller waits for the final one. */
  accepted?(id: string, payload: unknown): void;
  close?(code: number, reason: string): void;
  socketError?(err: Error): void;
  /** A retry was scheduled after a close. */
  retryScheduled?(delayMs: number, info: CloseInfo): void;
  reconnecting?(delayMs: number): void;
  reconnectFailed?(err: Error): void;
}

export interface ProtocolClientOptions<H> {
  url: () => string;
  socket: SocketFactory;
  identity(): ConnectIdentity;
  handshakeTimeoutMs?: number;
  requestTimeoutMs?: number;
  /** After a close the owner did not ask for: the delay before the next attempt, or null to stay closed. */
  reconnectDelay?(info: CloseInfo): number | null;
  listener?: ProtocolClientListener<H>;
}

type Frame = { type?: string; id?: string; ok?: boolean; payload?: unknown; error?: ErrorShape; event?: string; seq?: number };
type Timer = ReturnType<typeof setTimeout>;

interface Pending {
  resolve(payload: unknown): void;
  reject(err: Error): void;
  expectFinal: boolean;
  timer: Timer;
}

interface Attempt<H> {
  socket: ClientSocket;
  resolve(hello: H): void;
  reject(err: Error): void;
  timer: Timer;
}

/** Timers must not keep a Node process alive on their own; browsers have no unref. */
const unref = (t: Timer) => (t as { unref?: () => void }).unref?.();

export class ProtocolClient<H extends { policy?: { tickIntervalMs?: number } }> {
  hello: H | null = null;
  private sock: ClientSocket | null = null;
  private attempt: Attempt<H> | null = null;
  private readonly pending = new Map<string, Pending>();
  private nextId = 0;
  private lastSeq: number | null = null;
  private closedByOwner = false;
  private everConnected = false;
  private backoffMs = BACKOFF_START_MS;
  private connectError: ErrorShape | null = null;
  private tickTimer?: Timer;
  private retryTimer?: Timer;
  private readonly closeWaiters = new Set<() => void>();

  constructor(private readonly options: ProtocolClientOptions<H>) {}

  get socket(): ClientSocket | null {
    return this.sock;
  }

  get connected(): boolean {
    return this.hello !== null && this.sock?.open === true;
  }

  /** Whether a socket is open or opening. */
  get active(): boolean {
    return this.sock !== null;
  }

  /** One attempt: opens a socket and completes the handshake; resolves with hello-ok. */
  connect(): Promise<H> {
    this.closedByOwner = false;
    clearTimeout(this.retryTimer);
    const url = this.options.url();
    return new Promise<H>((resolve, reject) => {
      this.connectError = null;
      const socket = this.options.socket(url, {
        message: (text) => this.onMessage(socket, text),
        close: (code, reason) => this.onClose(socket, code, reason),
        error: (err) => {
          if (this.attempt?.socket === socket) this.failAttempt(err);
          else this.options.listener?.socketError?.(err);
        },
      });
      this.sock = socket;
      const timeoutMs = this.options.handshakeTimeoutMs ?? 10_000;
      const timer = setTimeout(() => this.failAttempt(new Error(`no hello-ok from ${url} within ${timeoutMs} ms`)), timeoutMs);
      this.attempt = { socket, resolve, reject, timer };
    });
  }

  /** Skips a scheduled retry's wait (a "Retry now" button). */
  retryNow(): void {
    if (this.closedByOwner || this.sock) return;
    clearTimeout(this.retryTimer);
    this.connect().catch((err: Error) => this.options.listener?.reconnectFailed?.(err));
  }

  /** Sends a request and resolves with its payload (for two-phase methods, the final one when `expectFinal`). */
  request<T = unknown>(method: string, params?: unknown, options: { expectFinal?: boolean; timeoutMs?: number } = {}): Promise<T> {
    const socket = this.sock;
    if (!socket || !socket.open || !this.hello) return Promise.reject(new Error("not connected to the gateway"));
    const id = String(++this.nextId);
    return new Promise<T>((resolve, reject) => {
      const timeoutMs = options.timeoutMs ?? this.options.requestTimeoutMs ?? 30_000;
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { resolve: resolve as (p: unknown) => void, reject, expectFinal: options.expectFinal ?? false, timer });
      socket.send(JSON.stringify(params === undefined ? { type: "req", id, method } : { type: "req", id, method, params }));
    });
  }

  /** Closes for good (no reconnect); resolves once the socket closed (or was dropped after 2 s). */
  close(code = 1000, reason = ""): Promise<void> {
    this.closedByOwner = true;
    clearTimeout(this.retryTimer);
    const socket = this.sock;
    if (!socket) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        this.closeWaiters.delete(done);
        clearTimeout(fallback);
        resolve();
      };
      this.closeWaiters.add(done);
      const fallback = setTimeout(() => {
        socket.terminate();
        done();
      }, 2000);
      unref(fallback);
      socket.close(code, reason);
    });
  }

  private failAttempt(err: Error): void {
    const attempt = this.attempt;
    if (!attempt) return;
    this.attempt = null;
    clearTimeout(attempt.timer);
    attempt.socket.terminate();
    attempt.reject(err);
  }

  private onMessage(socket: ClientSocket, text: string): void {
    let frame: Frame;
    try {
      frame = JSON.parse(text) as Frame;
    } catch {
      return;
    }
    if (!this.hello && frame.type === "event" && frame.event === "connect.challenge") {
      const { nonce, ts } = (frame.payload ?? {}) as { nonce?: string; ts?: number };
      if (!nonce) return this.failAttempt(new Error("gateway sent connect.challenge without a nonce"));
      void this.sendConnect(socket, nonce, ts ?? Date.now()).catch((err: Error) => this.failAttempt(err));
      return;
    }
    if (!this.hello && frame.type === "res" && frame.id === "connect") {
      if (!frame.ok) {
        this.connectError = frame.error ?? { code: "UNAVAILABLE", message: "connect refused" };
        return this.failAttempt(new GatewayRequestError(this.connectError));
      }
      const attempt = this.attempt;
      this.attempt = null;
      if (attempt) clearTimeout(attempt.timer);
      this.hello = frame.payload as H;
      this.everConnected = true;
      this.backoffMs = BACKOFF_START_MS;
      this.lastSeq = null;
      this.armTickWatchdog();
      this.options.listener?.hello?.(this.hello);
      attempt?.resolve(this.hello);
      return;
    }
    this.onFrame(frame);
  }

  private async sendConnect(socket: ClientSocket, nonce: string, ts: number): Promise<void> {
    const id = this.options.identity();
    const params: Record<string, unknown> = {
      minProtocol: id.minProtocol,
      maxProtocol: id.maxProtocol,
      client: id.client,
      role: id.role,
      scopes: [...id.scopes],
      caps: [...(id.caps ?? [])],
      ...id.extra,
    };
    const auth = Object.fromEntries(Object.entries(id.auth ?? {}).filter(([, v]) => !!v));
    if (Object.keys(auth).length) params.auth = auth;
    if (id.device) {
      // signedAt is the gateway's own clock (from the challenge), so a skewed client clock cannot fail the proof.
      const signedToken = id.auth?.token || id.auth?.deviceToken || "";
      const payload = devicePayload("v3", { id: id.device.id, signedAt: ts }, {
        nonce, clientId: id.client.id, clientMode: id.client.mode, role: id.role, scopes: id.scopes,
        platform: id.client.platform, deviceFamily: id.client.deviceFamily,
      }, signedToken);
      const signature = await id.device.sign(payload);
      params.device = { id: id.device.id, publicKey: id.device.publicKey, signature, signedAt: ts, nonce };
    }
    if (socket.open && this.sock === socket) socket.send(JSON.stringify({ type: "req", id: "connect", method: "connect", params }));
  }

  private onFrame(frame: Frame): void {
    if (frame.type === "res" && frame.id !== undefined) {
      const p = this.pending.get(frame.id);
      if (!p) return;
      if (p.expectFinal && frame.ok && (frame.payload as { status?: string } | undefined)?.status === "accepted") {
        this.options.listener?.accepted?.(frame.id, frame.payload);
        return;
      }
      this.pending.delete(frame.id);
      clearTimeout(p.timer);
      if (frame.ok) p.resolve(frame.payload);
      else p.reject(new GatewayRequestError(frame.error ?? { code: "UNAVAILABLE", message: "request failed" }, frame.payload));
      return;
    }
    if (frame.type === "event" && frame.event) {
      const event = frame as EventFrameIn;
      if (event.event === "tick") this.armTickWatchdog();
      if (typeof event.seq === "number") {
        if (this.lastSeq !== null && event.seq > this.lastSeq + 1) this.options.listener?.gap?.(this.lastSeq + 1, event.seq);
        this.lastSeq = event.seq;
      }
      this.options.listener?.event?.(event);
    }
  }

  private armTickWatchdog(): void {
    clearTimeout(this.tickTimer);
    const interval = this.hello?.policy?.tickIntervalMs;
    if (!interval) return;
    // A gateway silent for two tick intervals is gone: close, and the reconnect policy takes over.
    this.tickTimer = setTimeout(() => this.sock?.close(4000, "tick timeout"), interval * 2 + 1000);
    unref(this.tickTimer);
  }

  private onClose(socket: ClientSocket, code: number, reason: string): void {
    if (this.attempt?.socket === socket) {
      this.failAttempt(Object.assign(new Error(`connection closed before hello-ok (${code}${reason ? ` ${reason}` : ""})`), { closeCode: code }));
    }
    if (this.sock !== socket) return;
    this.sock = null;
    clearTimeout(this.tickTimer);
    const wasConnected = this.hello !== null;
    this.hello = null;
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      p.reject(new Error(`connection closed (${code}${reason ? ` ${reason}` : ""}) before ${id} was answered`));
    }
    this.pending.clear();
    for (const done of [...this.closeWaiters]) done();
    this.options.listener?.close?.(code, reason);
    if (this.closedByOwner || !this.options.reconnectDelay) return;
    const info: CloseInfo = {
      code, reason, wasConnected, everConnected: this.everConnected, connectError: this.connectError,
      nextBackoffMs: () => {
        const delay = this.backoffMs;
        this.backoffMs = Math.min(this.backoffMs * 2, BACKOFF_MAX_MS);
        return delay;
      },
    };
    const delay = this.options.reconnectDelay(info);
    if (delay === null) return;
    clearTimeout(this.retryTimer);
    this.options.listener?.retryScheduled?.(delay, info);
    // A failed attempt closes its socket too, which lands here again and schedules the next one.
    this.retryTimer = setTimeout(() => {
      this.options.listener?.reconnecting?.(delay);
      this.connect().catch((err: Error) => this.options.listener?.reconnectFailed?.(err));
    }, delay);
  }
}
