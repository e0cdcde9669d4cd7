/**
 * One http.Server for everything: WebSocket upgrades on `/` go to the gateway protocol (ws, noServer),
 * other upgrade paths to plugin upgrade routes, every other request to the HTTP route registry.
 * The browser Origin check runs on every upgrade before the 101, and its HTTP counterpart (Host and
 * Origin, core/http-guard.ts) on every request before its route.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { Socket } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { LIMITS } from "./protocol/limits.js";
import { normalizeIp, resolveClientAddress, type ClientAddress } from "./client-address.js";
import { checkOrigin } from "./origin.js";
import { checkBearer, urlCarriesSecret } from "./http-auth.js";
import { guardHttpSockets, httpServerOptions, type HttpSocketPolicy } from "./http-sockets.js";
import { checkBrowserRequest } from "./http-guard.js";
import type { AuthSettings } from "./auth.js";
import type { AuthFailureLimiter } from "./auth-limiter.js";
import type { RouteRegistry } from "./routes.js";
import type { Logger } from "./log.js";

export interface ServerDeps {
  routes: RouteRegistry;
  log: Logger;
  authSettings(): AuthSettings;
  limiter: AuthFailureLimiter;
  trustedProxies(): readonly string[];
  allowedOrigins(): readonly string[];
  sockets: HttpSocketPolicy;
  /** The gateway listens on a loopback address only (then HTTP requests must name a local Host). */
  loopbackBind: boolean;
  onGatewaySocket(ws: WebSocket, address: ClientAddress, origin: string | undefined): void;
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff", "referrer-policy": "no-referrer", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

const httpError = (message: string, type: string) => ({ error: { message, type } });

export function createGatewayServer(deps: ServerDeps): { server: Server; wss: WebSocketServer } {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: LIMITS.maxPreauthPayload, // raised to LIMITS.maxPayload once the handshake succeeds
    perMessageDeflate: false,
    clientTracking: false,
  });
  const server = createServer(httpServerOptions(deps.sockets), (req, res) => {
    handleRequest(req, res, deps).catch((err: unknown) => {
      deps.log.error("HTTP handler failed", { path: req.url?.split("?")[0], error: err });
      if (!res.headersSent) sendJson(res, 500, httpError("internal error", "api_error"));
      else res.destroy();
    });
  });
  server.on("upgrade", (req, socket, head) => handleUpgrade(req, socket, head, wss, deps));
  guardHttpSockets(server, deps.sockets, deps.log);
  return { server, wss };
}

/** The request's URL, or undefined when it cannot be parsed. */
function parseUrl(req: IncomingMessage): URL | undefined {
  try {
    return new URL(req.url ?? "/", "http://gateway.local");
  } catch {
    return undefined;
  }
}

async function handleRequest(req: IncomingMessage, res: ServerResponse, deps: ServerDeps): Promise<void> {
  const url = parseUrl(req);
  if (url === undefined) return sendJson(res, 400, httpError("malformed request URL", "invalid_request_error"));
  const refused = checkBrowserRequest(req, { loopbackBind: deps.loopbackBind, authNone: deps.authSettings().mode === "none", allowedOrigins: deps.allowedOrigins(), trustedProxies: deps.trustedProxies() });
  if (refused) {
    deps.log.warn("refused HTTP request", { ip: normalizeIp(req.socket.remoteAddress), method: req.method, path: url.pathname, reason: refused.reason });
    return sendJson(res, 403, httpError(refused.reason, refused.type));
  }
  const secretParam = urlCarriesSecret(url);
  if (secretParam) {
    return sendJson(res, 400, httpError(`credentials in the URL (?${secretParam}=) are refused; send them as "Authorization: Bearer <token>"`, "invalid_request_error"));
  }
  const match = deps.routes.match(req.method ?? "GET", url.pathname);
  if (match.kind === "none") return sendJson(res, 404, httpError(`not found: ${url.pathname}`, "not_found"));
  if (match.kind === "method-not-allowed") {
    const allow = match.allow.includes("GET") && !match.allow.includes("HEAD") ? [...match.allow, "HEAD"] : match.allow;
    return sendJson(res, 405, httpError(`method ${req.method} not allowed on ${url.pathname}`, "method_not_allowed"), { allow: allow.join(", ") });
  }
  const { route } = match;
  if (route.options.auth === "gateway") {
    const address = resolveClientAddress(req, deps.trustedProxies());
    const local = address.localDirect && req.headers.origin === undefined;
    if (!(route.options.loopbackOpen && local)) {
      const denied = authorizeHttp(req, address, local, deps);
      if (denied) return sendJson(res, denied.status, httpError(denied.message, denied.type), denied.headers);
    }
  }
  await route.handler(req, res, url);
}

