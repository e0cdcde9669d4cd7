/**
 * Resource limits of protocol.md §1/§3 and security.md "The test figures to reach":
 * the handshake deadline under 1,000 idle sockets, the 16-frame pre-handshake queue,
 * and the slow-consumer policy for broadcasts (non-droppable → close 1008 "slow consumer", droppable → seq gap;
 * responses and targeted events: test/core/backpressure.test.ts).
 */
import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { connectFrame, rawExchange, sleep, startTestGateway, stopAllTestGateways, waitFor } from "../helpers/gateway.js";
import { definePlugin, type PluginApi } from "../../core/plugin-types.js";
import { LIMITS } from "../../core/protocol/limits.js";
import type { EventFrameIn, GatewayClient } from "../../core/client.js";

afterEach(() => stopAllTestGateways());

/** A plugin whose onConnect hook is slow, so frames queue behind the connect request. */
const slowConnect = (ms: number) =>
  definePlugin({
    name: "slow-connect",
    setup(api) {
      api.hooks.onConnect.tap(async () => {
        await sleep(ms);
        return undefined;
      });
    },
  });

/** A plugin declaring a non-droppable and a droppable event; the test emits through the captured api. */
function bulkEmitter() {
  const ref: { api?: PluginApi } = {};
  const plugin = definePlugin({
    name: "bulk",
    setup(api) {
      ref.api = api;
      api.declareEvent("bulk.big");
      api.declareEvent("bulk.drop", { droppable: true });
    },
  });
  return { plugin, api: () => ref.api as PluginApi };
}


const connOf = (gw: Awaited<ReturnType<typeof startTestGateway>>, c: GatewayClient) => {
  const conn = gw.gateway.connections.get(c.hello!.server.connId);
  if (!conn) throw new Error("connection not found on the gateway");
  return conn;
};

/** Records every event of one name with its seq, plus any gap the client reports. */
function track(c: GatewayClient, event: string) {
  const t = { ns: [] as number[], seqs: [] as number[], gaps: [] as Array<{ expected: number; received: number }> };
  c.on("event", (e: EventFrameIn) => {
    if (e.event !== event) return;
    t.ns.push((e.payload as { n: number }).n);
    t.seqs.push(e.seq as number);
  });
  c.on("gap", (g: { expected: number; received: number }) => t.gaps.push(g));
  return t;
}


