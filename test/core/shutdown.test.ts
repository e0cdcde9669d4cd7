/**
 * Gateway stop (protocol.md §3 last row, §7 `shutdown`; security.md "Restart"):
 * every client gets `shutdown {reason, restartExpectedMs}` before its close 1012, new sockets are
 * refused while and after stopping, and a hanging onShutdown hook cannot hold stop forever.
 */
import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { connectFrame, sleep, startTestGateway, stopAllTestGateways, waitFor, TEST_TOKEN } from "../helpers/gateway.js";
import { definePlugin, type PluginApi } from "../../core/plugin-types.js";
import { LIMITS } from "../../core/protocol/limits.js";
import { GatewayClient, type EventFrameIn } from "../../core/client.js";

afterEach(() => stopAllTestGateways());

type Step = { kind: "event"; event: string; payload: unknown; seq?: number } | { kind: "close"; code: number; reason: string; at: number };

/** Everything a client saw, in order: events (not ticks) and the close. */
function record(c: GatewayClient) {
  const steps: Step[] = [];
  const gaps: unknown[] = [];
  c.on("event", (e: EventFrameIn) => {
    if (e.event !== "tick") steps.push({ kind: "event", event: e.event, payload: e.payload, seq: e.seq });
  });
  c.on("gap", (g: unknown) => gaps.push(g));
  const closed = new Promise<void>((resolve) =>
    c.on("close", (code: number, reason: string) => {
      steps.push({ kind: "close", code, reason, at: Date.now() });
      resolve();
    }),
  );
  return { steps, gaps, closed };
}

/** Opens a raw socket; resolves with what it saw once it closes, errors, or `waitMs` passes. */
function rawProbe(url: string, waitMs = 2000, send?: string[]) {
  return new Promise<{ opened: boolean; error?: string; code: number | null; reason: string; frames: Array<Record<string, unknown>> }>((resolve) => {
    const ws = new WebSocket(url, { perMessageDeflate: false });
    const frames: Array<Record<string, unknown>> = [];
    let opened = false;
    let done = false;
    const finish = (r: { error?: string; code: number | null; reason: string }) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      ws.terminate();
      resolve({ opened, frames, ...r });
    };
    const timer = setTimeout(() => finish({ code: null, reason: "still open" }), waitMs);
    ws.on("open", () => {
      opened = true;
    });
    ws.on("error", (err: NodeJS.ErrnoException) => finish({ error: err.code ?? err.message, code: null, reason: "" }));
    ws.on("message", (d) => {
      const f = JSON.parse(d.toString()) as Record<string, unknown>;
      frames.push(f);
      if (f.event === "connect.challenge" && send) for (const s of send) ws.send(s);
    });
    ws.on("close", (code, reason) => finish({ code, reason: reason.toString() }));
  });
}

