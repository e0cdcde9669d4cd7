/** `openclaw doctor [--fix]`: config validity, permissions, port conflicts, service drift, secrets in the unit. */
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cliHome, freePort, runCli, spawnGateway, type CliHome, type RunningGateway } from "../helpers/cli.js";
import { fakeSystemctl } from "../helpers/service.js";

const running: RunningGateway[] = [];
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
  await Promise.all(running.splice(0).map((g) => g.stop("SIGKILL")));
});

const linux = process.platform === "linux";
const mode = (p: string) => statSync(p).mode & 0o777;
const unitFile = (h: CliHome) => join(h.home, ".config", "systemd", "user", "openclaw-gateway.service");

async function doctor(h: CliHome, env: NodeJS.ProcessEnv, ...args: string[]) {
  const r = await runCli(["doctor", "--json", ...args], env);
  const report = JSON.parse(r.stdout) as { ok: boolean; problems: number; findings: Array<{ check: string; status: string; message: string; fixable: boolean }>; fixed: Array<{ check: string; message: string; ok: boolean }> };
  return { code: r.code, report, problems: report.findings.filter((f) => f.status === "problem") };
}

async function validHome() {
  const h = cliHome();
  h.writeConfig({ gateway: { mode: "local", port: await freePort(), auth: { token: "cfg-token-12345678" } } });
  return h;
}

