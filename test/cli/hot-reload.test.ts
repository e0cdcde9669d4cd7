/** Hybrid hot reload on a running `openclaw gateway`: plugin reloads, secret rotation, restarts, invalid edits. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cliHome, freePort, freePorts, spawnGateway, type RunningGateway, type CliHome } from "../helpers/cli.js";
import { waitFor } from "../helpers/gateway.js";
import { GatewayClient } from "../../core/client.js";

const running: RunningGateway[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((g) => g.stop("SIGKILL")));
});

const HELLO = resolve("test/fixtures/hello-plugin");

function baseConfig(port: number, extra: Record<string, unknown> = {}, gateway: Record<string, unknown> = {}) {
  return {
    gateway: { mode: "local", port, auth: { token: "tok-one-11111111" }, reload: { debounceMs: 50 }, ...gateway },
    plugins: { load: { paths: [HELLO] } },
    hello: { greeting: "Hello" },
    ...extra,
  };
}

async function start(h: CliHome) {
  const g = await spawnGateway([], h.env);
  running.push(g);
  expect(g.output()).toContain("ready in");
  return g;
}

async function client(port: number, token = "tok-one-11111111", reconnect = false) {
  const c = new GatewayClient({ url: `ws://127.0.0.1:${port}`, token, reconnect, client: { id: "test", mode: "test" } });
  await c.connect();
  return c;
}

describe("hot reload (gateway.reload.mode hybrid)", () => {
  it("a plugin-owned change reloads only that plugin; connections stay up", async () => {
    const h = cliHome();
    const port = await freePort();
    h.writeConfig(baseConfig(port));
    const g = await start(h);
    const c = await client(port);
    await expect(c.request("hello.say", { name: "Ada" })).resolves.toMatchObject({ text: "Hello, Ada!" });
    let closed = false;
    c.on("close", () => (closed = true));
    h.writeConfig(baseConfig(port, { hello: { greeting: "Ahoy" } }));
    await waitFor(() => g.output().includes("config reloaded: hello.greeting; reloaded plugins: hello"), 5000, "plugin reload");
    await expect(c.request("hello.say", { name: "Ada" })).resolves.toMatchObject({ text: "Ahoy, Ada!" });
    expect(closed).toBe(false);
    await c.close();
  });

  it("an invalid edit is refused: the old config keeps running, health says why, the file is untouched", async () => {
    const h = cliHome();
    const port = await freePort();
    h.writeConfig(baseConfig(port));
    const g = await start(h);
    const c = await client(port);
    const bad = JSON.stringify(baseConfig(port, { hello: { greeting: "Ahoy", volume: 11 } }));
    h.writeConfig(bad);
    await waitFor(() => g.output().includes("config reload skipped (invalid config)"), 5000, "invalid edit log");
    expect(g.output()).toContain("hello.volume: unknown key");
    await expect(c.request("hello.say", { name: "Ada" })).resolves.toMatchObject({ text: "Hello, Ada!" });
    const health = (await c.request("health")) as { configReload: { status: string; error: string } };
    expect(health.configReload.status).toBe("invalid");
    expect(health.configReload.error).toContain("hello.volume");
    expect(readFileSync(h.configPath, "utf8")).toBe(bad);
    h.writeConfig(baseConfig(port, { hello: { greeting: "Fixed" } }));
    await waitFor(() => g.output().includes("config reloaded"), 5000, "valid edit");
    expect(((await c.request("health")) as { configReload: { status: string } }).configReload.status).toBe("ok");
    await c.close();
  });

  it("token rotation applies at once: old-token sockets close with 4001, the old token is refused, the new one works", async () => {
    const h = cliHome();
    const port = await freePort();
    h.writeConfig(baseConfig(port));
    const g = await start(h);
    const c = await client(port);
    const closed = new Promise<[number, string]>((r) => c.on("close", (code: number, reason: string) => r([code, reason])));
    h.writeConfig(baseConfig(port, {}, { auth: { token: "tok-two-22222222" } }));
    expect(await closed).toEqual([4001, "gateway auth changed"]);
    expect(g.output()).toMatch(/gateway secret rotated/);
    await expect(client(port)).rejects.toMatchObject({ message: expect.stringMatching(/unauthorized/) });
    const fresh = await client(port, "tok-two-22222222");
    await fresh.close();
  });

  it("a port change restarts in-process: clients get shutdown with restartExpectedMs, close 1012, the new port listens, same pid", async () => {
    const h = cliHome();
    const [port, port2] = await freePorts(2);
    h.writeConfig(baseConfig(port));
    const g = await start(h);
    const c = await client(port);
    const shutdown = new Promise((r) => c.on("event:shutdown", r));
    const closed = new Promise<number>((r) => c.on("close", (code: number) => r(code)));
    const started = Date.now();
    h.writeConfig(baseConfig(port2));
    expect(await shutdown).toEqual({ reason: "gateway restarting", restartExpectedMs: 1500 });
    expect(await closed).toBe(1012);
    const after = await (async () => {
      for (;;) {
        try {
          return await client(port2);
        } catch {
          if (Date.now() - started > 10_000) throw new Error("no listener on the new port");
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    })();
    expect(g.child.exitCode).toBeNull();
    expect(g.output()).toContain("restarted in-process with the new config");
    await after.close();
  });

  it("an external SIGUSR1 is ignored unless commands.restart is enabled", async () => {
    const h = cliHome();
    const port = await freePort();
    h.writeConfig(baseConfig(port));
    const g = await start(h);
    g.child.kill("SIGUSR1");
    await waitFor(() => g.output().includes("ignored SIGUSR1"), 3000, "ignore line");
    h.writeConfig(baseConfig(port, { commands: { restart: true } }));
    await waitFor(() => g.output().includes("config reloaded: commands.restart"), 5000, "commands.restart applied");
    g.child.kill("SIGUSR1");
    await waitFor(() => g.output().includes("restarted in-process"), 5000, "external restart");
    const c = await client(port);
    await c.close();
  });

  it("mode off only logs; mode hot applies plugin changes and warns about rebinds", async () => {
    const h = cliHome();
    const port = await freePort();
    h.writeConfig(baseConfig(port, {}, { reload: { debounceMs: 50, mode: "off" } }));
    const g = await start(h);
    const c = await client(port);
    h.writeConfig(baseConfig(port, { hello: { greeting: "Ignored" } }, { reload: { debounceMs: 50, mode: "off" } }));
    await waitFor(() => g.output().includes("not applied because gateway.reload.mode is off"), 5000, "off log");
    await expect(c.request("hello.say", { name: "x" })).resolves.toMatchObject({ text: "Hello, x!" });
    h.writeConfig(baseConfig(port, { hello: { greeting: "Hot" } }, { reload: { debounceMs: 50, mode: "hot" } }));
    await waitFor(() => g.output().includes("reloaded plugins: hello"), 5000, "hot plugin reload");
    h.writeConfig(baseConfig((await freePorts(2)).find((p) => p !== port)!, { hello: { greeting: "Hot" } }, { reload: { debounceMs: 50, mode: "hot" } }));
    await waitFor(() => g.output().includes("need a restart (gateway.reload.mode is hot)"), 5000, "hot warning");
    await expect(c.request("hello.say", { name: "x" })).resolves.toMatchObject({ text: "Hot, x!" });
    await c.close();
  });
});

describe("invalid edits under load", () => {
  it("200 random invalid edits while a client works: the gateway keeps serving the old config and never rewrites the file", async () => {
    const h = cliHome();
    const port = await freePort();
    h.writeConfig(baseConfig(port));
    const g = await start(h);
    const c = await client(port);
    let closed = false;
    c.on("close", () => (closed = true));
    const broken = [
      () => `{ gateway: { mode: "local", port: ${port}, `,
      () => JSON.stringify(baseConfig(port, { hello: { greeting: 5 } })),
      () => JSON.stringify(baseConfig(port, { helo: {} })),
      () => JSON.stringify(baseConfig(port, {}, { port: "many" })),
      () => JSON.stringify({ ...baseConfig(port), $include: "./missing.json5" }),
      () => JSON.stringify(baseConfig(port, {}, { auth: { token: "${NOT_SET_ANYWHERE}" } })),
      () => JSON.stringify(baseConfig(port, {}, { bind: "everywhere" })),
      () => "[1, 2, 3]",
      () => "", // truncated: not "all defaults"
      () => " \n\t",
    ];
    let last = "";
    for (let i = 0; i < 200; i++) {
      last = broken[Math.floor(Math.random() * broken.length)]();
      h.writeConfig(last);
      if (i % 20 === 0) await expect(c.request("hello.say", { name: "x" })).resolves.toMatchObject({ text: "Hello, x!" });
      await new Promise((r) => setTimeout(r, 5));
    }
    await waitFor(() => g.output().includes("config reload skipped (invalid config)"), 5000, "skip log");
    await new Promise((r) => setTimeout(r, 300));
    await expect(c.request("hello.say", { name: "x" })).resolves.toMatchObject({ text: "Hello, x!" });
    expect(((await c.request("health")) as { configReload: { status: string } }).configReload.status).toBe("invalid");
    expect(readFileSync(h.configPath, "utf8")).toBe(last);
    expect(closed).toBe(false);
    expect(g.child.exitCode).toBeNull();
    await c.close();
  });
});
