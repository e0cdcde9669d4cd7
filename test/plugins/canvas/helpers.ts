/**
 * Canvas test helpers: a gateway with the canvas plugin on port 0 and a temporary root, a raw
 * HTTP client (exact request bytes, so traversal payloads reach the server unnormalised), and a
 * headless Chromium launcher (Debian's /usr/bin/chromium driven by playwright-core).
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { startTestGateway, type TestGateway, type TestGatewayOptions } from "../../helpers/gateway.js";
import canvas from "../../../plugins/canvas/index.js";

export const canvasPlugin = canvas;

export interface CanvasGateway extends TestGateway {
  root: string;
  /** The dedicated canvas port (null when it is off). */
  canvasPort: number | null;
  info(): Promise<{ port: number | null; root: string; liveReload: boolean; watching: boolean; url: string; sockets: { reload: number; a2ui: number } }>;
  /** Resolves once the root watcher finished its initial scan. */
  watching(): Promise<void>;
}

const temps: string[] = [];

export function tempDir(prefix = "ocgw-canvas-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

export function removeTemps(): void {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** A gateway with the canvas plugin; `canvasHost.root` defaults to a fresh temp dir, `port` to 0. */
export async function startCanvasGateway(
  canvasHost: Record<string, unknown> = {},
  options: Omit<TestGatewayOptions, "config"> & { config?: Record<string, unknown> } = {},
): Promise<CanvasGateway> {
  const root = (canvasHost.root as string | undefined) ?? join(tempDir(), "canvas");
  const gw = await startTestGateway({
    ...options,
    plugins: [...(options.plugins ?? []), canvasPlugin],
    config: { ...options.config, canvasHost: { root, port: 0, ...canvasHost } },
  });
  const info = async () => {
    const c = await gw.client({ client: { id: "cli", mode: "cli" } });
    const r = (await c.request("canvas.info")) as Awaited<ReturnType<CanvasGateway["info"]>>;
    await c.close();
    return r;
  };
  const canvasPort = canvasHost.enabled === false ? null : (await info().catch(() => ({ port: null }))).port;
  const watching = async () => {
    const deadline = Date.now() + 5000;
    while (!(await info()).watching) {
      if (Date.now() > deadline) throw new Error("the canvas watcher never became ready");
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  return Object.assign(gw, { root, canvasPort, info, watching });
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** Everything the server sent, headers included. */
  raw: Buffer;
}

/** Sends one request with an exact request target over a fresh TCP connection. */
export function rawRequest(port: number, target: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    const headerLines = Object.entries({ host: `127.0.0.1:${port}`, connection: "close", ...options.headers }).map(([k, v]) => `${k}: ${v}\r\n`);
    socket.on("connect", () => socket.write(Buffer.from(`${options.method ?? "GET"} ${target} HTTP/1.1\r\n${headerLines.join("")}\r\n`, "latin1")));
    socket.on("data", (d) => chunks.push(d));
    socket.on("error", reject);
    socket.setTimeout(5000, () => socket.destroy(new Error(`no response for ${target}`)));
    socket.on("close", () => {
      const raw = Buffer.concat(chunks);
      const split = raw.indexOf("\r\n\r\n");
      const head = raw.subarray(0, split < 0 ? raw.length : split).toString("latin1").split("\r\n");
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head[0] ?? "")?.[1] ?? 0);
      const headers: Record<string, string> = {};
      for (const line of head.slice(1)) {
        const i = line.indexOf(":");
        if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
      }
      resolve({ status, headers, body: split < 0 ? Buffer.alloc(0) : raw.subarray(split + 4), raw });
    });
  });
}

export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** A fresh headless Chromium (its own user-data-dir); close the context to stop it. */
export async function launchBrowser(): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y --no-install-recommends chromium); .ci/run does this`);
  return chromium.launchPersistentContext(tempDir("ocgw-chromium-"), { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}
