/** The plugin host: ordering by services, failure isolation, undo on dispose, hooks rebuilt, config slices, reload. */
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Type } from "@sinclair/typebox";
import { startTestGateway, stopAllTestGateways, waitFor, TEST_TOKEN } from "../helpers/gateway.js";
import { definePlugin } from "../../core/plugin-types.js";
import { loadPluginPaths } from "../../core/plugin-loader.js";
import { GatewayError } from "../../core/errors.js";
import { validateConfig } from "../../core/config/validate.js";

afterEach(() => stopAllTestGateways());

describe("plugin host", () => {
  it("sets up providers before the plugins that require them, whatever the list order", async () => {
    const order: string[] = [];
    const consumer = definePlugin({ name: "consumer", requires: ["greeter"], setup(api) {
      order.push("consumer");
      const greeter = api.use<{ greet(n: string): string }>("greeter");
      api.registerMethod("consumer.greet", { scope: "operator.read", handler: () => greeter.greet("x") });
    } });
    const provider = definePlugin({ name: "provider", provides: ["greeter"], setup(api) {
      order.push("provider");
      api.provide("greeter", { greet: (n: string) => `hi ${n}` });
    } });
    const gw = await startTestGateway({ plugins: [consumer, provider] });
    expect(order).toEqual(["provider", "consumer"]);
    const c = await gw.client();
    await expect(c.request("consumer.greet")).resolves.toBe("hi x");
  });

  it("a failing plugin is marked failed, its registrations are undone, dependents skipped, others keep running", async () => {
    const broken = definePlugin({ name: "broken", provides: ["thing"], setup(api) {
      api.registerMethod("broken.m", { handler: () => 1 });
      api.registerRoute("GET", "/broken", (_q, res) => res.end("x"), { auth: "public" });
      throw new Error("cannot open the database");
    } });
    const dependent = definePlugin({ name: "dependent", requires: ["thing"], setup() {} });
    const fine = definePlugin({ name: "fine", setup(api) {
      api.registerMethod("fine.m", { scope: "operator.read", handler: () => "fine" });
    } });
    const gw = await startTestGateway({ plugins: [broken, dependent, fine] });
    const c = await gw.client();
    await expect(c.request("broken.m")).rejects.toMatchObject({ message: "unknown method: broken.m" });
    expect((await fetch(`${gw.httpUrl}/broken`)).status).toBe(404);
    await expect(c.request("fine.m")).resolves.toBe("fine");
    const health = (await c.request("health")) as { ok: boolean; degraded: boolean; plugins: { loaded: string[]; failed: Array<{ name: string; state: string; error: string }> } };
    expect(health.degraded).toBe(true);
    expect(health.ok).toBe(false);
    expect(health.plugins.loaded).toEqual(["fine"]);
    expect(health.plugins.failed).toEqual([
      { name: "broken", state: "failed", error: "cannot open the database" },
      { name: "dependent", state: "skipped", error: 'requires service "thing" from plugin broken, which is failed' },
    ]);
    expect(c.hello?.features.methods).not.toContain("broken.m");
  });

  it("a plugin requiring a service nobody provides is skipped with a clear reason", async () => {
    const lonely = definePlugin({ name: "lonely", requires: ["nothing"], setup() {} });
    const gw = await startTestGateway({ plugins: [lonely] });
    expect(gw.gateway.plugins.list()[0]).toMatchObject({ state: "skipped", error: 'requires service "nothing", which no enabled plugin provides' });
  });

  it("use() and provide() must be declared", async () => {
    const sneaky = definePlugin({ name: "sneaky", setup(api) {
      api.provide("undeclared", {});
    } });
    const gw = await startTestGateway({ plugins: [sneaky] });
    expect(gw.gateway.plugins.list()[0].error).toMatch(/declare "undeclared" in provides/);
  });

  it("duplicate method names are refused, naming both plugins", async () => {
    const a = definePlugin({ name: "a", setup(api) { api.registerMethod("same", { handler: () => 1 }); } });
    const b = definePlugin({ name: "b", setup(api) { api.registerMethod("same", { handler: () => 2 }); } });
    const gw = await startTestGateway({ plugins: [a, b] });
    expect(gw.gateway.plugins.list()[1].error).toBe("method same is already registered by a; b cannot register it again");
  });

  it("onConnect can refuse a connection, helloExtras adds hello-ok fields; hooks are rebuilt after reload", async () => {
    let refuse = true;
    const gatekeeper = definePlugin({ name: "gatekeeper", setup(api) {
      api.hooks.onConnect.tap(async (ctx) => {
        if (refuse && ctx.conn.client.id === "test") return new GatewayError("NOT_PAIRED", "pairing required", { details: { requestId: "req-1" } });
        return undefined;
      });
      api.hooks.helloExtras.tap((ctx) => {
        ctx.helloAuth.deviceToken = "dev-token";
        ctx.surfaces.canvas = "http://127.0.0.1:1/__openclaw__/canvas/";
      });
    } });
    const gw = await startTestGateway({ plugins: [gatekeeper] });
    await expect(gw.client({ client: { id: "test", mode: "test" } })).rejects.toMatchObject({ code: "NOT_PAIRED", details: { requestId: "req-1" } });
    const v4 = await gw.client();
    expect(v4.hello?.auth).toMatchObject({ deviceToken: "dev-token" });
    expect(v4.hello?.pluginSurfaceUrls).toEqual({ canvas: "http://127.0.0.1:1/__openclaw__/canvas/" });
    const v3 = await gw.client({ minProtocol: 3, maxProtocol: 3 });
    expect(v3.hello?.canvasHostUrl).toBe("http://127.0.0.1:1/__openclaw__/canvas/");
    expect(v3.hello?.auth).toMatchObject({ deviceToken: "dev-token", role: "operator" });
    refuse = false;
    await gw.gateway.plugins.reload(["gatekeeper"], {});
    await expect(gw.client({ client: { id: "test", mode: "test" } })).resolves.toBeTruthy();
  });

  it("connection phases run in order: onConnect, helloExtras, then onConnected after hello-ok; a refused connection reaches neither later phase", async () => {
    const seen: string[] = [];
    const phases = definePlugin({ name: "phases", setup(api) {
      api.hooks.onConnect.tap((ctx) => {
        seen.push(`connect:${ctx.conn.client.displayName}`);
        return ctx.conn.client.displayName === "refused" ? new GatewayError("NOT_PAIRED", "pairing required") : undefined;
      });
      api.hooks.helloExtras.tap((ctx) => void seen.push(`extras:${ctx.conn.client.displayName}:${ctx.conn.state}`));
      api.hooks.onConnected.tap(({ conn }) => void seen.push(`connected:${conn.client.displayName}:${conn.state}`));
    } });
    const gw = await startTestGateway({ plugins: [phases] });
    await expect(gw.client({ client: { id: "test", mode: "test", displayName: "refused" } })).rejects.toMatchObject({ code: "NOT_PAIRED" });
    await gw.client({ client: { id: "test", mode: "test", displayName: "accepted" } });
    expect(seen).toEqual(["connect:refused", "connect:accepted", "extras:accepted:handshake", "connected:accepted:open"]);
  });

  it("onConnect can authenticate a connection on its own credential with limited scopes", async () => {
    const deviceTokens = definePlugin({ name: "device-tokens", setup(api) {
      api.hooks.onConnect.tap((ctx) => {
        if (!ctx.authenticated && ctx.auth?.deviceToken === "dt-1" && ctx.conn.device) ctx.authenticate("device-token", ["operator.read"]);
        return undefined;
      });
    } });
    const gw = await startTestGateway({ plugins: [deviceTokens] });
    const { generateDeviceKeys } = await import("../../core/device-keys.js");
    const c = await gw.client({ token: undefined, deviceToken: "dt-1", device: generateDeviceKeys(), scopes: ["operator.read", "operator.admin"] });
    expect(c.hello?.auth?.scopes).toEqual(["operator.read"]);
    await expect(c.request("status")).resolves.toBeTruthy();
    await expect(c.request("plugins.list")).resolves.toBeTruthy();
    await expect(gw.client({ token: undefined, deviceToken: "dt-1" })).rejects.toMatchObject({ message: /unauthorized/ });
  });

  it("disposing undoes everything registered and calls the plugin's disposer; other clients stay connected", async () => {
    const calls: string[] = [];
    const feature = definePlugin({ name: "feature", setup(api) {
      api.registerMethod("feature.m", { scope: "operator.read", handler: () => "v1" });
      api.declareEvent("feature.changed");
      api.registerHealth(() => ({ feature: { up: true } }));
      const timer = setInterval(() => undefined, 1000);
      api.signal.addEventListener("abort", () => calls.push("signal"));
      return () => {
        clearInterval(timer);
        calls.push("disposer");
      };
    } });
    const gw = await startTestGateway({ plugins: [feature] });
    const c = await gw.client();
    expect(await c.request("health")).toMatchObject({ feature: { up: true } });
    await gw.gateway.plugins.stop();
    expect(calls).toEqual(["signal", "disposer"]);
    await expect(c.request("feature.m")).rejects.toMatchObject({ message: "unknown method: feature.m" });
    expect(gw.gateway.events.names()).not.toContain("feature.changed");
    expect(await c.request("health")).not.toHaveProperty("feature");
    expect(c.connected).toBe(true);
  });

  it("each plugin gets its validated config slice with schema defaults", async () => {
    let seen: unknown;
    const configured = definePlugin({
      name: "configured",
      configPaths: ["widget"],
      configSchema: Type.Object({ widget: Type.Optional(Type.Object({ size: Type.Integer({ default: 3 }), label: Type.Optional(Type.String()) }, { additionalProperties: false })) }, { additionalProperties: false }),
      setup(api) {
        seen = api.config;
      },
    });
    await startTestGateway({ plugins: [configured], config: { widget: { label: "x" }, gateway: { port: 1 } } });
    expect(seen).toEqual({ widget: { size: 3, label: "x" } });
  });
});

