/**
 * A plugin's mistakes stay in that plugin: uncompilable schemas fail its setup, unencodable results and
 * event payloads fail that request or that emit call, and health shows plugin state changes at once.
 * Before these fixes each of these either took the process down or left health stale for 60 s.
 */
import { afterEach, describe, expect, it } from "vitest";
import { Type } from "@sinclair/typebox";
import { startTestGateway, stopAllTestGateways, waitFor } from "../helpers/gateway.js";
import { definePlugin, type PluginApi } from "../../core/plugin-types.js";
import { GatewayError } from "../../core/errors.js";
import { ERROR_CODES } from "../../core/protocol/error-codes.js";
import { compileSchema } from "../../core/protocol/validators.js";
import { validateConfig } from "../../core/config/validate.js";
import type { EventFrameIn } from "../../core/client.js";

afterEach(() => stopAllTestGateways());

const fine = definePlugin({ name: "fine", setup(api) {
  api.registerMethod("fine.ping", { scope: "operator.read", handler: () => "pong" });
} });

interface HealthShape {
  ok: boolean;
  degraded: boolean;
  plugins: { loaded: string[]; failed: Array<{ name: string; state: string; error: string }> };
}

describe("schemas are compiled when they are registered", () => {
  it("a params schema ajv cannot compile fails that plugin's setup; a read-only client cannot crash the gateway with it", async () => {
    const emailSchema = definePlugin({ name: "mailer", setup(api) {
      api.registerMethod("mailer.send", { scope: "operator.read", params: Type.Object({ to: Type.String({ format: "email" }) }), handler: () => "sent" });
    } });
    const unknownKeyword = definePlugin({ name: "oddball", setup(api) {
      api.registerMethod("oddball.go", { scope: "operator.read", params: Type.Unsafe({ type: "object", colour: "blue" }), handler: () => "went" });
    } });
    const gw = await startTestGateway({ plugins: [emailSchema, unknownKeyword, fine] });
    const list = gw.gateway.plugins.list();
    expect(list.find((p) => p.name === "mailer")).toMatchObject({
      state: "failed",
      error: expect.stringMatching(/^method mailer\.send: its params schema cannot be compiled: unknown format "email"/),
    });
    expect(list.find((p) => p.name === "oddball")).toMatchObject({
      state: "failed",
      error: expect.stringMatching(/^method oddball\.go: its params schema cannot be compiled: .*unknown keyword: "colour"/),
    });
    const reader = await gw.client({ scopes: ["operator.read"] });
    await expect(reader.request("mailer.send", { to: "a@b.c" })).rejects.toMatchObject({ code: "INVALID_REQUEST", message: "unknown method: mailer.send" });
    await expect(reader.request("oddball.go", {})).rejects.toMatchObject({ message: "unknown method: oddball.go" });
    await expect(reader.request("fine.ping")).resolves.toBe("pong");
    const health = await reader.request<HealthShape>("health");
    expect(health.plugins.failed.map((f) => f.name)).toEqual(["mailer", "oddball"]);
    expect(health.plugins.loaded).toEqual(["fine"]);
  });

  it("identical schemas registered by different methods share one validator and still work for each", async () => {
    const shape = () => Type.Object({ n: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
    expect(compileSchema(shape())).toBe(compileSchema(shape()));
    const twins = definePlugin({ name: "twins", setup(api) {
      for (const name of ["twins.a", "twins.b"]) {
        api.registerMethod(name, { scope: "operator.read", params: Type.Object({ n: Type.Integer({ minimum: 1 }) }, { additionalProperties: false }), handler: ({ n }: { n: number }) => n * 2 });
      }
    } });
    const gw = await startTestGateway({ plugins: [twins] });
    const c = await gw.client();
    await expect(c.request("twins.a", { n: 2 })).resolves.toBe(4);
    await expect(c.request("twins.b", { n: 0 })).rejects.toMatchObject({ message: "invalid twins.b params: at /n: must be >= 1" });
  });

  it("a configSchema that does not compile fails that plugin at setup instead of refusing the whole config", async () => {
    const oddconf = definePlugin({
      name: "oddconf",
      configPaths: ["oddconf"],
      configSchema: Type.Object({ oddconf: Type.Optional(Type.Object({ code: Type.String({ pattern: "(" }) })) }),
      setup() {},
    });
    const raw = { oddconf: { code: "x" } };
    expect(validateConfig(raw, [{ def: oddconf, enabled: true }, { def: fine, enabled: true }]).issues).toEqual([]);
    const gw = await startTestGateway({ plugins: [oddconf, fine], config: raw });
    expect(gw.gateway.plugins.list()).toMatchObject([
      { name: "oddconf", state: "failed", error: expect.stringMatching(/^plugin oddconf: its configSchema cannot be compiled: .*regular expression/i) },
      { name: "fine", state: "active" },
    ]);
  });
});

describe("results and events that JSON cannot encode", () => {
  function unencodable() {
    const ref: { api?: PluginApi } = {};
    const circular: Record<string, unknown> = { name: "loop" };
    circular.self = circular;
    const plugin = definePlugin({ name: "leaky", setup(api) {
      ref.api = api;
      api.declareEvent("leaky.news");
      api.registerMethod("leaky.bigint", { scope: "operator.read", handler: () => ({ size: 10n }) });
      api.registerMethod("leaky.circular", { scope: "operator.read", handler: async () => circular });
      api.registerMethod("leaky.ack", { scope: "operator.read", handler: (_p, ctx) => {
        ctx.ack({ accepted: 1n });
        return { done: true };
      } });
      api.registerMethod("leaky.details", { scope: "operator.read", handler: () => {
        throw new GatewayError(ERROR_CODES.NOT_LINKED, "not linked", { details: circular });
      } });
      api.registerHealth(() => ({ leaky: { count: 1n } }));
    } });
    return { plugin, api: () => ref.api as PluginApi };
  }

  it("a handler result with a BigInt or a cycle answers UNAVAILABLE for that request only, logged with the plugin", async () => {
    const { plugin } = unencodable();
    const gw = await startTestGateway({ plugins: [plugin, fine] });
    const c = await gw.client({ requestTimeoutMs: 5000 });
    const other = await gw.client({ requestTimeoutMs: 5000 });
    await expect(c.request("leaky.bigint")).rejects.toMatchObject({ code: "UNAVAILABLE", message: expect.stringMatching(/^leaky\.bigint returned a result that cannot be sent as JSON: .*BigInt/) });
    await expect(c.request("leaky.circular")).rejects.toMatchObject({ code: "UNAVAILABLE", message: expect.stringMatching(/^leaky\.circular returned a result that cannot be sent as JSON: .*circular/i) });
    await expect(c.request("leaky.ack", {}, { expectFinal: true })).rejects.toMatchObject({ code: "UNAVAILABLE", message: expect.stringMatching(/leaky\.ack: ack\(\) payload cannot be sent as JSON/) });
    await expect(c.request("leaky.details")).rejects.toMatchObject({ code: "UNAVAILABLE", message: expect.stringMatching(/^leaky\.details failed with an error that cannot be sent as JSON: NOT_LINKED not linked/) });
    await expect(c.request("fine.ping")).resolves.toBe("pong");
    await expect(other.request("fine.ping")).resolves.toBe("pong");
    expect(gw.logs.some((l) => l.includes("leaky.bigint") && l.includes("plugin=leaky"))).toBe(true);
    expect(gw.gateway.plugins.list().find((p) => p.name === "leaky")?.state).toBe("active");
  });

  it("emitting an unencodable payload throws to the emitting plugin; other clients keep receiving", async () => {
    const { plugin, api } = unencodable();
    const gw = await startTestGateway({ plugins: [plugin] });
    const c = await gw.client();
    const got: EventFrameIn[] = [];
    c.on("event", (e: EventFrameIn) => e.event === "leaky.news" && got.push(e));
    expect(() => api().emit("leaky.news", { n: 1n })).toThrow(/^event leaky\.news: payload cannot be sent as JSON: .*BigInt/);
    expect(() => api().emit("leaky.news", () => ({ n: 1n }))).toThrow(/^event leaky\.news: payload cannot be sent as JSON/);
    api().emit("leaky.news", { n: 2 });
    await waitFor(() => got.length === 1, 3000, "the good event");
    // The failed emits did not consume a seq: the client sees no gap.
    expect(got[0]).toMatchObject({ payload: { n: 2 }, seq: 1 });
  });

  it("a health section with an unencodable value is reported failed; health keeps answering", async () => {
    const { plugin } = unencodable();
    const gw = await startTestGateway({ plugins: [plugin, fine] });
    const c = await gw.client({ requestTimeoutMs: 5000 });
    const health = await c.request<HealthShape>("health");
    expect(health.plugins.failed).toEqual([{ name: "leaky", state: "failed", error: expect.stringMatching(/^health section failed: .*BigInt/) }]);
  });
});

describe("health follows plugin state at once", () => {
  it("a plugin that fails at setup after another plugin refreshed health is shown failed immediately", async () => {
    // A plugin that reports health during setup (as the channels plugin does) used to cache a summary
    // taken before later plugins had finished: the failure stayed invisible for healthRefreshMs (60 s).
    const early = definePlugin({ name: "early", setup(api) {
      api.registerHealth(() => ({ early: { ok: true } }));
      api.healthChanged();
    } });
    const late = definePlugin({ name: "late", async setup() {
      await new Promise((r) => setTimeout(r, 50));
      throw new Error("the database is gone");
    } });
    const gw = await startTestGateway({ plugins: [early, late, fine] });
    const c = await gw.client();
    const health = await c.request<HealthShape>("health");
    expect(health.plugins.failed).toEqual([{ name: "late", state: "failed", error: "the database is gone" }]);
    expect(health.degraded).toBe(true);
    const hello = c.hello as unknown as { snapshot: { health: HealthShape } };
    expect(hello.snapshot.health.plugins.failed.map((f) => f.name)).toEqual(["late"]);
    const status = await c.request<{ plugins: { failed: Array<{ name: string }> } }>("status");
    expect(status.plugins.failed.map((f) => f.name)).toEqual(["late"]);
  });
});
