/** Method dispatch: roles, scopes (protocol 3 vs 4 errors), params validation, handler failures. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Type } from "@sinclair/typebox";
import { startTestGateway, type TestGateway } from "../helpers/gateway.js";
import { definePlugin } from "../../core/plugin-types.js";
import { GatewayError } from "../../core/errors.js";

const probe = definePlugin({
  name: "probe",
  setup(api) {
    api.registerMethod("probe.read", { scope: "operator.read", handler: () => ({ read: true }) });
    api.registerMethod("probe.write", { scope: "operator.write", handler: () => ({ write: true }) });
    api.registerMethod("probe.pairing", { scope: "operator.pairing", handler: () => ({ pairing: true }) });
    api.registerMethod("probe.admin", { handler: () => ({ admin: true }) });
    api.registerMethod("probe.node", { scope: "node", handler: () => ({ node: true }) });
    api.registerMethod("probe.echo", {
      scope: "operator.read",
      params: Type.Object({ text: Type.String({ minLength: 1 }), count: Type.Optional(Type.Integer({ minimum: 1 })) }, { additionalProperties: false }),
      handler: (p: { text: string; count?: number }) => ({ echoed: p.text.repeat(p.count ?? 1) }),
    });
    api.registerMethod("probe.throws", { scope: "operator.read", handler: () => { throw new Error("boom inside the handler"); } });
    api.registerMethod("probe.rejects", { scope: "operator.read", handler: async () => { throw new Error("async boom"); } });
    api.registerMethod("probe.linked", { scope: "operator.read", handler: () => { throw new GatewayError("NOT_LINKED", "whatsapp account default is not linked", { details: { channel: "whatsapp" } }); } });
    api.registerMethod("probe.twophase", {
      scope: "operator.write",
      handler: async (_p, ctx) => {
        ctx.ack({ status: "accepted", runId: "r1" });
        await new Promise((r) => setTimeout(r, 50));
        return { status: "ok", runId: "r1" };
      },
    });
  },
});

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway({ plugins: [probe] });
});
afterAll(() => gw.stop());

describe("scopes and roles", () => {
  it("health is allowed with no scopes at all", async () => {
    const c = await gw.client({ scopes: [] });
    await expect(c.request("health")).resolves.toMatchObject({ ok: true });
  });

  it("protocol 4: a missing scope is FORBIDDEN with MISSING_SCOPE details", async () => {
    const c = await gw.client({ scopes: ["operator.read"] });
    await expect(c.request("probe.read")).resolves.toEqual({ read: true });
    const err = await c.request("probe.write").catch((e) => e);
    expect(err).toMatchObject({ code: "FORBIDDEN", message: "missing scope: operator.write", details: { code: "MISSING_SCOPE", missingScope: "operator.write" } });
    await expect(c.request("probe.admin")).rejects.toMatchObject({ code: "FORBIDDEN", message: "missing scope: operator.admin" });
  });

  it("protocol 3: a missing scope is INVALID_REQUEST", async () => {
    const c = await gw.client({ scopes: ["operator.read"], minProtocol: 3, maxProtocol: 3 });
    await expect(c.request("probe.write")).rejects.toMatchObject({ code: "INVALID_REQUEST", message: "missing scope: operator.write" });
  });

  it("write implies read, admin implies everything, pairing needs its own scope", async () => {
    const w = await gw.client({ scopes: ["operator.write"] });
    await expect(w.request("probe.read")).resolves.toEqual({ read: true });
    await expect(w.request("probe.pairing")).rejects.toMatchObject({ code: "FORBIDDEN" });
    const a = await gw.client({ scopes: ["operator.admin"] });
    for (const m of ["probe.read", "probe.write", "probe.pairing", "probe.admin"]) await expect(a.request(m)).resolves.toBeTruthy();
  });

  it("node-only methods need role node; nodes cannot call operator methods", async () => {
    const op = await gw.client();
    await expect(op.request("probe.node")).rejects.toMatchObject({ code: "INVALID_REQUEST", message: "unauthorized role: operator" });
    const node = await gw.client({ role: "node", client: { id: "node-host", mode: "node" } });
    await expect(node.request("probe.node")).resolves.toEqual({ node: true });
    await expect(node.request("probe.read")).rejects.toMatchObject({ message: "unauthorized role: node" });
    await expect(node.request("health")).resolves.toMatchObject({ ok: true });
  });

  it("protocol 3 clients that omit scopes get admin; protocol 4 clients get none", async () => {
    const v3 = await gw.client({ scopes: undefined, minProtocol: 3, maxProtocol: 3 });
    await expect(v3.request("probe.admin")).resolves.toEqual({ admin: true });
  });

  it("scopes the client did not ask for are never granted", async () => {
    const c = await gw.client({ scopes: ["operator.read"] });
    expect(c.hello?.auth?.scopes).toEqual(["operator.read"]);
  });
});

describe("dispatch", () => {
  it("unknown method", async () => {
    const c = await gw.client();
    await expect(c.request("no.such.method", {})).rejects.toMatchObject({ code: "INVALID_REQUEST", message: "unknown method: no.such.method" });
  });

  it("params are validated against the method's schema; omitted params are {}", async () => {
    const c = await gw.client();
    await expect(c.request("probe.echo", { text: "ab", count: 2 })).resolves.toEqual({ echoed: "abab" });
    await expect(c.request("probe.echo")).rejects.toMatchObject({ code: "INVALID_REQUEST", message: "invalid probe.echo params: must have required property 'text'" });
    await expect(c.request("probe.echo", { text: 5, extra: 1 })).rejects.toMatchObject({
      message: expect.stringMatching(/^invalid probe\.echo params: .*unexpected property 'extra'.*at \/text: must be string/),
    });
  });

  it("a throwing handler answers UNAVAILABLE for that request only", async () => {
    const c = await gw.client();
    const other = await gw.client();
    await expect(c.request("probe.throws")).rejects.toMatchObject({ code: "UNAVAILABLE", message: "boom inside the handler" });
    await expect(c.request("probe.rejects")).rejects.toMatchObject({ code: "UNAVAILABLE", message: "async boom" });
    await expect(c.request("health")).resolves.toMatchObject({ ok: true });
    await expect(other.request("health")).resolves.toMatchObject({ ok: true });
    expect(gw.logs.some((l) => l.includes("handler for probe.throws failed") && l.includes("plugin=probe"))).toBe(true);
  });

  it("GatewayError codes pass through with details", async () => {
    const c = await gw.client();
    await expect(c.request("probe.linked")).rejects.toMatchObject({ code: "NOT_LINKED", details: { channel: "whatsapp" } });
  });

  it("two-phase: an accepted ack then the final res with the same id", async () => {
    const c = await gw.client();
    const acks: unknown[] = [];
    c.on("accepted", (_id, payload) => acks.push(payload));
    await expect(c.request("probe.twophase", {}, { expectFinal: true })).resolves.toEqual({ status: "ok", runId: "r1" });
    expect(acks).toEqual([{ status: "accepted", runId: "r1" }]);
  });

  it("after the handshake: malformed JSON is ignored, a non-req frame gets an INVALID_REQUEST res", async () => {
    const c = await gw.client();
    const frames: Array<Record<string, unknown>> = [];
    c.socket!.on("message", (d) => frames.push(JSON.parse(d.toString())));
    c.sendRaw("{not json");
    c.sendRaw(JSON.stringify({ type: "req", method: "health" }));
    c.sendRaw(JSON.stringify({ type: "event", id: "e1", event: "x" }));
    await expect(c.request("health")).resolves.toMatchObject({ ok: true });
    const errors = frames.filter((f) => f.type === "res" && f.ok === false) as Array<{ id: string; error: { code: string; message: string } }>;
    expect(errors.map((e) => e.id)).toEqual(["invalid", "e1"]);
    expect(errors[0].error.message).toMatch(/^invalid request frame: must have required property 'id'/);
  });

  it("binary frames carrying JSON are handled like text after the handshake", async () => {
    const c = await gw.client();
    const got = new Promise<Record<string, unknown>>((resolve) => c.socket!.on("message", (d) => {
      const f = JSON.parse(d.toString());
      if (f.id === "bin1") resolve(f);
    }));
    c.socket!.send(Buffer.from(JSON.stringify({ type: "req", id: "bin1", method: "health" })), { binary: true });
    expect((await got).ok).toBe(true);
  });

  it("plugins.list reports plugins with their methods", async () => {
    const c = await gw.client();
    const { plugins } = (await c.request("plugins.list")) as { plugins: Array<{ name: string; state: string; methods: string[] }> };
    expect(plugins.find((p) => p.name === "probe")).toMatchObject({ state: "active", methods: expect.arrayContaining(["probe.read", "probe.echo"]) });
  });

  it("status answers without params and reports connections", async () => {
    const c = await gw.client();
    const s = (await c.request("status")) as { runtimeVersion: string; connections: { operators: number }; plugins: { active: string[] } };
    expect(s.runtimeVersion).toBe("test");
    expect(s.connections.operators).toBeGreaterThanOrEqual(1);
    expect(s.plugins.active).toContain("probe");
  });
});
