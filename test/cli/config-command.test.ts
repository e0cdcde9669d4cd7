/** `openclaw config get|set|unset` and `openclaw plugins list|enable|disable`: through the gateway, or the file when none answers. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cliHome, freePort, runCli, spawnGateway, type CliHome, type RunningGateway } from "../helpers/cli.js";
import { GatewayClient } from "../../core/client.js";

const running: RunningGateway[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((g) => g.stop("SIGKILL")));
});

const HELLO = resolve("test/fixtures/hello-plugin");
const TOKEN = "tok-config-cli-1234";

async function setup(start: boolean) {
  const h = cliHome();
  const port = await freePort();
  h.writeConfig({ gateway: { mode: "local", port, auth: { token: TOKEN }, reload: { debounceMs: 50 } }, plugins: { load: { paths: [HELLO] } }, hello: { greeting: "Hello" } });
  if (start) {
    const g = await spawnGateway([], h.env);
    running.push(g);
    expect(g.output()).toContain("ready in");
  }
  return { h, port };
}

const fileConfig = (h: CliHome) => JSON.parse(readFileSync(h.configPath, "utf8"));

async function say(port: number) {
  const c = new GatewayClient({ url: `ws://127.0.0.1:${port}`, token: TOKEN });
  await c.connect();
  try {
    return await c.request<{ text: string }>("hello.say", { name: "Ada" });
  } finally {
    await c.close();
  }
}

describe("openclaw config (through the running gateway)", () => {
  it("get shows values with secrets redacted; set writes, validates and is applied hot; unset removes", async () => {
    const { h, port } = await setup(true);
    const auth = await runCli(["config", "get", "gateway.auth"], h.env);
    expect(auth.code).toBe(0);
    expect(JSON.parse(auth.stdout)).toEqual({ token: "__OPENCLAW_REDACTED__" });
    expect(auth.stdout).not.toContain(TOKEN);
    const greeting = await runCli(["config", "get", "hello.greeting"], h.env);
    expect(greeting.stdout).toBe("Hello\n");
    const missing = await runCli(["config", "get", "gateway.bind", "--json"], h.env);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout)).toMatchObject({ path: "gateway.bind", set: false, via: "gateway" });

    const set = await runCli(["config", "set", "hello.greeting", "Ahoy"], h.env);
    expect(set.code).toBe(0);
    expect(set.stdout).toBe(`hello.greeting = "Ahoy" (written to ${h.configPath}; the gateway applies it hot)\n`);
    expect(set.stderr).toBe("");
    await expect.poll(() => say(port).then((r) => r.text), { timeout: 5000 }).toBe("Ahoy, Ada!");

    const num = await runCli(["config", "set", "logging.level", "debug", "--json"], h.env);
    expect(JSON.parse(num.stdout)).toMatchObject({ ok: true, path: "logging.level", via: "gateway" });
    const arr = await runCli(["config", "set", "gateway.trustedProxies", "['127.0.0.1', ]"], h.env); // JSON5
    expect(arr.code).toBe(0);
    expect(fileConfig(h).gateway.trustedProxies).toEqual(["127.0.0.1"]);
    expect(fileConfig(h).logging).toEqual({ level: "debug" });

    const unset = await runCli(["config", "unset", "gateway.trustedProxies"], h.env);
    expect(unset.stdout).toContain("removed gateway.trustedProxies");
    expect(fileConfig(h).gateway.trustedProxies).toBeUndefined();
    const again = await runCli(["config", "unset", "gateway.trustedProxies"], h.env);
    expect(again.stdout).toContain("is not set");
    expect(again.code).toBe(0);
  }, 90_000); // nine CLI processes and a gateway: ~1 s each on a quiet 2-core machine, several under load

  it("an invalid value or unknown key is refused with the reason, and the file is untouched", async () => {
    const { h } = await setup(true);
    const before = readFileSync(h.configPath, "utf8");
    const typo = await runCli(["config", "set", "gateway.prot", "19000"], h.env);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain('invalid config, nothing was written: gateway.prot: unknown key (did you mean "gateway.port"?)');
    const bad = await runCli(["config", "set", "gateway.port", "not-a-port", "--json"], h.env);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, error: { message: expect.stringContaining("gateway.port: must be integer") } });
    const path = await runCli(["config", "set", "gateway..port", "1"], h.env);
    expect(path.code).toBe(1);
    expect(path.stderr).toContain('"gateway..port" is not a config path');
    expect(readFileSync(h.configPath, "utf8")).toBe(before);
  });

  it("a wrong token is an error (no silent fallback to the file); --url with no gateway does not edit the local file", async () => {
    const { h, port } = await setup(true);
    const before = readFileSync(h.configPath, "utf8");
    const wrong = await runCli(["config", "set", "hello.greeting", "X", "--token", "wrong-token-0000"], h.env);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain(`the gateway at ws://127.0.0.1:${port} refused the connection`);
    const other = await freePort();
    const remote = await runCli(["config", "set", "hello.greeting", "X", "--url", `ws://127.0.0.1:${other}`], h.env);
    expect(remote.code).toBe(1);
    expect(remote.stderr).toContain(`no gateway answered at ws://127.0.0.1:${other}`);
    expect(remote.stderr).toContain("not editing a local file");
    expect(readFileSync(h.configPath, "utf8")).toBe(before);
  });
});

describe("openclaw config (no gateway running: the local file)", () => {
  it("says so, edits the file with the same validation, and reads it back redacted", async () => {
    const { h, port } = await setup(false);
    const set = await runCli(["config", "set", "gateway.port", String(port + 1)], h.env);
    expect(set.code).toBe(0);
    expect(set.stderr).toBe(`no gateway answered at ws://127.0.0.1:${port}; using the config file ${h.configPath} directly\n`);
    expect(fileConfig(h).gateway.port).toBe(port + 1);
    const get = await runCli(["config", "get", "gateway", "--json"], h.env);
    expect(JSON.parse(get.stdout)).toMatchObject({ via: "file", value: { port: port + 1, auth: { token: "__OPENCLAW_REDACTED__" } } });
    const refused = await runCli(["config", "set", "hello.greting", "x"], h.env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('hello.greting: unknown key (did you mean "hello.greeting"?)');
    const unset = await runCli(["config", "unset", "hello"], h.env);
    expect(unset.code).toBe(0);
    expect(fileConfig(h).hello).toBeUndefined();
  });
});

describe("openclaw plugins", () => {
  it("list, disable and enable through the gateway, which applies them hot", async () => {
    const { h, port } = await setup(true);
    const list = await runCli(["plugins", "list", "--json"], h.env);
    const rows = JSON.parse(list.stdout).plugins as Array<{ name: string; state: string; source: string }>;
    expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(["presence", "hello"]));
    expect(rows.find((r) => r.name === "hello")).toMatchObject({ state: "active", source: HELLO });
    const table = await runCli(["plugins", "list"], h.env);
    expect(table.stdout).toMatch(/^NAME\s+STATE\s+SOURCE\s+VERSION\s+DESCRIPTION\n/);
    expect(table.stdout).toMatch(/hello\s+active\s+\S+hello-plugin\s+-\s+Says hello/);
    expect(table.stdout).toMatch(/presence\s+active\s+built-in\s+\d+\.\d+\.\d+\s/);

    const off = await runCli(["plugins", "disable", "hello"], h.env);
    expect(off.code).toBe(0);
    expect(off.stdout).toBe("disabled hello: the gateway applied it (now disabled)\n");
    expect(fileConfig(h).plugins.entries).toEqual({ hello: { enabled: false } });
    await expect(say(port)).rejects.toThrow(/unknown method/);
    const twice = await runCli(["plugins", "disable", "hello"], h.env);
    expect(twice.stdout).toBe("hello is already disabled (disabled)\n");
    const on = await runCli(["plugins", "enable", "hello", "--json"], h.env);
    expect(JSON.parse(on.stdout)).toMatchObject({ ok: true, plugin: "hello", changed: true, applied: true, state: "active", via: "gateway" });
    await expect(say(port)).resolves.toMatchObject({ text: "Hello, Ada!" });
    const unknown = await runCli(["plugins", "enable", "nope"], h.env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('unknown plugin "nope" (known: presence');
  });

  it("without a gateway: lists what the config would load (a broken path as failed) and edits the file", async () => {
    const h = cliHome();
    h.writeConfig({ gateway: { mode: "local", port: await freePort() }, plugins: { load: { paths: [HELLO, "./nowhere"] }, entries: { hello: { enabled: false } } } });
    const list = await runCli(["plugins", "list", "--json"], h.env);
    expect(list.stderr).toContain("no gateway answered");
    const rows = JSON.parse(list.stdout).plugins as Array<{ name: string; state: string; error?: string }>;
    expect(rows.find((r) => r.name === "hello")?.state).toBe("disabled");
    expect(rows.find((r) => r.name === "presence")?.state).toBe("enabled");
    expect(rows.find((r) => r.state === "failed")?.error).toMatch(/nowhere does not exist/);
    const on = await runCli(["plugins", "enable", "hello"], h.env);
    expect(on.stdout).toBe(`enabled hello in ${h.configPath}; a running gateway picks it up from the file\n`);
    expect(fileConfig(h).plugins.entries.hello).toEqual({ enabled: true });
  });
});
