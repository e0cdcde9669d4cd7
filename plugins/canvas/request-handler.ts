/**
 * One dispatcher for both ports: canonical-path check, capability prefix, method, access, then the
 * canvas files, the A2UI page or the socket. The gateway's own routes for /__openclaw__/canvas/*
 * and /__openclaw__/a2ui/* already ran the gateway's auth (`trusted`); everything else (the
 * capability routes, the dedicated port) is checked here.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { resolveClientAddress, checkOrigin, normalizeOrigin } from "../../core/sdk/plugin.js";
import { A2UI_PATH, CANVAS_PATH, rawPathOf, splitCapability, surfaceOf } from "./paths.js";
import { BASE_HEADERS, sendText, serveFile } from "./static-files.js";
import type { CapabilityStore } from "./capabilities.js";
import type { BearerProbe } from "./bearer-probe.js";
import type { SocketHub } from "./socket-hub.js";
import type { SocketTickets } from "./socket-tickets.js";

export interface HandlerDeps {
  rootReal: string;
  /** Live reload is on and the watcher is alive. */
  liveReload(): boolean;
  capabilities: CapabilityStore;
  bearer: BearerProbe;
  /** gateway.auth.mode is "none": the gateway serves everyone, so do we. */
  authNone: boolean;
  hub: SocketHub;
  tickets: SocketTickets;
  /** The A2UI page carrying a socket ticket. */
  a2uiPage(ticket: string): Buffer;
}

type Denial = { status: number; text: string; headers?: Record<string, string> };

export interface CanvasRequestHandler {
  /** `trusted`: the gateway already authorised this request (its canvas and a2ui routes). */
  http(req: IncomingMessage, res: ServerResponse, trusted: boolean): Promise<void>;
  /** `port`: which server received it ("canvas" runs its own Origin check; the gateway's ran already). */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer, port: "gateway" | "canvas"): void;
}

/** Parses the request target once; null when the raw path is not already canonical. */
function target(req: IncomingMessage): { raw: string; url: URL } | null {
  const raw = rawPathOf(req.url);
  let url: URL;
  try {
    url = new URL(req.url ?? "/", "http://canvas.local");
  } catch {
    return null;
  }
  // The gateway routed on the normalised path; serve only when the raw path is that same path, so
  // "..", "%2e%2e", backslashes and the like never reach a route other than the one that checked them.
  return url.pathname === raw ? { raw, url } : null;
}

export function createRequestHandler(deps: HandlerDeps): CanvasRequestHandler {
  async function authorize(req: IncomingMessage, capability: string | null, trusted: boolean, ws: boolean): Promise<Denial | null> {
    if (capability !== null) return deps.capabilities.verify(capability) ? null : { status: 401, text: "capability expired or unknown" };
    if (trusted || deps.authNone) return null;
    const { localDirect } = resolveClientAddress(req);
    // Sockets: the Origin was checked before (loopback origins only for local clients).
    if (localDirect && (ws || req.headers.origin === undefined)) return null;
    if (!req.headers.authorization) return { status: 401, text: "Unauthorized", headers: { "www-authenticate": "Bearer" } };
    const verdict = await deps.bearer.check(req);
    if (verdict.ok) return null;
    if (verdict.status === 429) return { status: 429, text: "too many failed auth attempts; retry later", headers: verdict.retryAfter ? { "retry-after": verdict.retryAfter } : {} };
    return verdict.status === 401 ? { status: 401, text: "Unauthorized", headers: { "www-authenticate": "Bearer" } } : { status: 503, text: "auth check unavailable" };
  }

  async function http(req: IncomingMessage, res: ServerResponse, trusted: boolean): Promise<void> {
    const t = target(req);
    if (!t) return sendText(res, 400, "bad request");
    const scoped = splitCapability(t.raw);
    if ("malformed" in scoped) return sendText(res, 404, "not found");
    const surface = surfaceOf(scoped.inner);
    if (!surface) return sendText(res, 404, "not found");
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("allow", "GET, HEAD");
      return sendText(res, 405, "method not allowed");
    }
    const denied = await authorize(req, scoped.capability, trusted, false);
    if (denied) {
      for (const [k, v] of Object.entries(denied.headers ?? {})) res.setHeader(k, v);
      return sendText(res, denied.status, denied.text);
    }
    if (surface === "ws") return sendText(res, 426, "upgrade required");
    if (surface === "a2ui") {
      const rest = scoped.inner.slice(A2UI_PATH.length);
      if (rest !== "" && rest !== "/" && rest !== "/index.html") return sendText(res, 404, "not found");
      const page = deps.a2uiPage(deps.tickets.issue());
      res.writeHead(200, { ...BASE_HEADERS, "content-type": "text/html; charset=utf-8", "content-length": page.length });
      res.end(req.method === "HEAD" ? undefined : page);
      return;
    }
    const liveReloadTicket = deps.liveReload() ? deps.tickets.issue : null;
    return serveFile(req, res, { rootReal: deps.rootReal, rawRest: scoped.inner.slice(CANVAS_PATH.length), liveReloadTicket });
  }

  function upgrade(req: IncomingMessage, socket: Duplex, head: Buffer, port: "gateway" | "canvas"): void {
    socket.on("error", () => undefined);
    const t = target(req);
    const scoped = t ? splitCapability(t.raw) : null;
    if (!t || !scoped || "malformed" in scoped || surfaceOf(scoped.inner) !== "ws") return reject(socket, 404, "Not Found");
    // Our pages are sandboxed, so their sockets say Origin "null" (the gateway port lets that through to
    // us alone): such a socket must offer the ticket of a page we served. Other origins are checked as before.
    const ticket = req.headers.origin === "null" ? deps.tickets.check(req.headers["sec-websocket-protocol"]) : null;
    if (ticket === "missing") return reject(socket, 403, "Forbidden");
    if (ticket === null && port === "canvas" && !originAllowed(req)) return reject(socket, 403, "Forbidden");
    authorize(req, scoped.capability, false, true).then(
      (denied) => {
        if (denied) return reject(socket, denied.status, denied.status === 401 ? "Unauthorized" : "Denied");
        if (ticket === "stale") return deps.hub.refuseStale(req, socket, head);
        deps.hub.accept(req, socket, head, t.url.searchParams.get("channel") === "a2ui" ? "a2ui" : "reload");
      },
      () => reject(socket, 500, "Internal Server Error"),
    );
  }

  return { http, upgrade };
}

/** Dedicated port: no Origin, a same-origin page, or a loopback origin from a local client. */
function originAllowed(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  const normalized = normalizeOrigin(origin);
  if (normalized && req.headers.host && normalized.replace(/^https?:\/\//, "") === req.headers.host.toLowerCase()) return true;
  return checkOrigin(origin, { localDirect: resolveClientAddress(req).localDirect, allowedOrigins: [] }).ok;
}

function reject(socket: Duplex, status: number, text: string): void {
  if (socket.writable) socket.end(`HTTP/1.1 ${status} ${text}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
  socket.destroy();
}
