/**
 * Serves another built Control UI folder (`gateway.controlUi.root`, e.g. the official one shipped in
 * the `openclaw` package's `dist/control-ui`). Unlike our own page, such a build has nested folders
 * (themes, fonts, icons), precompressed `.br`/`.gz` siblings, a service worker and inline scripts, so
 * files are opened per request below the root (`openWithinRoot`: no symlink out of it, each segment a
 * plain name) and `index.html` is answered for the app's own routes. `index.html` gets the base-path
 * attribute the build reads, and its CSP allows exactly its inline scripts (by hash).
 */
import { createHash } from "node:crypto";
import { createReadStream, readFile } from "node:fs";
import { promisify } from "node:util";
import { extname } from "node:path";
import type { IncomingMessage, ServerResponse } from "node:http";
import { closeFd, openWithinRoot, sendJson } from "../../core/sdk/plugin.js";
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, SECURITY_HEADERS, officialUiCsp } from "./headers.js";
import type { ControlUiHandler } from "./request-handler.js";

const readFd = promisify(readFile) as (fd: number, encoding: "utf8") => Promise<string>;

const TYPES: Readonly<Record<string, string>> = Object.freeze({
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webp": "image/webp",
  ".jpg": "image/jpeg",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".wasm": "application/wasm",
});
/** One path segment as builds name their files; no leading dot (no `..`, no hidden files), nothing encoded. */
const SEGMENT = /^[A-Za-z0-9_@~+-][A-Za-z0-9._@~+-]{0,199}$/;
const MAX_SEGMENTS = 8;
/** Vite's content hash in a file name (`index-DsEuFQRE.js`): such a file never changes. */
const HASHED = /-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;
const BASE_PATH_ATTRIBUTE = "data-openclaw-control-ui-base-path";
const MAX_INDEX_BYTES = 1024 * 1024;

const notFound = (res: ServerResponse, path: string) =>
  sendJson(res, 404, { error: { message: `not found: ${path}`, type: "not_found" } }, { ...SECURITY_HEADERS });

/** Picks the precompressed sibling the client takes: br, then gzip (a `;q=0` refuses one). */
function encodings(header: string | string[] | undefined): string[] {
  const value = (Array.isArray(header) ? header.join(",") : (header ?? "")).toLowerCase();
  const accepted = new Set<string>();
  for (const part of value.split(",")) {
    const [coding, ...params] = part.trim().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (q === undefined || Number(q.slice(2)) > 0) accepted.add(coding.trim());
  }
  return [["br", ".br"], ["gzip", ".gz"]].filter(([c]) => accepted.has(c)).map(([c]) => c);
}

