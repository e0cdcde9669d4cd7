/** control-ui: serves the built Control UI and WebChat page (dist/control-ui) on the gateway port. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { definePlugin, type HttpRouteHandler, type PluginDefinition } from "../../core/sdk/plugin.js";
import { CONFIG_PATHS, configSchema, resolveSettings } from "./config.js";
import { AssetStore } from "./assets.js";
import { createRequestHandler } from "./request-handler.js";
import { defaultAssetsDir } from "./paths.js";
import { createFolderHandler } from "./folder-handler.js";
import { resolveCustomRoot } from "./custom-root.js";
import { bootstrapConfigRoute } from "./bootstrap-config.js";

export interface ControlUiOptions {
  /** The built page (index.html + assets/); default `<package root>/dist/control-ui`. */
  assetsDir?: string;
}

/** The plugin with its assets folder chosen by the embedder (tests build the page into a temp folder). */
export function createControlUiPlugin(options: ControlUiOptions = {}) {
  return definePlugin({
    name: "control-ui",
    description: "The Control UI and WebChat page (gateway.controlUi.basePath, default /)",
    configPaths: CONFIG_PATHS,
    configSchema,
    async setup(api) {
      const settings = resolveSettings(api.config);
      if (!settings.enabled) {
        api.log.info("control UI disabled (gateway.controlUi.enabled=false)");
        return;
      }
      // gateway.controlUi.root: another build (the official UI) served from its folder; ours stays the default.
      const customRoot = settings.root === undefined ? undefined : await resolveCustomRoot(settings.root, api.gateway.configPath);
      const store = new AssetStore(customRoot ?? options.assetsDir ?? defaultAssetsDir());
      const handler = customRoot ? createFolderHandler(customRoot, settings.prefix) : createRequestHandler(store, settings.prefix);
      // Only a cheap check at start-up (one synchronous stat, no thread-pool round trip); the assets are
      // read and gzipped on the first request.
      let built = existsSync(join(store.root, "index.html"));
      // Status shows what the last answer saw, without touching the disk on every status call.
      const serve: HttpRouteHandler = async (req, res, url) => {
        await handler(req, res, url);
        if (res.statusCode === 503) built = false;
        else if (res.statusCode < 400) built = true;
      };
      const page = `${settings.prefix}/`;
      // Public: the page and its assets hold no secret; the WebSocket behind them needs the token.
      const open = { auth: "public" } as const;
      api.registerRoute("GET", page, serve, open);
      if (settings.prefix) api.registerRoute("GET", settings.prefix, serve, open);
      // Another build has nested folders and app routes (/chat, /sessions…): the whole base path is its.
      api.registerRoute("GET", customRoot ? `${page}*` : `${page}assets/*`, serve, open);
      api.registerRoute("GET", `${page}control-ui-config.json`, bootstrapConfigRoute({
        prefix: settings.prefix, version: api.gateway.version, authMode: api.gateway.authMode,
      }), { auth: "gateway", loopbackOpen: true });
      api.registerStatus(() => ({ controlUi: { path: page, built, ...(customRoot ? { root: customRoot } : {}) } }));
      if (built) api.log.info(`control UI at ${page} (assets: ${store.root})`);
      else api.log.warn(`control UI assets are missing in ${store.root}: run \`npm run build\`; ${page} answers 503 until then`);
    },
  });
}

const controlUi = createControlUiPlugin();
export default controlUi;
