/**
 * The sockets at /__openclaw__/ws on both ports: canvas pages (live reload: the text "reload") and
 * A2UI pages (`?channel=a2ui`: pushed JSONL and resets as JSON). Any page may send back
 * `{"userAction": {...}}`; valid actions go to `onAction`.
 */
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import { STALE_TICKET_CLOSE } from "./socket-tickets.js";

export const MAX_SOCKETS = 1000;
const MAX_MESSAGE_BYTES = 64 * 1024;
/** Actions per socket per second before the socket is closed (a stuck page or a flood). */
const MAX_ACTIONS_PER_SECOND = 20;

export type Channel = "reload" | "a2ui";

export interface UserAction {
  name: string;
  surfaceId?: string;
  sourceComponentId?: string;
  timestamp?: string;
  context?: Record<string, unknown>;
}

export interface SocketHubOptions {
  onAction(action: UserAction, meta: { channel: Channel; remoteIp: string }): void;
  /** JSON frames a fresh A2UI page needs to show the current state. */
  replay(): string[];
  /** A canvas page joined the reload channel (the live-reload watcher starts with the first one). */
  onReloadSocket?(): void;
}

export class SocketHub {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, perMessageDeflate: false, clientTracking: false });
  private readonly sockets = new Map<WebSocket, Channel>();
  private closed = false;

  constructor(private readonly options: SocketHubOptions) {}

  get count(): { reload: number; a2ui: number } {
    let a2ui = 0;
    for (const c of this.sockets.values()) if (c === "a2ui") a2ui++;
    return { reload: this.sockets.size - a2ui, a2ui };
  }

  /** Completes an upgrade the caller has already authorised. */
  accept(req: IncomingMessage, socket: Duplex, head: Buffer, channel: Channel): void {
    if (this.closed || this.sockets.size >= MAX_SOCKETS) {
      socket.end("HTTP/1.1 503 Service Unavailable\r\nconnection: close\r\ncontent-length: 0\r\n\r\n");
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      this.sockets.set(ws, channel);
      ws.on("close", () => this.sockets.delete(ws));
      ws.on("error", () => ws.terminate());
      const remoteIp = req.socket.remoteAddress ?? "unknown";
      let windowStart = Date.now();
      let inWindow = 0;
      ws.on("message", (data, isBinary) => {
        const now = Date.now();
        if (now - windowStart >= 1000) {
          windowStart = now;
          inWindow = 0;
        }
        if (++inWindow > MAX_ACTIONS_PER_SECOND) return ws.close(1008, "too many messages");
        const action = isBinary ? null : parseAction(data.toString());
        if (action) this.options.onAction(action, { channel, remoteIp });
      });
      if (channel === "a2ui") for (const frame of this.options.replay()) ws.send(frame);
      else this.options.onReloadSocket?.();
    });
  }

  /**
   * Completes an upgrade only to close it with STALE_TICKET_CLOSE: a browser cannot read an HTTP refusal,
   * but its page can read a close code and reload itself for a fresh ticket. Nothing is sent or received.
   */
  refuseStale(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (this.closed) {
      socket.end("HTTP/1.1 503 Service Unavailable\r\nconnection: close\r\ncontent-length: 0\r\n\r\n");
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      ws.on("error", () => ws.terminate());
      ws.close(STALE_TICKET_CLOSE, "stale canvas page: reload it");
    });
  }

  /** Tells every canvas page to reload; returns how many were told. */
  reload(): number {
    return this.send("reload", "reload");
  }

  /** Sends a JSON frame to every A2UI page. */
  sendA2ui(frame: string): number {
    return this.send("a2ui", frame);
  }

  close(): void {
    this.closed = true;
    for (const ws of this.sockets.keys()) ws.close(1001, "canvas host stopping");
    const left = [...this.sockets.keys()];
    setTimeout(() => left.forEach((ws) => ws.terminate()), 500).unref();
    this.sockets.clear();
  }

  private send(channel: Channel, frame: string): number {
    let n = 0;
    for (const [ws, c] of this.sockets) {
      if (c !== channel || ws.readyState !== ws.OPEN) continue;
      ws.send(frame);
      n++;
    }
    return n;
  }
}

/** `{"userAction": {name, surfaceId?, sourceComponentId?, timestamp?, context?}}` or null. */
export function parseAction(text: string): UserAction | null {
  let msg: unknown;
  try {
    msg = JSON.parse(text);
  } catch {
    return null;
  }
  const a = (msg as { userAction?: unknown } | null)?.userAction as Record<string, unknown> | undefined;
  if (!a || typeof a !== "object" || Array.isArray(a)) return null;
  if (typeof a.name !== "string" || !a.name || a.name.length > 200) return null;
  const str = (v: unknown) => (typeof v === "string" && v.length <= 200 ? v : undefined);
  const context = a.context && typeof a.context === "object" && !Array.isArray(a.context) ? (a.context as Record<string, unknown>) : undefined;
  return { name: a.name, surfaceId: str(a.surfaceId), sourceComponentId: str(a.sourceComponentId), timestamp: str(a.timestamp), context };
}
