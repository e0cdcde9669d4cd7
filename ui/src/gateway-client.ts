/**
 * The page's protocol client. It connects only to the gateway that served the page
 * (`ws(s)://<location.host>/`): a gateway URL in the query string or fragment is never read, so a
 * crafted link cannot send the token to someone else's server (upstream CVE-2026-25253).
 * Handles the challenge, a signed connect, requests, events with seq-gap detection, the tick
 * watchdog, and reconnects with backoff (1 s doubling to 30 s).
 */
import { devicePayloadV3, type DeviceIdentity } from "./device-identity";
import type { ErrorShape, Hello } from "./protocol";

declare const __UI_VERSION__: string;

export const CLIENT_ID = "openclaw-control-ui";
export const CLIENT_MODE = "ui";
export const SCOPES = ["operator.read", "operator.write", "operator.admin", "operator.pairing", "operator.approvals"] as const;
const PLATFORM = "web";
const BACKOFF_START_MS = 1000;
const BACKOFF_MAX_MS = 30_000;
const PAIRING_RETRY_MS = 3000;
const HANDSHAKE_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 30_000;

/** The one URL this page ever connects to: the origin that served it, path `/`. */
export function gatewayUrl(loc: Pick<Location, "protocol" | "host"> = location): string {
  return `${loc.protocol === "https:" ? "wss" : "ws"}://${loc.host}/`;
}

export type Phase = "connecting" | "connected" | "disconnected" | "pairing" | "unauthorized" | "stopped";

export interface ConnStatus {
  phase: Phase;
  /** Why the last attempt failed, as the gateway said it. */
  message?: string;
  /** Pairing request of this browser, while `phase` is "pairing". */
  requestId?: string;
  /** When the next attempt starts (epoch ms). */
  retryAtMs?: number;
}

export class RequestError extends Error {
  constructor(readonly error: ErrorShape) {
    super(error.message);
    this.name = "RequestError";
  }
  get code(): string {
    return this.error.code;
  }
}

export interface ClientOptions {
  token: string;
  device: DeviceIdentity | null;
  /** The device token from an earlier hello-ok (read at every attempt: it may have arrived since). */
  deviceToken?: () => string | undefined;
  instanceId: string;
  /** Keep reconnecting (the page); off for one-shot connections. */
  reconnect: boolean;
  onStatus?(status: ConnStatus): void;
  onHello?(hello: Hello): void;
  onEvent?(event: string, payload: unknown): void;
  /** A broadcast `seq` was skipped: some state may be stale. */
  onGap?(expected: number, received: number): void;
}

interface Pending {
  resolve(payload: unknown): void;
  reject(err: Error): void;
  timer: number;
}

type Frame = { type?: string; id?: string; ok?: boolean; payload?: unknown; error?: ErrorShape; event?: string; seq?: number };

export class GatewayConnection {
  hello: Hello | null = null;
  private ws: WebSocket | null = null;
  private readonly pending = new Map<string, Pending>();
  private nextId = 0;
  private lastSeq: number | null = null;
  private backoffMs = BACKOFF_START_MS;
  private stopped = false;
  private timers = { retry: 0, tick: 0, handshake: 0 };
  private connectError: ErrorShape | null = null;
  /** How the previous attempt failed; kept while the next one runs, so the page keeps saying it. */
  private lastFailure: ConnStatus | undefined;
  private firstHello: { resolve(h: Hello): void; reject(e: Error): void } | null = null;

  constructor(private readonly options: ClientOptions) {}

