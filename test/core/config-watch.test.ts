/** Hot reload in the core: an embedder that passes watchConfig to createGateway sees config edits applied in-process. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Type } from "@sinclair/typebox";
import { startTestGateway, stopAllTestGateways, waitFor } from "../helpers/gateway.js";
import { definePlugin } from "../../core/plugin-types.js";
import { validateConfig } from "../../core/config/validate.js";

afterEach(() => stopAllTestGateways());

const greeter = definePlugin({
  name: "greeter",
  configPaths: ["greeter"],
  configSchema: Type.Object({ greeter: Type.Optional(Type.Object({ greeting: Type.String({ default: "hello" }) }, { additionalProperties: false })) }, { additionalProperties: false }),
  setup(api) {
    const { greeter: cfg } = api.config as { greeter?: { greeting: string } };
    api.registerMethod("greeter.greet", { scope: "operator.read", handler: () => cfg?.greeting ?? "hello" });
  },
});
const bystander = definePlugin({
  name: "bystander",
  setup(api) {
    const startedAt = Date.now() + Math.random();
    api.registerMethod("bystander.id", { scope: "operator.read", handler: () => startedAt });
  },
});

async function embedded(initial: Record<string, unknown>) {
  const stateDir = mkdtempSync(join(tmpdir(), "ocgw-watch-"));
  const configPath = join(stateDir, "openclaw.json");
  writeFileSync(configPath, JSON.stringify(initial));
  const { config } = validateConfig(initial, [{ def: greeter, source: "test", enabled: true }, { def: bystander, source: "test", enabled: true }]);
  const gw = await startTestGateway({ plugins: [greeter, bystander], config, stateDir, watchConfig: true });
  return { gw, configPath };
}

describe("createGateway({ watchConfig })", () => {
  it("applies an edit of a plugin's config by reloading only that plugin; connections stay up and health reports the reload", async () => {
    const { gw, configPath } = await embedded({ greeter: { greeting: "hello" }, gateway: { reload: { debounceMs: 50 } } });
    const c = await gw.client();
    expect(await c.request("greeter.greet")).toBe("hello");
    const bystanderId = await c.request("bystander.id");

    writeFileSync(configPath, JSON.stringify({ greeter: { greeting: "bonjour" }, gateway: { reload: { debounceMs: 50 } } }));
    await waitFor(() => gw.gateway.configReload?.lastAppliedAt !== null, 10_000, "the edit to be applied");
    expect(await c.request("greeter.greet")).toBe("bonjour");
    expect(await c.request("bystander.id")).toBe(bystanderId); // not reloaded
    expect(c.connected).toBe(true);
    expect(gw.gateway.configReload).toMatchObject({ status: "ok", lastChange: ["greeter.greeting"] });
    const health = await c.request<{ configReload?: { status: string } }>("health");
    expect(health.configReload).toMatchObject({ status: "ok" });
  });

  it("an invalid edit keeps the last good config and reports why; a restart-class change is logged as needing a restart", async () => {
    const logs: string[] = [];
    const { gw, configPath } = await embedded({ greeter: { greeting: "hello" }, gateway: { reload: { debounceMs: 50 } } });
    gw.logs.length = 0;
    const c = await gw.client();
    writeFileSync(configPath, JSON.stringify({ greeter: { greeting: 42 }, gateway: { reload: { debounceMs: 50 } } }));
    await waitFor(() => gw.gateway.configReload?.status === "invalid", 10_000, "the edit to be refused");
    expect(gw.gateway.configReload?.error).toMatch(/greeter\.greeting/);
    expect(await c.request("greeter.greet")).toBe("hello");

    writeFileSync(configPath, JSON.stringify({ greeter: { greeting: "hi" }, gateway: { port: 1, reload: { debounceMs: 50 } } }));
    await waitFor(() => gw.gateway.configReload?.status === "ok" && gw.gateway.configReload.lastAppliedAt !== null, 10_000, "the valid edit");
    expect(await c.request("greeter.greet")).toBe("hi");
    logs.push(...gw.logs);
    expect(logs.join("\n")).toMatch(/gateway\.port.*need a restart/);
  });
});
