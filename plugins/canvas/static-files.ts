/** Serves one file from the canvas root: safe open, content type, sandbox, no-store, HEAD, live-reload injection. */
import type { IncomingMessage, ServerResponse } from "node:http";
import { readFile } from "node:fs";
import { promisify } from "node:util";
import { contentTypeFor, isHtml } from "./mime.js";
import { closeFd, openWithinRoot } from "../../core/sdk/plugin.js";
import { sendFd } from "./send-fd.js";
import { parseSubPath } from "./safe-path.js";
import { injectLiveReload } from "./live-reload.js";

const readFileP = promisify(readFile);

/** HTML above this is streamed as is (no live-reload script). */
const INJECT_MAX = 8 * 1024 * 1024;

/**
 * Every canvas response is a sandboxed document if a browser renders it (HTML, SVG, XML, or whatever a
 * file claims to be): an opaque origin, so canvas scripts share nothing with the Control UI on the
 * gateway port (its stored token, its cookies) or with other canvas pages. Scripts, forms, dialogs,
 * popups (sandboxed in turn) and downloads still work; storage APIs and same-origin requests do not.
 */
export const SANDBOX_CSP = "sandbox allow-scripts allow-forms allow-modals allow-popups allow-downloads allow-pointer-lock";

export const BASE_HEADERS = Object.freeze({ "cache-control": "no-store", "x-content-type-options": "nosniff", "content-security-policy": SANDBOX_CSP });

export function sendText(res: ServerResponse, status: number, text: string, type = "text/plain; charset=utf-8"): void {
  const body = Buffer.from(text);
  res.writeHead(status, { ...BASE_HEADERS, "content-type": type, "content-length": body.length });
  res.end(res.req.method === "HEAD" ? undefined : body);
}

export interface ServeOptions {
  rootReal: string;
  /** The raw path below /__openclaw__/canvas ("" or "/..."). */
  rawRest: string;
  /** Add the live-reload script to HTML responses: a function issuing the socket ticket it carries; null: no script. */
  liveReloadTicket: (() => string) | null;
}

export async function serveFile(req: IncomingMessage, res: ServerResponse, opts: ServeOptions): Promise<void> {
  const parsed = parseSubPath(opts.rawRest);
  if (!parsed.ok) return sendText(res, parsed.status, parsed.status === 400 ? "bad request" : "not found");
  const opened = await openWithinRoot(opts.rootReal, parsed.segments);
  if (!opened.ok) {
    if (parsed.segments.length === 0) {
      return sendText(res, 404, "<!doctype html><title>canvas</title><p>Missing file. Create index.html in the canvas root.</p>", "text/html; charset=utf-8");
    }
    return sendText(res, 404, "not found");
  }
  const { fd, stat, segments } = opened.file;
  const name = segments[segments.length - 1] ?? "index.html";
  const head = req.method === "HEAD";
  const headers = { ...BASE_HEADERS, "content-type": contentTypeFor(name) };
  try {
    if (opts.liveReloadTicket && isHtml(name) && stat.size <= INJECT_MAX) {
      const body = injectLiveReload(await readFileP(fd), opts.liveReloadTicket());
      res.writeHead(200, { ...headers, "content-length": body.length });
      res.end(head ? undefined : body);
      return;
    }
    res.writeHead(200, { ...headers, "content-length": stat.size });
    if (head || stat.size === 0) res.end();
    else await sendFd(fd, stat.size, res);
  } finally {
    closeFd(fd);
  }
}
