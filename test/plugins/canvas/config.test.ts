/**
 * canvasHost config: defaults (root under the state dir, port = gateway port + 4), strict schema,
 * the disabled modes (enabled=false, OPENCLAW_SKIP_CANVAS_HOST=1, liveReload=false), a busy canvas
 * port, and a hot reload of canvasHost that moves the port without touching other plugins' clients.
 */
import { afterEach, describe, expect, it } from "vitest";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import WebSocket from "ws";
import { startTestGateway, stopAllTestGateways, waitFor } from "../../helpers/gateway.js";
import { freePort } from "../../helpers/cli.js";
import presence from "../../../plugins/presence/index.js";
import { resolveSettings } from "../../../plugins/canvas/config.js";
import { STARTER_HTML } from "../../../plugins/canvas/starter-page.js";
import { canvasPlugin, rawRequest, removeTemps, startCanvasGateway, tempDir } from "./helpers.js";

afterEach(async () => {
  await stopAllTestGateways();
  removeTemps();
});

const ctx = { stateDir: "/home/u/.openclaw", configPath: "/home/u/.openclaw/openclaw.json", gatewayPort: 18789, env: { HOME: "/home/u" } };

describe("canvasHost settings", () => {
  it("defaults: root <workspace>/canvas (OPENCLAW_WORKSPACE, else <stateDir>/workspace), port = gateway port + 4, live reload on", () => {
    expect(resolveSettings({}, ctx)).toEqual({ enabled: true, root: "/home/u/.openclaw/workspace/canvas", port: 18793, liveReload: true });
    expect(resolveSettings({}, { ...ctx, stateDir: "/home/u/.openclaw-dev", gatewayPort: 19001 })).toMatchObject({ root: "/home/u/.openclaw-dev/workspace/canvas", port: 19005 });
    expect(resolveSettings({}, { ...ctx, gatewayPort: 0 })).toMatchObject({ port: 0 });
    expect(resolveSettings({}, { ...ctx, env: { HOME: "/home/u", OPENCLAW_WORKSPACE: "~/.openclaw/workspace-work" } })).toMatchObject({ root: "/home/u/.openclaw/workspace-work/canvas" });
    expect(resolveSettings({ canvasHost: { enabled: true, liveReload: true, port: 18789 } }, ctx)).toMatchObject({ port: null });
    expect(resolveSettings({ canvasHost: { enabled: true, liveReload: true, root: "~/c" } }, ctx)).toMatchObject({ root: "/home/u/c" });
    expect(resolveSettings({ canvasHost: { enabled: true, liveReload: true, root: "site" } }, ctx)).toMatchObject({ root: "/home/u/.openclaw/site" });
    expect(resolveSettings({ canvasHost: { enabled: false, liveReload: true } }, ctx)).toEqual({ enabled: false, reason: "canvasHost.enabled=false" });
    expect(resolveSettings({}, { ...ctx, env: { OPENCLAW_SKIP_CANVAS_HOST: "1" } })).toEqual({ enabled: false, reason: "OPENCLAW_SKIP_CANVAS_HOST=1" });
  });

  it("writes the starter page under <stateDir>/workspace/canvas by default", async () => {
    const saved = process.env.OPENCLAW_WORKSPACE;
    delete process.env.OPENCLAW_WORKSPACE; // never the developer's real workspace
    try {
      const gw = await startTestGateway({ plugins: [canvasPlugin], config: { canvasHost: { port: 0 } } });
      expect(readFileSync(join(gw.stateDir, "workspace", "canvas", "index.html"), "utf8")).toBe(STARTER_HTML);
    } finally {
      if (saved !== undefined) process.env.OPENCLAW_WORKSPACE = saved;
    }
  });

  it("creates the workspace and its canvas folder 0700 and the starter page 0600, even under umask 000", async () => {
    const saved = process.env.OPENCLAW_WORKSPACE;
    const workspace = join(tempDir(), "workspace-work"); // as a profile sets it: outside the state dir
    process.env.OPENCLAW_WORKSPACE = workspace;
    const umask = process.umask(0); // tests run in forked processes (vitest pool "forks"), where umask may change
    try {
      await startTestGateway({ plugins: [canvasPlugin], config: { canvasHost: { port: 0 } } });
      const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);
      expect(mode(workspace)).toBe("700");
      expect(mode(join(workspace, "canvas"))).toBe("700");
      expect(mode(join(workspace, "canvas", "index.html"))).toBe("600");
    } finally {
      process.umask(umask);
      if (saved === undefined) delete process.env.OPENCLAW_WORKSPACE;
      else process.env.OPENCLAW_WORKSPACE = saved;
    }
  });

  it("the schema is strict: an unknown or mistyped key fails the plugin, naming the path; the gateway keeps running", async () => {
    const gw = await startTestGateway({ plugins: [canvasPlugin], config: { canvasHost: { prot: 1, port: "x" } } });
    const state = gw.gateway.plugins.list().find((p) => p.name === "canvas")!;
    expect(state.state).toBe("failed");
    expect(state.error).toMatch(/canvasHost\.prot: unknown key/);
    expect(state.error).toMatch(/canvasHost\.port/);
    expect((await rawRequest(gw.gateway.port, "/health")).status).toBe(200);
  });
});

