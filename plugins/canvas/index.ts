/** canvas: serves `canvasHost.root` and the A2UI page on the gateway port and a dedicated port, with live reload. */
import { definePlugin } from "../../core/sdk/plugin.js";
import { configSchema, resolveSettings } from "./config.js";
import { A2UI_PATH, CANVAS_PATH, CAP_PREFIX, WS_PATH } from "./paths.js";
import { prepareRoot } from "./starter-page.js";
import { CapabilityStore } from "./capabilities.js";
import { SocketHub } from "./socket-hub.js";
import { A2uiLog, registerA2ui } from "./a2ui.js";
import { a2uiPage } from "./a2ui-page.js";
import { createSocketTickets } from "./socket-tickets.js";
import { createBearerProbe } from "./bearer-probe.js";
import { createRequestHandler } from "./request-handler.js";
import { startCanvasServer, type CanvasServer } from "./canvas-server.js";
import { startLiveReload } from "./watcher.js";
import { registerCanvasSurface } from "./methods.js";

export default definePlugin({
  name: "canvas",
  description: "Canvas and A2UI host with live reload (/__openclaw__/canvas/, /__openclaw__/a2ui/)",
  configPaths: ["canvasHost"],
  configSchema,
  async setup(api) {
    const settings = resolveSettings(api.config, { stateDir: api.stateDir, configPath: api.gateway.configPath, gatewayPort: api.gateway.port, env: process.env });
    if (!settings.enabled) {
      api.log.info(`canvas host disabled (${settings.reason})`);
      return;
    }
    const rootReal = prepareRoot(settings.root, api.log);
    const caps = new CapabilityStore({ isOpen: (id) => api.connections.get(id) !== undefined });
    const a2ui = new A2uiLog();
    const reload = startLiveReload(rootReal, settings.liveReload, api.log, () => hub.reload());
    const hub = new SocketHub({
      onAction: (userAction, meta) => api.emit("canvas.a2ui.action", { userAction, channel: meta.channel, ts: Date.now() }),
      replay: () => a2ui.replay(),
      onReloadSocket: () => reload.start(),
    });
    // A dotfile path: after the gateway's auth check it is a 404 without touching the disk.
    const bearer = createBearerProbe(() => api.gateway.httpUrl, `${CANVAS_PATH}/.auth-probe`);
    const tickets = createSocketTickets();
    const handler = createRequestHandler({ rootReal, liveReload: () => reload.on, capabilities: caps, bearer, authNone: api.gateway.authMode === "none", hub, tickets, a2uiPage });

    const checked = { auth: "gateway", loopbackOpen: true } as const;
    api.registerRoute("GET", `${CANVAS_PATH}/*`, (req, res) => handler.http(req, res, true), checked);
    api.registerRoute("GET", `${A2UI_PATH}/*`, (req, res) => handler.http(req, res, true), checked);
    api.registerRoute("GET", `${CAP_PREFIX}/*`, (req, res) => handler.http(req, res, false), { auth: "public" });
    api.registerRoute("GET", WS_PATH, (req, res) => handler.http(req, res, false), { auth: "public" });
    // Sandboxed canvas pages connect with Origin "null"; the handler admits them by their ticket.
    const sandboxed = { acceptNullOrigin: true } as const;
    api.registerUpgrade(WS_PATH, (req, socket, head) => handler.upgrade(req, socket, head, "gateway"), sandboxed);
    api.registerUpgrade(`${CAP_PREFIX}/*`, (req, socket, head) => handler.upgrade(req, socket, head, "gateway"), sandboxed);

    let server: CanvasServer | undefined;
    let disposed = false;
    const where = `canvas host: ${rootReal} at ${CANVAS_PATH}/ on the gateway port`;
    const liveReloadNote = settings.liveReload ? " (live reload)" : "";
    // The dedicated port binds beside the rest of start-up instead of holding it. The bind completes
    // within the next turns of the event loop: at start-up before the gateway's own port listens, so no
    // client reaches the gateway before the canvas port is up (or its failure is logged); on a reload,
    // `canvas.surface` reports the port from then on.
    const binding =
      settings.port === null
        ? Promise.resolve()
        : startCanvasServer(handler, api.gateway.host, settings.port, api.log).then(
            async (bound) => {
              if (disposed) return bound.close(); // stopped (a reload) before the bind finished
              server = bound;
              api.log.info(`${where} and port ${bound.port}${liveReloadNote}`);
            },
            (err: NodeJS.ErrnoException) => {
              if (!disposed) api.log.warn(`canvas port ${settings.port} unavailable (${err.code ?? err.message}); serving the canvas on the gateway port only`);
            },
          );
    const dispose = async () => {
      disposed = true;
      await binding;
      await reload.close();
      hub.close();
      await server?.close();
      bearer.close();
      caps.clear();
    };
    try {
      registerA2ui(api, a2ui, hub);
      registerCanvasSurface(api, caps, hub, () => ({ root: rootReal, port: server?.port ?? null, liveReload: reload.on, watching: reload.watching }));
    } catch (err) {
      await dispose(); // what setup created itself; the host undoes the registrations
      throw err;
    }
    if (settings.port === null) api.log.info(`${where}${liveReloadNote}`);
    return dispose;
  },
});