describe("handshake limits", () => {
  it("1,000 sockets that never send connect are all closed 1008 within the deadline + 1 s", async () => {
    const deadlineMs = 2000;
    const gw = await startTestGateway({ timings: { handshakeTimeoutMs: deadlineMs } });
    const N = 1000;
    type Rec = { openedAt: number; closedAt?: number; code?: number; reason?: string; challenged: boolean };
    const recs: Rec[] = [];
    const sockets: WebSocket[] = [];
    let openNow = 0;
    let peakOpen = 0;
    const openOne = () =>
      new Promise<void>((resolve, reject) => {
        const ws = new WebSocket(gw.url, { perMessageDeflate: false });
        sockets.push(ws);
        const rec: Rec = { openedAt: 0, challenged: false };
        ws.on("error", reject);
        ws.on("open", () => {
          rec.openedAt = Date.now();
          recs.push(rec);
          openNow += 1;
          peakOpen = Math.max(peakOpen, openNow);
          resolve();
        });
        ws.on("message", (d) => {
          if (JSON.parse(d.toString()).event === "connect.challenge") rec.challenged = true;
        });
        ws.on("close", (code, reason) => {
          openNow -= 1;
          rec.closedAt = Date.now();
          rec.code = code;
          rec.reason = reason.toString();
        });
      });
    const started = Date.now();
    // Open in waves of 100 so the listen backlog is never the bottleneck.
    for (let i = 0; i < N; i += 100) await Promise.all(Array.from({ length: 100 }, openOne));
    const openedIn = Date.now() - started;
    await waitFor(() => recs.length === N && recs.every((r) => r.closedAt !== undefined), deadlineMs + 8000, "all idle sockets closed");
    const lifetimes = recs.map((r) => (r.closedAt as number) - r.openedAt);
    const maxLife = Math.max(...lifetimes);
    const minLife = Math.min(...lifetimes);
    console.log(`[limits] ${N} idle sockets opened in ${openedIn} ms (peak ${peakOpen} open at once); lifetimes ${minLife}..${maxLife} ms`);
    expect(recs.every((r) => r.challenged)).toBe(true);
    expect(recs.filter((r) => r.code !== 1008 || r.reason !== "handshake timeout")).toEqual([]);
    expect(maxLife).toBeLessThanOrEqual(deadlineMs + 1000);
    expect(minLife).toBeGreaterThanOrEqual(deadlineMs - 500); // not closed early either
    expect(peakOpen).toBeGreaterThanOrEqual(500);
    await waitFor(() => gw.gateway.connections.size === 0, 2000, "gateway forgets closed sockets");
    // The gateway is still fine.
    const c = await gw.client();
    await expect(c.request("health")).resolves.toMatchObject({ ok: true });
  }, 30_000);

  it("a 17th frame queued behind a slow connect closes the socket 1008, without hello-ok", async () => {
    const gw = await startTestGateway({ plugins: [slowConnect(300)] });
    const queued = Array.from({ length: 17 }, (_, i) => JSON.stringify({ type: "req", id: `q${i + 1}`, method: "health" }));
    const r = await rawExchange(gw.url, () => [connectFrame(), ...queued], { waitMs: 3000 });
    expect(r.code).toBe(1008);
    expect(r.reason).toBe("too many frames before the handshake completed");
    expect(r.frames.filter((f) => f.type === "res")).toEqual([]);
    await waitFor(() => gw.gateway.connections.size === 0, 2000, "connection released");
  });

  it("16 frames queued behind a slow connect are all processed, in order, after hello-ok", async () => {
    const gw = await startTestGateway({ plugins: [slowConnect(300)] });
    // A mix of answers that are produced synchronously, so their order is the processing order.
    const queued = Array.from({ length: 16 }, (_, i) => {
      const id = `q${i + 1}`;
      if (i % 4 === 1) return JSON.stringify({ type: "req", id, method: `no.such.method.${i}` });
      if (i % 4 === 2) return JSON.stringify({ type: "event", id, event: "x" }); // non-req → INVALID_REQUEST echoing the id
      if (i % 4 === 3) return "{not json"; // ignored after the handshake
      return JSON.stringify({ type: "req", id, method: "health" });
    });
    const started = Date.now();
    const r = await rawExchange(gw.url, () => [connectFrame({}, "c1"), ...queued], { waitMs: 1500 });
    expect(r.code).toBeNull(); // still open
    const res = r.frames.filter((f) => f.type === "res") as Array<{ id: string; ok: boolean; payload?: { type?: string }; error?: { code: string; message: string } }>;
    expect(res[0]).toMatchObject({ id: "c1", ok: true, payload: { type: "hello-ok" } });
    const expectedIds = queued.map((_, i) => `q${i + 1}`).filter((_, i) => i % 4 !== 3);
    expect(res.slice(1).map((f) => f.id)).toEqual(expectedIds);
    for (const f of res.slice(1)) {
      const i = Number(f.id.slice(1)) - 1;
      if (i % 4 === 0) expect(f.ok, f.id).toBe(true);
      if (i % 4 === 1) expect(f.error, f.id).toEqual({ code: "INVALID_REQUEST", message: `unknown method: no.such.method.${i}` });
      if (i % 4 === 2) expect(f.error?.code, f.id).toBe("INVALID_REQUEST");
    }
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });
});

