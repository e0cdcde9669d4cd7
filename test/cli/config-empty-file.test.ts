/**
 * A config file emptied, blanked or removed under a running gateway is an invalid edit (the last good
 * config keeps running: same token, clients stay connected); an empty file at start-up is refused
 * (exit 78) unless --allow-unconfigured.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cliHome, freePort, runCli, spawnGateway, type RunningGateway } from "../helpers/cli.js";
import { waitFor } from "../helpers/gateway.js";
import { GatewayClient } from "../../core/client.js";

const running: RunningGateway[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((g) => g.stop("SIGKILL")));
});

const TOKEN = "tok-empty-11111111";
type Health = { configReload: { status: string; error?: string } };

async function client(port: number) {
  const c = new GatewayClient({ url: `ws://127.0.0.1:${port}`, token: TOKEN, reconnect: false, client: { id: "test", mode: "test" } });
  await c.connect();
  return c;
}

describe("an emptied or removed config file under a running gateway", () => {
  it("is refused like any invalid edit: no new token, no client dropped, health says why", async () => {
    const h = cliHome();
    const port = await freePort();
    const good = { gateway: { mode: "local", port, auth: { token: TOKEN }, reload: { debounceMs: 50 } } };
    h.writeConfig(good);
    const g = await spawnGateway([], h.env);
    running.push(g);
    expect(g.output()).toContain("ready in");
    const c = await client(port);
    let closed: number | null = null;
    c.on("close", (code: number) => (closed = code));

    const reloadState = async () => ((await c.request("health")) as Partial<Health>).configReload ?? { status: "not reported yet" };
    const until = async (status: string, what: string) => {
      const deadline = Date.now() + 10_000;
      while ((await reloadState()).status !== status) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const cases: Array<[edit: () => void, reason: RegExp]> = [
      [() => writeFileSync(h.configPath, ""), /is empty \(0 bytes\)/],
      [() => writeFileSync(h.configPath, "  \n\t\n"), /is empty \(only whitespace/],
      [() => rmSync(h.configPath), /was removed/],
      [() => (rmSync(h.configPath), mkdirSync(h.configPath)), /cannot read config .*EISDIR/], // unreadable (the tests may run as root)
    ];
    for (const [i, [edit, reason]] of cases.entries()) {
      if (i > 0) {
        h.writeConfig(good);
        await until("ok", "the good config again");
      }
      edit();
      await until("invalid", `the invalid edit ${reason}`);
      expect((await reloadState()).error).toMatch(reason);
      await (await client(port)).close(); // the configured token still works
    }
    expect(closed).toBeNull();
    expect(existsSync(join(h.stateDir, "gateway.token"))).toBe(false); // no token was generated
    expect(g.output()).not.toContain("gateway secret rotated");
    rmSync(h.configPath, { recursive: true });
    h.writeConfig(good);
    await until("ok", "recovery");
    await c.close();
  });
});

describe("an empty config file at start-up", () => {
  it("is refused with exit 78 and says the file is empty; --allow-unconfigured runs on defaults with a warning", async () => {
    const h = cliHome();
    writeFileSync(h.configPath, "");
    const refused = await runCli(["gateway", "--port", String(await freePort())], h.env);
    expect(refused.code).toBe(78);
    expect(refused.stderr).toContain(`config ${h.configPath} is empty (0 bytes)`);
    expect(refused.stderr).toContain("--allow-unconfigured");

    const g = await spawnGateway(["--allow-unconfigured", "--port", String(await freePort())], h.env);
    running.push(g);
    expect(g.output()).toContain("ready in");
    expect(g.output()).toContain("running on defaults because of --allow-unconfigured");
  });
});
