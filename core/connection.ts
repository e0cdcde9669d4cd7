/** One client socket: its handshake state, identity, grants, per-connection event seq and sending. */
import { isLoopbackOrigin } from "./origin.js";
import { randomUUID } from "node:crypto";
import WebSocket from "ws";
import type { ClientAddress } from "./client-address.js";
import type { ClientInfo, Role } from "./protocol/connect-params.js";
import type { ProtocolVersion } from "./protocol/version.js";
import type { ErrorShape } from "./protocol/frames.js";
import type { VerifiedDevice } from "./device-identity.js";
import type { ConnectionInfo } from "./types.js";

/** `closing`: a final reply is being flushed before the close; no more frames are processed. */
/** One shared reason: aborting with none would build a DOMException (with a stack) per close. */
const CLOSED = new Error("connection closed");
/** ws sends a Buffer as a binary frame unless told otherwise; every gateway frame is JSON text. */
const TEXT_FRAME = Object.freeze({ binary: false });

export type ConnectionState = "handshake" | "open" | "closing" | "closed";

function exactUtf8(text: string): Buffer {
  const data = Buffer.allocUnsafeSlow(Buffer.byteLength(text));
  data.write(text);
  return data;
}

/** How much unsent data one socket may hold, and who hears about a socket that overran it. */
export interface SendBudget {
  maxBufferedBytes: number;
  /** Called just before a socket over its budget is closed 1008 "slow consumer". */
  onSlowConsumer(conn: Connection, bufferedBytes: number, frameBytes: number): void;
}

export interface SendOptions {
  /** When the frame does not fit the budget, skip it instead of closing the socket. */
  droppable?: boolean;
  onSent?: (err?: Error) => void;
}

export class Connection implements ConnectionInfo {
  readonly id = randomUUID();
  readonly nonce = randomUUID();
  readonly connectedAtMs = Date.now();
  state: ConnectionState = "handshake";
  /** Set when the peer answered the last ping (or sent anything). */
  alive = true;
  /** Next `seq` for broadcast events to this connection. */
  seq = 0;
  /** Frames that arrived while `connect` was being processed. */
  preauthQueue: string[] = [];
  connectInFlight = false;
  handshakeTimer?: NodeJS.Timeout;
  /** Created on first use: most connections never hand a signal to a handler. */
  private abort?: AbortController;

  // Filled in by the handshake.
  protocol: ProtocolVersion = 4;
  role: Role = "operator";
  scopes: ReadonlySet<string> = new Set();
  client!: ClientInfo;
  device?: VerifiedDevice;
  caps: readonly string[] = [];
  commands: readonly string[] = [];
  permissions: Readonly<Record<string, boolean>> = {};
  pathEnv?: string;
  authMethod = "none";

  constructor(
    readonly ws: WebSocket,
    readonly address: ClientAddress,
    readonly origin: string | undefined,
    private readonly budget: SendBudget,
  ) {}

  get remoteIp(): string {
    return this.address.ip;
  }

  /** Direct loopback client with no browser origin (the failure limiter exempts only these). */
  get localDirect(): boolean {
    return this.address.localDirect && this.origin === undefined;
  }

  get localBrowser(): boolean {
    return this.address.localDirect && this.origin !== undefined && isLoopbackOrigin(this.origin);
  }

  /** Aborted when the socket closes; handed to method handlers. */
  get signal(): AbortSignal {
    this.abort ??= new AbortController();
    if (this.state === "closed") this.abort.abort(CLOSED);
    return this.abort.signal;
  }

  get isOpen(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  /**
   * Queues one frame, unless it would take this socket's unsent data past its budget: then a droppable
   * frame is skipped and anything else closes the socket 1008 "slow consumer". Every frame the gateway
   * sends (responses, targeted events, broadcasts) comes through here, so a client that stops reading
   * costs at most its budget whatever it keeps asking for. A frame to an empty buffer always goes out:
   * a single large answer to a client that reads is not a slow consumer. Returns whether it was queued.
   */
  send(frame: string | Buffer, options?: SendOptions): boolean {
    if (this.ws.readyState !== WebSocket.OPEN) return false;
    const buffered = this.ws.bufferedAmount;
    if (buffered === 0) {
      if (typeof frame === "string") this.ws.send(frame, options?.onSent);
      else this.ws.send(frame, TEXT_FRAME, options?.onSent);
      return true;
    }
    // Behind a backlog the frame waits in the socket's queue, so what it holds there is what the budget
    // must count: UTF-8 bytes rather than the string (a JS string with any non-Latin-1 character takes
    // two bytes per character), in a buffer of its own size when large (a slice of Node's shared 8 KiB
    // pool would keep the whole slab alive).
    const data = typeof frame !== "string" ? frame : frame.length < 1024 ? Buffer.from(frame) : exactUtf8(frame);
    if (buffered + data.length > this.budget.maxBufferedBytes) {
      if (options?.droppable) return false;
      this.budget.onSlowConsumer(this, buffered, data.length);
      this.close(1008, "slow consumer");
      return false;
    }
    this.ws.send(data, TEXT_FRAME, options?.onSent);
    return true;
  }

  sendResult(id: string, payloadJson: string): void {
    this.send(`{"type":"res","id":${JSON.stringify(id)},"ok":true,"payload":${payloadJson}}`);
  }

  sendError(id: string, error: ErrorShape, payloadJson?: string, onSent?: (err?: Error) => void): void {
    const payload = payloadJson === undefined ? "" : `,"payload":${payloadJson}`;
    this.send(`{"type":"res","id":${JSON.stringify(id)},"ok":false${payload},"error":${JSON.stringify(error)}}`, { onSent });
  }

  /** An event to this connection only: no `seq`. */
  sendTargetedEvent(event: string, payloadJson: string, droppable = false): boolean {
    return this.send(`{"type":"event","event":${JSON.stringify(event)},"payload":${payloadJson}}`, { droppable });
  }

  /** Starts the close handshake; from now on no inbound frame is processed. */
  close(code: number, reason: string): void {
    if (this.state === "closed") return;
    this.state = "closing";
    // Close reasons are limited to 123 bytes by the WebSocket spec.
    let text = reason;
    while (Buffer.byteLength(text) > 123) text = text.slice(0, -1);
    try {
      this.ws.close(code, text);
    } catch {
      this.ws.terminate();
    }
  }

  markClosed(): void {
    this.state = "closed";
    if (this.handshakeTimer) clearTimeout(this.handshakeTimer);
    this.preauthQueue = [];
    this.abort?.abort(CLOSED);
  }
}
