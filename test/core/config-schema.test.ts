/** config.schema / config.schema.lookup / config.set: upstream's shapes, built from the core's and every plugin's schema. */
import { readFileSync, writeFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { Type } from "@sinclair/typebox";
import { startTestGateway, stopAllTestGateways } from "../helpers/gateway.js";
import { definePlugin } from "../../core/sdk/plugin.js";
import channels from "../../plugins/channels/index.js";
import telegram from "../../plugins/telegram/index.js";
import type { ConfigSnapshot } from "../../core/config/config-snapshot.js";

afterEach(() => stopAllTestGateways());

/** Stands for a third-party plugin: its schema must reach the official UI's form like a built-in one. */
const weather = definePlugin({
  name: "weather",
  configPaths: ["weather"],
  configSchema: Type.Object({
    weather: Type.Optional(Type.Object({
      units: Type.Optional(Type.Union([Type.Literal("metric"), Type.Literal("imperial")], { description: "Units of every answer." })),
      apiKey: Type.Optional(Type.String({ sensitive: true })),
    }, { additionalProperties: false })),
  }, { additionalProperties: false }),
  setup() {},
});

type Schema = { properties?: Record<string, Schema>; additionalProperties?: Schema | boolean; type?: unknown; enum?: unknown[]; anyOf?: unknown };
interface SchemaResult { schema: Schema; uiHints: Record<string, { label?: string; help?: string; sensitive?: boolean }>; version: string; generatedAt: string }

describe("config.schema", () => {
  it("merges the core schema with every plugin's, with labels, help and secret marks", async () => {
    const gw = await startTestGateway({ plugins: [channels, telegram, weather] });
    const c = await gw.client({ scopes: ["operator.read"] });
    const res = (await c.request("config.schema", {})) as SchemaResult;
    expect(res.version).toBe("test");
    expect(Number.isNaN(Date.parse(res.generatedAt))).toBe(false);
    const props = res.schema.properties!;
    // core, a built-in plugin and the third-party one side by side at their real positions
    expect(Object.keys(props)).toEqual(expect.arrayContaining(["gateway", "plugins", "logging", "channels", "weather"]));
    expect(props.gateway.properties!.auth.properties!.token).toBeDefined();
    expect(props.channels.properties!.telegram).toBeDefined();
    // a union of literals arrives as an enum, which a form renders as a select
    expect(props.weather.properties!.units).toMatchObject({ type: "string", enum: ["metric", "imperial"] });
    expect(props.gateway.properties!.auth.properties!.mode).toMatchObject({ type: "string", enum: ["token", "password", "none"] });
    expect(res.uiHints["gateway.auth.token"]).toMatchObject({ label: "Token", sensitive: true });
    expect(res.uiHints["weather.apiKey"]).toMatchObject({ label: "Api Key", sensitive: true });
    expect(res.uiHints["weather.units"]).toMatchObject({ label: "Units", help: "Units of every answer." });
    expect(res.uiHints["gateway.auth.rateLimit.maxAttempts"]).toEqual({ label: "Max Attempts" });
    expect(res.uiHints["gateway.port"]?.sensitive).toBeUndefined();
    // every secret the redactor hides is marked for the form too
    const sensitive = Object.entries(res.uiHints).filter(([, h]) => h.sensitive).map(([p]) => p);
    expect(sensitive).toEqual(expect.arrayContaining(["gateway.auth.password", "gateway.remote.token", "weather.apiKey"]));
    expect(sensitive.some((p) => p.startsWith("channels.telegram") && /token/i.test(p))).toBe(true);
    await expect(c.request("config.schema", { extra: 1 })).rejects.toMatchObject({ code: "INVALID_REQUEST", message: expect.stringMatching(/config\.schema params/) });
  });

  it("lookup answers one path with its children and reload kind, and names a bad path", async () => {
    const gw = await startTestGateway({ plugins: [weather] });
    const c = await gw.client({ scopes: ["operator.read"] });
    const root = (await c.request("config.schema.lookup", { path: "." })) as { path: string; children: Array<{ key: string; hasChildren: boolean }> };
    expect(root.path).toBe(".");
    expect(root.children.map((ch) => ch.key)).toEqual(expect.arrayContaining(["gateway", "weather"]));
    const auth = (await c.request("config.schema.lookup", { path: "gateway.auth" })) as {
      path: string; schema: Schema; reloadKind: string; hint: { label: string }; children: Array<{ key: string; path: string; type?: string; hint?: { sensitive?: boolean }; reloadKind?: string }>;
    };
    expect(auth).toMatchObject({ path: "gateway.auth", schema: { type: "object" }, hint: { label: "Auth" } });
    expect(auth.schema.properties).toBeUndefined();
    const token = auth.children.find((ch) => ch.key === "token")!;
    expect(token).toMatchObject({ path: "gateway.auth.token", type: "string", hint: { sensitive: true }, reloadKind: "hot" });
    expect(auth.children.find((ch) => ch.key === "mode")).toMatchObject({ reloadKind: "restart" });
    // a record's entries are looked up through any key, hinted as "*"
    const entry = (await c.request("config.schema.lookup", { path: "plugins.entries.weather" })) as { hintPath?: string; children: Array<{ key: string }> };
    expect(entry.hintPath).toBe("plugins.entries.*");
    expect(entry.children.map((ch) => ch.key)).toEqual(["enabled"]);
    await expect(c.request("config.schema.lookup", { path: "gateway.nope" })).rejects.toMatchObject({ code: "INVALID_REQUEST", message: expect.stringMatching(/not found: gateway\.nope/) });
    await expect(c.request("config.schema.lookup", {})).rejects.toMatchObject({ code: "INVALID_REQUEST", message: expect.stringMatching(/path/) });
  });
});

describe("config.set", () => {
  it("replaces the file after validating it and answers with the config, secrets hidden", async () => {
    const gw = await startTestGateway({ plugins: [weather] });
    const path = gw.gateway.info.configPath;
    writeFileSync(path, `{ gateway: { mode: "local" } }`);
    const c = await gw.client({ scopes: ["operator.admin"] });
    const { hash } = (await c.request("config.get")) as ConfigSnapshot;
    const raw = `{ gateway: { mode: "local" }, weather: { units: "imperial", apiKey: "sk-weather-secret" } }`;
    const res = (await c.request("config.set", { raw, baseHash: hash })) as { ok: boolean; path: string; hash: string; config: { weather: { apiKey: string; units: string } } };
    expect(res).toMatchObject({ ok: true, path, config: { weather: { units: "imperial", apiKey: "__OPENCLAW_REDACTED__" } } });
    expect(readFileSync(path, "utf8")).toContain("sk-weather-secret");
    await expect(c.request("config.set", { raw: `{ weather: { unit: "x" } }`, baseHash: res.hash })).rejects.toMatchObject({ code: "INVALID_REQUEST", message: expect.stringMatching(/weather\.unit/) });
    await expect(c.request("config.set", { raw, baseHash: hash })).rejects.toMatchObject({ message: expect.stringMatching(/stale baseHash/) });
    const reader = await gw.client({ scopes: ["operator.read"] });
    await expect(reader.request("config.set", { raw, baseHash: res.hash })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
