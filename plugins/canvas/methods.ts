/** canvas.info, node.canvas.capability.refresh, plugin.surface.refresh, the hello-ok surface URL and the status section. */
import { unavailable, type PluginApi, type ConnectionInfo } from "../../core/sdk/plugin.js";
import { CAPABILITY_TTL_MS, type CapabilityStore } from "./capabilities.js";
import { surfaceHost, surfaceUrl } from "./surfaces.js";
import type { SocketHub } from "./socket-hub.js";
import { CanvasInfoResult, CapabilityRefreshResult, SurfaceRefreshParams, SurfaceRefreshResult } from "./schemas.js";

export interface CanvasInfo {
  root: string;
  /** The dedicated canvas port, or null when only the gateway port serves the canvas. */
  port: number | null;
  liveReload: boolean;
  /** The watcher finished its initial scan (changes from now on trigger reloads). */
  watching: boolean;
}

export function registerCanvasSurface(api: PluginApi<unknown>, caps: CapabilityStore, hub: SocketHub, info: () => CanvasInfo): void {
  const base = (conn: ConnectionInfo) => ({ host: surfaceHost(api.gateway.host, conn.remoteIp), port: info().port ?? api.gateway.port });
  const forConnection = (conn: ConnectionInfo) => {
    const { host, port } = base(conn);
    if (conn.role !== "node") return { url: surfaceUrl(host, port) };
    const cap = caps.mint(conn.id);
    return { url: surfaceUrl(host, port, cap.token), cap };
  };

  // helloExtras runs only for accepted connections, so no capability is minted for a refused one.
  api.hooks.helloExtras.tap((ctx) => {
    ctx.surfaces.canvas = forConnection(ctx.conn).url;
  });
  api.hooks.onDisconnect.tap(({ conn }) => caps.revoke(conn.id));

  api.registerMethod("node.canvas.capability.refresh", {
    scope: "node",
    result: CapabilityRefreshResult,
    description: "A fresh canvas capability URL for this node connection (the previous one stops working).",
    handler: (_p, ctx) => {
      const { url, cap } = forConnection(ctx.conn);
      if (!cap) throw unavailable("canvas capabilities are issued to node connections");
      return { canvasCapability: cap.token, canvasCapabilityExpiresAtMs: cap.expiresAtMs, canvasHostUrl: url };
    },
  });
  // The official Control UI re-reads the canvas URL it got in hello-ok (and again before a scoped URL
  // expires). Canvas is the only plugin surface here; any other name is unavailable, as upstream answers.
  api.registerMethod("plugin.surface.refresh", {
    scope: "operator.read",
    params: SurfaceRefreshParams,
    result: SurfaceRefreshResult,
    description: "The current URL of a plugin surface from hello-ok (only \"canvas\" here)",
    handler: (p, ctx) => {
      if (p.surface !== "canvas") throw unavailable(`${p.surface} plugin surface unavailable (this gateway serves only the "canvas" surface)`);
      const { url, cap } = forConnection(ctx.conn);
      return { surface: "canvas", pluginSurfaceUrls: { canvas: url }, ...(cap ? { expiresAtMs: cap.expiresAtMs } : {}) };
    },
  });
  api.registerMethod("canvas.info", {
    scope: "operator.read",
    result: CanvasInfoResult,
    description: "Canvas host: root folder, ports, live reload, open pages.",
    handler: (_p, ctx) => {
      const { host, port } = base(ctx.conn);
      return { ...info(), gatewayPort: api.gateway.port, url: surfaceUrl(host, port), sockets: hub.count, capabilityTtlMs: CAPABILITY_TTL_MS };
    },
  });
  api.registerStatus(() => ({ canvas: { ...info(), sockets: hub.count } }));
}
