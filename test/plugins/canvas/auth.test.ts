/**
 * canvas access: loopback clients are served; remote clients (simulated through a trusted proxy with
 * X-Forwarded-For, as in test/core/auth.test.ts) need the gateway bearer token or a capability URL
 * issued to a connected node; hello-ok carries the URL for protocols 3 and 4.
 */
import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { stopAllTestGateways, TEST_TOKEN } from "../../helpers/gateway.js";
import { CapabilityStore } from "../../../plugins/canvas/capabilities.js";
import { rawRequest, removeTemps, startCanvasGateway } from "./helpers.js";

afterEach(async () => {
  await stopAllTestGateways();
  removeTemps();
});

const remote = (ip = "203.0.113.5", extra: Record<string, string> = {}) => ({ "x-forwarded-for": ip, ...extra });
const bearer = (token = TEST_TOKEN) => ({ authorization: `Bearer ${token}` });
const C = "/__openclaw__/canvas/";

/** Opens a WebSocket and resolves with the upgrade outcome: 101 or the refusal status. */
function upgradeStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers });
    ws.on("open", () => {
      ws.terminate();
      resolve(101);
    });
    ws.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
    ws.on("error", () => resolve(0));
  });
}

async function nodeClient(gw: Awaited<ReturnType<typeof startCanvasGateway>>, protocol?: 3) {
  return gw.client({ role: "node", scopes: [], client: { id: "node-host", mode: "node" }, ...(protocol ? { minProtocol: 3, maxProtocol: 3 } : {}) });
}