  /** Starts connecting; resolves with the first hello-ok (rejects only without reconnect). */
  start(): Promise<Hello> {
    const first = new Promise<Hello>((resolve, reject) => (this.firstHello = { resolve, reject }));
    this.open();
    return first;
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timers.retry);
    clearTimeout(this.timers.tick);
    clearTimeout(this.timers.handshake);
    this.ws?.close(1000, "page closed the connection");
    this.status({ phase: "stopped" });
  }

  /** Skips the backoff wait (the "Retry now" button). */
  retryNow(): void {
    if (this.stopped || this.ws) return;
    clearTimeout(this.timers.retry);
    this.open();
  }

  request<T = unknown>(method: string, params: unknown = {}): Promise<T> {
    const ws = this.ws;
    if (!ws || ws.readyState !== WebSocket.OPEN || !this.hello) return Promise.reject(new Error("not connected to the gateway"));
    const id = String(++this.nextId);
    return new Promise<T>((resolve, reject) => {
      const timer = window.setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method} timed out`));
      }, REQUEST_TIMEOUT_MS);
      this.pending.set(id, { resolve: resolve as (p: unknown) => void, reject, timer });
      ws.send(JSON.stringify({ type: "req", id, method, params }));
    });
  }

  private status(s: ConnStatus): void {
    this.options.onStatus?.(s);
  }

  private open(): void {
    this.connectError = null;
    this.status(this.lastFailure ? { ...this.lastFailure, retryAtMs: undefined } : { phase: "connecting" });
    const ws = new WebSocket(gatewayUrl());
    this.ws = ws;
    this.timers.handshake = window.setTimeout(() => ws.close(4000, "no hello-ok in time"), HANDSHAKE_TIMEOUT_MS);
    ws.onmessage = (e) => {
      let frame: Frame;
      try {
        frame = JSON.parse(String(e.data)) as Frame;
      } catch {
        return;
      }
      void this.onFrame(ws, frame);
    };
    ws.onclose = (e) => this.onClose(ws, e.code, e.reason);
  }

  private async onFrame(ws: WebSocket, frame: Frame): Promise<void> {
    if (!this.hello && frame.type === "event" && frame.event === "connect.challenge") {
      const { nonce, ts } = (frame.payload ?? {}) as { nonce?: string; ts?: number };
      if (!nonce) return ws.close(4000, "challenge without nonce");
      const params = await this.connectParams(nonce, ts ?? Date.now());
      if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify({ type: "req", id: "connect", method: "connect", params }));
      return;
    }
    if (!this.hello && frame.type === "res" && frame.id === "connect") {
      clearTimeout(this.timers.handshake);
      if (!frame.ok) {
        this.connectError = frame.error ?? { code: "UNAVAILABLE", message: "connect refused" };
        return; // the gateway closes the socket next; onClose decides what to do
      }
      this.hello = frame.payload as Hello;
      this.backoffMs = BACKOFF_START_MS;
      this.lastSeq = null;
      this.lastFailure = undefined;
      this.armTick();
      this.status({ phase: "connected" });
      this.options.onHello?.(this.hello);
      this.firstHello?.resolve(this.hello);
      this.firstHello = null;
      return;
    }
    if (frame.type === "res" && frame.id !== undefined) {
      const p = this.pending.get(frame.id);
      if (!p) return;
      this.pending.delete(frame.id);
      clearTimeout(p.timer);
      if (frame.ok) p.resolve(frame.payload);
      else p.reject(new RequestError(frame.error ?? { code: "UNAVAILABLE", message: "request failed" }));
      return;
    }
    if (frame.type === "event" && frame.event) {
      if (frame.event === "tick") this.armTick();
      if (typeof frame.seq === "number") {
        if (this.lastSeq !== null && frame.seq > this.lastSeq + 1) this.options.onGap?.(this.lastSeq + 1, frame.seq);
        this.lastSeq = frame.seq;
      }
      this.options.onEvent?.(frame.event, frame.payload);
    }
  }

  private async connectParams(nonce: string, ts: number) {
    const { token, device, instanceId } = this.options;
    const deviceToken = this.options.deviceToken?.();
    const client = { id: CLIENT_ID, displayName: "Control UI", version: __UI_VERSION__, platform: PLATFORM, mode: CLIENT_MODE, instanceId };
    const params: Record<string, unknown> = {
      minProtocol: 3,
      maxProtocol: 4,
      client,
      role: "operator",
      scopes: [...SCOPES],
      caps: [],
      locale: navigator.language,
      userAgent: navigator.userAgent,
    };
    const auth: Record<string, string> = {};
    if (token) auth.token = token;
    if (device && deviceToken) auth.deviceToken = deviceToken;
    if (Object.keys(auth).length) params.auth = auth;
    if (device) {
      // signedAt is the gateway's own clock (from the challenge), so a skewed browser clock cannot fail the proof.
      const signed = { clientId: CLIENT_ID, clientMode: CLIENT_MODE, role: "operator", scopes: SCOPES, signedAt: ts, token: token || deviceToken || "", nonce, platform: PLATFORM };
      const signature = await device.sign(devicePayloadV3(device.id, signed));
      params.device = { id: device.id, publicKey: device.publicKey, signature, signedAt: ts, nonce };
    }
    return params;
  }

  private armTick(): void {
    clearTimeout(this.timers.tick);
    const interval = this.hello?.policy?.tickIntervalMs;
    // A gateway silent for two tick intervals is gone: close, and the reconnect loop takes over.
    if (interval) this.timers.tick = window.setTimeout(() => this.ws?.close(4000, "tick timeout"), interval * 2 + 1000);
  }

  private onClose(ws: WebSocket, code: number, reason: string): void {
    if (this.ws !== ws) return;
    this.ws = null;
    clearTimeout(this.timers.tick);
    clearTimeout(this.timers.handshake);
    const wasConnected = this.hello !== null;
    this.hello = null;
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(new Error("the connection to the gateway closed"));
    }
    this.pending.clear();
    if (this.stopped) return;
    const err = this.connectError;
    if (!this.options.reconnect) {
      this.firstHello?.reject(err ? new RequestError(err) : new Error(`connection closed (${code}${reason ? ` ${reason}` : ""})`));
      this.firstHello = null;
      return this.status({ phase: "stopped", message: err?.message });
    }
    if (err && err.code === "NOT_PAIRED") {
      return this.retryIn(PAIRING_RETRY_MS, { phase: "pairing", message: err.message, requestId: String(err.details?.requestId ?? "") });
    }
    const rateLimited = err?.details?.code === "AUTH_RATE_LIMITED";
    if (err && !rateLimited && /unauthorized/i.test(err.message)) {
      return this.status({ phase: "unauthorized", message: err.message }); // a new token is needed; retrying would only count failures
    }
    const delay = rateLimited && err?.retryAfterMs ? err.retryAfterMs : this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, BACKOFF_MAX_MS);
    const message = err?.message ?? (wasConnected ? `connection lost (${code}${reason ? ` ${reason}` : ""})` : "the gateway is not reachable");
    this.retryIn(delay, { phase: "disconnected", message });
  }

  private retryIn(delayMs: number, status: ConnStatus): void {
    clearTimeout(this.timers.retry);
    this.lastFailure = status;
    this.status({ ...status, retryAtMs: Date.now() + delayMs });
    this.timers.retry = window.setTimeout(() => this.open(), delayMs);
  }
}
