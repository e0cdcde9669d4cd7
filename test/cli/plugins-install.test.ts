/**
 * `openclaw plugins install|uninstall|info` with a plugin written in a fresh folder outside the
 * repository that imports the SDK by package name (`openclaw-gateway-host/plugin`), as a third-party
 * author would: installed with stdin closed, loaded by a gateway, refused when its plugin-API range
 * does not match (at install and at load time), removed by uninstall without touching its source.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cliHome, freePort, runCli, spawnGateway, type CliHome, type RunningGateway } from "../helpers/cli.js";
import { GatewayClient } from "../../core/client.js";

const TOKEN = "tok-plugins-install-1234";
const running: RunningGateway[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((g) => g.stop("SIGKILL")));
});

/** A third-party plugin package in its own temp folder: plain ESM JS, the SDK by package name. */
function writePlugin(apiVersion = "^1.0.0", id = "greeter", importsSdk = true): string {
  const dir = mkdtempSync(join(tmpdir(), "ocgw-thirdparty-"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({
    name: `${id}-plugin`, version: "1.2.3", type: "module", main: "index.js",
    peerDependencies: { "openclaw-gateway-host": "*" },
  }, null, 2));
  writeFileSync(join(dir, "openclaw.plugin.json"), JSON.stringify({
    id, name: "Greeter", version: "1.2.3", description: "Says hi", apiVersion,
    configSchema: { type: "object", additionalProperties: false, properties: {} },
  }, null, 2));
  if (!importsSdk) {
    writeFileSync(join(dir, "index.js"), `export default { name: ${JSON.stringify(id)}, setup() {} };\n`);
    return dir;
  }
  writeFileSync(join(dir, "index.js"), `
import { definePlugin, GatewayError, PLUGIN_API_VERSION } from "openclaw-gateway-host/plugin";

export default definePlugin({
  name: ${JSON.stringify(id)},
  description: "Says hi",
  setup(api) {
    api.registerMethod("${id}.hi", {
      scope: "operator.read",
      handler: (params) => ({ text: "hi " + (params.name ?? "there"), pluginApi: PLUGIN_API_VERSION }),
    });
    // The host must recognise the SDK's GatewayError (one SDK module, not a copy): INVALID_REQUEST, not UNAVAILABLE.
    api.registerMethod("${id}.refuse", {
      scope: "operator.read",
      handler: () => { throw new GatewayError("INVALID_REQUEST", "refused by ${id}"); },
    });
  },
});
`);
  return dir;
}

function home(port: number): CliHome {
  const h = cliHome();
  h.writeConfig({ gateway: { mode: "local", port, auth: { token: TOKEN }, reload: { debounceMs: 50 } } });
  return h;
}

const fileConfig = (h: CliHome) => JSON.parse(readFileSync(h.configPath, "utf8"));
const snapshot = (dir: string) => readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), "utf8")]);

async function withClient<T>(port: number, fn: (c: GatewayClient) => Promise<T>): Promise<T> {
  const c = new GatewayClient({ url: `ws://127.0.0.1:${port}`, token: TOKEN });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.close();
  }
}