describe("canvas auth", () => {
  it("serves loopback clients; refuses remote ones without credentials on both ports", async () => {
    const gw = await startCanvasGateway({}, { trustedProxies: ["127.0.0.1"] });
    for (const port of [gw.gateway.port, gw.canvasPort!]) {
      expect((await rawRequest(port, C)).status).toBe(200);
      const r = await rawRequest(port, C, { headers: remote() });
      expect(r.status, `port ${port}`).toBe(401);
      expect(r.body.toString()).not.toContain("OpenClaw Canvas");
      expect((await rawRequest(port, "/__openclaw__/a2ui/", { headers: remote() })).status).toBe(401);
      // A browser Origin makes a loopback request non-local too (no drive-by reads from web pages).
      expect((await rawRequest(port, C, { headers: { origin: "http://evil.example" } })).status).toBe(401);
    }
  });

  it("accepts the gateway bearer token from remote clients on both ports; a wrong one is 401 and counts towards the limiter", async () => {
    const gw = await startCanvasGateway({}, { trustedProxies: ["127.0.0.1"], limiter: { maxFailures: 3 } });
    for (const port of [gw.gateway.port, gw.canvasPort!]) {
      const ok = await rawRequest(port, C, { headers: remote("203.0.113.5", bearer()) });
      expect(ok.status, `port ${port}`).toBe(200);
      expect(ok.body.toString()).toContain("OpenClaw Canvas");
      expect((await rawRequest(port, C, { headers: remote("203.0.113.5", bearer("wrong")) })).status).toBe(401);
    }
    // The dedicated port's failures reach the gateway's limiter, keyed by the forwarded address
    // (one failure so far since the last success; two more make three).
    for (let i = 0; i < 2; i++) await rawRequest(gw.canvasPort!, C, { headers: remote("203.0.113.5", bearer("wrong")) });
    for (const port of [gw.canvasPort!, gw.gateway.port]) {
      expect((await rawRequest(port, C, { headers: remote("203.0.113.5", bearer()) })).status).toBe(429);
    }
    expect((await rawRequest(gw.canvasPort!, C, { headers: remote("198.51.100.7", bearer()) })).status).toBe(200);
  });

  it("gives nodes a capability URL (protocol 4 pluginSurfaceUrls, protocol 3 canvasHostUrl) that works remotely on both ports", async () => {
    const gw = await startCanvasGateway({}, { trustedProxies: ["127.0.0.1"] });
    const node = await nodeClient(gw);
    const url = new URL(node.hello!.pluginSurfaceUrls!.canvas);
    expect(url.port).toBe(String(gw.canvasPort));
    expect(url.pathname).toMatch(/^\/__openclaw__\/cap\/[A-Za-z0-9_-]{24}$/);
    expect(node.hello!.canvasHostUrl).toBeUndefined();
    for (const port of [gw.gateway.port, gw.canvasPort!]) {
      const r = await rawRequest(port, `${url.pathname}${C}`, { headers: remote() });
      expect(r.status).toBe(200);
      expect(r.body.toString()).toContain("OpenClaw Canvas");
      expect((await rawRequest(port, `${url.pathname}/__openclaw__/a2ui/`, { headers: remote() })).status).toBe(200);
    }
    const v3 = await nodeClient(gw, 3);
    expect(v3.hello!.canvasHostUrl).toMatch(/\/__openclaw__\/cap\/[A-Za-z0-9_-]{24}$/);
    expect(v3.hello!.pluginSurfaceUrls).toBeUndefined();
    // Operators get the plain URL; they use loopback or the bearer token.
    const op = await gw.client();
    expect(op.hello!.pluginSurfaceUrls!.canvas).toBe(`http://127.0.0.1:${gw.canvasPort}`);
  });

  it("plugin.surface.refresh answers the canvas URL hello-ok gave (the official Control UI re-reads it); other surfaces are unavailable", async () => {
    const gw = await startCanvasGateway({});
    const op = await gw.client({ scopes: ["operator.read"] });
    const observedUrl = op.hello!.pluginSurfaceUrls!.canvas;
    expect(await op.request("plugin.surface.refresh", { surface: "canvas", observedUrl })).toEqual({ surface: "canvas", pluginSurfaceUrls: { canvas: observedUrl } });
    await expect(op.request("plugin.surface.refresh", { surface: "board" })).rejects.toMatchObject({ code: "UNAVAILABLE", message: expect.stringContaining("board plugin surface unavailable") });
    await expect(op.request("plugin.surface.refresh", {})).rejects.toMatchObject({ code: "INVALID_REQUEST", message: expect.stringContaining("surface") });
  });

  it("a capability stops working when its node disconnects or refreshes it; unknown ones are 401", async () => {
    const gw = await startCanvasGateway({}, { trustedProxies: ["127.0.0.1"] });
    const node = await nodeClient(gw);
    const first = new URL(node.hello!.pluginSurfaceUrls!.canvas).pathname;
    const refreshed = (await node.request("node.canvas.capability.refresh")) as { canvasCapability: string; canvasHostUrl: string; canvasCapabilityExpiresAtMs: number };
    expect(refreshed.canvasHostUrl).toContain(refreshed.canvasCapability);
    expect(refreshed.canvasCapabilityExpiresAtMs).toBeGreaterThan(Date.now());
    const second = new URL(refreshed.canvasHostUrl).pathname;
    expect((await rawRequest(gw.canvasPort!, `${first}${C}`, { headers: remote() })).status).toBe(401);
    expect((await rawRequest(gw.canvasPort!, `${second}${C}`, { headers: remote() })).status).toBe(200);
    await node.close();
    await new Promise((r) => setTimeout(r, 50));
    expect((await rawRequest(gw.canvasPort!, `${second}${C}`, { headers: remote() })).status).toBe(401);
    expect((await rawRequest(gw.gateway.port, `/__openclaw__/cap/${"A".repeat(24)}${C}`, { headers: remote() })).status).toBe(401);
    expect((await rawRequest(gw.gateway.port, `/__openclaw__/cap/short${C}`, { headers: remote() })).status).toBe(404);
    const op = await gw.client();
    await expect(op.request("node.canvas.capability.refresh")).rejects.toThrow();
  });

  it("capabilities expire after the TTL without use, slide on use, and the store is bounded", () => {
    let now = 0;
    const open = new Set(["c1", "c2"]);
    const store = new CapabilityStore({ isOpen: (id) => open.has(id), ttlMs: 1000, now: () => now });
    const a = store.mint("c1").token;
    const b = store.mint("c2").token;
    now = 900;
    expect(store.verify(a)).toBe(true);
    now = 1500;
    expect(store.verify(a)).toBe(true); // slid to 1900
    expect(store.verify(b)).toBe(false); // expired at 1000
    open.delete("c1");
    expect(store.verify(a)).toBe(false);
    expect(store.size).toBe(0);
  });

  it("the live-reload socket: local clients and capability paths get 101; remote ones without a capability do not", async () => {
    const gw = await startCanvasGateway({}, { trustedProxies: ["127.0.0.1"] });
    const node = await nodeClient(gw);
    const cap = new URL(node.hello!.pluginSurfaceUrls!.canvas).pathname;
    for (const port of [gw.gateway.port, gw.canvasPort!]) {
      const base = `ws://127.0.0.1:${port}`;
      expect(await upgradeStatus(`${base}/__openclaw__/ws`)).toBe(101);
      expect(await upgradeStatus(`${base}/__openclaw__/ws`, { origin: `http://127.0.0.1:${port}` })).toBe(101);
      expect(await upgradeStatus(`${base}/__openclaw__/ws`, remote())).toBe(401);
      expect(await upgradeStatus(`${base}${cap}/__openclaw__/ws`, remote())).toBe(101);
      expect(await upgradeStatus(`${base}/__openclaw__/ws`, { origin: "http://evil.example" })).toBe(403);
      expect(await upgradeStatus(`${base}/__openclaw__/other`)).toBe(404);
    }
    // Same-origin pages on the dedicated port (a node's browser) may open it with a capability.
    const canvasBase = `ws://127.0.0.1:${gw.canvasPort}`;
    expect(await upgradeStatus(`${canvasBase}${cap}/__openclaw__/ws`, { ...remote(), origin: `http://127.0.0.1:${gw.canvasPort}` })).toBe(101);
  });

  it("auth mode none serves everyone, like the gateway", async () => {
    const gw = await startCanvasGateway({}, { trustedProxies: ["127.0.0.1"], auth: { mode: "none" } });
    for (const port of [gw.gateway.port, gw.canvasPort!]) expect((await rawRequest(port, C, { headers: remote() })).status).toBe(200);
  });
});
