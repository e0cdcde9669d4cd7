/** `openclaw gateway status`: supervisor facts and RPC reachability side by side, paths, port listeners, last error. */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cliHome, freePort, runCli, spawnGateway, type RunningGateway } from "../helpers/cli.js";
import { fakeSystemctl } from "../helpers/service.js";

const running: RunningGateway[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((g) => g.stop("SIGKILL")));
});

const linux = process.platform === "linux";
const TOKEN = "tok-status-12345678";

function logLine(level: string, subsystem: string, msg: string, time = "2025-03-01T10:00:00.000Z") {
  return `${JSON.stringify({ time, level, subsystem, msg })}\n`;
}

describe("gateway status", () => {
  it("a running gateway: RPC ok with its pid and config path, the port's listener, the probe target (--json is stable)", async () => {
    const h = cliHome();
    const port = await freePort();
    h.writeConfig({ gateway: { mode: "local", port, auth: { token: TOKEN } } });
    const g = await spawnGateway([], h.env);
    running.push(g);
    const r = await runCli(["gateway", "status", "--json"], fakeSystemctl(h.home, "offline", h.env).env);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(Object.keys(s)).toEqual(["service", "config", "probe", "port", "lastError"]);
    expect(s.service).toMatchObject({ installed: false, supervisor: { available: false }, active: null, pid: null });
    if (linux) expect(s.service).toMatchObject({ manager: "systemd", name: "openclaw-gateway.service" });
    expect(s.config).toEqual({ cli: h.configPath, service: null, gateway: h.configPath, match: true });
    expect(s.probe).toMatchObject({ url: `ws://127.0.0.1:${port}`, skipped: false, ok: true, error: null, gateway: { pid: g.child.pid, configPath: h.configPath } });
    expect(s.port.number).toBe(port);
    if (s.port.listeners !== null) expect(s.port.listeners.map((l: { pid: number }) => l.pid)).toContain(g.child.pid);
    expect(s.lastError).toBeNull();

    const human = await runCli(["gateway", "status"], h.env);
    expect(human.stdout).toContain(`Probe:      ws://127.0.0.1:${port} — RPC ok (gateway`);
    expect(human.stdout).toContain(`pid ${g.child.pid}`);
    expect(human.stdout).toContain(`Config:     CLI ${h.configPath}`);
  });

  it("no gateway: RPC failure is a fact, exit 0; --require-rpc exits 1; --no-probe skips the probe", async () => {
    const h = cliHome();
    const port = await freePort();
    h.writeConfig({ gateway: { mode: "local", port } });
    const r = await runCli(["gateway", "status", "--json"], h.env);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.probe).toMatchObject({ ok: false, error: { code: "ECONNREFUSED" } });
    if (s.port.listeners !== null) expect(s.port.listeners).toEqual([]);
    const req = await runCli(["gateway", "status", "--require-rpc"], h.env);
    expect(req.code).toBe(1);
    expect(req.stdout).toContain("RPC failed: ECONNREFUSED");
    const skip = await runCli(["gateway", "status", "--no-probe", "--json"], h.env);
    expect(JSON.parse(skip.stdout).probe).toEqual({ url: `ws://127.0.0.1:${port}`, skipped: true, ok: null, error: null, gateway: null });
    const both = await runCli(["gateway", "status", "--no-probe", "--require-rpc"], h.env);
    expect(both.code).toBe(2);
  });

  it("a wrong token is reported as an auth failure, not as 'not running'", async () => {
    const h = cliHome();
    const port = await freePort();
    h.writeConfig({ gateway: { mode: "local", port, auth: { token: TOKEN } } });
    running.push(await spawnGateway([], h.env));
    const r = await runCli(["gateway", "status", "--json", "--token", "wrong-token-0000"], h.env);
    const s = JSON.parse(r.stdout);
    expect(s.probe.ok).toBe(false);
    expect(s.probe.error.message).toMatch(/token mismatch/);
    if (s.port.listeners !== null) expect(s.port.listeners.length).toBeGreaterThan(0);
  });

  it.runIf(linux)("service looks alive but the port is closed: shows the supervisor's pid and the last error line from the newest log", async () => {
    const h = cliHome();
    const port = await freePort();
    h.writeConfig({ gateway: { mode: "local", port } });
    const fake = fakeSystemctl(h.home, "running", h.env, { FAKE_PID: "31337" });
    expect((await runCli(["gateway", "install"], fake.env)).code).toBe(0);
    const logs = join(h.stateDir, "logs");
    mkdirSync(logs, { recursive: true });
    writeFileSync(join(logs, "openclaw-2025-02-28.log"), logLine("error", "gateway", "an older file's error"));
    writeFileSync(
      join(logs, "openclaw-2025-03-01.log"),
      logLine("info", "gateway", "starting") + logLine("error", "canvas", "first error") + logLine("error", "gateway", "listen EADDRNOTAVAIL 10.9.9.9", "2025-03-01T10:00:05.000Z") + logLine("info", "gateway", "retrying") + "{partial",
    );
    const r = await runCli(["gateway", "status", "--json"], fake.env);
    const s = JSON.parse(r.stdout);
    expect(s.service).toMatchObject({ installed: true, supervisor: { available: true }, active: true, pid: 31337, state: "active (running)" });
    expect(s.service.environment).toMatchObject({ OPENCLAW_SERVICE_MARKER: "openclaw", OPENCLAW_CONFIG_PATH: h.configPath, OPENCLAW_GATEWAY_PORT: String(port) });
    expect(s.config).toMatchObject({ cli: h.configPath, service: h.configPath, match: true });
    expect(s.probe.ok).toBe(false);
    expect(s.lastError).toEqual({ file: join(logs, "openclaw-2025-03-01.log"), time: "2025-03-01T10:00:05.000Z", subsystem: "gateway", msg: "listen EADDRNOTAVAIL 10.9.9.9" });
    const human = await runCli(["gateway", "status"], fake.env);
    expect(human.stdout).toContain("Supervisor: active (running), pid 31337");
    expect(human.stdout).toContain("Last error: 2025-03-01T10:00:05.000Z [gateway] listen EADDRNOTAVAIL 10.9.9.9");
  });

  it.runIf(linux)("service/config drift and a stopped service with exit 78 are visible; --deep lists other gateway units", async () => {
    const h = cliHome();
    const port = await freePort();
    h.writeConfig({ gateway: { mode: "local", port } });
    const fake = fakeSystemctl(h.home, "running", h.env, { FAKE_EXIT_STATUS: "78" });
    await runCli(["gateway", "install"], { ...fake.env, OPENCLAW_CONFIG_PATH: join(h.home, "elsewhere.json") });
    await runCli(["--profile", "work", "gateway", "install"], fake.env);
    fake.setActive(false);
    const r = await runCli(["gateway", "status", "--json", "--deep"], fake.env);
    const s = JSON.parse(r.stdout);
    expect(s.config).toMatchObject({ cli: h.configPath, service: join(h.home, "elsewhere.json"), gateway: null, match: false });
    expect(s.service).toMatchObject({ active: false, lastExitStatus: 78 });
    expect(s.service.others).toEqual([expect.objectContaining({ scope: "user", profile: "work", legacy: false })]);
    const human = await runCli(["gateway", "status"], fake.env);
    expect(human.stdout).toContain("last exit 78 (invalid config; not restarted — run `openclaw doctor`)");
    expect(human.stdout).toContain(`service ${join(h.home, "elsewhere.json")}`);
    expect(human.stdout).toContain("these differ");
  });
});
