/**
 * Live reload: a real headless Chromium reloads within 1 s of index.html being rewritten (plain
 * and capability-scoped URLs); the socket gets one "reload" per burst after the debounce; dotfiles
 * and node_modules are ignored; a watcher failure (EMFILE) turns live reload off instead of crashing.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { EventEmitter } from "node:events";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import WebSocket from "ws";
import type { BrowserContext } from "playwright-core";
import { stopAllTestGateways, waitFor } from "../../helpers/gateway.js";
import { RELOAD_DEBOUNCE_MS, isIgnored, watchRoot } from "../../../plugins/canvas/watcher.js";
import { createLogger, LogSink } from "../../../core/log.js";
import { launchBrowser, removeTemps, startCanvasGateway, tempDir } from "./helpers.js";

let browser: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());
afterEach(async () => {
  await stopAllTestGateways();
  removeTemps();
});

const page = (title: string) => `<!doctype html><html><body><h1 id="t">${title}</h1></body></html>`;

/** Resolves with the "reload" messages a socket receives, plus a way to wait for the next one. */
async function reloadSocket(url: string) {
  const ws = new WebSocket(url);
  const times: number[] = [];
  ws.on("message", (d) => d.toString() === "reload" && times.push(Date.now()));
  await new Promise((r, j) => ws.once("open", r).once("error", j));
  return { ws, times };
}

describe("live reload in a real browser", () => {
  it("the page reloads and shows the new content within 1 s after index.html is rewritten", async () => {
    const gw = await startCanvasGateway();
    writeFileSync(join(gw.root, "index.html"), page("first"));
    const tab = await browser.newPage();
    await tab.goto(`http://127.0.0.1:${gw.canvasPort}/__openclaw__/canvas/`);
    expect(await tab.textContent("#t")).toBe("first");
    await tab.waitForFunction(() => (window as unknown as { __openclawLiveReload?: boolean }).__openclawLiveReload === true);
    await waitForSockets(gw, 1);
    await gw.watching();
    const started = Date.now();
    writeFileSync(join(gw.root, "index.html"), page("second"));
    await tab.waitForFunction(() => document.getElementById("t")?.textContent === "second", undefined, { timeout: 1000 });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(1000);
    expect(elapsed).toBeGreaterThanOrEqual(RELOAD_DEBOUNCE_MS - 5);
    await tab.close();
  });

  it("a page opened through a node's capability URL reloads too (its socket uses the same capability prefix)", async () => {
    const gw = await startCanvasGateway();
    writeFileSync(join(gw.root, "index.html"), page("cap-1"));
    const node = await gw.client({ role: "node", scopes: [], client: { id: "node-host", mode: "node" } });
    const tab = await browser.newPage();
    const wsUrls: string[] = [];
    tab.on("websocket", (ws) => wsUrls.push(ws.url()));
    await tab.goto(`${node.hello!.pluginSurfaceUrls!.canvas}/__openclaw__/canvas/`);
    await waitForSockets(gw, 1);
    await gw.watching();
    await waitFor(() => wsUrls.length > 0, 2000, "the page's websocket event");
    expect(wsUrls[0]).toBe(`${node.hello!.pluginSurfaceUrls!.canvas.replace("http", "ws")}/__openclaw__/ws`);
    writeFileSync(join(gw.root, "index.html"), page("cap-2"));
    await tab.waitForFunction(() => document.getElementById("t")?.textContent === "cap-2", undefined, { timeout: 1000 });
    await tab.close();
  });
});

async function waitForSockets(gw: Awaited<ReturnType<typeof startCanvasGateway>>, n: number) {
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    if ((await gw.info()).sockets.reload >= n) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error("the page never opened its live-reload socket");
}

describe("watcher and socket", () => {
  it("sends one reload per burst of changes, after the debounce, on both ports", async () => {
    const gw = await startCanvasGateway();
    const a = await reloadSocket(`ws://127.0.0.1:${gw.gateway.port}/__openclaw__/ws`);
    const b = await reloadSocket(`ws://127.0.0.1:${gw.canvasPort}/__openclaw__/ws`);
    await gw.watching();
    for (let i = 0; i < 5; i++) writeFileSync(join(gw.root, `f${i}.txt`), String(i));
    await waitFor(() => a.times.length >= 1 && b.times.length >= 1, 2000, "reload message");
    await new Promise((r) => setTimeout(r, 300));
    expect(a.times.length).toBe(1);
    expect(b.times.length).toBe(1);
    a.ws.close();
    b.ws.close();
  });

  it("ignores dotfiles, dot-directories and node_modules below the root (even though the root sits in a dot-directory)", async () => {
    const root = join(tempDir(), ".openclaw", "workspace", "canvas");
    const gw = await startCanvasGateway({ root });
    const s = await reloadSocket(`ws://127.0.0.1:${gw.gateway.port}/__openclaw__/ws`);
    await gw.watching();
    mkdirSync(join(gw.root, "node_modules"));
    mkdirSync(join(gw.root, ".git"));
    writeFileSync(join(gw.root, ".env"), "x");
    writeFileSync(join(gw.root, "node_modules", "a.js"), "x");
    writeFileSync(join(gw.root, ".git", "HEAD"), "x");
    await new Promise((r) => setTimeout(r, 400));
    expect(s.times).toHaveLength(0);
    writeFileSync(join(gw.root, "visible.txt"), "x");
    await waitFor(() => s.times.length === 1, 2000, "reload for a visible file");
    s.ws.close();
    expect(isIgnored("/r/.x", "/r/.x")).toBe(false);
    expect(isIgnored("/r", "/r/a/.cache/b")).toBe(true);
  });

  it("a watcher failure with EMFILE disables live reload with a clear log line instead of throwing", async () => {
    const lines: string[] = [];
    const log = createLogger(new LogSink({ consoleLevel: "debug", write: (l) => lines.push(l) }), "canvas");
    const fake = new EventEmitter() as EventEmitter & { close(): Promise<void> };
    fake.close = async () => undefined;
    let disabled = "";
    let changes = 0;
    const watcher = await watchRoot(tempDir(), {
      log,
      onChange: () => changes++,
      onDisabled: (reason) => (disabled = reason),
      watch: (() => fake) as never,
    });
    expect(watcher.active).toBe(true);
    fake.emit("error", Object.assign(new Error("too many open files"), { code: "EMFILE" }));
    expect(watcher.active).toBe(false);
    expect(disabled).toMatch(/live reload disabled.*EMFILE.*canvasHost\.liveReload=false/);
    fake.emit("all", "change", "/x");
    await new Promise((r) => setTimeout(r, RELOAD_DEBOUNCE_MS + 50));
    expect(changes).toBe(0);
    // A watcher that cannot even start is the same.
    const broken = await watchRoot(tempDir(), { log, onChange: () => undefined, onDisabled: (r) => (disabled = r), watch: (() => { throw Object.assign(new Error("nope"), { code: "ENOSPC" }); }) as never });
    expect(broken.active).toBe(false);
    expect(disabled).toMatch(/cannot watch/);
    await watcher.close();
  });
});