describe("config validation", () => {
  const plugin = definePlugin({
    name: "widgets",
    configPaths: ["widget", "gateway.widgets"],
    configSchema: Type.Object({
      widget: Type.Optional(Type.Object({ size: Type.Integer() }, { additionalProperties: false })),
      gateway: Type.Optional(Type.Object({ widgets: Type.Optional(Type.Boolean()) }, { additionalProperties: false })),
    }, { additionalProperties: false }),
    setup() {},
  });

  it("names unknown keys with their full path and the closest valid key", () => {
    const { issues } = validateConfig({ gateway: { prot: 1, auth: { mdoe: "token" } }, widgt: {} }, [{ def: plugin, enabled: true }]);
    expect(issues).toEqual(expect.arrayContaining([
      { path: "gateway.prot", message: 'unknown key (did you mean "gateway.port"?)' },
      { path: "gateway.auth.mdoe", message: 'unknown key (did you mean "gateway.auth.mode"?)' },
      { path: "widgt", message: 'unknown key (did you mean "widget"?)' },
    ]));
  });

  it("validates plugin-owned paths with the plugin's schema, core paths with the core schema", () => {
    const { issues } = validateConfig({ gateway: { widgets: "yes", port: 70000, bind: "everywhere" }, widget: { size: "big" } }, [{ def: plugin, enabled: true }]);
    expect(issues).toEqual(expect.arrayContaining([
      { path: "gateway.widgets", message: "must be boolean (plugin widgets)" },
      { path: "widget.size", message: "must be integer (plugin widgets)" },
      { path: "gateway.port", message: "must be <= 65535" },
      { path: "gateway.bind", message: 'must be one of "loopback", "lan", "auto", "custom"' },
    ]));
  });

  it("config of a disabled plugin is kept with a warning", () => {
    const result = validateConfig({ widget: { size: "anything" } }, [{ def: plugin, enabled: false }]);
    expect(result.issues).toEqual([]);
    expect(result.warnings).toEqual(["widget belongs to plugin widgets, which is disabled: kept but unused"]);
  });
});

