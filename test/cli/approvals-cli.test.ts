/**
 * `openclaw approvals get|set|pending|approve|deny|resolve` (bin/run.js) against a spawned gateway: the
 * local document, the gateway's document, and pending requests that a real operator client waits on.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cliHome, freePort, runCli, spawnGateway, type CliRun, type RunningGateway } from "../helpers/cli.js";
import { GatewayClient } from "../../core/client.js";
import { spawnNodeHost, stopAllNodeHosts } from "../helpers/node-host.js";

const TOKEN = "cli-approvals-token-0123456789";
let gateway: RunningGateway | undefined;
let operator: GatewayClient | undefined;
afterAll(async () => {
  await operator?.close();
  await stopAllNodeHosts();
  await gateway?.stop("SIGKILL");
});

const show = (r: CliRun) => `exit ${r.code}\n--- stdout:\n${r.stdout}\n--- stderr:\n${r.stderr}`;

describe("openclaw approvals", () => {
  it("get/set the local and the gateway document, list pending, approve, deny, resolve", async () => {
    const gwHome = cliHome();
    const port = await freePort();
    gateway = await spawnGateway(["--port", String(port), "--token", TOKEN, "--allow-unconfigured"], gwHome.env);
    const conn = ["--url", `ws://127.0.0.1:${port}`, "--token", TOKEN];
    const cliUser = cliHome();
    const cli = async (args: string[], ok = true) => {
      const r = await runCli(args, cliUser.env);
      expect(r.code, `${args.join(" ")}\n${show(r)}`).toBe(ok ? 0 : 1);
      return r;
    };
    const docFile = join(cliUser.home, "doc.json5");
    writeFileSync(docFile, `{ version: 1, defaults: { security: "allowlist", ask: "on-miss" }, agents: { main: { allowlist: [{ pattern: "/usr/bin/uname" }] } } }`);

    // This machine's document (no gateway needed): empty, replaced, then shown.
    const localPath = join(cliUser.stateDir, "exec-approvals.json");
    expect(JSON.parse((await cli(["approvals", "get", "--json"])).stdout)).toMatchObject({ path: localPath, exists: false, file: { version: 1 } });
    expect((await cli(["approvals", "set", "--file", docFile])).stdout).toMatch(/Replaced the local .* approvals document/);
    expect(JSON.parse(readFileSync(localPath, "utf8"))).toMatchObject({ defaults: { security: "allowlist" } });
    expect((await cli(["approvals", "get"])).stdout).toMatch(/main\s+\/usr\/bin\/uname/);

    // The gateway's document, through exec.approvals.get/set with the hash read first.
    expect(JSON.parse((await cli(["approvals", "get", "--gateway", "--json", ...conn])).stdout)).toMatchObject({ path: join(gwHome.stateDir, "exec-approvals.json"), exists: false });
    await cli(["approvals", "set", "--gateway", "--file", docFile, ...conn]);
    writeFileSync(docFile, `{ version: 1, defaults: { security: "deny" } }`);
    const second = JSON.parse((await cli(["approvals", "set", "--gateway", "--file", docFile, "--json", ...conn])).stdout);
    expect(second).toMatchObject({ exists: true, file: { version: 1, defaults: { security: "deny" } } });
    expect(JSON.parse(readFileSync(join(gwHome.stateDir, "exec-approvals.json"), "utf8"))).toEqual({ version: 1, defaults: { security: "deny" } });

    // A node's document (our node host), relayed through the gateway.
    const node = spawnNodeHost(["--url", `ws://127.0.0.1:${port}`, "--token", TOKEN, "--display-name", "cli-approvals-node"]);
    await node.waitFor(/connected to/);
    await cli(["approvals", "set", "--node", "cli-approvals-node", "--file", docFile, ...conn]);
    expect(JSON.parse((await cli(["approvals", "get", "--node", "cli-approvals-node", "--json", ...conn])).stdout))
      .toMatchObject({ path: join(node.home.stateDir, "exec-approvals.json"), exists: true, file: { defaults: { security: "deny" } } });
    expect(JSON.parse(readFileSync(join(node.home.stateDir, "exec-approvals.json"), "utf8"))).toEqual({ version: 1, defaults: { security: "deny" } });
    await node.stop();

    // Bad input is explained.
    expect((await cli(["approvals", "set", "--gateway", ...conn], false)).stderr).toMatch(/--file <path> or --stdin/);
    writeFileSync(docFile, `{ version: 2 }`);
    expect((await cli(["approvals", "set", "--file", docFile], false)).stderr).toMatch(/must say "version": 1/);
    expect((await cli(["approvals", "set", "--file", join(cliUser.home, "missing.json")], false)).stderr).toMatch(/cannot read .*missing\.json/);
    expect((await cli(["approvals", "get", "--node", "nobody", ...conn], false)).stderr).toMatch(/no node matches "nobody"/);

    // Pending requests a real operator client waits on.
    expect((await cli(["approvals", "pending", ...conn])).stdout).toMatch(/No pending approvals/);
    operator = new GatewayClient({ url: `ws://127.0.0.1:${port}`, token: TOKEN });
    await operator.connect();
    const ask = (command: string) => {
      const final = operator!.request<{ id: string; decision: string | null }>("exec.approval.request",
        { command, commandArgv: command.split(" "), host: "gateway", agentId: "main", timeoutMs: 60_000 }, { expectFinal: true, timeoutMs: 70_000 });
      final.catch(() => undefined); // awaited below; a failed assertion before that must not also report an unhandled rejection
      return final;
    };
    const pendingIds = async () => {
      const list = JSON.parse((await cli(["approvals", "pending", "--json", ...conn])).stdout) as { approvals: Array<{ id: string; request: { command: string } }> };
      return list.approvals;
    };
    const waitPending = async (n: number) => {
      for (let i = 0; i < 100; i++) {
        const list = await pendingIds();
        if (list.length >= n) return list;
      }
      throw new Error(`never saw ${n} pending approvals`);
    };
    const first = ask("/usr/bin/uname -a");
    const [one] = await waitPending(1);
    expect(one).toMatchObject({ kind: "exec", agentId: "main", summary: "/usr/bin/uname -a", request: { command: "/usr/bin/uname -a", host: "gateway" } });
    expect((await cli(["approvals", "pending", ...conn])).stdout).toContain(one.id);
    expect((await cli(["approvals", "approve", one.id, ...conn])).stdout).toMatch(/Approved once/);
    expect(await first).toMatchObject({ id: one.id, decision: "allow-once" });
    expect((await cli(["approvals", "approve", one.id, ...conn])).stdout).toMatch(/already resolved \(same decision: allow-once/);
    expect((await cli(["approvals", "deny", one.id, ...conn], false)).stderr).toMatch(/approval already resolved/);

    const denied = ask("/usr/bin/id");
    const [two] = await waitPending(1);
    expect((await cli(["approvals", "deny", two.id, "--reason", "not now", ...conn])).stdout).toMatch(/Denied/);
    expect(await denied).toMatchObject({ decision: "deny" });
    const history = await operator.request<{ items: Array<{ id: string; status: string; decision?: string }> }>("approval.history", {});
    expect(history.items.find((e) => e.id === two.id)).toMatchObject({ status: "denied", decision: "deny" });

    const always = ask("/usr/bin/true");
    const [three] = await waitPending(1);
    expect((await cli(["approvals", "resolve", three.id, "allow-always", ...conn])).stdout).toMatch(/Approved always/);
    expect(await always).toMatchObject({ decision: "allow-always" });
    const bad = await runCli(["approvals", "resolve", three.id, "maybe", ...conn], cliUser.env);
    expect(bad.code, show(bad)).toBe(2); // a usage error
    expect(bad.stderr).toMatch(/Expected maybe to be one of: allow-once, allow-always, deny/);
    const unknown = await cli(["approvals", "deny", "no-such-id", "--json", ...conn], false);
    expect(JSON.parse(unknown.stdout)).toMatchObject({ ok: false, error: { code: "INVALID_REQUEST", message: expect.stringMatching(/approval not found/) } });
  }, 180_000);
});
