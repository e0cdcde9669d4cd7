/**
 * A gateway whose console went away (stdout a pipe whose reader closed, a closed terminal) keeps
 * serving quietly: before, each failed console write became an uncaught exception whose report was
 * written to the console again, and the process spun at full CPU and ignored SIGTERM.
 */
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { GatewayClient } from "../../core/client.js";
import { cliHome, freePort, spawnGateway, type RunningGateway } from "../helpers/cli.js";

const TOKEN = "console-gone-token-0123456789";
const cpuTicks = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return Number(fields[11]) + Number(fields[12]); // utime + stime, in clock ticks (1/100 s)
};

describe("gateway with its console gone", () => {
  let gw: RunningGateway | undefined;
  afterEach(async () => {
    await gw?.stop("SIGKILL");
    gw = undefined;
  });

  it("stays quiet, keeps serving and stops on SIGTERM", async () => {
    const home = cliHome();
    const port = await freePort();
    gw = await spawnGateway(["--port", String(port), "--token", TOKEN, "--allow-unconfigured"], home.env);
    const pid = gw.child.pid!;
    // The reader goes away: every console write from now on fails with EPIPE.
    gw.child.stdout!.destroy();
    gw.child.stderr!.destroy();
    // Refused handshakes are logged to the console (warn), which now fails.
    for (let i = 0; i < 5; i++) {
      await new Promise<void>((resolve) => {
        const ws = new WebSocket(`ws://127.0.0.1:${port}`);
        ws.on("message", () => ws.send(JSON.stringify({ type: "req", id: "c", method: "connect", params: { minProtocol: 3, maxProtocol: 4, client: { id: "cli", version: "1", platform: "linux", mode: "cli" }, role: "operator", scopes: [], auth: { token: "wrong-token" } } })));
        ws.on("close", () => resolve());
        ws.on("error", () => resolve());
      });
    }
    const before = cpuTicks(pid);
    await new Promise((r) => setTimeout(r, 1500));
    const used = cpuTicks(pid) - before;
    expect(used, "CPU ticks in 1.5 s of idling after the console went away").toBeLessThan(50); // it spun at ~100 % (150 ticks)
    const client = new GatewayClient({ url: `ws://127.0.0.1:${port}`, token: TOKEN, reconnect: false, client: { id: "cli", mode: "cli" } });
    await client.connect();
    await expect(client.request("health", {})).resolves.toMatchObject({ ok: true });
    await client.close();
    const started = Date.now();
    const code = await gw.stop("SIGTERM");
    expect(Date.now() - started).toBeLessThan(5000);
    expect(code).toBe(0);
  }, 30_000);
});