describe("shutdown", () => {
  it("100 connected clients each get shutdown {reason, restartExpectedMs:null}, then close 1012", async () => {
    const gw = await startTestGateway();
    const clients = await Promise.all(Array.from({ length: 100 }, () => gw.client()));
    const recs = clients.map(record);
    const started = Date.now();
    await gw.gateway.stop();
    const stopMs = Date.now() - started;
    await Promise.all(recs.map((r) => r.closed));
    for (const [i, r] of recs.entries()) {
      expect(r.steps, `client ${i}`).toHaveLength(2);
      const [ev, close] = r.steps;
      expect(ev, `client ${i}`).toMatchObject({ kind: "event", event: "shutdown", payload: { reason: expect.any(String), restartExpectedMs: null } });
      expect(Object.keys(ev.kind === "event" ? (ev.payload as object) : {}).sort(), `client ${i}`).toEqual(["reason", "restartExpectedMs"]);
      expect(typeof (ev as { seq?: number }).seq, `client ${i}: shutdown is a broadcast and carries a seq`).toBe("number");
      expect(close, `client ${i}`).toMatchObject({ kind: "close", code: 1012 });
      expect(r.gaps, `client ${i}`).toEqual([]);
    }
    expect(gw.gateway.connections.size).toBe(0);
    expect(stopMs).toBeLessThan(3000);
    console.log(`[shutdown] stop() with 100 clients took ${stopMs} ms`);
  });

  const bulkPlugin = () => {
    const ref: { api?: PluginApi } = {};
    const plugin = definePlugin({ name: "bulk", setup(api) { ref.api = api; api.declareEvent("bulk.big"); } });
    return { plugin, emit: (payload: unknown) => ref.api!.emit("bulk.big", payload) };
  };
  const seenOf = (steps: Step[]) => steps.map((s) => (s.kind === "event" ? s.event : s.code));
  const SIX_THEN_SHUTDOWN = ["bulk.big", "bulk.big", "bulk.big", "bulk.big", "bulk.big", "bulk.big", "shutdown", 1012];

  it("clients still receiving a burst (6 x 1 MiB in flight) when stop begins get all of it, then shutdown, then 1012", async () => {
    const { plugin, emit } = bulkPlugin();
    const gw = await startTestGateway({ plugins: [plugin] });
    const clients = await Promise.all(Array.from({ length: 5 }, () => gw.client()));
    const recs = clients.map(record);
    const pad = "x".repeat(1024 * 1024);
    for (let i = 0; i < 6; i++) emit({ i, pad });
    await Promise.all([gw.gateway.stop(), ...recs.map((o) => o.closed)]);
    for (const [i, r] of recs.entries()) expect(seenOf(r.steps), `client ${i}`).toEqual(SIX_THEN_SHUTDOWN);
  });

  it("a client a few MiB behind (far below maxBufferedBytes) that catches up 100 ms into stop gets shutdown, then 1012", async () => {
    // A client that is momentarily behind is not a slow consumer; stop must let the queued frames,
    // the shutdown event and the close frame reach it (within a bounded grace period).
    const { plugin, emit } = bulkPlugin();
    const gw = await startTestGateway({ plugins: [plugin] });
    const behind = await gw.client();
    const r = record(behind);
    behind.socket!.pause();
    const pad = "x".repeat(1024 * 1024);
    for (let i = 0; i < 6; i++) emit({ i, pad });
    const conn = gw.gateway.connections.get(behind.hello!.server.connId)!;
    expect(conn.ws.bufferedAmount).toBeGreaterThan(0);
    expect(conn.ws.bufferedAmount).toBeLessThan(LIMITS.maxBufferedBytes / 4);
    const stopping = gw.gateway.stop();
    await sleep(100);
    behind.socket!.resume();
    await Promise.all([stopping, r.closed]);
    expect(seenOf(r.steps)).toEqual(SIX_THEN_SHUTDOWN);
  });

  it("stop(reason, restartExpectedMs) passes both through to the shutdown payload; stop is idempotent", async () => {
    const gw = await startTestGateway();
    const r = record(await gw.client());
    const a = gw.gateway.stop("config change", 1500);
    const b = gw.gateway.stop("again", null);
    await Promise.all([a, b]);
    await r.closed;
    expect(r.steps[0]).toMatchObject({ kind: "event", event: "shutdown", payload: { reason: "config change", restartExpectedMs: 1500 } });
    expect(r.steps[1]).toMatchObject({ kind: "close", code: 1012 });
    expect(r.steps).toHaveLength(2);
  });

  it("refuses new connections while stopping and after it stopped", async () => {
    let releaseHook: () => void = () => undefined;
    const hookEntered = { value: false };
    const plugin = definePlugin({
      name: "slow-shutdown",
      setup(api) {
        api.hooks.onShutdown.tap(async () => {
          hookEntered.value = true;
          await new Promise<void>((resolve) => {
            releaseHook = resolve;
          });
        });
      },
    });
    const gw = await startTestGateway({ plugins: [plugin] });
    const url = gw.url;
    const existing = record(await gw.client());
    // A socket that is mid-handshake when stop begins (challenge received, connect not yet sent).
    const midHandshake = rawProbe(url, 3000);
    await waitFor(() => gw.gateway.connections.size === 2, 2000, "pre-handshake socket registered");

    const stopping = gw.gateway.stop();
    await waitFor(() => hookEntered.value, 2000, "onShutdown hook running");
    // Stop is now parked in the hook: the listener is still up, but nothing new gets in.
    const during = await rawProbe(url, 2000, [connectFrame()]);
    expect(during.frames.filter((f) => f.event === "connect.challenge")).toEqual([]);
    expect(during.frames.filter((f) => f.type === "res")).toEqual([]);
    expect(during.error ?? during.code).toBeDefined();
    if (during.opened) expect(during.code).toBe(1012);
    const duringClient = new GatewayClient({ url, token: TEST_TOKEN, connectTimeoutMs: 2000 });
    await expect(duringClient.connect()).rejects.toThrow(/1012|ECONNREFUSED|closed before hello-ok/);

    const mid = await midHandshake;
    expect(mid.frames.map((f) => f.event)).toEqual(["connect.challenge"]); // no shutdown event before a handshake
    expect(mid.code).toBe(1012);
    await existing.closed;
    expect(existing.steps.map((s) => (s.kind === "event" ? s.event : s.code))).toEqual(["shutdown", 1012]);

    releaseHook();
    await stopping;
    const after = await rawProbe(url, 2000, [connectFrame()]);
    expect(after.opened).toBe(false);
    expect(after.error).toBe("ECONNREFUSED");
    const afterClient = new GatewayClient({ url, token: TEST_TOKEN, connectTimeoutMs: 2000 });
    await expect(afterClient.connect()).rejects.toMatchObject({ code: "ECONNREFUSED" });
    await expect(fetch(`${gw.httpUrl}/healthz`)).rejects.toThrow();
  });

  it("a connect racing stop() is never admitted (closed 1012, or UNAVAILABLE retryable then closed)", async () => {
    let releaseHook: () => void = () => undefined;
    const plugin = definePlugin({
      name: "slow-shutdown",
      setup(api) {
        api.hooks.onShutdown.tap(() => new Promise<void>((resolve) => (releaseHook = resolve)));
      },
    });
    const gw = await startTestGateway({ plugins: [plugin] });
    // Open the socket and hold the connect until stop has begun.
    const ws = new WebSocket(gw.url, { perMessageDeflate: false });
    const frames: Array<Record<string, unknown>> = [];
    const closed = new Promise<[number, string]>((resolve) => ws.on("close", (c, r) => resolve([c, r.toString()])));
    ws.on("error", () => undefined);
    ws.on("message", (d) => frames.push(JSON.parse(d.toString())));
    await waitFor(() => frames.length === 1, 2000, "challenge");
    const stopping = gw.gateway.stop();
    ws.send(connectFrame()); // races the 1012 close; either way the socket must not be admitted
    const [code] = await closed;
    expect([1012, 1013]).toContain(code);
    const res = frames.filter((f) => f.type === "res") as Array<{ ok: boolean; error: { code: string; retryable?: boolean } }>;
    for (const r of res) expect(r).toMatchObject({ ok: false, error: { code: "UNAVAILABLE", retryable: true } });
    releaseHook();
    await stopping;
  });

  it("an onShutdown hook that never settles does not block stop (bounded at 5 s); clients are closed at once", async () => {
    const plugin = definePlugin({
      name: "hanging-shutdown",
      setup(api) {
        api.hooks.onShutdown.tap(() => new Promise<void>(() => undefined));
      },
    });
    const gw = await startTestGateway({ plugins: [plugin] });
    const clients = await Promise.all(Array.from({ length: 10 }, () => gw.client()));
    const recs = clients.map(record);
    const started = Date.now();
    let stoppedAt = 0;
    const stopping = gw.gateway.stop().then(() => {
      stoppedAt = Date.now();
    });
    await Promise.all(recs.map((r) => r.closed));
    const closedWithin = Date.now() - started;
    expect(closedWithin).toBeLessThan(1500); // the hook does not hold the clients' close
    for (const r of recs) expect(r.steps.map((s) => (s.kind === "event" ? s.event : s.code))).toEqual(["shutdown", 1012]);
    await stopping;
    const stopMs = stoppedAt - started;
    expect(stopMs).toBeGreaterThanOrEqual(4500);
    expect(stopMs).toBeLessThan(8000);
    // The listener is gone too.
    await expect(rawProbe(gw.url, 1000)).resolves.toMatchObject({ opened: false, error: "ECONNREFUSED" });
    console.log(`[shutdown] stop() with a hanging onShutdown hook took ${stopMs} ms; clients closed within ${closedWithin} ms`);
  }, 15_000);

  it("an onShutdown hook that throws is logged and stop still completes promptly", async () => {
    const logs: string[] = [];
    const plugin = definePlugin({
      name: "throwing-shutdown",
      setup(api) {
        api.hooks.onShutdown.tap(async () => {
          await sleep(10);
          throw new Error("boom at shutdown");
        });
      },
    });
    const gw = await startTestGateway({ plugins: [plugin], logs });
    const r = record(await gw.client());
    const started = Date.now();
    await gw.gateway.stop();
    expect(Date.now() - started).toBeLessThan(2000);
    await r.closed;
    expect(r.steps.map((s) => (s.kind === "event" ? s.event : s.code))).toEqual(["shutdown", 1012]);
    expect(logs.some((l) => l.includes("onShutdown hook failed"))).toBe(true);
  });
});
