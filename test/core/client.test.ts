/** GatewayClient behaviours the CLI and nodes rely on: reconnect with backoff, tick watchdog, seq gaps. */
import { afterEach, describe, expect, it } from "vitest";
import { WebSocketServer } from "ws";
import { createGateway } from "../../core/gateway.js";
import { LogSink } from "../../core/log.js";
import { GatewayClient } from "../../core/client.js";
import { startTestGateway, stopAllTestGateways, waitFor, TEST_TOKEN } from "../helpers/gateway.js";
import { freePort } from "../helpers/cli.js";

afterEach(() => stopAllTestGateways());

function gatewayOn(port: number) {
  return createGateway({
    host: "127.0.0.1", port, config: {}, configPath: "/nonexistent/openclaw.json", stateDir: "/tmp",
    plugins: [], auth: () => ({ mode: "token", token: TEST_TOKEN }), logSink: new LogSink({ write: () => undefined }), version: "test",
  });
}

describe("GatewayClient", () => {
  it("reconnects after the gateway restarts on the same port", async () => {
    const port = await freePort();
    const first = gatewayOn(port);
    await first.start();
    const client = new GatewayClient({ url: `ws://127.0.0.1:${port}`, token: TEST_TOKEN, reconnect: true });
    await client.connect();
    const firstConn = client.hello!.server.connId;
    const shutdown = new Promise((r) => client.once("event:shutdown", r));
    await first.stop("gateway restarting", 500);
    expect(await shutdown).toEqual({ reason: "gateway restarting", restartExpectedMs: 500 });
    const second = gatewayOn(port);
    await second.start();
    await waitFor(() => client.connected, 5000, "reconnect");
    expect(client.hello!.server.connId).not.toBe(firstConn);
    await expect(client.request("health")).resolves.toMatchObject({ ok: true });
    await client.close();
    await second.stop();
  });

  it("closes with 4000 when the gateway goes silent for two tick intervals", async () => {
    const port = await freePort();
    const wss = new WebSocketServer({ port, host: "127.0.0.1" });
    wss.on("connection", (ws) => {
      ws.send(JSON.stringify({ type: "event", event: "connect.challenge", payload: { nonce: "n", ts: Date.now() } }));
      ws.on("message", (d) => {
        const f = JSON.parse(d.toString());
        if (f.method === "connect") {
          ws.send(JSON.stringify({ type: "res", id: f.id, ok: true, payload: { type: "hello-ok", protocol: 4, server: { version: "x", connId: "c" }, features: { methods: [], events: [] }, snapshot: { presence: [], health: {}, stateVersion: { presence: 1, health: 1 }, uptimeMs: 0 }, policy: { maxPayload: 1, maxBufferedBytes: 1, tickIntervalMs: 100 } } }));
        }
      });
    });
    const client = new GatewayClient({ url: `ws://127.0.0.1:${port}`, token: "x" });
    const closed = new Promise<number>((r) => client.on("close", (code: number) => r(code)));
    await client.connect();
    expect(await closed).toBe(4000);
    wss.close();
  });

  it("reports a seq gap", async () => {
    const gw = await startTestGateway({ timings: { tickIntervalMs: 50 } });
    const client = await gw.client();
    const gaps: unknown[] = [];
    client.on("gap", (g) => gaps.push(g));
    // Make the gateway skip one seq for this client, as a droppable event skipped for a slow consumer would.
    const conn = [...gw.gateway.connections.values()].find((c) => c.id === client.hello!.server.connId)!;
    await waitFor(() => conn.seq >= 1, 2000, "first tick");
    conn.seq += 1;
    await waitFor(() => gaps.length === 1, 2000, "gap");
    expect(gaps[0]).toMatchObject({ expected: expect.any(Number), received: expect.any(Number) });
  });

  it("rejects pending requests when the connection closes", async () => {
    const gw = await startTestGateway();
    const client = await gw.client();
    const pending = client.request("health", {}, { timeoutMs: 5000 });
    client.socket!.terminate();
    await expect(pending).rejects.toThrow(/connection closed/);
  });
});
