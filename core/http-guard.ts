/**
 * Browser checks on plain HTTP requests, run before any route: the HTTP side of the Origin check
 * every WebSocket upgrade gets.
 * - Host: when the gateway listens on loopback only with no credentials (`auth none`), the Host header
 *   must be a loopback name or the host of an allowed origin (e.g. a reverse proxy's public name). DNS
 *   rebinding points a foreign name at 127.0.0.1 so that a page of that site can call the gateway as
 *   its own origin; the browser still sends the foreign name as Host. With a token or password the
 *   rebound page has no credential, and a foreign Host never counts as a local client
 *   (client-address.ts), so a same-host reverse proxy passing its public name through keeps working.
 * - Origin: a state-changing request (anything but GET and HEAD) that carries a browser Origin must
 *   come from the gateway's own origin, or from one the upgrade accepts (a loopback origin from a
 *   local client, gateway.controlUi.allowedOrigins). Cross-site forms and fetches carry the page's
 *   Origin; clients that are not browsers send none and are unaffected.
 * GET and HEAD change nothing and a foreign page cannot read their answers (the gateway sends no CORS
 * headers), so their Origin is left to the browser's same-origin policy.
 */
import type { IncomingMessage } from "node:http";
import { isLocalHostHeader, resolveClientAddress } from "./client-address.js";
import { checkOrigin, normalizeOrigin } from "./origin.js";

export interface HttpGuardContext {
  /** The gateway listens on a loopback address only. */
  loopbackBind: boolean;
  /** No credentials are required (`gateway.auth.mode: "none"`, loopback only). */
  authNone: boolean;
  allowedOrigins: readonly string[];
  trustedProxies: readonly string[];
}

export interface HttpRefusal {
  type: "host_not_allowed" | "origin_not_allowed";
  reason: string;
}

export function checkBrowserRequest(req: IncomingMessage, context: HttpGuardContext): HttpRefusal | null {
  const host = req.headers.host;
  if (context.loopbackBind && context.authNone && !hostAllowed(host, context.allowedOrigins)) {
    return {
      type: "host_not_allowed",
      reason:
        `host not allowed: ${JSON.stringify((host ?? "").slice(0, 100))} is not a loopback name; this gateway listens on loopback only, ` +
        `so use localhost, 127.0.0.1 or [::1] (a reverse proxy's public name can be listed in gateway.controlUi.allowedOrigins)`,
    };
  }
  const origin = req.headers.origin;
  if (origin === undefined || req.method === "GET" || req.method === "HEAD") return null;
  const normalized = normalizeOrigin(origin);
  if (normalized && host && hostOf(normalized) === host.trim().toLowerCase()) return null; // same origin
  const verdict = checkOrigin(origin, { localDirect: resolveClientAddress(req, context.trustedProxies).localDirect, allowedOrigins: context.allowedOrigins });
  return verdict.ok ? null : { type: "origin_not_allowed", reason: verdict.reason };
}

function hostAllowed(host: string | undefined, allowedOrigins: readonly string[]): boolean {
  if (isLocalHostHeader(host)) return true;
  const name = (host ?? "").trim().toLowerCase();
  return allowedOrigins.some((entry) => {
    if (entry === "*") return true;
    const origin = normalizeOrigin(entry);
    return origin !== null && hostOf(origin) === name;
  });
}

/** `host[:port]` of a normalized origin. */
const hostOf = (origin: string) => origin.slice(origin.indexOf("//") + 2);