describe("openclaw doctor", () => {
  it("a healthy setup: every check ok, exit 0, human summary", async () => {
    const h = await validHome();
    const r = await runCli(["doctor"], fakeSystemctl(h.home, "offline", h.env).env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`ok      config: ${h.configPath} is valid; plugins: presence`);
    expect(r.stdout).toContain("no problems found");
  });

  it("loose permissions are problems; --fix chmods the state dir 0700 and config/credential files 0600", async () => {
    const h = await validHome();
    const token = join(h.stateDir, "gateway.token");
    writeFileSync(token, "stored-token\n", { mode: 0o644 });
    mkdirSync(join(h.stateDir, "nodes"), { mode: 0o755 });
    writeFileSync(join(h.stateDir, "nodes", "paired.json"), "{}", { mode: 0o644 });
    chmodSync(join(h.stateDir, "nodes"), 0o755);
    chmodSync(h.stateDir, 0o755);
    chmodSync(h.configPath, 0o644);
    const before = await doctor(h, h.env);
    expect(before.code).toBe(1);
    expect(before.problems.map((p) => p.message)).toEqual([
      `state dir ${h.stateDir} is 0755: other users can read it; it should be 0700`,
      `config file ${h.configPath} is 0644: other users can read it; it should be 0600`,
      `credential folder ${join(h.stateDir, "nodes")} is 0755: other users can read it; it should be 0700`,
      `credential file ${token} is 0644: other users can read it; it should be 0600`,
      `credential file ${join(h.stateDir, "nodes", "paired.json")} is 0644: other users can read it; it should be 0600`,
    ]);
    expect(before.problems.every((p) => p.fixable)).toBe(true);
    const after = await doctor(h, h.env, "--fix");
    expect(after.code).toBe(0);
    expect(after.report.fixed.map((f) => f.message)).toContain(`chmod 0700 ${h.stateDir}`);
    expect([mode(h.stateDir), mode(h.configPath), mode(token), mode(join(h.stateDir, "nodes", "paired.json"))]).toEqual([0o700, 0o600, 0o600, 0o600]);
  });

  it("an invalid config is a problem --fix does not touch (unknown key with suggestion, bad plugin path, JSON5 error)", async () => {
    const h = cliHome();
    h.writeConfig({ gateway: { mode: "local", port: await freePort(), prot: 1 }, plugins: { load: { paths: ["./missing-plugin"] } } });
    const text = readFileSync(h.configPath, "utf8");
    const r = await doctor(h, h.env, "--fix");
    expect(r.code).toBe(1);
    expect(r.problems.map((p) => p.message)).toEqual(expect.arrayContaining([
      'gateway.prot: unknown key (did you mean "gateway.port"?)',
      expect.stringMatching(/^plugin path .*missing-plugin could not be loaded: plugin path .* does not exist/),
    ]));
    expect(readFileSync(h.configPath, "utf8")).toBe(text);
    h.writeConfig("{ gateway: { mode: 'local' ");
    const broken = await doctor(h, h.env);
    expect(broken.problems[0].message).toMatch(/is not valid JSON5 at line 1/);
  });

  it("port conflicts: a foreign listener is a problem, the gateway itself is fine", async () => {
    const h = await validHome();
    const port = JSON.parse(readFileSync(h.configPath, "utf8")).gateway.port as number;
    const foreign = createServer((s) => s.resume().end("not http\n")); // resume: read to EOF so close() can finish
    servers.push(foreign);
    await new Promise<void>((r) => foreign.listen(port, "127.0.0.1", r));
    const r = await doctor(h, h.env);
    expect(r.code).toBe(1);
    expect(r.problems).toEqual([expect.objectContaining({ check: "port", message: expect.stringMatching(new RegExp(`^port ${port} is held by pid ${process.pid} .*not an OpenClaw gateway`)) })]);
    await new Promise((r2) => foreign.close(r2));
    servers.length = 0;
    const g = await spawnGateway([], h.env);
    running.push(g);
    const ok = await doctor(h, h.env);
    expect(ok.report.findings).toContainEqual(expect.objectContaining({ check: "port", status: "ok", message: expect.stringContaining(`port ${port}: the gateway is running (pid ${g.child.pid}`) }));
  });

  it.runIf(linux)("a token in the unit is flagged (and called stale when it differs); --fix backs up and rewrites without it", async () => {
    const h = await validHome();
    const fake = fakeSystemctl(h.home, "offline", h.env);
    await runCli(["gateway", "install"], fake.env);
    const clean = readFileSync(unitFile(h), "utf8");
    writeFileSync(unitFile(h), clean.replace("Environment=OPENCLAW_SERVICE_MARKER", "Environment=OPENCLAW_GATEWAY_TOKEN=old-unit-token-999\nEnvironment=OPENCLAW_SERVICE_MARKER"));
    const r = await doctor(h, fake.env);
    expect(r.code).toBe(1);
    expect(r.problems).toEqual([expect.objectContaining({ check: "service", fixable: true, message: expect.stringMatching(/holds OPENCLAW_GATEWAY_TOKEN: a secret in a service file.*token is stale/) })]);
    const fixed = await doctor(h, fake.env, "--fix");
    expect(fixed.code).toBe(0);
    expect(fixed.report.fixed[0].message).toContain(`removed OPENCLAW_GATEWAY_TOKEN from ${unitFile(h)} (backup: ${unitFile(h)}.bak`);
    expect(readFileSync(unitFile(h), "utf8")).toBe(clean);
    expect(readFileSync(`${unitFile(h)}.bak`, "utf8")).toContain("old-unit-token-999");
    expect(mode(`${unitFile(h)}.bak`)).toBe(0o600);
  });

  it.runIf(linux)("when only the unit held the token, --fix moves it to <stateDir>/gateway.token so clients keep working", async () => {
    const h = cliHome();
    h.writeConfig({ gateway: { mode: "local", port: await freePort() } });
    const fake = fakeSystemctl(h.home, "offline", h.env);
    await runCli(["gateway", "install"], fake.env);
    const text = readFileSync(unitFile(h), "utf8");
    writeFileSync(unitFile(h), text.replace("Environment=OPENCLAW_SERVICE_MARKER", 'Environment="OPENCLAW_GATEWAY_TOKEN=only-here-token-1"\nEnvironment=OPENCLAW_SERVICE_MARKER'));
    const r = await doctor(h, fake.env, "--fix");
    expect(r.code).toBe(0);
    expect(r.report.fixed[0].message).toContain(`the token now lives in ${join(h.stateDir, "gateway.token")}`);
    expect(readFileSync(join(h.stateDir, "gateway.token"), "utf8").trim()).toBe("only-here-token-1");
    expect(mode(join(h.stateDir, "gateway.token"))).toBe(0o600);
    expect(readFileSync(unitFile(h), "utf8")).toBe(text);
  });

  it.runIf(linux)("service/config drift is a problem --fix leaves alone; an outdated unit is rewritten with a backup", async () => {
    const h = await validHome();
    const fake = fakeSystemctl(h.home, "offline", h.env);
    await runCli(["gateway", "install"], { ...fake.env, OPENCLAW_CONFIG_PATH: join(h.home, "other.json") });
    const drift = await doctor(h, fake.env, "--fix");
    expect(drift.code).toBe(1);
    expect(drift.problems).toContainEqual(expect.objectContaining({ fixable: false, message: `the service uses OPENCLAW_CONFIG_PATH=${join(h.home, "other.json")} but the CLI uses ${h.configPath}: commands here act on a different config or gateway than the service runs` }));
    expect(drift.problems.every((p) => !p.fixable)).toBe(true);
    await runCli(["gateway", "install", "--force"], fake.env);
    const current = readFileSync(unitFile(h), "utf8");
    writeFileSync(unitFile(h), current.replace(`ExecStart=${process.execPath}`, "ExecStart=/opt/gone/node"));
    const old = await doctor(h, fake.env);
    expect(old.problems).toEqual([expect.objectContaining({ fixable: true, message: `${unitFile(h)} runs /opt/gone/node, which no longer exists` })]);
    const fixed = await doctor(h, fake.env, "--fix");
    expect(fixed.code).toBe(0);
    expect(readFileSync(unitFile(h), "utf8")).toBe(current);
    expect(readFileSync(`${unitFile(h)}.bak`, "utf8")).toContain("ExecStart=/opt/gone/node");
  });

  it.runIf(linux)("a service that stopped with exit 78, or a config without gateway.mode local under a service, is a problem", async () => {
    const h = await validHome();
    const fake = fakeSystemctl(h.home, "running", h.env, { FAKE_EXIT_STATUS: "78" });
    await runCli(["gateway", "install"], fake.env);
    fake.setActive(false);
    const r = await doctor(h, fake.env);
    expect(r.problems.map((p) => p.message)).toEqual(["openclaw-gateway.service stopped with exit 78 (invalid config) and will not be restarted"]);
    h.writeConfig({ gateway: { port: await freePort() } });
    const unconfigured = await doctor(h, fake.env);
    expect(unconfigured.problems.map((p) => p.message)).toContainEqual(expect.stringContaining('which exits 78 (and is not restarted) because gateway.mode is not "local"'));
  });
});
