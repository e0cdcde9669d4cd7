/**
 * A real `openclaw gateway` process with third-party plugins that misbehave outside any request: a stray
 * timer that throws, a promise left rejected, a throw from code that runs outside every plugin scope,
 * and a throw nobody can be blamed for. Before the process guard, the first of these exited the process.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cliHome, freePort, spawnGateway, type RunningGateway } from "../helpers/cli.js";
import { waitFor } from "../helpers/gateway.js";
import { GatewayClient } from "../../core/client.js";

const TOKEN = "guard-token-0123456789";

// Third-party plugins are plain ES modules loaded from plugins.load.paths.
const PLUGINS: Record<string, string> = {
  "timer-bomb.mjs": `export default { name: "timer-bomb", setup(api) {
    api.registerMethod("timer-bomb.arm", { scope: "operator.read", handler: () => {
      setInterval(() => { throw new Error("stray timer went off"); }, 20); // and again, every 20 ms
      return "armed";
    } });
  } };`,
  "forgetful.mjs": `export default { name: "forgetful", provides: ["memory"], setup(api) {
    api.provide("memory", {});
    api.registerMethod("forgetful.kick", { scope: "operator.read", handler: () => {
      Promise.reject(new Error("nobody awaited this"));
      return "kicked";
    } });
  } };`,
  "leans-on-memory.mjs": `export default { name: "leans-on-memory", requires: ["memory"], setup(api) { api.use("memory"); } };`,
  "setup-bomb.mjs": `export default { name: "setup-bomb", async setup() {
    setTimeout(() => { throw new Error("went off while setting up"); }, 0);
    await new Promise((r) => setTimeout(r, 2000));
  } };`,
  // AsyncLocalStorage.snapshot() taken at import time runs callbacks outside every plugin scope, like
  // code a plugin file runs when it is loaded: attribution falls back to the file named in the stack.
  "outsider.mjs": `import { AsyncLocalStorage } from "node:async_hooks";
  const outside = AsyncLocalStorage.snapshot();
  export default { name: "outsider", setup(api) {
    api.registerMethod("outsider.kick", { scope: "operator.read", handler: () => {
      outside(() => setTimeout(() => { throw new Error("thrown outside any scope"); }, 20));
      return "kicked";
    } });
  } };`,
  "shrugs.mjs": `import { AsyncLocalStorage } from "node:async_hooks";
  const outside = AsyncLocalStorage.snapshot();
  export default { name: "shrugs", setup(api) {
    api.registerMethod("shrugs.throw", { scope: "operator.read", handler: () => {
      outside(() => setTimeout(() => { throw "a bare string has no stack"; }, 20));
      return "thrown";
    } });
  } };`,
  "steady.mjs": `export default { name: "steady", setup(api) {
    api.registerMethod("steady.ping", { scope: "operator.read", handler: () => "pong" });
  } };`,
};

interface PluginRow {
  name: string;
  state: string;
  error?: string;
}

const running: RunningGateway[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((g) => g.stop("SIGKILL")));
});

describe("process guard (openclaw gateway)", () => {
  it("stray throws and unhandled rejections fail their plugin; the process keeps answering health", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ocgw-guard-plugins-"));
    for (const [file, code] of Object.entries(PLUGINS)) writeFileSync(join(dir, file), code);
    const h = cliHome();
    h.writeConfig({ gateway: { mode: "local" }, plugins: { load: { paths: Object.keys(PLUGINS).map((f) => join(dir, f)) } } });
    const port = await freePort();
    const gw = await spawnGateway(["--port", String(port), "--token", TOKEN], h.env);
    running.push(gw);
    expect(gw.output()).toMatch(/ready in \d+ ms/);
    const c = new GatewayClient({ url: `ws://127.0.0.1:${port}`, token: TOKEN, scopes: ["operator.read"], requestTimeoutMs: 5000 });
    await c.connect();
    const states = async () => Object.fromEntries(((await c.request<{ plugins: PluginRow[] }>("plugins.list")).plugins).map((p) => [p.name, p]));
    const settle = async (name: string, state: string) => {
      const deadline = Date.now() + 10_000;
      while ((await states())[name]?.state !== state) {
        if (Date.now() > deadline) throw new Error(`${name} never became ${state}: ${JSON.stringify((await states())[name])}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };

    // A timer scheduled during setup fails that setup; everything else starts.
    expect((await states())["setup-bomb"]).toMatchObject({ state: "failed", error: "uncaught exception during setup: went off while setting up" });
    expect((await states())["timer-bomb"]?.state).toBe("active");

    await expect(c.request("timer-bomb.arm")).resolves.toBe("armed");
    await settle("timer-bomb", "failed");
    await expect(c.request("forgetful.kick")).resolves.toBe("kicked");
    await settle("forgetful", "failed");
    await expect(c.request("outsider.kick")).resolves.toBe("kicked");
    await settle("outsider", "failed");

    const list = await states();
    expect(list["timer-bomb"]).toMatchObject({ error: "uncaught exception: stray timer went off" });
    expect(list.forgetful).toMatchObject({ error: "unhandled rejection: nobody awaited this" });
    expect(list["leans-on-memory"]).toMatchObject({ state: "skipped", error: "requires a service from plugin forgetful, which is failed" });
    expect(list.outsider).toMatchObject({ error: "uncaught exception: thrown outside any scope" });
    expect(list.steady?.state).toBe("active");
    // A failed plugin's methods are gone; the others still answer on the same connection.
    await expect(c.request("timer-bomb.arm")).rejects.toMatchObject({ message: "unknown method: timer-bomb.arm" });
    await expect(c.request("steady.ping")).resolves.toBe("pong");

    // health and status show every failure at once (no 60 s refresh wait).
    const health = await c.request<{ degraded: boolean; plugins: { failed: Array<{ name: string }> } }>("health");
    expect(health.degraded).toBe(true);
    expect(health.plugins.failed.map((f) => f.name).sort()).toEqual(["forgetful", "leans-on-memory", "outsider", "setup-bomb", "timer-bomb"]);
    const status = await c.request<{ plugins: { failed: Array<{ name: string }> } }>("status");
    expect(status.plugins.failed.map((f) => f.name).sort()).toEqual(["forgetful", "leans-on-memory", "outsider", "setup-bomb", "timer-bomb"]);
    expect(gw.output()).toMatch(/\[timer-bomb\] uncaught exception: stray timer went off; the plugin is stopped and marked failed/);
    expect(gw.output()).toMatch(/\[forgetful\] unhandled rejection: nobody awaited this/);
    // The interval outlives its stopped plugin: its next throws are logged a few times, then no more.
    await waitFor(() => gw.output().includes("further errors from the stopped plugin timer-bomb are not logged"), 10_000, "the late-error cap");
    expect(gw.output().match(/\[timer-bomb\] uncaught exception after the plugin was stopped/g)).toHaveLength(5);

    // Nobody can be blamed for a bare string thrown outside every scope: logged loudly, still serving.
    await expect(c.request("shrugs.throw")).resolves.toBe("thrown");
    await waitFor(() => gw.output().includes("uncaught exception not attributable to any plugin (the gateway keeps serving): a bare string has no stack"), 10_000, "the unattributed error logged");
    expect((await states()).shrugs?.state).toBe("active");
    await expect(c.request("health")).resolves.toMatchObject({ degraded: true });
    await c.close();

    // A graceful stop is unaffected: exit 0.
    expect(await gw.stop("SIGTERM")).toBe(0);
  }, 60_000);

  it("an error nobody can be blamed for while the gateway is still starting exits 1, as without the guard", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ocgw-guard-plugins-"));
    writeFileSync(join(dir, "early-shrug.mjs"), `import { AsyncLocalStorage } from "node:async_hooks";
    const outside = AsyncLocalStorage.snapshot();
    export default { name: "early-shrug", async setup() {
      outside(() => setTimeout(() => { throw "no stack, no scope"; }, 0));
      await new Promise((r) => setTimeout(r, 500));
    } };`);
    const h = cliHome();
    h.writeConfig({ gateway: { mode: "local" }, plugins: { load: { paths: [join(dir, "early-shrug.mjs")] } } });
    const gw = await spawnGateway(["--port", String(await freePort()), "--token", TOKEN], h.env);
    running.push(gw);
    expect(await gw.exited).toBe(1);
    expect(gw.output()).toContain("uncaught exception during start-up, not attributable to any plugin: no stack, no scope");
    expect(gw.output()).not.toMatch(/ready in \d+ ms/);
  }, 30_000);
});
