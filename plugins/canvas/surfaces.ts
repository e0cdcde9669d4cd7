/**
 * The canvas URL a client gets in hello-ok (`canvasHostUrl` for protocol 3, `pluginSurfaceUrls.canvas`
 * for protocol 4): the dedicated canvas port when it is up, else the gateway port, on an address the
 * client can reach; for nodes scoped by a capability (`.../__openclaw__/cap/<cap>`).
 */
import { networkInterfaces } from "node:os";
import { isLoopbackIp } from "../../core/sdk/plugin.js";
import { CAP_PREFIX } from "./paths.js";

const WILDCARD = new Set(["0.0.0.0", "::", "[::]", ""]);

/** The first non-internal IPv4 address, for a gateway bound to every interface. */
function lanAddress(): string | undefined {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === "IPv4" && !a.internal) return a.address;
  }
  return undefined;
}

/**
 * The host part for a client at `remoteIp` when the gateway is bound to `bindHost`.
 * (The connection's local address would be exact; the plugin api does not expose it.)
 */
export function surfaceHost(bindHost: string, remoteIp: string): string {
  let host = bindHost;
  if (WILDCARD.has(bindHost)) host = isLoopbackIp(remoteIp) ? "127.0.0.1" : (lanAddress() ?? "127.0.0.1");
  return host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
}

export function surfaceUrl(host: string, port: number, capability?: string): string {
  const base = `http://${host}:${port}`;
  return capability ? `${base}${CAP_PREFIX}/${capability}` : base;
}
