/** `openclaw gateway` as a user runs it: config, port precedence, token, busy port, --force, logs, SIGTERM. */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cliHome, freePort, freePorts, runCli, spawnGateway, type RunningGateway } from "../helpers/cli.js";
import { GatewayClient } from "../../core/client.js";
import { waitFor } from "../helpers/gateway.js";

const running: RunningGateway[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((g) => g.stop("SIGKILL")));
});

async function start(args: string[], env: NodeJS.ProcessEnv) {
  const g = await spawnGateway(args, env);
  running.push(g);
  return g;
}

describe("openclaw gateway", () => {
  it("generates a token on first start, prints it once, stores it 0600, and never prints it again", async () => {
    const h = cliHome();
    const port = await freePort();
    const first = await start(["--port", String(port), "--allow-unconfigured"], h.env);
    const token = readFileSync(join(h.stateDir, "gateway.token"), "utf8").trim();
    await waitFor(() => first.output().includes(token), 3000, "the printed token");
    expect(statSync(join(h.stateDir, "gateway.token")).mode & 0o777).toBe(0o600);
    expect(statSync(h.stateDir).mode & 0o777).toBe(0o700);
    const c = new GatewayClient({ url: `ws://127.0.0.1:${port}`, token });
    await expect(c.connect()).resolves.toMatchObject({ type: "hello-ok" });
    await c.close();
    expect(await first.stop()).toBe(0);
    const second = await start(["--port", String(port), "--allow-unconfigured"], h.env);
    expect(second.output()).toContain("listening on");
    expect(second.output()).not.toContain(token);
    expect(second.output()).toContain(`auth: token from ${join(h.stateDir, "gateway.token")}`);
    const printed = await runCli(["gateway", "token"], h.env);
    expect(printed.stdout.trim()).toBe(token);
  });

  it("port precedence: --port > OPENCLAW_GATEWAY_PORT > gateway.port", async () => {
    const h = cliHome();
    const [p1, p2, p3] = await freePorts(3);
    h.writeConfig({ gateway: { mode: "local", port: p3, auth: { token: "cfg-token-123" } } });
    const byConfig = await start([], h.env);
    expect(byConfig.output()).toContain(`ws://127.0.0.1:${p3}`);
    await byConfig.stop();
    const byEnv = await start([], { ...h.env, OPENCLAW_GATEWAY_PORT: String(p2) });
    expect(byEnv.output()).toContain(`ws://127.0.0.1:${p2}`);
    await byEnv.stop();
    const byFlag = await start(["--port", String(p1)], { ...h.env, OPENCLAW_GATEWAY_PORT: String(p2) });
    expect(byFlag.output()).toContain(`ws://127.0.0.1:${p1}`);
  });

  it("gateway.limits in the config reach the running gateway (hello-ok.policy carries the send budget)", async () => {
    const h = cliHome();
    const port = await freePort();
    h.writeConfig({ gateway: { mode: "local", port, auth: { token: "cfg-token-123" }, limits: { maxBufferedBytes: 2 * 1024 * 1024, maxInFlightRequests: 8 } } });
    await start([], h.env);
    const c = new GatewayClient({ url: `ws://127.0.0.1:${port}`, token: "cfg-token-123" });
    await expect(c.connect()).resolves.toMatchObject({ policy: { maxBufferedBytes: 2 * 1024 * 1024 } });
    await c.close();
  });

  it("refuses to start without gateway.mode=local unless --allow-unconfigured", async () => {
    const h = cliHome();
    const r = await runCli(["gateway", "--port", String(await freePort())], h.env);
    expect(r.code).toBe(78);
    expect(r.stderr).toMatch(/no config at .*openclaw\.json: create it with \{"gateway": \{"mode": "local"\}\}, or pass --allow-unconfigured/);
  });

  it("an invalid config stops start-up with one summary naming the file, each key path and the fix", async () => {
    const h = cliHome();
    h.writeConfig(`{ // JSON5 is fine\n gateway: { mode: "local", prot: 19000, auth: { mode: "tokn" } }, }`);
    const r = await runCli(["gateway"], h.env);
    expect(r.code).toBe(78);
    expect(r.stderr).toContain(`Invalid config in ${h.configPath}:`);
    expect(r.stderr).toContain('gateway.prot: unknown key (did you mean "gateway.port"?)');
    expect(r.stderr).toContain('gateway.auth.mode: must be one of "token", "password", "none"');
    const unparsable = cliHome();
    unparsable.writeConfig("{ gateway: { mode: 'local' ");
    const r2 = await runCli(["gateway"], unparsable.env);
    expect(r2.code).toBe(78);
    expect(r2.stderr).toMatch(/is not valid JSON5 at line 1/);
    expect(readFileSync(unparsable.configPath, "utf8")).toBe("{ gateway: { mode: 'local' "); // untouched
  });

  it("refuses to bind beyond loopback without auth", async () => {
    const h = cliHome();
    const r = await runCli(["gateway", "--allow-unconfigured", "--auth", "none", "--bind", "lan", "--port", String(await freePort())], h.env);
    expect(r.code).toBe(78);
    expect(r.stderr).toMatch(/refusing to bind 0\.0\.0\.0 without auth/);
  });

  it("a second gateway on a busy port fails fast naming the port and the PID; --force replaces it", async () => {
    const h = cliHome();
    const other = cliHome();
    const port = await freePort();
    const first = await start(["--port", String(port), "--token", "tok-aaaaaaaa", "--allow-unconfigured"], h.env);
    const second = await runCli(["gateway", "--port", String(port), "--token", "tok-aaaaaaaa", "--allow-unconfigured"], other.env);
    expect(second.code).toBe(75);
    expect(second.stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
    expect(second.stderr).toContain(`pid ${first.child.pid}`);
    const forced = await start(["--port", String(port), "--token", "tok-aaaaaaaa", "--allow-unconfigured", "--force"], other.env);
    expect(forced.output()).toMatch(new RegExp(`--force: stopped pid ${first.child.pid} .* listening on port ${port}`));
    expect(await first.exited).toBe(0);
    expect(forced.output()).toContain("listening on");
  });

  it("one gateway per state directory: a second one fails with exit 78 naming the first (pid and port); a stale lock is taken over", async () => {
    const h = cliHome();
    const [port, port2] = await freePorts(2);
    const first = await start(["--port", String(port), "--token", "tok-dddddddd", "--allow-unconfigured"], h.env);
    const second = await runCli(["gateway", "--port", String(port2), "--token", "tok-dddddddd", "--allow-unconfigured"], h.env);
    expect(second.code).toBe(78);
    expect(second.stderr).toContain(`another gateway (pid ${first.child.pid}, port ${port}) is already running with this state directory`);
    await first.stop("SIGKILL"); // leaves its lock file behind
    const third = await start(["--port", String(port2), "--token", "tok-dddddddd", "--allow-unconfigured"], h.env);
    expect(third.output()).toContain("ready in");
  });

  it("writes JSON lines to the log file with secrets redacted; --verbose adds handshakes and requests to stdout", async () => {
    const h = cliHome();
    const port = await freePort();
    const token = "very-secret-token-abcdef123456";
    const g = await start(["--port", String(port), "--token", token, "--allow-unconfigured", "--verbose"], h.env);
    const c = new GatewayClient({ url: `ws://127.0.0.1:${port}`, token });
    await c.connect();
    await c.request("health");
    await c.close();
    await new Promise((r) => setTimeout(r, 100));
    expect(g.output()).toContain("handshake ok");
    expect(g.output()).toContain("⇄ req health");
    expect(await g.stop()).toBe(0);
    const logDir = join(h.stateDir, "logs");
    const [file] = readdirSync(logDir);
    const text = readFileSync(join(logDir, file), "utf8");
    const lines = text.trim().split("\n").map((l) => JSON.parse(l) as { level: string; subsystem: string; msg: string });
    expect(lines.some((l) => l.msg.includes("listening on"))).toBe(true);
    expect(lines.some((l) => l.msg.includes("handshake ok"))).toBe(true);
    expect(text).not.toContain(token);
    expect(g.output()).not.toContain(token);
  });

  it("SIGINT stops cleanly with exit 0 after telling clients", async () => {
    const h = cliHome();
    const port = await freePort();
    const g = await start(["--port", String(port), "--token", "tok-bbbbbbbb", "--allow-unconfigured"], h.env);
    const c = new GatewayClient({ url: `ws://127.0.0.1:${port}`, token: "tok-bbbbbbbb" });
    await c.connect();
    const shutdown = new Promise((r) => c.on("event:shutdown", r));
    const closed = new Promise<number>((r) => c.on("close", (code: number) => r(code)));
    expect(await g.stop("SIGINT")).toBe(0);
    expect(await shutdown).toEqual({ reason: "gateway stopping", restartExpectedMs: null });
    expect(await closed).toBe(1012);
  });
});

describe("client commands", () => {
  it("gateway call / health / status against a running gateway, with env and flags", async () => {
    const h = cliHome();
    const port = await freePort();
    await start(["--port", String(port), "--token", "tok-cccccccc", "--allow-unconfigured"], h.env);
    const url = `ws://127.0.0.1:${port}`;
    const call = await runCli(["gateway", "call", "health", "--url", url, "--token", "tok-cccccccc", "--json"], h.env);
    expect(call.code).toBe(0);
    expect(JSON.parse(call.stdout)).toMatchObject({ ok: true, plugins: { loaded: expect.arrayContaining(["presence"]) } });
    const env = { ...h.env, OPENCLAW_GATEWAY_URL: url, OPENCLAW_GATEWAY_TOKEN: "tok-cccccccc" };
    const health = await runCli(["health"], env);
    expect(health.code).toBe(0);
    expect(health.stdout).toContain("Gateway: healthy");
    const status = await runCli(["status", "--json"], env);
    expect(JSON.parse(status.stdout)).toMatchObject({ gateway: { port, authMode: "token" }, connections: { operators: 1 } });
    const wrong = await runCli(["gateway", "call", "health", "--url", url, "--token", "nope", "--json"], h.env);
    expect(wrong.code).toBe(1);
    expect(JSON.parse(wrong.stdout)).toMatchObject({ ok: false, error: { code: "INVALID_REQUEST", message: expect.stringMatching(/^unauthorized: gateway token mismatch/) } });
    const unknown = await runCli(["gateway", "call", "no.such", "--url", url, "--token", "tok-cccccccc"], h.env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("no.such failed: INVALID_REQUEST: unknown method: no.such");
    const badParams = await runCli(["gateway", "call", "health", "--params", "{nope", "--url", url, "--token", "tok-cccccccc"], h.env);
    expect(badParams.stderr).toContain("--params is not valid JSON");
  }, 90_000); // seven CLI processes and a gateway

  it("the local CLI finds the generated token without flags; an explicit --url never gets a stored secret", async () => {
    const h = cliHome();
    const port = await freePort();
    await start(["--port", String(port), "--allow-unconfigured"], h.env);
    const env = { ...h.env, OPENCLAW_GATEWAY_PORT: String(port) };
    const local = await runCli(["gateway", "health", "--json"], env);
    expect(local.code).toBe(0);
    const explicit = await runCli(["gateway", "health", "--json", "--url", `ws://127.0.0.1:${port}`], env);
    expect(explicit.code).toBe(1);
    expect(explicit.stdout).toMatch(/gateway token missing/);
  });

  it("a gateway that is not running gives a clear connection error", async () => {
    const h = cliHome();
    const r = await runCli(["health", "--url", `ws://127.0.0.1:${await freePort()}`, "--token", "x"], h.env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot connect to the gateway at ws:\/\/127\.0\.0\.1:\d+: .*ECONNREFUSED/);
  });
});
