/**
 * The page's protocol client. It connects only to the gateway that served the page
 * (`ws(s)://<location.host>/`): a gateway URL in the query string or fragment is never read, so a
 * crafted link cannot send the token to someone else's server (upstream CVE-2026-25253).
 * The protocol itself (challenge, signed connect, requests, seq gaps, tick watchdog, backoff from 1 s
 * doubling to 30 s) is the shared client of core/protocol-client; this file adds the page's phases
 * and retry policy.
 */
import { GatewayRequestError, ProtocolClient, type CloseInfo, type ConnectIdentity } from "../../core/protocol-client/protocol-client";
import { browserSocketFactory } from "./browser-transport";
import type { DeviceIdentity } from "./device-identity";
import type { Hello } from "./protocol";

declare const __UI_VERSION__: string;

export const CLIENT_ID = "openclaw-control-ui";
export const CLIENT_MODE = "ui";
export const SCOPES = ["operator.read", "operator.write", "operator.admin", "operator.pairing", "operator.approvals"] as const;
const PLATFORM = "web";
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

/** A request (or connect) the gateway refused; `error` is the shape it sent. */
export { GatewayRequestError as RequestError };

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

/** The page's face of the shared protocol client: phases for the UI and the page's retry policy. */
export class GatewayConnection {
  private readonly core: ProtocolClient<Hello>;
  private stopped = false;
  /** How the previous attempt failed; kept while the next one runs, so the page keeps saying it. */
  private lastFailure: ConnStatus | undefined;
  private firstHello: { resolve(h: Hello): void; reject(e: Error): void } | null = null;

  constructor(private readonly options: ClientOptions) {
    this.core = new ProtocolClient<Hello>({
      url: () => gatewayUrl(),
      socket: browserSocketFactory,
      identity: () => this.identity(),
      handshakeTimeoutMs: HANDSHAKE_TIMEOUT_MS,
      requestTimeoutMs: REQUEST_TIMEOUT_MS,
      reconnectDelay: (info) => this.retryDelay(info),
      listener: {
        hello: (hello) => {
          this.lastFailure = undefined;
          this.status({ phase: "connected" });
          this.options.onHello?.(hello);
          this.firstHello?.resolve(hello);
          this.firstHello = null;
        },
        event: (frame) => this.options.onEvent?.(frame.event, frame.payload),
        gap: (expected, received) => this.options.onGap?.(expected, received),
        retryScheduled: (delayMs) => {
          if (this.lastFailure) this.status({ ...this.lastFailure, retryAtMs: Date.now() + delayMs });
        },
        reconnecting: () => this.status(this.connectingStatus()),
      },
    });
  }

  get hello(): Hello | null {
    return this.core.hello;
  }

  /** Starts connecting; resolves with the first hello-ok (rejects only without reconnect). */
  start(): Promise<Hello> {
    const first = new Promise<Hello>((resolve, reject) => (this.firstHello = { resolve, reject }));
    this.status(this.connectingStatus());
    // A failed attempt is handled where its socket closes (retryDelay); nothing to do here.
    this.core.connect().catch(() => undefined);
    return first;
  }

  stop(): void {
    this.stopped = true;
    void this.core.close(1000, "page closed the connection");
    this.status({ phase: "stopped" });
  }

  /** Skips the backoff wait (the "Retry now" button). */
  retryNow(): void {
    if (this.stopped || this.core.active) return;
    this.status(this.connectingStatus());
    this.core.retryNow();
  }

  request<T = unknown>(method: string, params: unknown = {}): Promise<T> {
    return this.core.request<T>(method, params);
  }

  private status(s: ConnStatus): void {
    this.options.onStatus?.(s);
  }

  private connectingStatus(): ConnStatus {
    return this.lastFailure ? { ...this.lastFailure, retryAtMs: undefined } : { phase: "connecting" };
  }

  private identity(): ConnectIdentity {
    const { token, device, instanceId } = this.options;
    const deviceToken = this.options.deviceToken?.();
    return {
      client: { id: CLIENT_ID, displayName: "Control UI", version: __UI_VERSION__, platform: PLATFORM, mode: CLIENT_MODE, instanceId },
      role: "operator",
      scopes: SCOPES,
      minProtocol: 3,
      maxProtocol: 4,
      caps: [],
      auth: { token, deviceToken: device ? deviceToken : undefined },
      device,
      extra: { locale: navigator.language, userAgent: navigator.userAgent },
    };
  }

  /** The page's policy after a close: pairing polls, a bad token waits for a new one, the rest backs off. */
  private retryDelay(info: CloseInfo): number | null {
    if (this.stopped) return null;
    const err = info.connectError;
    const details = (err?.details ?? {}) as { requestId?: unknown; code?: unknown };
    if (!this.options.reconnect) {
      this.firstHello?.reject(err ? new GatewayRequestError(err) : new Error(`connection closed (${info.code}${info.reason ? ` ${info.reason}` : ""})`));
      this.firstHello = null;
      this.status({ phase: "stopped", message: err?.message });
      return null;
    }
    if (err && err.code === "NOT_PAIRED") {
      this.lastFailure = { phase: "pairing", message: err.message, requestId: String(details.requestId ?? "") };
      return PAIRING_RETRY_MS;
    }
    const rateLimited = details.code === "AUTH_RATE_LIMITED";
    if (err && !rateLimited && /unauthorized/i.test(err.message)) {
      this.status({ phase: "unauthorized", message: err.message }); // a new token is needed; retrying would only count failures
      return null;
    }
    const backoff = info.nextBackoffMs();
    const delay = rateLimited && err?.retryAfterMs ? err.retryAfterMs : backoff;
    const message = err?.message ?? (info.wasConnected ? `connection lost (${info.code}${info.reason ? ` ${info.reason}` : ""})` : "the gateway is not reachable");
    this.lastFailure = { phase: "disconnected", message };
    return delay;
  }
}
