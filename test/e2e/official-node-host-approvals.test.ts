/**
 * Upstream's own headless node host (`openclaw node run` of the official package, on its Node 24, HOME in a
 * temp dir, loopback only) against our gateway: it pairs, its approvals document is relayed, and an
 * approval-gated `system.run` goes through our flow (prepare → exec.approval.request → a reviewer's
 * decision → the approved run, checked by the gateway and used once). Skipped when the official package
 * is not installed in .cache/official-cli.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { OFFICIAL_CLI_INSTALLED, spawnOfficialCli } from "../helpers/official-cli.js";
import { cliHome, freePort, spawnGateway, type RunningGateway } from "../helpers/cli.js";
import { GatewayClient, GatewayRequestError } from "../../core/client.js";

const TOKEN = "e2e-official-node-token-0123456789";
const home = mkdtempSync(join(tmpdir(), "ocgw-official-node-"));
let gateway: RunningGateway | undefined;
let node: ReturnType<typeof spawnOfficialCli> | undefined;
const clients: GatewayClient[] = [];
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  node?.child.kill("SIGKILL");
  await gateway?.stop("SIGKILL");
  rmSync(home, { recursive: true, force: true });
});

async function failure(p: Promise<unknown>): Promise<GatewayRequestError> {
  try {
    await p;
  } catch (err) {
    return err as GatewayRequestError;
  }
  throw new Error("expected the request to fail");
}

interface Plan { argv: string[]; cwd: string; commandText: string }

describe.skipIf(!OFFICIAL_CLI_INSTALLED)("upstream's headless node host against our gateway", () => {
  it("pairs, takes its approvals document through the relay, and runs system.run only when approved", async () => {
    const port = await freePort();
    gateway = await spawnGateway(["--port", String(port), "--token", TOKEN, "--allow-unconfigured"], cliHome().env, 30_000);
    const url = `ws://127.0.0.1:${port}`;
    node = spawnOfficialCli(home, ["node", "run", "--host", "127.0.0.1", "--port", String(port), "--display-name", "upstream-node"], { OPENCLAW_GATEWAY_TOKEN: TOKEN });
    const connect = async () => {
      const c = new GatewayClient({ url, token: TOKEN, requestTimeoutMs: 40_000 });
      clients.push(c);
      await c.connect();
      return c;
    };
    const requester = await connect();
    const reviewer = await connect();

    // 1. It pairs (loopback) and offers system.run with its prepare step.
    let row: { nodeId: string; connected: boolean; commands: string[]; version?: string } | undefined;
    for (let i = 0; i < 300 && !row?.connected; i++) {
      const { nodes } = await requester.request<{ nodes: Array<NonNullable<typeof row> & { displayName?: string }> }>("node.list", {});
      row = nodes.find((n) => n.displayName === "upstream-node");
      if (!row?.connected) await new Promise((r) => setTimeout(r, 200));
    }
    expect(row, `the official node host never connected:\n${node.output()}`).toMatchObject({ connected: true, commands: expect.arrayContaining(["system.run", "system.run.prepare"]) });
    const nodeId = row!.nodeId;
    const invoke = (command: string, params: Record<string, unknown>, key: string) =>
      requester.request<{ ok: boolean; payload: Record<string, unknown> }>("node.invoke", { nodeId, command, params, idempotencyKey: key, timeoutMs: 30_000 });

    // 2. Its approvals document, relayed as system.execApprovals.get|set: ask on a miss, deny without an answer.
    const before = await requester.request<{ hash: string }>("exec.approvals.node.get", { nodeId });
    const after = await requester.request<{ file: { defaults: Record<string, string> } }>("exec.approvals.node.set",
      { nodeId, file: { version: 1, defaults: { security: "allowlist", ask: "on-miss", askFallback: "deny" } }, baseHash: before.hash });
    expect(after.file.defaults).toMatchObject({ security: "allowlist", ask: "on-miss", askFallback: "deny" });

    const argv = ["/usr/bin/uname", "-s"];
    const expected = execFileSync(argv[0]!, argv.slice(1), { encoding: "utf8" });
    // 3. Without an approval the node itself refuses; a forged approval id never reaches it.
    const unapproved = await failure(invoke("system.run", { command: argv, rawCommand: argv.join(" ") }, "run-0"));
    expect(unapproved).toMatchObject({ code: "UNAVAILABLE", message: expect.stringMatching(/SYSTEM_RUN_DENIED: approval required/) });
    const forged = await failure(invoke("system.run", { command: argv, rawCommand: argv.join(" "), approved: true, approvalDecision: "allow-once", runId: "f".repeat(32) }, "run-forged"));
    expect(forged).toMatchObject({ code: "INVALID_REQUEST", message: "unknown or expired approval id" });

    // 4. The flow: prepare → request (two-phase) → the reviewer's event and decision → the approved run.
    const prepared = await invoke("system.run.prepare", { command: argv, rawCommand: argv.join(" "), agentId: "main", sessionKey: "agent:main:main" }, "prep-1");
    const plan = prepared.payload.plan as Plan;
    expect(plan).toMatchObject({ argv, commandText: argv.join(" ") });
    const ask = async (decision: "allow-once" | "deny") => {
      const seen = new Promise<{ id: string; request: { host: string; nodeId: string } }>((resolve) => reviewer.once("event:exec.approval.requested", resolve));
      const final = requester.request<{ id: string; decision: string | null }>("exec.approval.request",
        { command: plan.commandText, commandArgv: plan.argv, systemRunPlan: plan, host: "node", nodeId, cwd: plan.cwd, agentId: "main", sessionKey: "agent:main:main", timeoutMs: 60_000, twoPhase: true },
        { expectFinal: true, timeoutMs: 70_000 });
      final.catch(() => undefined); // awaited below
      const event = await seen;
      expect(event.request).toMatchObject({ host: "node", nodeId });
      await reviewer.request("exec.approval.resolve", { id: event.id, decision });
      return final;
    };
    const runApproved = (id: string, key: string) => invoke("system.run",
      { command: plan.argv, rawCommand: plan.commandText, systemRunPlan: plan, cwd: plan.cwd, agentId: "main", sessionKey: "agent:main:main", approved: true, approvalDecision: "allow-once", runId: id }, key);

    const allowed = await ask("allow-once");
    expect(allowed.decision).toBe("allow-once");
    const ran = await runApproved(allowed.id, "run-1");
    expect(ran.payload).toMatchObject({ exitCode: 0, success: true, stdout: expected });
    // allow-once is used up.
    expect(await failure(runApproved(allowed.id, "run-2"))).toMatchObject({ code: "INVALID_REQUEST", message: "approval required" });

    // 5. A denial: the run is refused by the gateway.
    const denied = await ask("deny");
    expect(denied.decision).toBe("deny");
    expect(await failure(runApproved(denied.id, "run-3"))).toMatchObject({ code: "INVALID_REQUEST", message: "approval required" });
  }, 240_000);
});
