/**
 * `gateway.controlUi`: the plugin owns `enabled` and `basePath` (strict, defaults in its schema); the
 * core keeps `allowedOrigins`, which stays valid beside them and stays a hot core path that never
 * reloads the plugin.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { validateConfig } from "../../../core/config/validate.js";
import { planReload } from "../../../core/config/reload-plan.js";
import { pluginConfigSlice, type PluginEntry } from "../../../core/plugin-host.js";
import controlUi from "../../../plugins/control-ui/index.js";
import { resolveSettings } from "../../../plugins/control-ui/config.js";
import { stopAllTestGateways } from "../../helpers/gateway.js";
import { buildUi, removeTemps, startUiGateway, type BuiltUi } from "./helpers.js";

const entries = [{ def: controlUi, enabled: true }];
const issuesOf = (config: unknown) => validateConfig(config, entries).issues;

let ui: BuiltUi;
beforeAll(async () => {
  ui = await buildUi();
});
afterEach(() => stopAllTestGateways());
afterAll(() => removeTemps());

describe("control-ui config", () => {
  it("fills the defaults from the schema: enabled, at /", () => {
    expect(pluginConfigSlice(controlUi, {})).toEqual({ gateway: { controlUi: { enabled: true, basePath: "/" } } });
    expect(resolveSettings(pluginConfigSlice(controlUi, {}))).toEqual({ enabled: true, prefix: "" });
    expect(resolveSettings(pluginConfigSlice(controlUi, { gateway: { controlUi: { basePath: "/ops/ui/" } } }))).toEqual({ enabled: true, prefix: "/ops/ui" });
  });

  it("accepts its keys beside the core's allowedOrigins", () => {
    expect(issuesOf({ gateway: { controlUi: { enabled: false, basePath: "/ui", allowedOrigins: ["https://ops.example"] } } })).toEqual([]);
    expect(issuesOf({ gateway: { controlUi: { allowedOrigins: ["*"] } } })).toEqual([]);
  });

  it("names the key and the fix for a typo, a wrong type or a bad base path", () => {
    const typo = issuesOf({ gateway: { controlUi: { enabeld: false } } });
    expect(typo).toEqual([{ path: "gateway.controlUi.enabeld", message: 'unknown key (did you mean "gateway.controlUi.enabled"?)' }]);
    const wrongType = issuesOf({ gateway: { controlUi: { enabled: "yes" } } });
    expect(wrongType).toHaveLength(1);
    expect(wrongType[0].path).toBe("gateway.controlUi.enabled");
    expect(wrongType[0].message).toContain("boolean");
    expect(wrongType[0].message).toContain("plugin control-ui");
    for (const basePath of ["ui", "/../x", "/ui/../x", "/.hidden", "/a b", "//ui", "/ui?x=1", "/%2e%2e"]) {
      const issues = issuesOf({ gateway: { controlUi: { basePath } } });
      expect(issues.map((i) => i.path), basePath).toEqual(["gateway.controlUi.basePath"]);
    }
    expect(issuesOf({ gateway: { controlUi: { allowedOrigins: "x" } } }).map((i) => i.path)).toEqual(["gateway.controlUi.allowedOrigins"]);
  });

  it("refuses a base path that would shadow the gateway's routes, naming the key", async () => {
    for (const basePath of ["/v1", "/health", "/__openclaw__/ui", "/tools"]) {
      expect(() => resolveSettings({ gateway: { controlUi: { enabled: true, basePath } } }), basePath).toThrow(/gateway\.controlUi\.basePath .* would shadow/);
    }
    const gw = await startUiGateway({ assetsDir: ui.dir, config: { gateway: { controlUi: { basePath: "/v1" } } } });
    const status = gw.gateway.plugins.list().find((p) => p.name === "control-ui");
    expect(status?.state).toBe("failed");
    expect(status?.error).toContain("gateway.controlUi.basePath");
    expect((await fetch(`${gw.httpUrl}/health`)).status).toBe(200); // the gateway keeps serving
  });

  it("reloads only for its own keys: an allowedOrigins edit stays with the core", () => {
    const plugins = [{ def: controlUi, source: "builtin", enabled: true }] as PluginEntry[];
    const base = { gateway: { controlUi: { allowedOrigins: ["https://a.example"] } } };
    const origins = planReload(base, { gateway: { controlUi: { allowedOrigins: ["https://b.example"] } } }, plugins);
    expect(origins.reloadPlugins).toEqual([]);
    expect(origins.restartPaths).toEqual([]);
    const own = planReload(base, { gateway: { controlUi: { allowedOrigins: ["https://a.example"], enabled: false } } }, plugins);
    expect(own.reloadPlugins).toEqual(["control-ui"]);
  });

  it("turns off and on again through a config change (hot reload of the plugin)", async () => {
    const gw = await startUiGateway({ assetsDir: ui.dir });
    expect((await fetch(`${gw.httpUrl}/`)).status).toBe(200);
    await gw.gateway.plugins.reload(["control-ui"], { gateway: { controlUi: { enabled: false } } });
    expect((await fetch(`${gw.httpUrl}/`)).status).toBe(404);
    await gw.gateway.plugins.reload(["control-ui"], { gateway: { controlUi: { basePath: "/ui" } } });
    expect((await fetch(`${gw.httpUrl}/`)).status).toBe(404);
    expect((await fetch(`${gw.httpUrl}/ui/`)).status).toBe(200);
  });
});