describe("openclaw plugins install / info / uninstall", () => {
  it("installs a folder outside the repository (stdin closed); a gateway loads it, it answers, and uninstall removes it", async () => {
    const port = await freePort();
    const h = home(port);
    const src = writePlugin();
    const before = snapshot(src);

    const install = await runCli(["plugins", "install", src, "--json"], h.env);
    expect(install.stderr).not.toMatch(/warning/);
    expect(install.code).toBe(0);
    const installed = JSON.parse(install.stdout);
    const dir = join(h.stateDir, "extensions", "greeter");
    expect(installed).toMatchObject({ ok: true, via: "file", id: "greeter", version: "1.2.3", apiVersion: "^1.0.0", hostPluginApi: "1.0.0", from: "folder", linked: false, dir });
    expect(existsSync(join(dir, "openclaw.plugin.json"))).toBe(true);
    expect(existsSync(join(dir, "node_modules"))).toBe(false); // the host resolves the SDK for it
    expect(lstatSync(join(h.stateDir, "extensions", "node_modules", "openclaw-gateway-host")).isSymbolicLink()).toBe(true);
    expect(fileConfig(h).plugins.entries).toEqual({ greeter: { enabled: true } });

    const offline = await runCli(["plugins", "list"], h.env);
    expect(offline.stdout).toMatch(/greeter\s+enabled\s+installed\s+1\.2\.3\s+Says hi/);

    const g = await spawnGateway([], h.env);
    running.push(g);
    expect(g.output()).toContain("ready in");
    await withClient(port, async (c) => {
      await expect(c.request("greeter.hi", { name: "Ada" })).resolves.toEqual({ text: "hi Ada", pluginApi: "1.0.0" });
      await expect(c.request("greeter.refuse", {})).rejects.toMatchObject({ code: "INVALID_REQUEST", message: "refused by greeter" });
    });
    const info = await runCli(["plugins", "info", "greeter", "--json"], h.env);
    expect(JSON.parse(info.stdout).plugin).toMatchObject({
      name: "greeter", origin: "installed", source: dir, version: "1.2.3", apiVersion: "^1.0.0", state: "active",
      methods: expect.arrayContaining(["greeter.hi", "greeter.refuse"]),
    });
    const text = await runCli(["plugins", "info", "greeter"], h.env);
    expect(text.stdout).toMatch(/^id:\s+greeter$/m);
    expect(text.stdout).toMatch(/^source:\s+installed \(/m);

    const gone = await runCli(["plugins", "uninstall", "greeter", "--json"], h.env);
    expect(gone.code).toBe(0);
    expect(JSON.parse(gone.stdout)).toMatchObject({ ok: true, via: "gateway", removed: true, linked: false, configChanged: true });
    expect(existsSync(dir)).toBe(false);
    expect(fileConfig(h).plugins?.entries?.greeter).toBeUndefined();
    expect(snapshot(src)).toEqual(before); // the source folder is never touched
    // The plugin set changed: the gateway restarts in-process without it.
    const deadline = Date.now() + 15_000;
    let answer: unknown;
    while (Date.now() < deadline) {
      answer = await withClient(port, (c) => c.request("greeter.hi", {})).catch((err: Error) => err.message);
      if (typeof answer === "string" && /unknown method/.test(answer)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(answer).toMatch(/unknown method/);
  }, 120_000);

  it("refuses an incompatible plugin-API range at install, and at load time when placed by hand (the gateway keeps running)", async () => {
    const port = await freePort();
    const h = home(port);
    const src = writePlugin(">=2.0.0");
    const refused = await runCli(["plugins", "install", src], h.env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("plugin greeter requires plugin API >=2.0.0, but this gateway implements plugin API 1.0.0");
    expect(existsSync(join(h.stateDir, "extensions", "greeter"))).toBe(false);
    expect(fileConfig(h).plugins).toBeUndefined();

    mkdirSync(join(h.stateDir, "extensions"), { recursive: true });
    cpSync(src, join(h.stateDir, "extensions", "greeter"), { recursive: true });
    const g = await spawnGateway([], h.env);
    running.push(g);
    expect(g.output()).toContain("ready in");
    const row = await withClient(port, async (c) => {
      const list = (await c.request("plugins.list", {})) as { plugins: Array<{ name: string; state: string; error?: string; errorCode?: string; origin: string }> };
      expect(((await c.request("health", {})) as { ok: boolean }).ok).toBeDefined();
      return list.plugins.find((p) => p.name === "greeter");
    });
    expect(row).toMatchObject({ state: "failed", origin: "installed", errorCode: "OC_ERR_PLUGIN_API_VERSION", error: expect.stringContaining("requires plugin API >=2.0.0, but this gateway implements plugin API 1.0.0") });

    // Installing while the gateway runs: config.patch through it, which restarts in-process and loads the plugin.
    const live = await runCli(["plugins", "install", writePlugin("^1.0.0", "second"), "--json"], h.env);
    expect(live.code).toBe(0);
    expect(JSON.parse(live.stdout)).toMatchObject({ via: "gateway", id: "second", configChanged: true, note: expect.stringContaining("restarts in-process") });
    const deadline = Date.now() + 20_000;
    let answer: unknown;
    while (Date.now() < deadline) {
      answer = await withClient(port, (c) => c.request("second.hi", { name: "Bo" })).catch((err: Error) => err.message);
      if (typeof answer === "object") break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(answer).toEqual({ text: "hi Bo", pluginApi: "1.0.0" });
  }, 120_000);

  it("installs from a .tgz made by npm pack and as a --link; a bad manifest names the file and field", async () => {
    const h = home(await freePort());
    const src = writePlugin("^1.0.0", "packed");
    const packDir = mkdtempSync(join(tmpdir(), "ocgw-pack-"));
    execFileSync("npm", ["pack", src, "--pack-destination", packDir, "--silent", "--ignore-scripts"], { stdio: "ignore", env: { ...process.env, npm_config_offline: "true" } });
    const tgz = join(packDir, readdirSync(packDir).find((f) => f.endsWith(".tgz"))!);
    const fromTgz = await runCli(["plugins", "install", tgz, "--json"], h.env);
    expect(fromTgz.code).toBe(0);
    expect(JSON.parse(fromTgz.stdout)).toMatchObject({ id: "packed", from: "archive", version: "1.2.3" });
    expect(existsSync(join(h.stateDir, "extensions", "packed", "index.js"))).toBe(true);
    const again = await runCli(["plugins", "install", tgz], h.env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already installed");

    // A linked folder resolves its imports from where it really is (no SDK there): a plain-object plugin.
    const linkSrc = writePlugin("^1.0.0", "linked", false);
    const linked = await runCli(["plugins", "install", linkSrc, "--link"], h.env);
    expect(linked.code).toBe(0);
    const link = join(h.stateDir, "extensions", "linked");
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    const rm = await runCli(["plugins", "uninstall", "linked"], h.env);
    expect(rm.stdout).toContain(`removed the link ${link}`);
    expect(existsSync(link)).toBe(false);
    expect(existsSync(join(linkSrc, "index.js"))).toBe(true);
    expect(fileConfig(h).plugins.entries).toEqual({ packed: { enabled: true } });

    const bad = writePlugin();
    writeFileSync(join(bad, "openclaw.plugin.json"), JSON.stringify({ id: "Bad Id", configSchema: {} }));
    const refused = await runCli(["plugins", "install", bad], h.env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${join(bad, "openclaw.plugin.json")}: field "id"`);
    const builtin = await runCli(["plugins", "uninstall", "presence"], h.env);
    expect(builtin.stderr).toContain("built-in plugin");
  }, 120_000);
});
