/** Every row of protocol.md §3 before and during the handshake, with real sockets. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectFrame, rawExchange, startTestGateway, TEST_TOKEN, type TestGateway } from "../helpers/gateway.js";
import { GatewayClient, GatewayRequestError } from "../../core/client.js";

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway({ timings: { handshakeTimeoutMs: 500 } });
});
afterAll(() => gw.stop());

describe("handshake", () => {
  it("sends connect.challenge with a uuid nonce and a timestamp on open", async () => {
    const r = await rawExchange(gw.url, () => [], { waitMs: 200 });
    const challenge = r.frames[0] as { type: string; event: string; payload: { nonce: string; ts: number }; seq?: number };
    expect(challenge.type).toBe("event");
    expect(challenge.event).toBe("connect.challenge");
    expect(challenge.payload.nonce).toMatch(/^[0-9a-f-]{36}$/);
    expect(Math.abs(challenge.payload.ts - Date.now())).toBeLessThan(5000);
    expect(challenge.seq).toBeUndefined();
  });

  it("negotiates the highest common protocol and keeps that version's hello-ok shape", async () => {
    const both = await gw.client({ minProtocol: 3, maxProtocol: 4 });
    expect(both.hello?.protocol).toBe(4);
    expect(both.hello?.auth).toEqual({ role: "operator", scopes: ["operator.admin"] });
    expect(both.hello?.canvasHostUrl).toBeUndefined();
    const v3 = await gw.client({ minProtocol: 3, maxProtocol: 3 });
    expect(v3.hello?.protocol).toBe(3);
    expect(v3.hello?.auth).toBeUndefined(); // protocol 3 carries auth only when a device token was issued
    expect(v3.hello?.server.host).toBeTypeOf("string");
    const wide = await gw.client({ minProtocol: 1, maxProtocol: 99 });
    expect(wide.hello?.protocol).toBe(4);
  });

  it("hello-ok carries server, features from the live registries, snapshot and policy", async () => {
    const c = await gw.client();
    const h = c.hello!;
    expect(h.type).toBe("hello-ok");
    expect(h.server.version).toBe("test");
    expect(h.server.connId).toMatch(/^[0-9a-f-]{36}$/);
    expect(h.features.methods).toEqual(expect.arrayContaining(["health", "status", "plugins.list"]));
    expect(h.features.events).toEqual(expect.arrayContaining(["connect.challenge", "tick", "shutdown", "health"]));
    expect(h.snapshot.stateVersion).toEqual({ presence: 1, health: 1 });
    expect(h.snapshot.presence).toEqual([]);
    expect(h.snapshot.health).toMatchObject({ ok: true });
    expect(h.snapshot.authMode).toBe("token");
    expect(h.policy).toEqual({ maxPayload: 26214400, maxBufferedBytes: 52428800, tickIntervalMs: 30000 });
  });

  it("accepts protocol 4 clients that send unknown auth fields and requests without params", async () => {
    const r = await rawExchange(gw.url, () => [
      connectFrame({ auth: { token: TEST_TOKEN, bootstrapToken: "x", approvalRuntimeToken: "y" } }, "1:abc"),
      JSON.stringify({ type: "req", id: "2:def", method: "status" }),
    ], { waitMs: 500 });
    expect(r.frames.find((f) => f.id === "1:abc")?.ok).toBe(true);
    expect(r.frames.find((f) => f.id === "2:def")?.ok).toBe(true);
  });

  it("malformed JSON before the handshake: close 1008, no res", async () => {
    const r = await rawExchange(gw.url, () => ["{oops"]);
    expect(r.code).toBe(1008);
    expect(r.frames.filter((f) => f.type === "res")).toHaveLength(0);
  });

  it("first frame not a valid req: close 1008 invalid request frame", async () => {
    for (const bad of [JSON.stringify({ hello: "world" }), JSON.stringify({ type: "event", event: "x" }), JSON.stringify({ type: "req", id: "", method: "connect" }), "[]", "42"]) {
      const r = await rawExchange(gw.url, () => [bad]);
      expect(r.code, bad).toBe(1008);
      expect(r.reason, bad).toBe("invalid request frame");
    }
  });

  it("first req is not connect: INVALID_REQUEST res, then close 1008", async () => {
    const r = await rawExchange(gw.url, () => [JSON.stringify({ type: "req", id: "h1", method: "health", params: {} })]);
    const res = r.frames.find((f) => f.id === "h1") as { ok: boolean; error: { code: string; message: string } };
    expect(res.ok).toBe(false);
    expect(res.error).toEqual({ code: "INVALID_REQUEST", message: "invalid handshake: first request must be connect" });
    expect(r.code).toBe(1008);
  });

  it("connect params that fail the schema: INVALID_REQUEST naming the problem, close 1008", async () => {
    const cases: Array<[Record<string, unknown> | string, RegExp]> = [
      [JSON.stringify({ type: "req", id: "c1", method: "connect", params: {} }), /invalid connect params: must have required property 'minProtocol'/],
      [connectFrame({ client: { id: "nope", version: "1", platform: "linux", mode: "test" } }), /at \/client\/id: must be equal to one of the allowed values/],
      [connectFrame({ extra: true }), /unexpected property 'extra'/],
      [connectFrame({ minProtocol: "3" }), /at \/minProtocol: must be integer/],
    ];
    for (const [frame, message] of cases) {
      const r = await rawExchange(gw.url, () => [typeof frame === "string" ? frame : JSON.stringify(frame)]);
      const res = r.frames.find((f) => f.type === "res") as { error: { code: string; message: string } };
      expect(res.error.code).toBe("INVALID_REQUEST");
      expect(res.error.message).toMatch(message);
      expect(r.code).toBe(1008);
    }
  });

  it("client ids are compared trimmed and lower-cased", async () => {
    const r = await rawExchange(gw.url, () => [connectFrame({ client: { id: " CLI ", version: "1", platform: "linux", mode: "CLI" } })], { waitMs: 300 });
    expect(r.frames.find((f) => f.type === "res")?.ok).toBe(true);
  });

  it("protocol range without 3 or 4: protocol mismatch with expectedProtocol, close 1002", async () => {
    for (const [min, max] of [[5, 6], [1, 2]]) {
      const r = await rawExchange(gw.url, () => [connectFrame({ minProtocol: min, maxProtocol: max })]);
      const res = r.frames.find((f) => f.type === "res") as { error: { code: string; message: string; details: { expectedProtocol: number } } };
      expect(res.error.code).toBe("INVALID_REQUEST");
      expect(res.error.message).toBe("protocol mismatch");
      expect(res.error.details.expectedProtocol).toBe(4);
      expect(r.code).toBe(1002);
    }
  });

  it("an unknown role is refused", async () => {
    const r = await rawExchange(gw.url, () => [connectFrame({ role: "admin" })]);
    expect((r.frames.find((f) => f.type === "res") as { error: { message: string } }).error.message).toMatch(/invalid role: admin/);
    expect(r.code).toBe(1008);
  });

  it("bad or missing credentials: unauthorized naming what is wrong and the config key, close 1008", async () => {
    const wrong = await rawExchange(gw.url, () => [connectFrame({ auth: { token: "nope" } })]);
    const e1 = (wrong.frames.find((f) => f.type === "res") as { error: { code: string; message: string; details: { code: string } } }).error;
    expect(e1.code).toBe("INVALID_REQUEST");
    expect(e1.message).toMatch(/^unauthorized: gateway token mismatch/);
    expect(e1.message).toMatch(/gateway\.auth\.token/);
    expect(e1.details.code).toBe("AUTH_TOKEN_MISMATCH");
    expect(wrong.code).toBe(1008);
    const missing = await rawExchange(gw.url, () => [connectFrame({ auth: undefined })]);
    const e2 = (missing.frames.find((f) => f.type === "res") as { error: { message: string; details: { code: string } } }).error;
    expect(e2.message).toMatch(/^unauthorized: gateway token missing/);
    expect(e2.details.code).toBe("AUTH_TOKEN_MISSING");
    expect(missing.code).toBe(1008);
  });

  it("a frame over 64 KiB before the handshake closes 1009; exactly 64 KiB is fine", async () => {
    const r = await rawExchange(gw.url, () => [connectFrame({ userAgent: "x".repeat(70 * 1024) })]);
    expect(r.code).toBe(1009);
    const base = connectFrame({ userAgent: "" });
    const exact = connectFrame({ userAgent: "x".repeat(64 * 1024 - Buffer.byteLength(base)) });
    expect(Buffer.byteLength(exact)).toBe(64 * 1024);
    const ok = await rawExchange(gw.url, () => [exact], { waitMs: 300 });
    expect(ok.frames.find((f) => f.type === "res")?.ok).toBe(true);
  });

  it("after the handshake the frame limit is maxPayload (a 1 MiB request works)", async () => {
    const c = await gw.client();
    const big = "y".repeat(1024 * 1024);
    await expect(c.request("health", { pad: big })).resolves.toMatchObject({ ok: true });
  });

  it("closes a socket that never sends connect at the handshake deadline", async () => {
    const started = Date.now();
    const r = await rawExchange(gw.url, () => [], { waitMs: 3000 });
    expect(r.code).toBe(1008);
    expect(r.reason).toBe("handshake timeout");
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("a second connect after the handshake is refused, the socket stays open", async () => {
    const c = await gw.client();
    await expect(c.request("connect", {})).rejects.toMatchObject({ code: "INVALID_REQUEST", message: "connect is only valid as the first request" });
    await expect(c.request("health")).resolves.toMatchObject({ ok: true });
  });

  it("GatewayClient surfaces connect refusals as GatewayRequestError", async () => {
    const c = new GatewayClient({ url: gw.url, token: "wrong" });
    const err = await c.connect().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GatewayRequestError);
    expect((err as GatewayRequestError).message).toMatch(/unauthorized/);
  });
});
