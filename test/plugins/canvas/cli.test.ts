/**
 * The canvas through the real CLI (`openclaw gateway`): the starter page on the dedicated port under
 * ~/.openclaw/workspace/canvas, a reload message after an edit, and a config-file edit of
 * canvasHost.port that reloads only the canvas plugin and moves the port.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { cliHome, freePorts, spawnGateway, type RunningGateway } from "../../helpers/cli.js";
import { waitFor } from "../../helpers/gateway.js";
import { GatewayClient } from "../../../core/client.js";
import { rawRequest } from "./helpers.js";

const running: RunningGateway[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((g) => g.stop("SIGKILL")));
});

const TOKEN = "tok-canvas-1111111";
const config = (port: number, canvasPort: number) => ({
  gateway: { mode: "local", port, auth: { token: TOKEN }, reload: { debounceMs: 50 } },
  canvasHost: { port: canvasPort },
});

describe("canvas via the CLI", () => {
  it("serves the starter page on the canvas port, reloads on edits, and moves the port on a config edit", async () => {
    const h = cliHome();
    const env = { ...h.env };
    delete env.OPENCLAW_SKIP_CANVAS_HOST;
    const [port, canvasPort, canvasPort2] = await freePorts(3);
    h.writeConfig(config(port, canvasPort));
    const g = await spawnGateway([], env);
    running.push(g);
    expect(g.output()).toContain("ready in");
    const root = join(h.stateDir, "workspace", "canvas");
    expect(existsSync(join(root, "index.html"))).toBe(true);
    const page = await rawRequest(canvasPort, "/__openclaw__/canvas/");
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain("OpenClaw Canvas");

    const op = new GatewayClient({ url: `ws://127.0.0.1:${port}`, token: TOKEN, reconnect: false, client: { id: "test", mode: "test" } });
    await op.connect();
    const ws = new WebSocket(`ws://127.0.0.1:${canvasPort}/__openclaw__/ws`);
    const messages: string[] = [];
    ws.on("message", (d) => messages.push(d.toString()));
    await new Promise((r) => ws.once("open", r));
    for (let i = 0; i < 250 && !((await op.request("canvas.info")) as { watching: boolean }).watching; i++) await new Promise((r) => setTimeout(r, 20));
    writeFileSync(join(root, "index.html"), "<h1>edited</h1>");
    await waitFor(() => messages.includes("reload"), 3000, "reload message");

    expect(op.hello!.pluginSurfaceUrls!.canvas).toBe(`http://127.0.0.1:${canvasPort}`);
    let closed = false;
    op.on("close", () => (closed = true));
    h.writeConfig(config(port, canvasPort2));
    await waitFor(() => g.output().includes("reloaded plugins: canvas"), 5000, "canvas reload");
    expect((await rawRequest(canvasPort2, "/__openclaw__/canvas/")).body.toString()).toContain("edited");
    await expect(rawRequest(canvasPort, "/__openclaw__/canvas/")).rejects.toThrow(/ECONNREFUSED/);
    expect(closed).toBe(false);
    await op.close();
    ws.terminate();
  });
});
