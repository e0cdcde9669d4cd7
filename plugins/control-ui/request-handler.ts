/**
 * GET/HEAD for the Control UI: `${prefix}/` is index.html, `${prefix}/assets/<name>` a built asset,
 * `${prefix}` (for a non-root base path) redirects to `${prefix}/`. Anything else is 404, never the
 * app. The raw (still percent-encoded) path is matched against the asset table as is: an encoded,
 * dotted or nested name simply is not in the table.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { sendJson } from "../../core/sdk/plugin.js";
import { ASSET_NAME, type Asset, type AssetStore } from "./assets.js";
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, SECURITY_HEADERS } from "./headers.js";

export type ControlUiHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;

const notFound = (res: ServerResponse, path: string) =>
  sendJson(res, 404, { error: { message: `not found: ${path}`, type: "not_found" } }, { ...SECURITY_HEADERS });

/** True when the client takes gzip (`gzip` listed and not refused with q=0). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(",") : (header ?? "");
  for (const part of value.split(",")) {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    if (coding.trim() !== "gzip" && coding.trim() !== "*") continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  }
  return false;
}

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((t) => {
    const tag = t.trim();
    return tag === "*" || tag === etag || tag === `W/${etag}`;
  });
}

export function createRequestHandler(store: AssetStore, prefix: string): ControlUiHandler {
  const page = `${prefix}/`;
  const assetsBase = `${prefix}/assets/`;

  return async (req, res, url) => {
    // req.url keeps the client's encoding; URL.pathname may have normalised it (e.g. "%2e").
    const rawPath = (req.url ?? "/").split("?")[0];
    if (prefix && rawPath === prefix) {
      res.writeHead(308, { ...SECURITY_HEADERS, location: `${page}${url.search}`, "content-length": 0, "cache-control": "no-store" });
      return void res.end();
    }
    let key: string;
    if (rawPath === page) key = "index.html";
    else if (rawPath.startsWith(assetsBase) && ASSET_NAME.test(rawPath.slice(assetsBase.length))) key = `assets/${rawPath.slice(assetsBase.length)}`;
    else return notFound(res, url.pathname);

    const lookup = await store.get(key === "index.html");
    if (lookup.kind === "missing") {
      return sendJson(
        res,
        503,
        { error: { message: `the Control UI is not built (${lookup.reason}); run \`npm run build\` in the gateway's folder, then reload`, type: "unavailable" } },
        { ...SECURITY_HEADERS, "retry-after": "5" },
      );
    }
    const asset = lookup.table.get(key);
    if (!asset) return notFound(res, url.pathname);
    send(req, res, asset);
  };
}

function send(req: IncomingMessage, res: ServerResponse, asset: Asset): void {
  const headers: Record<string, string | number> = {
    ...SECURITY_HEADERS,
    "content-type": asset.type,
    "cache-control": asset.immutable ? CACHE_IMMUTABLE : CACHE_REVALIDATE,
    etag: asset.etag,
  };
  if (asset.gzip) headers.vary = "Accept-Encoding";
  if (etagMatches(req.headers["if-none-match"], asset.etag)) {
    res.writeHead(304, headers);
    return void res.end();
  }
  const body = asset.gzip && acceptsGzip(req.headers["accept-encoding"]) ? asset.gzip : asset.body;
  if (body === asset.gzip) headers["content-encoding"] = "gzip";
  headers["content-length"] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}