describe("slow consumers", () => {
  const MiB = 1024 * 1024;
  const pad = "x".repeat(MiB);
  // Pings would terminate a paused client; keep them out of the way.
  const timings = { pingIntervalMs: 120_000 };

  it("a non-droppable event closes a client over maxBufferedBytes with 1008 slow consumer; others get every event", async () => {
    const { plugin, api } = bulkEmitter();
    const logs: string[] = [];
    const gw = await startTestGateway({ plugins: [plugin], timings, logs });
    const fast = await Promise.all([gw.client(), gw.client(), gw.client()]);
    const fastT = fast.map((c) => track(c, "bulk.big"));
    const slow = await gw.client();
    const slowT = track(slow, "bulk.big");
    const slowClosed = new Promise<[number, string]>((resolve) => slow.on("close", (code: number, reason: string) => resolve([code, reason])));
    const slowConn = connOf(gw, slow);

    slow.socket!.pause(); // stop reading: the kernel buffers fill, then the gateway's send buffer grows
    let n = 0;
    const started = Date.now();
    while (slowConn.ws.readyState === WebSocket.OPEN) {
      if (n > 200) throw new Error("slow consumer was never closed after 200 MiB");
      n += 1;
      const delivered = api().emit("bulk.big", { n, pad });
      expect(delivered).toBeGreaterThanOrEqual(3);
      // Pace on the fast clients, so only the paused one builds a backlog.
      await waitFor(() => fastT.every((t) => t.ns.length === n), 10_000, `fast clients got event ${n}`);
    }
    const pushedMs = Date.now() - started;
    expect(slowConn.ws.readyState).toBe(WebSocket.CLOSING);
    expect(logs.some((l) => l.includes("closing slow consumer"))).toBe(true);
    // The slow client is out of broadcasts now; the rest keep getting every event.
    for (let k = 0; k < 5; k++) {
      n += 1;
      expect(api().emit("bulk.big", { n, pad: "small" })).toBe(3);
    }
    await waitFor(() => fastT.every((t) => t.ns.length === n), 5000, "fast clients got the tail events");
    for (const t of fastT) {
      expect(t.ns).toEqual(Array.from({ length: n }, (_, i) => i + 1));
      expect(t.gaps).toEqual([]);
    }
    for (const c of fast) await expect(c.request("health")).resolves.toMatchObject({ ok: true });

    // Once it reads again it drains what was queued before the limit, then sees the close.
    slow.socket!.resume();
    const [code, reason] = await slowClosed;
    expect(code).toBe(1008);
    expect(reason).toBe("slow consumer");
    expect(slowT.ns.length).toBeGreaterThan(LIMITS.maxBufferedBytes / MiB - 10);
    expect(slowT.ns.length).toBeLessThan(n);
    expect(slowT.ns).toEqual(Array.from({ length: slowT.ns.length }, (_, i) => i + 1)); // no event lost before the close
    expect(slowT.gaps).toEqual([]);
    console.log(`[limits] slow consumer closed after ${n - 5} x 1 MiB events (${pushedMs} ms); it had received ${slowT.ns.length}`);
  }, 40_000);

  it("droppable events that would take a client past maxBufferedBytes are skipped: a seq gap, not a close", async () => {
    const { plugin, api } = bulkEmitter();
    const gw = await startTestGateway({ plugins: [plugin], timings });
    const fast = await Promise.all([gw.client(), gw.client()]);
    const fastT = fast.map((c) => track(c, "bulk.drop"));
    const slow = await gw.client();
    const slowT = track(slow, "bulk.drop");
    let slowCloseCode: number | null = null;
    slow.on("close", (code: number) => {
      slowCloseCode = code;
    });
    const slowConn = connOf(gw, slow);

    slow.socket!.pause();
    let n = 0;
    // Until the first event that would not fit the slow client's budget is skipped for it.
    for (;;) {
      if (n > 200) throw new Error("the slow client was never skipped after 200 MiB");
      n += 1;
      const delivered = api().emit("bulk.drop", { n, pad });
      await waitFor(() => fastT.every((t) => t.ns.length === n), 10_000, `fast clients got event ${n}`);
      if (delivered === 2) break;
      expect(slowConn.ws.bufferedAmount).toBeLessThanOrEqual(LIMITS.maxBufferedBytes);
    }
    const lastQueued = n - 1;
    const seqBefore = slowConn.seq - 1;
    const buffered = slowConn.ws.bufferedAmount;
    expect(buffered).toBeLessThanOrEqual(LIMITS.maxBufferedBytes); // it never holds more than its budget
    const skipped = 5;
    for (let k = 1; k < skipped; k++) {
      n += 1;
      expect(api().emit("bulk.drop", { n, pad })).toBe(2); // the slow client is skipped
    }
    expect(slowConn.seq).toBe(seqBefore + skipped); // its seq still advanced: the client will see the gap
    expect(slowConn.ws.bufferedAmount).toBeLessThanOrEqual(buffered);
    expect(slowConn.ws.readyState).toBe(WebSocket.OPEN);

    slow.socket!.resume();
    await waitFor(() => slowT.ns.length === lastQueued, 15_000, "slow client drained its backlog");
    await waitFor(() => slowConn.ws.bufferedAmount === 0, 5000, "gateway buffer drained");
    n += 1;
    expect(api().emit("bulk.drop", { n, pad: "small" })).toBe(3);
    await waitFor(() => slowT.ns.length === lastQueued + 1 && fastT.every((t) => t.ns.length === n), 5000, "event after the drain");
    expect(slowT.ns).toEqual([...Array.from({ length: lastQueued }, (_, i) => i + 1), n]);
    expect(slowT.gaps).toHaveLength(1);
    expect(slowT.gaps[0].received - slowT.gaps[0].expected).toBe(skipped);
    expect(slowCloseCode).toBeNull();
    await expect(slow.request("health")).resolves.toMatchObject({ ok: true });
    for (const t of fastT) {
      expect(t.ns).toEqual(Array.from({ length: n }, (_, i) => i + 1));
      expect(t.gaps).toEqual([]);
    }
  }, 40_000);
});
