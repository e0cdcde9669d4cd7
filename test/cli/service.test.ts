/** `openclaw gateway install|uninstall|start|stop|restart`: the unit and plist text, and what the commands do. */
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cliHome, runCli } from "../helpers/cli.js";
import { fakeSystemctl } from "../helpers/service.js";
import { buildServiceSpec, describeDrift } from "../../cli/service/spec.js";
import { escapeExecArg, parseSystemdUnit, renderSystemdUnit, splitWords, stripSystemdSecrets, unitName, userSession } from "../../cli/service/systemd.js";
import { launchdLabel, parseLaunchdPlist, renderLaunchdPlist, stripLaunchdSecrets } from "../../cli/service/launchd.js";
import { packageVersion } from "../../cli/version.js";

const ROOT = resolve(".");
const unitFile = (home: string, profile = "") => join(home, ".config", "systemd", "user", unitName(profile));
const linux = process.platform === "linux";
const realSession = linux && userSession().ok;

describe("service file generators (pure, any OS)", () => {
  const env = { HOME: "/home/ada", OPENCLAW_STATE_DIR: "/srv/oc state", OPENCLAW_GATEWAY_PORT: "19001", OPENCLAW_PROFILE: "dev" };
  const spec = buildServiceSpec({ env, root: "/opt/openclaw", execPath: "/usr/bin/node" });

  it("the systemd unit: restart policy, exit 78 not restarted, markers, paths, port, profile, no secrets", () => {
    const text = renderSystemdUnit(spec);
    expect(text).toContain(`Description=OpenClaw Gateway (profile: dev, v${packageVersion()})`);
    expect(text).toContain("ExecStart=/usr/bin/node /opt/openclaw/bin/run.js gateway\n");
    for (const line of ["Restart=always", "RestartSec=5", "RestartPreventExitStatus=78", "WantedBy=default.target", "After=network-online.target"]) expect(text).toContain(`${line}\n`);
    expect(text).toContain("Environment=OPENCLAW_SERVICE_MARKER=openclaw\n");
    expect(text).toContain("Environment=OPENCLAW_SERVICE_KIND=gateway\n");
    expect(text).toContain(`Environment=OPENCLAW_SERVICE_VERSION=${packageVersion()}\n`);
    expect(text).toContain('Environment="OPENCLAW_STATE_DIR=/srv/oc state"\n'); // quoted: it has a space
    expect(text).toContain('Environment="OPENCLAW_CONFIG_PATH=/srv/oc state/openclaw.json"\n');
    expect(text).toContain("Environment=OPENCLAW_GATEWAY_PORT=19001\n");
    expect(text).toContain("Environment=OPENCLAW_PROFILE=dev\n");
    expect(text).toContain("Environment=OPENCLAW_SYSTEMD_UNIT=openclaw-gateway-dev.service\n");
    expect(text).not.toMatch(/TOKEN|PASSWORD/);
    const parsed = parseSystemdUnit(text);
    expect(parsed.programArguments).toEqual(["/usr/bin/node", "/opt/openclaw/bin/run.js", "gateway"]);
    expect(describeDrift(parsed, spec)).toEqual(["OPENCLAW_SYSTEMD_UNIT: openclaw-gateway-dev.service → (unset)"]);
  });

  it("never renders a secret, even when the shell has one", () => {
    const withToken = buildServiceSpec({ env: { ...env, OPENCLAW_GATEWAY_TOKEN: "sekrit-123", OPENCLAW_GATEWAY_PASSWORD: "pw" }, root: "/opt/openclaw" });
    expect(renderSystemdUnit(withToken)).not.toContain("sekrit-123");
    expect(renderLaunchdPlist(withToken)).not.toContain("sekrit-123");
    expect(() => renderSystemdUnit({ ...spec, environment: { ...spec.environment, OPENCLAW_GATEWAY_TOKEN: "x" } })).toThrow(/refusing to write OPENCLAW_GATEWAY_TOKEN/);
  });

  it("ExecStart quoting and specifier escaping round-trip", () => {
    expect(escapeExecArg("/a b/node")).toBe('"/a b/node"');
    expect(escapeExecArg("100%")).toBe('"100%%"');
    expect(escapeExecArg("$HOME")).toBe('"$$HOME"');
    const args = ["/opt/my node/node", '/x/"q"/run.js', "gateway", "50%"];
    const text = renderSystemdUnit({ ...spec, programArguments: args });
    expect(parseSystemdUnit(text).programArguments).toEqual(args);
    expect(splitWords(`a "b c" 'd e' f\\ g`)).toEqual(["a", "b c", "d e", "f g"]);
  });

  it("strips secret Environment= assignments and keeps everything else as written", () => {
    const text = renderSystemdUnit(spec).replace("[Install]", 'Environment=OPENCLAW_GATEWAY_TOKEN=abc "KEEP=me too"\nEnvironment="OPENCLAW_GATEWAY_PASSWORD=p w"\n\n[Install]');
    const { text: out, removed } = stripSystemdSecrets(text);
    expect(removed).toEqual(["OPENCLAW_GATEWAY_TOKEN", "OPENCLAW_GATEWAY_PASSWORD"]);
    expect(out).not.toMatch(/TOKEN|PASSWORD/);
    expect(parseSystemdUnit(out).environment.KEEP).toBe("me too");
    expect(out.replace('Environment="KEEP=me too"\n\n', "")).toBe(renderSystemdUnit(spec));
  });

  it("the launchd plist: label per profile, KeepAlive, throttle, env dict, logs; parses back", () => {
    expect(launchdLabel("")).toBe("bot.molt.gateway");
    expect(launchdLabel("work")).toBe("bot.molt.work");
    const text = renderLaunchdPlist({ ...spec, environment: { ...spec.environment, ODD: "a<b&\"c\"" } });
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<!DOCTYPE plist/);
    expect(text).toContain("<key>Label</key>\n  <string>bot.molt.dev</string>");
    expect(text).toContain("<key>KeepAlive</key>\n  <true/>");
    expect(text).toContain("<key>RunAtLoad</key>\n  <true/>");
    expect(text).toContain("<key>ThrottleInterval</key>\n  <integer>5</integer>");
    expect(text).toContain("<key>StandardOutPath</key>\n  <string>/srv/oc state/logs/gateway.log</string>");
    expect(text).toContain("<string>a&lt;b&amp;&quot;c&quot;</string>");
    const parsed = parseLaunchdPlist(text);
    expect(parsed.programArguments).toEqual(["/usr/bin/node", "/opt/openclaw/bin/run.js", "gateway"]);
    expect(parsed.environment).toMatchObject({ OPENCLAW_SERVICE_MARKER: "openclaw", OPENCLAW_SERVICE_KIND: "gateway", OPENCLAW_GATEWAY_PORT: "19001", ODD: 'a<b&"c"', OPENCLAW_LAUNCHD_LABEL: "bot.molt.dev" });
    const withSecret = text.replace("<key>ODD</key>", "<key>OPENCLAW_GATEWAY_TOKEN</key>\n    <string>t0k</string>\n    <key>ODD</key>");
    const stripped = stripLaunchdSecrets(withSecret);
    expect(stripped.removed).toEqual(["OPENCLAW_GATEWAY_TOKEN"]);
    expect(stripped.text).toBe(text);
  });
});