interface HttpDenial {
  status: number;
  message: string;
  type: string;
  headers: Record<string, string>;
}

function authorizeHttp(req: IncomingMessage, address: ClientAddress, local: boolean, deps: ServerDeps): HttpDenial | null {
  if (!local) {
    const verdict = deps.limiter.check(address.ip);
    if (verdict.locked) {
      return { status: 429, message: "too many failed auth attempts; retry later", type: "rate_limited", headers: { "retry-after": String(Math.ceil(verdict.retryAfterMs / 1000)) } };
    }
  }
  const bearer = checkBearer(req, deps.authSettings());
  if (bearer === "ok") {
    if (!local) deps.limiter.reset(address.ip);
    return null;
  }
  if (bearer === "wrong" && !local) deps.limiter.recordFailure(address.ip);
  return { status: 401, message: "Unauthorized", type: "unauthorized", headers: { "www-authenticate": "Bearer" } };
}

function rejectUpgrade(socket: Duplex, status: number, text: string, body: unknown): void {
  const json = JSON.stringify(body);
  if (socket.writable) {
    socket.end(`HTTP/1.1 ${status} ${text}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(json)}\r\nconnection: close\r\n\r\n${json}`);
  }
  socket.destroy();
}

function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer, wss: WebSocketServer, deps: ServerDeps): void {
  socket.on("error", () => undefined);
  // The gateway protocol's own path, as clients send it, has no query to parse or to check for secrets.
  const url = req.url === "/" ? null : parseUrl(req);
  if (url === undefined) return rejectUpgrade(socket, 400, "Bad Request", httpError("malformed request URL", "invalid_request_error"));
  const secretParam = url && urlCarriesSecret(url);
  if (secretParam) return rejectUpgrade(socket, 400, "Bad Request", httpError(`credentials in the URL (?${secretParam}=) are refused`, "invalid_request_error"));
  const address = resolveClientAddress(req, deps.trustedProxies());
  const origin = req.headers.origin;
  const route = url === null || url.pathname === "/" ? undefined : deps.routes.matchUpgrade(url.pathname);
  // A route that authenticates opaque-origin pages itself (sandboxed canvas pages) gets Origin "null"; the gateway protocol never does.
  if (origin !== undefined && !(origin === "null" && route?.options.acceptNullOrigin)) {
    const verdict = checkOrigin(origin, { localDirect: address.localDirect, allowedOrigins: deps.allowedOrigins() });
    if (!verdict.ok) {
      deps.log.warn("refused WebSocket upgrade", { ip: address.ip, reason: verdict.reason });
      return rejectUpgrade(socket, 403, "Forbidden", httpError(verdict.reason, "origin_not_allowed"));
    }
  }
  if (url !== null && url.pathname !== "/") {
    if (!route) return rejectUpgrade(socket, 404, "Not Found", httpError(`not found: ${url.pathname}`, "not_found"));
    return route.handler(req, socket, head, url);
  }
  wss.handleUpgrade(req, socket, head, (ws) => {
    // The HTTP idle timer (server.timeout) has no listener once upgraded; the handshake timer and pings
    // police the socket from here, and an armed timer would be kept and re-armed on every frame.
    if (socket instanceof Socket) socket.setTimeout(0);
    deps.onGatewaySocket(ws, address, origin);
  });
}
