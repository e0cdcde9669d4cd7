/** `openclaw gateway install` with upstream's flags: --port --token --runtime --runtime-path --wrapper --json --allow-unconfigured. */
import { chmodSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cliHome, runCli } from "../helpers/cli.js";
import { fakeSystemctl } from "../helpers/service.js";
import { parseSystemdUnit, unitName } from "../../cli/service/systemd.js";

const ROOT = resolve(".");
const unitFile = (home: string) => join(home, ".config", "systemd", "user", unitName(""));

describe.runIf(process.platform === "linux")("gateway install flags (systemd user unit, no user session)", () => {
  it("--port, --runtime-path, --allow-unconfigured and --token shape the service; the token stays out of the unit", async () => {
    const h = cliHome();
    const fake = fakeSystemctl(h.home, "offline", h.env);
    const token = "install-flag-token-0123456789";
    const r = await runCli(["gateway", "install", "--port", "19555", "--runtime", "node", "--runtime-path", process.execPath, "--allow-unconfigured", "--token", token, "--json"], fake.env);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { ok: boolean; outcome: string; warnings: string[]; messages: string[] };
    expect(report).toMatchObject({ ok: true, outcome: "written" });
    // no config file, yet no gateway.mode warning: the service runs with --allow-unconfigured
    expect(report.warnings.filter((w) => w.includes("gateway.mode"))).toEqual([]);
    const text = readFileSync(unitFile(h.home), "utf8");
    expect(parseSystemdUnit(text).programArguments).toEqual([process.execPath, join(ROOT, "bin", "run.js"), "gateway", "--allow-unconfigured"]);
    expect(text).toContain("Environment=OPENCLAW_GATEWAY_PORT=19555\n");
    expect(text).not.toContain(token);
    expect(r.stdout).not.toContain(token);
    const stored = join(h.stateDir, "gateway.token");
    expect(readFileSync(stored, "utf8")).toBe(`${token}\n`);
    expect(statSync(stored).mode & 0o777).toBe(0o600);
    expect(report.messages.join("\n")).toContain(`stored the token in ${stored} (0600)`);
  });

  it("--wrapper runs the wrapper with the gateway arguments and keeps OPENCLAW_WRAPPER; bad values are refused by name", async () => {
    const h = cliHome();
    h.writeConfig({ gateway: { mode: "local", auth: { token: "from-config-token" } } });
    const fake = fakeSystemctl(h.home, "offline", h.env);
    const wrapper = join(h.home, "openclaw-shim");
    writeFileSync(wrapper, "#!/bin/sh\nexec openclaw \"$@\"\n");
    chmodSync(wrapper, 0o755);
    const ok = await runCli(["gateway", "install", "--wrapper", wrapper, "--json"], fake.env);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    const text = readFileSync(unitFile(h.home), "utf8");
    expect(parseSystemdUnit(text).programArguments).toEqual([wrapper, "gateway"]);
    expect(text).toContain(`Environment=OPENCLAW_WRAPPER=${wrapper}\n`);

    const refuse = async (args: string[], message: RegExp) => {
      const r = await runCli(["gateway", "install", "--force", ...args, "--json"], fake.env);
      expect(r.code, r.stdout).toBe(1);
      expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, error: { message: expect.stringMatching(message) } });
    };
    await refuse(["--runtime", "bun"], /--runtime bun: this gateway runs on Node only/);
    await refuse(["--wrapper", join(h.home, "missing")], /--wrapper .*missing: not an executable file/);
    await refuse(["--runtime-path", h.configPath], /--runtime-path .*: not an executable file/);
    await refuse(["--token", "other-token"], /gateway\.auth\.token in .* differs from --token/);
    const badPort = await runCli(["gateway", "install", "--port", "70000"], fake.env);
    expect(badPort.code).not.toBe(0);
    expect(badPort.stderr).toMatch(/port/i);
  });
});
