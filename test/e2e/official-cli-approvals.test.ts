/**
 * The official `openclaw approvals` commands against our gateway and our node host, all real processes:
 * pending (which reads exec.approval.list, plugin.approval.list and openclaw.approval.list), get/set of the
 * gateway's and a node's approvals document, and resolve of a pending request that a real operator client
 * is waiting on. Skipped when the official CLI is not installed in .cache/official-cli.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { OFFICIAL_CLI_INSTALLED, runOfficialCli, type OfficialRun } from "../helpers/official-cli.js";
import { cliHome, freePort, spawnGateway, type RunningGateway } from "../helpers/cli.js";
import { spawnNodeHost, stopAllNodeHosts } from "../helpers/node-host.js";
import { GatewayClient } from "../../core/client.js";

const TOKEN = "e2e-official-approvals-token-0123456789";

let gateway: RunningGateway | undefined;
let operator: GatewayClient | undefined;
const home = mkdtempSync(join(tmpdir(), "ocgw-official-approvals-"));
afterAll(async () => {
  await operator?.close();
  await stopAllNodeHosts();
  await gateway?.stop("SIGKILL");
  rmSync(home, { recursive: true, force: true });
});

const show = (r: OfficialRun) => `exit ${r.code}\n--- stdout:\n${r.stdout}\n--- stderr:\n${r.stderr}`;

describe.skipIf(!OFFICIAL_CLI_INSTALLED)("official openclaw approvals commands against our gateway", () => {
  it("pending, get/set (gateway and node), resolve", async () => {
    const gwHome = cliHome();
    const port = await freePort();
    gateway = await spawnGateway(["--port", String(port), "--token", TOKEN, "--allow-unconfigured"], gwHome.env);
    const url = `ws://127.0.0.1:${port}`;
    const conn = ["--url", url, "--token", TOKEN];
    const official = async (...args: string[]) => {
      const r = await runOfficialCli(home, [...args, ...conn]);
      expect(r.code, `${args.join(" ")}\n${show(r)}`).toBe(0);
      return r;
    };
    const json = async (...args: string[]) => JSON.parse((await official(...args, "--json")).stdout);

    // Nothing pending: the three lists the official CLI reads all answer arrays.
    expect(await json("approvals", "pending")).toEqual({ approvals: [] });

    // The gateway's document: empty at first, replaced from a JSON5 file, then read back.
    const before = await json("approvals", "get", "--gateway");
    expect(before).toMatchObject({ path: join(gwHome.stateDir, "exec-approvals.json"), exists: false, file: { version: 1 } });
    const docFile = join(home, "approvals.json5");
    writeFileSync(docFile, `{ version: 1, defaults: { security: "allowlist", ask: "on-miss", askFallback: "deny" },
      agents: { main: { allowlist: [{ pattern: "/usr/bin/uname" }] } } }`);
    await official("approvals", "set", "--gateway", "--file", docFile);
    const after = await json("approvals", "get", "--gateway");
    expect(after).toMatchObject({ exists: true, file: { defaults: { security: "allowlist", ask: "on-miss", askFallback: "deny" }, agents: { main: { allowlist: [{ pattern: "/usr/bin/uname" }] } } } });
    expect(after.hash).not.toBe(before.hash);

    // A node's document, relayed through the gateway to our node host.
    const node = spawnNodeHost(["--url", url, "--token", TOKEN, "--display-name", "approvals-e2e"]);
    await node.waitFor(/connected to/);
    expect(await json("approvals", "get", "--node", "approvals-e2e")).toMatchObject({ path: join(node.home.stateDir, "exec-approvals.json"), exists: false });
    await official("approvals", "set", "--node", "approvals-e2e", "--file", docFile);
    expect(await json("approvals", "get", "--node", "approvals-e2e")).toMatchObject({ exists: true, file: { agents: { main: { allowlist: [{ pattern: "/usr/bin/uname" }] } } } });

    // A pending request that a real operator client waits on; the official CLI lists and resolves it.
    operator = new GatewayClient({ url, token: TOKEN });
    await operator.connect();
    const final = operator.request<{ id: string; decision: string | null }>("exec.approval.request",
      { command: "/usr/bin/uname -a", commandArgv: ["/usr/bin/uname", "-a"], host: "gateway", agentId: "main", timeoutMs: 60_000 },
      { expectFinal: true, timeoutMs: 70_000 });
    let pending: { approvals: Array<{ id: string; kind: string; agentId: string; summary: string }> } = { approvals: [] };
    for (let i = 0; i < 50 && pending.approvals.length === 0; i++) pending = await json("approvals", "pending");
    expect(pending.approvals).toMatchObject([{ kind: "exec", agentId: "main", summary: "/usr/bin/uname -a" }]);
    const id = pending.approvals[0]!.id;
    const human = await official("approvals", "pending");
    expect(human.stdout).toContain(id);

    const resolved = await official("approvals", "resolve", id, "allow-once");
    expect(resolved.stdout).toMatch(/resolved allow-once/);
    expect(await final).toMatchObject({ id, decision: "allow-once" });
    expect((await official("approvals", "resolve", id, "allow-once")).stdout).toMatch(/already resolved/);
    const conflicting = await runOfficialCli(home, ["approvals", "resolve", id, "deny", ...conn]);
    expect(conflicting.code, show(conflicting)).not.toBe(0);
    expect(conflicting.stderr).toMatch(/already resolved/);
    const unknown = await runOfficialCli(home, ["approvals", "resolve", "no-such-approval", "deny", ...conn]);
    expect(unknown.code, show(unknown)).not.toBe(0);
    expect(unknown.stderr).toMatch(/not found/);
    expect(await json("approvals", "pending")).toEqual({ approvals: [] });
  }, 240_000);
});