describe("disabled modes", () => {
  async function expectOff(gw: Awaited<ReturnType<typeof startTestGateway>>) {
    for (const path of ["/__openclaw__/canvas/", "/__openclaw__/a2ui/", "/__openclaw__/ws"]) expect((await rawRequest(gw.gateway.port, path)).status).toBe(404);
    const c = await gw.client();
    expect(c.hello!.features.methods).not.toContain("canvas.info");
    expect(c.hello!.pluginSurfaceUrls).toBeUndefined();
    expect(gw.logs.join("\n")).toMatch(/canvas host disabled/);
  }

  it("canvasHost.enabled=false: no routes, no dedicated port, no root, no surface URL", async () => {
    const port = await freePort();
    const gw = await startTestGateway({ plugins: [canvasPlugin], config: { canvasHost: { enabled: false, port } } });
    await expectOff(gw);
    await expect(rawRequest(port, "/__openclaw__/canvas/")).rejects.toThrow(/ECONNREFUSED/);
    expect(existsSync(join(gw.stateDir, "workspace"))).toBe(false);
  });

  it("OPENCLAW_SKIP_CANVAS_HOST=1 turns it off whatever the config says", async () => {
    process.env.OPENCLAW_SKIP_CANVAS_HOST = "1";
    try {
      await expectOff(await startTestGateway({ plugins: [canvasPlugin], config: { canvasHost: { enabled: true, port: 0 } } }));
    } finally {
      delete process.env.OPENCLAW_SKIP_CANVAS_HOST;
    }
  });

  it("liveReload=false: files are served without the script and nothing is watched; the A2UI socket still works", async () => {
    const gw = await startCanvasGateway({ liveReload: false });
    const html = await rawRequest(gw.gateway.port, "/__openclaw__/canvas/");
    expect(html.status).toBe(200);
    expect(html.body.toString()).not.toContain("data-openclaw-live-reload");
    expect(await gw.info()).toMatchObject({ liveReload: false, watching: false });
    const ws = new WebSocket(`ws://127.0.0.1:${gw.canvasPort}/__openclaw__/ws`);
    const got: string[] = [];
    ws.on("message", (d) => got.push(d.toString()));
    await new Promise((r) => ws.once("open", r));
    writeFileSync(join(gw.root, "index.html"), "<p>changed</p>");
    await new Promise((r) => setTimeout(r, 300));
    expect(got).toEqual([]);
    ws.close();
  });
});

describe("the dedicated port", () => {
  it("a busy canvas port leaves the canvas on the gateway port with a warning", async () => {
    const blocker = createServer().listen(0, "127.0.0.1");
    await new Promise((r) => blocker.once("listening", r));
    const busy = (blocker.address() as { port: number }).port;
    try {
      const gw = await startCanvasGateway({ port: busy });
      expect(gw.gateway.plugins.list().find((p) => p.name === "canvas")!.state).toBe("active");
      expect(gw.logs.join("\n")).toMatch(new RegExp(`canvas port ${busy} unavailable \\(EADDRINUSE\\)`));
      expect((await gw.info()).port).toBeNull();
      expect((await rawRequest(gw.gateway.port, "/__openclaw__/canvas/")).status).toBe(200);
      const c = await gw.client();
      expect(c.hello!.pluginSurfaceUrls!.canvas).toBe(`http://127.0.0.1:${gw.gateway.port}`);
    } finally {
      blocker.close();
    }
  });

  it("reloading canvasHost moves the port; other plugins' clients stay connected", async () => {
    const [first, second] = [await freePort(), await freePort()];
    const gw = await startCanvasGateway({ port: first }, { plugins: [presence] });
    const root = gw.root;
    expect((await rawRequest(first, "/__openclaw__/canvas/")).status).toBe(200);
    const bystander = await gw.client({ client: { id: "openclaw-macos", mode: "ui" } });
    const bystanderSocket = bystander.socket;
    const pageSocket = new WebSocket(`ws://127.0.0.1:${first}/__openclaw__/ws`);
    await new Promise((r) => pageSocket.once("open", r));
    const closed = new Promise<number>((r) => pageSocket.once("close", (code) => r(code)));

    const reloaded = await gw.gateway.plugins.reload(["canvas"], { canvasHost: { root, port: second } });
    expect(reloaded).toEqual(["canvas"]);
    expect(await closed).toBe(1001);
    await expect(rawRequest(first, "/__openclaw__/canvas/")).rejects.toThrow(/ECONNREFUSED/);
    expect((await rawRequest(second, "/__openclaw__/canvas/")).status).toBe(200);
    expect((await rawRequest(gw.gateway.port, "/__openclaw__/canvas/")).status).toBe(200);
    expect(bystander.connected).toBe(true);
    expect(bystander.socket).toBe(bystanderSocket);
    expect(await bystander.request("system-presence")).toBeInstanceOf(Array);
    const fresh = await gw.client();
    expect(fresh.hello!.pluginSurfaceUrls!.canvas).toBe(`http://127.0.0.1:${second}`);
    await waitFor(() => gw.logs.some((l) => l.includes(`port ${second}`)), 1000, "log line naming the new port");
  });
});