describe.runIf(linux)("gateway install / uninstall / start / stop / restart (systemd user unit)", () => {
  it("without a user systemd session: writes and verifies the unit, says plainly it was not enabled, and how to start it", async () => {
    const h = cliHome();
    h.writeConfig({ gateway: { mode: "local", port: 19123 } });
    const fake = fakeSystemctl(h.home, "offline", h.env);
    const r = await runCli(["gateway", "install"], fake.env);
    expect(r.code).toBe(0);
    const file = unitFile(h.home);
    expect(r.stdout).toContain(`wrote the unit to ${file} (verified)`);
    expect(r.stdout).toContain("no user systemd session is running here (systemctl --user is-system-running: offline), so it was not enabled or started");
    expect(r.stdout).toContain("start it later with: systemctl --user daemon-reload && systemctl --user enable --now openclaw-gateway.service");
    const text = readFileSync(file, "utf8");
    expect(text).toContain(`ExecStart=${process.execPath} ${join(ROOT, "bin", "run.js")} gateway\n`);
    expect(text).toContain(`Environment=OPENCLAW_CONFIG_PATH=${h.configPath}\n`);
    expect(text).toContain(`Environment=OPENCLAW_STATE_DIR=${h.stateDir}\n`);
    expect(text).toContain("Environment=OPENCLAW_GATEWAY_PORT=19123\n");
    expect(fake.calls()).toEqual(["--user is-system-running"]); // nothing else was attempted
    const again = await runCli(["gateway", "install", "--json"], fake.env);
    expect(JSON.parse(again.stdout)).toMatchObject({ ok: true, outcome: "unchanged", file });
    const start = await runCli(["gateway", "start"], fake.env);
    expect(start.code).toBe(1);
    expect(start.stderr).toContain("cannot start openclaw-gateway.service: no user systemd session is running here");
    const un = await runCli(["gateway", "uninstall"], fake.env);
    expect(un.code).toBe(0);
    expect(un.stdout).toContain(`removed ${file}; no user systemd session is running here`);
    expect(existsSync(file)).toBe(false);
  });

  it.runIf(!realSession)("detects this machine's missing user session with the real systemctl", async () => {
    const h = cliHome();
    const r = await runCli(["gateway", "install", "--json"], h.env);
    const report = JSON.parse(r.stdout);
    expect(r.code).toBe(0);
    expect(report).toMatchObject({ ok: true, outcome: "written", applied: false, session: { ok: false } });
    expect(existsSync(unitFile(h.home))).toBe(true);
  });

  it("with a user session: daemon-reload, enable, restart; start/stop/restart/uninstall go through systemctl --user", async () => {
    const h = cliHome();
    h.writeConfig({ gateway: { mode: "local" } });
    const fake = fakeSystemctl(h.home, "running", h.env, { FAKE_PID: "777" });
    const r = await runCli(["gateway", "install"], fake.env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`installed openclaw-gateway.service (${unitFile(h.home)}), enabled and started (pid 777)`);
    expect(fake.calls()).toEqual(expect.arrayContaining(["--user daemon-reload", "--user enable openclaw-gateway.service", "--user restart openclaw-gateway.service"]));
    const stop = await runCli(["gateway", "stop"], fake.env);
    expect(stop.stdout).toContain("stopped openclaw-gateway.service (inactive (dead))");
    const start = await runCli(["gateway", "start", "--json"], fake.env);
    expect(JSON.parse(start.stdout)).toMatchObject({ ok: true, action: "start", applied: true, pid: 777, ran: ["systemctl --user start openclaw-gateway.service"] });
    const restart = await runCli(["gateway", "restart"], fake.env);
    expect(restart.stdout).toContain("restarted openclaw-gateway.service (active (running), pid 777)");
    const un = await runCli(["gateway", "uninstall"], fake.env);
    expect(un.stdout).toContain("stopped and disabled openclaw-gateway.service");
    expect(fake.calls()).toEqual(expect.arrayContaining(["--user disable --now openclaw-gateway.service"]));
    expect(existsSync(unitFile(h.home))).toBe(false);
  });

  it("a profile gets its own unit; a different installed unit needs --force, which keeps a 0600 .bak", async () => {
    const h = cliHome();
    const fake = fakeSystemctl(h.home, "offline", h.env);
    const r = await runCli(["--profile", "work", "gateway", "install"], fake.env);
    expect(r.code).toBe(0);
    const file = unitFile(h.home, "work");
    const text = readFileSync(file, "utf8");
    expect(text).toContain("Environment=OPENCLAW_PROFILE=work\n");
    expect(text).toContain(`Environment=OPENCLAW_STATE_DIR=${join(h.home, ".openclaw-work")}\n`);
    expect(r.stderr).toContain('warning: gateway.mode is not "local"'); // the service would exit 78
    writeFileSync(file, text.replace(/OPENCLAW_GATEWAY_PORT=\d+/, "OPENCLAW_GATEWAY_PORT=1234"));
    const refused = await runCli(["--profile", "work", "gateway", "install"], fake.env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`a different unit is installed at ${file}:`);
    expect(refused.stderr).toMatch(/OPENCLAW_GATEWAY_PORT: 1234 → \d+/);
    expect(refused.stderr).toContain("gateway install --force");
    const forced = await runCli(["--profile", "work", "gateway", "install", "--force", "--json"], fake.env);
    expect(JSON.parse(forced.stdout)).toMatchObject({ ok: true, outcome: "written", backup: `${file}.bak` });
    expect(readFileSync(file, "utf8")).toBe(text);
    expect(readFileSync(`${file}.bak`, "utf8")).toContain("OPENCLAW_GATEWAY_PORT=1234");
    expect(statSync(`${file}.bak`).mode & 0o777).toBe(0o600);
  });

  it("the dev profile's port and a shell token: the port goes in, the token never does", async () => {
    const h = cliHome();
    const fake = fakeSystemctl(h.home, "offline", { ...h.env, OPENCLAW_GATEWAY_TOKEN: "shell-secret-token-1" });
    const r = await runCli(["--dev", "gateway", "install"], fake.env);
    expect(r.code).toBe(0);
    const text = readFileSync(unitFile(h.home, "dev"), "utf8");
    expect(text).toContain("Environment=OPENCLAW_GATEWAY_PORT=19001\n");
    expect(text).not.toContain("shell-secret-token-1");
    expect(r.stderr).toContain("OPENCLAW_GATEWAY_TOKEN/PASSWORD from this shell is not written into the service");
  });

  it("start / stop on a service that is not installed say so", async () => {
    const h = cliHome();
    const fake = fakeSystemctl(h.home, "running", h.env);
    const r = await runCli(["gateway", "stop"], fake.env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("openclaw-gateway.service is not installed");
    const un = await runCli(["gateway", "uninstall"], fake.env);
    expect(un.stdout).toContain("not installed");
    expect(un.code).toBe(0);
  });
});
