/**
 * TEMPORARY (slice U → replaced at merge by slice K's `gateway.controlUi.root`): a test-only plugin that
 * serves a built Control UI folder (the official one from the installed `openclaw` package) on the
 * gateway's own origin and port, so the browser tour can run before the real config key exists.
 * Files below the root only; unknown paths fall back to index.html (client-side routes). As upstream's
 * server does, index.html's relative `./assets/` hrefs are anchored at the root and any `…/assets/x` path
 * serves `assets/x`, so a reload on a deep route such as `/chat/main` still loads the app.
 */
import { extname, join, resolve, sep } from "node:path";
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { definePlugin } from "../../core/sdk/plugin.js";

/** Where scripts/install-official-cli.sh puts the official package (the node_modules symlink's target). */
export const OFFICIAL_UI_DIR = join(process.cwd(), ".cache/official-cli/node_modules/openclaw/dist/control-ui");
export const HAVE_OFFICIAL_UI = existsSync(join(OFFICIAL_UI_DIR, "index.html"));

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".json": "application/json", ".webmanifest": "application/manifest+json", ".svg": "image/svg+xml", ".png": "image/png",
  ".ico": "image/x-icon", ".webp": "image/webp", ".woff2": "font/woff2", ".woff": "font/woff", ".jpg": "image/jpeg",
};

export function officialUiStaticPlugin(root = OFFICIAL_UI_DIR) {
  return definePlugin({
    name: "official-ui-static",
    async setup(api) {
      api.registerRoute("GET", "/*", async (_req, res, url) => {
        const path = decodeURIComponent(url.pathname);
        const assetsAt = path.indexOf("/assets/");
        const rel = assetsAt >= 0 ? path.slice(assetsAt + 1) : path.replace(/^\/+/, "");
        let body: Buffer | undefined;
        let type = TYPES[extname(rel)] ?? "application/octet-stream";
        const file = resolve(root, rel);
        const inside = file.startsWith(root + sep) && existsSync(file) && statSync(file).isFile();
        if (inside) body = await readFile(file);
        else if (!extname(rel)) {
          body = Buffer.from((await readFile(join(root, "index.html"), "utf8")).replace(/(src|href)="\.\//g, '$1="/'));
          type = TYPES[".html"];
        }
        if (!body) { res.statusCode = 404; res.end("not found"); return; }
        res.setHeader("content-type", type);
        res.end(body);
      }, { auth: "public" });
    },
  });
}
