/** Profiles: --dev and --profile isolate state, config and ports; setup creates a config once. */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cliHome, runCli, spawnGateway, type RunningGateway } from "../helpers/cli.js";
import { takeProfileFlags } from "../../cli/profile.js";

const running: RunningGateway[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((g) => g.stop("SIGKILL")));
});

describe("profile flags", () => {
  it("--dev and --profile fill only unset variables and are removed from argv", () => {
    const env: Record<string, string | undefined> = { HOME: "/h" };
    expect(takeProfileFlags(["--dev", "gateway", "--port", "1"], env)).toEqual(["gateway", "--port", "1"]);
    expect(env).toMatchObject({ OPENCLAW_PROFILE: "dev", OPENCLAW_STATE_DIR: "/h/.openclaw-dev", OPENCLAW_CONFIG_PATH: "/h/.openclaw-dev/openclaw.json", OPENCLAW_GATEWAY_PORT: "19001", OPENCLAW_WORKSPACE: "/h/.openclaw/workspace-dev" });
    const env2: Record<string, string | undefined> = { HOME: "/h", OPENCLAW_STATE_DIR: "/custom" };
    expect(takeProfileFlags(["--profile", "work", "status"], env2)).toEqual(["status"]);
    expect(env2).toMatchObject({ OPENCLAW_PROFILE: "work", OPENCLAW_STATE_DIR: "/custom", OPENCLAW_CONFIG_PATH: "/custom/openclaw.json" });
    expect(env2.OPENCLAW_GATEWAY_PORT).toBeUndefined();
    expect(() => takeProfileFlags(["--dev", "--profile", "x", "gateway"], {})).toThrow(/cannot be combined/);
    expect(() => takeProfileFlags(["--profile", "bad name"], {})).toThrow(/letters, digits/);
    expect(takeProfileFlags(["gateway", "--dev"], {})).toEqual(["gateway", "--dev"]); // only leading flags are global
  });

  it("openclaw --profile NAME setup creates an isolated config with a token, once", async () => {
    const h = cliHome();
    const r = await runCli(["--profile", "work", "setup"], h.env);
    expect(r.code).toBe(0);
    const path = join(h.home, ".openclaw-work", "openclaw.json");
    expect(r.stdout).toContain(`created ${path}`);
    const config = JSON.parse(readFileSync(path, "utf8"));
    expect(config.gateway).toMatchObject({ mode: "local", auth: { mode: "token" } });
    expect(r.stdout).toContain(config.gateway.auth.token);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const again = await runCli(["--profile", "work", "setup"], h.env);
    expect(again.stdout).toContain("already exists");
    expect(again.stdout).not.toContain(config.gateway.auth.token);
    expect(existsSync(join(h.home, ".openclaw", "openclaw.json"))).toBe(false);
  });

  it("openclaw --dev gateway runs on 19001 with its own state; gateway --dev creates the dev config", async () => {
    const h = cliHome();
    const g = await spawnGateway(["--dev"], h.env);
    running.push(g);
    expect(g.output()).toContain("created the dev config");
    expect(g.output()).toContain("ws://127.0.0.1:19001");
    expect(existsSync(join(h.home, ".openclaw-dev", "openclaw.json"))).toBe(true);
    await g.stop();
    const global = await runCli(["--dev", "gateway", "token"], h.env);
    expect(global.code).toBe(1); // the dev config carries its token in config, nothing generated into gateway.token
    expect(global.stderr).toContain(".openclaw-dev");
  });
});