/** index.html with the base path stamped on <html> and in its links, and the CSP hashes of its inline scripts. */
export function prepareIndexHtml(html: string, prefix: string): { html: string; scriptHashes: string[] } {
  const stamped = html.replace(/<html\b([^>]*)>/i, (_tag, attrs: string) =>
    `<html${attrs.replace(new RegExp(`\\s${BASE_PATH_ATTRIBUTE}="[^"]*"`, "g"), "")} ${BASE_PATH_ATTRIBUTE}="${prefix.replace(/"/g, "&quot;")}">`);
  // The build links its files relative to the page ("./assets/…"); an app route such as /settings/advanced
  // is answered with this same page, so the links are made absolute under the base path.
  const linked = stamped.replace(/\b(src|href)="\.\//g, (_m, attr: string) => `${attr}="${prefix}/`);
  const scriptHashes: string[] = [];
  for (const match of linked.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc\s*=/i.test(match[1]) || !match[2]) continue;
    scriptHashes.push(`sha256-${createHash("sha256").update(match[2], "utf8").digest("base64")}`);
  }
  return { html: linked, scriptHashes };
}

export function createFolderHandler(rootReal: string, prefix: string): ControlUiHandler {
  const page = `${prefix}/`;
  let index: { stamp: string; body: Buffer; csp: string; etag: string } | null = null;

  const sendIndex = async (req: IncomingMessage, res: ServerResponse) => {
    const opened = await openWithinRoot(rootReal, ["index.html"]);
    if (!opened.ok) {
      return sendJson(res, 503, { error: { message: `the Control UI folder ${rootReal} has no index.html (gateway.controlUi.root); build it or point the key at a built folder`, type: "unavailable" } }, { ...SECURITY_HEADERS, "retry-after": "5" });
    }
    const { fd, stat } = opened.file;
    try {
      const stamp = `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
      if (index?.stamp !== stamp && stat.size <= MAX_INDEX_BYTES) {
        const text = await readFd(fd, "utf8");
        const prepared = prepareIndexHtml(text, prefix);
        const body = Buffer.from(prepared.html, "utf8");
        index = { stamp, body, csp: officialUiCsp(prepared.scriptHashes), etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"` };
      }
    } finally {
      closeFd(fd);
    }
    if (!index) return notFound(res, page);
    const headers = { ...SECURITY_HEADERS, "content-security-policy": index.csp, "content-type": TYPES[".html"], "cache-control": CACHE_REVALIDATE, etag: index.etag };
    if (req.headers["if-none-match"] === index.etag) {
      res.writeHead(304, headers);
      return void res.end();
    }
    res.writeHead(200, { ...headers, "content-length": index.body.length });
    res.end(req.method === "HEAD" ? undefined : index.body);
  };

  return async (req, res, url) => {
    const rawPath = (req.url ?? "/").split("?")[0];
    if (prefix && rawPath === prefix) {
      res.writeHead(308, { ...SECURITY_HEADERS, location: `${page}${url.search}`, "content-length": 0, "cache-control": "no-store" });
      return void res.end();
    }
    if (!rawPath.startsWith(page)) return notFound(res, url.pathname);
    const rest = rawPath.slice(page.length);
    if (rest === "" || rest === "index.html") return sendIndex(req, res);
    const segments = rest.split("/");
    if (segments.length > MAX_SEGMENTS || !segments.every((s) => SEGMENT.test(s))) return notFound(res, url.pathname);
    const type = TYPES[extname(segments[segments.length - 1]).toLowerCase()];
    // An app route (/chat, /sessions/…): the app renders it from index.html.
    if (!type) return /\btext\/html\b/.test(req.headers.accept ?? "") && !extname(rest) ? sendIndex(req, res) : notFound(res, url.pathname);
    await sendFile(req, res, rootReal, segments, type, url.pathname);
  };
}

async function sendFile(req: IncomingMessage, res: ServerResponse, rootReal: string, segments: string[], type: string, shown: string): Promise<void> {
  const last = segments.length - 1;
  for (const coding of [...encodings(req.headers["accept-encoding"]), "identity"]) {
    const suffix = coding === "br" ? ".br" : coding === "gzip" ? ".gz" : "";
    const opened = await openWithinRoot(rootReal, [...segments.slice(0, last), segments[last] + suffix]);
    if (!opened.ok) continue;
    const { fd, stat } = opened.file;
    if (!stat.isFile()) {
      closeFd(fd);
      continue;
    }
    const etag = `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}-${coding}"`;
    const headers: Record<string, string | number> = {
      ...SECURITY_HEADERS,
      "content-type": type,
      "cache-control": segments[0] === "assets" && HASHED.test(segments[last]) ? CACHE_IMMUTABLE : CACHE_REVALIDATE,
      etag,
      vary: "Accept-Encoding",
    };
    if (suffix) headers["content-encoding"] = coding;
    if (req.headers["if-none-match"] === etag || req.method === "HEAD") {
      closeFd(fd);
      if (req.method === "HEAD") headers["content-length"] = stat.size;
      res.writeHead(req.method === "HEAD" ? 200 : 304, headers);
      return void res.end();
    }
    headers["content-length"] = stat.size;
    res.writeHead(200, headers);
    const stream = createReadStream("", { fd, autoClose: true });
    stream.on("error", () => res.destroy());
    res.on("close", () => stream.destroy());
    stream.pipe(res);
    return;
  }
  notFound(res, shown);
}
