/** Who is on the other end of an HTTP request or upgrade: IP, loopback, proxied, local-direct. */
import type { IncomingMessage } from "node:http";

export interface ClientAddress {
  /** The client IP: the peer, or the forwarded client when the peer is a trusted proxy. */
  ip: string;
  /** The TCP peer is a loopback address. */
  loopbackPeer: boolean;
  /**
   * A direct local client: loopback peer, a local Host header, and no forwarding headers.
   * Only these are exempt from the failure limiter and may use loopback browser origins.
   */
  localDirect: boolean;
}

export function normalizeIp(ip: string | undefined): string {
  if (!ip) return "unknown";
  const trimmed = ip.trim().toLowerCase();
  return trimmed.startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
}

export function isLoopbackIp(ip: string): boolean {
  return ip === "::1" || ip.startsWith("127.");
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

export function isLocalHostHeader(host: string | undefined): boolean {
  if (!host) return true; // HTTP/1.0 clients may omit it; the peer check still applies
  const h = host.trim().toLowerCase();
  const name = h.startsWith("[") ? h.slice(0, h.indexOf("]") + 1) : h.split(":")[0];
  // A dotted-quad 127.x.y.z only: "127.attacker.example" is a name a rebinding site can own.
  return LOCAL_HOSTS.has(name) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
}

export function resolveClientAddress(req: IncomingMessage, trustedProxies: readonly string[] = []): ClientAddress {
  const peer = normalizeIp(req.socket.remoteAddress);
  const loopbackPeer = isLoopbackIp(peer);
  const forwardedFor = header(req, "x-forwarded-for");
  const hasForwarding = Boolean(forwardedFor || header(req, "x-real-ip") || header(req, "forwarded"));
  let ip = peer;
  const trusted = trustedProxies.map(normalizeIp);
  if (forwardedFor && trusted.includes(peer)) {
    // The rightmost address not belonging to a trusted proxy is the client.
    const hops = forwardedFor.split(",").map((h) => normalizeIp(h));
    ip = [...hops].reverse().find((h) => !trusted.includes(h)) ?? hops[0] ?? peer;
  }
  const localDirect = loopbackPeer && !hasForwarding && isLocalHostHeader(header(req, "host"));
  return { ip, loopbackPeer, localDirect };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join(",") : v;
}
