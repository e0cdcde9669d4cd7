/**
 * One socket can never cost more than its send budget (security.md "Limits and liveness"): the
 * maxBufferedBytes check runs on every frame the gateway sends — responses and targeted events
 * included, not only broadcasts — so a client that pipelines requests and never reads is closed
 * 1008 "slow consumer" instead of growing the gateway's memory.
 */
import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { sleep, startTestGateway, stopAllTestGateways, waitFor, type TestGateway } from "../helpers/gateway.js";
import { definePlugin, type PluginApi } from "../../core/plugin-types.js";
import type { GatewayClient } from "../../core/client.js";

afterEach(() => stopAllTestGateways());

const KiB = 1024;
const MiB = 1024 * KiB;
/** Small, so the kernel's socket buffers (a few MiB on loopback) fill first and the test stays fast. */
const BUDGET = 1 * MiB;
// A paused client never answers pings; keep them out of the way.
const timings = { pingIntervalMs: 120_000 };

/** `bulk.get` answers 64 KiB; `bulk.note` is a targeted event the test sends through the captured api. */
function bulkPlugin() {
  const ref: { api?: PluginApi } = {};
  const plugin = definePlugin({
    name: "bulk",
    setup(api) {
      ref.api = api;
      api.registerMethod("bulk.get", { scope: "operator.read", handler: () => ({ pad: "x".repeat(64 * KiB) }) });
      api.declareEvent("bulk.note");
    },
  });
  return { plugin, api: () => ref.api as PluginApi };
}

const connOf = (gw: TestGateway, c: GatewayClient) => {
  const conn = gw.gateway.connections.get(c.hello!.server.connId);
  if (!conn) throw new Error("connection not found on the gateway");
  return conn;
};

function closeOf(c: GatewayClient): Promise<[number, string]> {
  return new Promise((resolve) => c.on("close", (code: number, reason: string) => resolve([code, reason])));
}

/**
 * With the client's socket paused, calls `push` in rounds until the gateway closes its end, and
 * records the largest amount of unsent data the gateway held for it. Fails after `maxRounds`.
 */
async function floodPaused(gw: TestGateway, c: GatewayClient, push: () => void, maxRounds = 4000) {
  const conn = connOf(gw, c);
  c.socket!.pause();
  let maxBuffered = 0;
  let rounds = 0;
  while (conn.ws.readyState === WebSocket.OPEN) {
    // Stop early, well past the budget, rather than let an unbounded queue eat the test machine.
    if (++rounds > maxRounds || maxBuffered > 4 * BUDGET) throw new Error(`never closed; the gateway holds ${conn.ws.bufferedAmount} unsent bytes for the paused client (budget ${BUDGET})`);
    push();
    await sleep(1); // let the gateway read and answer
    maxBuffered = Math.max(maxBuffered, conn.ws.bufferedAmount);
  }
  return { conn, maxBuffered, rounds };
}

describe("send budget on every frame", () => {
  it("a paused client pipelining requests is closed 1008 slow consumer; its buffer never passes the budget", async () => {
    const { plugin } = bulkPlugin();
    const logs: string[] = [];
    const gw = await startTestGateway({ plugins: [plugin], timings, limits: { maxBufferedBytes: BUDGET }, logs });
    const other = await gw.client();
    const slow = await gw.client();
    const closed = closeOf(slow);
    let id = 0;
    const { maxBuffered } = await floodPaused(gw, slow, () => {
      for (let i = 0; i < 8; i++) slow.sendRaw(JSON.stringify({ type: "req", id: `b${++id}`, method: "bulk.get" }));
    });
    expect(maxBuffered).toBeGreaterThan(0);
    expect(maxBuffered).toBeLessThanOrEqual(BUDGET);
    expect(logs.some((l) => l.includes("closing slow consumer"))).toBe(true);
    // Everyone else is served as before.
    await expect(other.request("health")).resolves.toMatchObject({ ok: true });
    // Once it reads again it gets what was queued, then the close.
    slow.socket!.resume();
    await expect(closed).resolves.toEqual([1008, "slow consumer"]);
    await waitFor(() => gw.gateway.connections.size === 1, 5000, "the slow connection is released");
  }, 30_000);

  it("the same for a node-role client pipelining health (small responses)", async () => {
    const gw = await startTestGateway({ timings, limits: { maxBufferedBytes: BUDGET } });
    const node = await gw.client({ role: "node", client: { id: "node-host", mode: "node" } });
    const closed = closeOf(node);
    const frame = JSON.stringify({ type: "req", id: "h", method: "health" });
    const { maxBuffered } = await floodPaused(gw, node, () => {
      for (let i = 0; i < 200; i++) node.sendRaw(frame);
    });
    expect(maxBuffered).toBeLessThanOrEqual(BUDGET);
    node.socket!.resume();
    await expect(closed).resolves.toEqual([1008, "slow consumer"]);
  }, 30_000);

  it("targeted events count against the budget too", async () => {
    const { plugin, api } = bulkPlugin();
    const gw = await startTestGateway({ plugins: [plugin], timings, limits: { maxBufferedBytes: BUDGET } });
    const slow = await gw.client();
    const closed = closeOf(slow);
    const connId = slow.hello!.server.connId;
    const pad = "y".repeat(64 * KiB);
    const { maxBuffered } = await floodPaused(gw, slow, () => {
      for (let i = 0; i < 8; i++) api().emit("bulk.note", { pad }, { to: connId });
    });
    expect(maxBuffered).toBeLessThanOrEqual(BUDGET);
    slow.socket!.resume();
    await expect(closed).resolves.toEqual([1008, "slow consumer"]);
  }, 30_000);

  it("a single answer larger than the budget still reaches a client that reads", async () => {
    const { plugin } = bulkPlugin();
    const gw = await startTestGateway({ plugins: [plugin], limits: { maxBufferedBytes: 16 * KiB } });
    const c = await gw.client();
    const res = await c.request<{ pad: string }>("bulk.get");
    expect(res.pad).toHaveLength(64 * KiB);
    expect(c.connected).toBe(true);
  });

  it("hello-ok.policy advertises the configured budget", async () => {
    const gw = await startTestGateway({ limits: { maxBufferedBytes: 3 * MiB } });
    const c = await gw.client();
    expect(c.hello!.policy.maxBufferedBytes).toBe(3 * MiB);
  });
});
