/**
 * Socket hygiene for the gateway's HTTP server, so slow or silent peers cannot hold descriptors:
 * short header and request deadlines (408, then the socket is destroyed), an idle deadline that
 * destroys sockets whose peer stopped reading (or that have nothing going on), client errors answered
 * and destroyed rather than half-closed, and a cap on open sockets with a rate-limited log line.
 * Node's defaults would hold a partial-header socket ~90 s and a non-reading peer forever.
 */
import type { IncomingMessage, Server, ServerOptions, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { Logger } from "./log.js";

export interface HttpSocketPolicy {
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  idleTimeoutMs: number;
  maxConnections: number;
}

/** One notice per this interval about dropped connections, however many there were. */
const DROP_LOG_INTERVAL_MS = 10_000;

/** Options for http.createServer (Node reads the checking interval only at construction). */
export function httpServerOptions(policy: HttpSocketPolicy): ServerOptions {
  return {
    headersTimeout: policy.headersTimeoutMs,
    requestTimeout: Math.max(policy.requestTimeoutMs, policy.headersTimeoutMs),
    // Deadlines are checked on this interval, so it must be a fraction of the shortest one.
    connectionsCheckingInterval: Math.max(25, Math.min(1000, Math.floor(policy.headersTimeoutMs / 4))),
  };
}

export function guardHttpSockets(server: Server, policy: HttpSocketPolicy, log: Logger): void {
  // Requests being answered, per socket: a handler still working on its answer keeps the socket alive.
  const busy = new WeakMap<Socket, number>();
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const socket = req.socket;
    busy.set(socket, (busy.get(socket) ?? 0) + 1);
    res.once("close", () => busy.set(socket, (busy.get(socket) ?? 1) - 1));
  });

  server.timeout = policy.idleTimeoutMs;
  server.on("timeout", (socket: Socket) => {
    // No progress for idleTimeoutMs. A handler still preparing its answer (a long completion, a stream
    // between chunks) has written nothing that waits; a peer that stopped reading has.
    if ((busy.get(socket) ?? 0) > 0 && socket.writableLength === 0) return;
    socket.destroy();
  });

  server.on("clientError", (err: NodeJS.ErrnoException, socket: Socket) => {
    // Answer only when no response is under way on this socket, then destroy: ending would leave the
    // descriptor to a peer that may never close its side.
    if (socket.writable && !((busy.get(socket) ?? 0) > 0)) socket.write(errorResponse(err.code, policy));
    socket.destroy();
  });

  server.maxConnections = policy.maxConnections;
  let dropped = 0;
  let lastNotice = 0;
  server.on("drop", () => {
    dropped += 1;
    const now = Date.now();
    if (now - lastNotice < DROP_LOG_INTERVAL_MS) return;
    log.warn(
      `refusing new connections: ${policy.maxConnections} sockets are open on the gateway port (gateway.limits.maxConnections); ` +
        `${dropped} dropped since the last notice`,
    );
    lastNotice = now;
    dropped = 0;
  });
}

function errorResponse(code: string | undefined, policy: HttpSocketPolicy): string {
  const [status, message] =
    code === "ERR_HTTP_REQUEST_TIMEOUT"
      ? ["408 Request Timeout", `request not received in time (headers within ${policy.headersTimeoutMs} ms, the whole request within ${Math.max(policy.requestTimeoutMs, policy.headersTimeoutMs)} ms)`]
      : code === "HPE_HEADER_OVERFLOW"
        ? ["431 Request Header Fields Too Large", "request headers too large"]
        : ["400 Bad Request", `malformed HTTP request${code ? ` (${code})` : ""}`];
  const body = JSON.stringify({ error: { message, type: "invalid_request_error" } });
  return `HTTP/1.1 ${status}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`;
}
