import { afterEach, describe, expect, it } from "vitest";
import { GatewayClient, GatewayRequestError } from "../../core/client.js";
import { fastCommand } from "../../cli/fast/fast-path.js";
import { cliHome, freePort, runCli, spawnGateway, type RunningGateway } from "../helpers/cli.js";

describe("fastCommand: which arguments skip oclif", () => {
  it("takes gateway (flags only) and health, and leaves help, subcommands and everything else to oclif", () => {
    expect(fastCommand(["gateway"])).toEqual({ command: "gateway", rest: [] });
    expect(fastCommand(["gateway", "--port", "1"])).toEqual({ command: "gateway", rest: ["--port", "1"] });
    expect(fastCommand(["health", "--json"])).toEqual({ command: "health", rest: ["--json"] });
    expect(fastCommand(["gateway", "health"])).toEqual({ command: "health", rest: [] });
    expect(fastCommand(["gateway", "status"])).toBeNull();
    expect(fastCommand(["gateway", "--help"])).toBeNull();
    expect(fastCommand(["health", "-h"])).toBeNull();
    expect(fastCommand(["status"])).toBeNull();
    expect(fastCommand([])).toBeNull();
  });
});

describe("the fast path through bin/run.js", () => {
  let gw: RunningGateway | undefined;
  afterEach(async () => {
    await gw?.stop();
    gw = undefined;
  });

  it("flags it does not know, bad values and --help get oclif's own answers", async () => {
    const h = cliHome();
    const unknown = await runCli(["gateway", "--bogus"], h.env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Nonexistent flag: --bogus/);
    const bad = await runCli(["gateway", "--port", "abc"], h.env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Expected an integer but received: abc/);
    const badAuth = await runCli(["gateway", "--auth", "magic"], h.env);
    expect(badAuth.code).toBe(2);
    expect(badAuth.stderr).toMatch(/Expected --auth=magic to be one of: token, password, none/);
    const help = await runCli(["gateway", "--help"], h.env);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Run the gateway in the foreground/);
    expect(help.stdout).toMatch(/--allow-unconfigured/);
  }, 60_000);

  it("a fast-path gateway validates params with the build-time validators: the field is named; health --json", async () => {
    const h = cliHome();
    const port = await freePort();
    gw = await spawnGateway([`--port=${port}`, "--token", "tok-fastpath1", "--allow-unconfigured"], h.env);
    expect(gw.output()).toMatch(/ready in \d+ ms/);
    const client = new GatewayClient({ url: `ws://127.0.0.1:${port}`, token: "tok-fastpath1", scopes: ["operator.admin"], client: { id: "cli", mode: "cli" } });
    await client.connect();
    try {
      const err = await client.request("chat.history", { sessionKey: 5 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(GatewayRequestError);
      expect((err as GatewayRequestError).code).toBe("INVALID_REQUEST");
      expect((err as GatewayRequestError).message).toMatch(/sessionKey/);
      const extra = await client.request("chat.history", { sessionKey: "main", nope: 1 }).catch((e: unknown) => e);
      expect((extra as GatewayRequestError).message).toMatch(/unexpected property 'nope'/);
    } finally {
      await client.close();
    }
    const json = await runCli(["health", "--json", "--url", `ws://127.0.0.1:${port}`, "--token", "tok-fastpath1"], h.env);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true });
    const wrong = await runCli(["gateway", "health", "--json", "--url", `ws://127.0.0.1:${port}`, "--token", "wrong-token-x"], h.env);
    expect(wrong.code).toBe(1);
    expect(JSON.parse(wrong.stdout)).toMatchObject({ ok: false, error: { code: expect.any(String), message: expect.any(String) } });
  }, 60_000);
});
