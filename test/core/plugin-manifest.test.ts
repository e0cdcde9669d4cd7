/** openclaw.plugin.json, the plugin-API range (manifest or upstream's package.json field) and the composition root. */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkPluginApi, readManifest } from "../../core/plugin-manifest.js";
import { resolvePluginSet } from "../../core/plugin-set.js";
import { planReload } from "../../core/config/reload-plan.js";
import { definePlugin } from "../../core/plugin-types.js";

function pluginDir(manifest: unknown, pkg: unknown = { type: "module" }, code = "export default { name: 'demo', setup() {} };\n"): string {
  const dir = mkdtempSync(join(tmpdir(), "ocgw-manifest-"));
  writeFileSync(join(dir, "openclaw.plugin.json"), JSON.stringify(manifest));
  writeFileSync(join(dir, "package.json"), JSON.stringify(pkg));
  writeFileSync(join(dir, "index.js"), code);
  return dir;
}

/** What `f` throws (undefined when it does not). */
function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (err) {
    return err;
  }
  return undefined;
}

describe("plugin manifest", () => {
  it("reads the range from the manifest, else from package.json openclaw.compat.pluginApi", () => {
    expect(readManifest(pluginDir({ id: "demo", configSchema: {}, apiVersion: "^1.0.0" })).apiRange).toBe("^1.0.0");
    const upstream = readManifest(pluginDir({ id: "demo", configSchema: {} }, { version: "2.0.1", openclaw: { compat: { pluginApi: ">=1.0.0 <2" } } }));
    expect(upstream).toMatchObject({ apiRange: ">=1.0.0 <2", version: "2.0.1" });
    expect(readManifest(pluginDir({ id: "demo", configSchema: {} })).apiRange).toBeUndefined();
  });

  it("names the file and the field of a bad manifest, and refuses a range that is not semver", () => {
    const dir = pluginDir({ id: "demo" });
    expect(() => readManifest(dir)).toThrow(`${join(dir, "openclaw.plugin.json")}: field "configSchema": is required`);
    expect(() => readManifest(pluginDir({ id: "demo", configSchema: {}, apiVersion: "one" }))).toThrow(/apiVersion: "one" is not a semver range/);
    expect(thrown(() => readManifest(dir))).toMatchObject({ name: "GatewayHostError", code: "OC_ERR_PLUGIN_MANIFEST" });
  });

  it("the refusal names the plugin's range and the host's plugin-API version", () => {
    expect(() => checkPluginApi("demo", "^1.0.0")).not.toThrow();
    expect(() => checkPluginApi("demo", "^2.0.0")).toThrow("plugin demo requires plugin API ^2.0.0, but this gateway implements plugin API 1.0.0");
    expect(thrown(() => checkPluginApi("demo", "^2.0.0"))).toMatchObject({ name: "GatewayHostError", code: "OC_ERR_PLUGIN_API_VERSION" });
  });
});

describe("resolvePluginSet", () => {
  it("built-ins, then load paths, then installed extensions; entries.<id>.enabled and a manifest/code name mismatch", async () => {
    const stateDir = mkdtempSync(join(tmpdir(), "ocgw-set-"));
    const ok = pluginDir({ id: "demo", configSchema: {}, version: "1.0.0" });
    mkdirSync(join(stateDir, "extensions"), { recursive: true });
    const wrongName = pluginDir({ id: "other", configSchema: {} });
    writeFileSync(join(stateDir, "extensions", "placeholder"), "not a folder");
    cpSync(wrongName, join(stateDir, "extensions", "other"), { recursive: true });
    const builtin = definePlugin({ name: "core-thing", setup() {} });
    const set = await resolvePluginSet({
      builtins: [builtin], stateDir, configPath: join(stateDir, "openclaw.json"), builtinVersion: "9.9.9",
      raw: { plugins: { load: { paths: [ok] }, entries: { "core-thing": { enabled: false } } } },
    });
    expect(set.entries.map((e) => [e.def.name, e.origin, e.enabled, e.version])).toEqual([
      ["core-thing", "builtin", false, "9.9.9"],
      ["demo", "path", true, "1.0.0"],
      ["other", "installed", true, undefined],
    ]);
    expect(set.failed).toEqual([{ name: "other", source: join(stateDir, "extensions", "other"), origin: "installed", error: expect.stringContaining('names the plugin "other" but its code exports a plugin named "demo"') }]);
  });

  it("a changed plugin set needs a restart (a running host only switches known plugins on and off)", () => {
    const a = { def: definePlugin({ name: "a", setup() {} }), source: "builtin", enabled: true };
    const b = { def: definePlugin({ name: "b", setup() {} }), source: "/x/b", enabled: true };
    const after = { plugins: { entries: { b: { enabled: true } } } };
    expect(planReload({}, after, [a], [a, b]).restartPaths).toEqual(["plugins (the plugin set changed)"]);
    expect(planReload({}, after, [a, b], [a, b]).restartPaths).toEqual([]);
  });
});