describe("third-party plugins from plugins.load.paths", () => {
  it("loads test/fixtures/hello-plugin: method, route, hook, event and its own config", async () => {
    const entries = await loadPluginPaths(["test/fixtures/hello-plugin"], process.cwd());
    expect(entries[0].def.name).toBe("hello");
    const gw = await startTestGateway({ plugins: entries, config: { hello: { greeting: "Ahoy" } } });
    const watcher = await gw.client();
    const greeted: unknown[] = [];
    watcher.on("event:hello.greeted", (p) => greeted.push(p));
    const c = await gw.client({ client: { id: "gateway-client", mode: "backend" } });
    await expect(c.request("hello.say", { name: "Ada" })).resolves.toEqual({ text: "Ahoy, Ada!", greeted: 2 });
    await expect(c.request("hello.say", {})).rejects.toMatchObject({ message: "invalid hello.say params: must have required property 'name'" });
    const unauth = await fetch(`${gw.httpUrl}/hello?name=Bo`, { headers: { "x-forwarded-for": "203.0.113.1" } });
    expect(unauth.status).toBe(401);
    const res = await fetch(`${gw.httpUrl}/hello?name=Bo`, { headers: { authorization: `Bearer ${TEST_TOKEN}` } });
    expect(await res.json()).toEqual({ text: "Ahoy, Bo!" });
    await waitFor(() => greeted.length >= 1, 2000, "hello.greeted event");
    expect(greeted).toContainEqual({ client: "gateway-client", greeted: 2 });
  });

  it("a path that does not load becomes a failed plugin instead of stopping the gateway", async () => {
    const entries = await loadPluginPaths(["./no/such/plugin", join("test", "fixtures", "hello-plugin")], process.cwd());
    const gw = await startTestGateway({ plugins: entries });
    const list = gw.gateway.plugins.list();
    expect(list.find((p) => p.name === "plugin")).toMatchObject({ state: "failed", error: expect.stringMatching(/could not be loaded: plugin path .* does not exist/) });
    expect(list.find((p) => p.name === "hello")?.state).toBe("active");
  });
});
