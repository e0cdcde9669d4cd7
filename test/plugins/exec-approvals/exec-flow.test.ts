/**
 * Exec approvals end to end: gateway (agent + nodes + exec-approvals), a fake provider speaking the OpenAI
 * wire format that asks for the `exec` tool, an operator client that reviews, and our node host (built CLI).
 */
import { chmodSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startTestGateway, stopAllTestGateways, TEST_TOKEN, type TestGateway } from "../../helpers/gateway.js";
import { startFakeProvider, fakeProviderConfig, type FakeProvider } from "../../helpers/fake-provider.js";
import { spawnNodeHost, stopAllNodeHosts } from "../../helpers/node-host.js";
import presence from "../../../plugins/presence/index.js";
import nodes from "../../../plugins/nodes/index.js";
import agent from "../../../plugins/agent/index.js";
import execApprovals from "../../../plugins/exec-approvals/index.js";
import type { GatewayClient } from "../../../core/client.js";

let provider: FakeProvider;
beforeAll(async () => {
  provider = await startFakeProvider();
});
afterAll(() => provider.close());
afterEach(async () => {
  await stopAllNodeHosts();
  await stopAllTestGateways();
});

const dir = mkdtempSync(join(tmpdir(), "exec-appr-"));
function script(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

async function start(execCfg: Record<string, unknown> = {}): Promise<{ gw: TestGateway; op: GatewayClient }> {
  const gw = await startTestGateway({ plugins: [presence, nodes, agent, execApprovals], trustedProxies: ["127.0.0.1"], config: { ...fakeProviderConfig(provider), tools: { exec: execCfg } } });
  return { gw, op: await gw.client() };
}

/** The model asks for one exec call, then answers "done"; returns what the tool reported to the model. */
async function agentExec(op: GatewayClient, args: Record<string, unknown>, key: string): Promise<Record<string, unknown>> {
  provider.setReply((req) => (req.body.messages.at(-1)?.role === "tool" ? { text: "done" } : { toolCalls: [{ name: "exec", arguments: args }] }));
  await op.request("agent", { message: "run it", idempotencyKey: key }, { expectFinal: true, timeoutMs: 20_000 });
  const messages = provider.requests.at(-1)!.body.messages;
  const tool = messages.filter((m) => m.role === "tool").at(-1)!;
  return JSON.parse(String(tool.content));
}

const onRequested = (op: GatewayClient, act: (p: { id: string; request: Record<string, unknown> }) => void | Promise<void>) => {
  const seen: string[] = [];
  op.on("event:exec.approval.requested", (p: { id: string; request: Record<string, unknown> }) => {
    seen.push(p.id);
    void act(p);
  });
  return seen;
};

describe("exec on the gateway host", () => {
  it("asks (default mode ask), runs once approved, allow-always skips the next ask, deny reaches the model", async () => {
    const { op } = await start();
    const hello = script("hello.sh", "echo hello; echo oops >&2; exit 3");
    let answer: "allow-once" | "allow-always" | "deny" = "allow-once";
    const requests: Array<Record<string, unknown>> = [];
    const asked = onRequested(op, async (p) => {
      requests.push(p.request);
      await op.request("exec.approval.resolve", { id: p.id, decision: answer });
    });
    expect(await agentExec(op, { argv: [hello] }, "g1")).toMatchObject({ status: "completed", exitCode: 3, stdout: "hello\n", stderr: "oops\n" });
    expect(asked).toHaveLength(1);

    answer = "allow-always";
    expect(await agentExec(op, { command: `${hello} x` }, "g2")).toMatchObject({ status: "completed", stdout: "hello\n" });
    expect(asked).toHaveLength(2);
    expect(await agentExec(op, { command: `${hello} x` }, "g3")).toMatchObject({ status: "completed", stdout: "hello\n" });
    expect(asked).toHaveLength(2); // allowlisted now: no new approval
    const doc = await op.request<{ exists: boolean; hash: string; file: { agents: Record<string, { allowlist: Array<Record<string, unknown>> }> } }>("exec.approvals.get", {});
    expect(doc.file.agents.main.allowlist[0]).toMatchObject({ pattern: realpathSync(hello), argv: [hello, "x"], source: "allow-always", lastUsedAt: expect.any(Number) });

    answer = "deny";
    expect(await agentExec(op, { argv: [hello, "other"] }, "g4")).toMatchObject({ status: "denied", reason: "the operator denied this command" });
    const history = await op.request<{ items: Array<{ decision?: string; status: string; reason: string }>; nextCursor?: string }>("approval.history", {});
    expect(history.items.map((e) => e.decision)).toEqual(["deny", "allow-always", "allow-once"]);
    expect(history.items.map((e) => [e.status, e.reason])).toEqual([["denied", "user"], ["allowed", "user"], ["allowed", "user"]]);
    expect(history.nextCursor).toBeUndefined();
    const paged = await op.request<{ items: Array<{ decision?: string }>; nextCursor?: string }>("approval.history", { limit: 2 });
    expect(paged.items.map((e) => e.decision)).toEqual(["deny", "allow-always"]);
    const rest = await op.request<{ items: Array<{ decision?: string }>; nextCursor?: string }>("approval.history", { limit: 2, cursor: paged.nextCursor });
    expect(rest.items.map((e) => e.decision)).toEqual(["allow-once"]);
    expect(rest.nextCursor).toBeUndefined();
    expect(requests.map((r) => r.commandArgv)).toEqual([[hello], [hello, "x"], [hello, "other"]]);
    expect(requests[0]).toMatchObject({ host: "gateway", resolvedPath: realpathSync(hello), agentId: "main" });
  }, 60_000);

  it("an unanswered approval expires and askFallback (deny) decides; a swapped binary is denied", async () => {
    const { op } = await start({ approvalTimeoutSeconds: 1 });
    const path = script("swap.sh", "echo original");
    expect(await agentExec(op, { argv: [path] }, "e1")).toMatchObject({ status: "denied", reason: expect.stringContaining("approval timed out") });
    onRequested(op, async (p) => {
      writeFileSync(path, "#!/bin/sh\necho swapped-in\n"); // after the reviewer saw it
      await op.request("exec.approval.resolve", { id: p.id, decision: "allow-once" });
    });
    const swapped = await agentExec(op, { argv: [path] }, "e2");
    expect(swapped).toMatchObject({ status: "denied", reason: expect.stringContaining("changed after it was checked") });
    expect(JSON.stringify(swapped)).not.toContain("swapped-in");
  }, 30_000);

  it("read-scope clients list but cannot resolve; bad ids and double resolves are clear errors", async () => {
    const { gw, op } = await start();
    const reader = await gw.client({ scopes: ["operator.read"] });
    const req = op.request<{ id: string; decision: string | null }>("exec.approval.request", { command: "uname -a", commandArgv: ["uname", "-a"], host: "gateway", timeoutMs: 10_000, twoPhase: true }, { expectFinal: true });
    await new Promise((r) => setTimeout(r, 100));
    const list = await reader.request<Array<{ id: string; request: { command: string } }>>("exec.approval.list", {});
    expect(list).toHaveLength(1);
    expect(list[0].id).toMatch(/^[0-9a-f]{32}$/);
    await expect(reader.request("exec.approval.resolve", { id: list[0].id, decision: "allow-once" })).rejects.toMatchObject({ code: "FORBIDDEN", details: { missingScope: "operator.approvals" } });
    await expect(op.request("exec.approval.resolve", { id: "0".repeat(32), decision: "allow-once" })).rejects.toMatchObject({ code: "INVALID_REQUEST", message: "unknown or expired approval id" });
    await op.request("exec.approval.resolve", { id: list[0].id, decision: "deny" });
    await expect(op.request("exec.approval.resolve", { id: list[0].id, decision: "allow-once" })).rejects.toMatchObject({ message: "approval already resolved" });
    await expect(req).resolves.toMatchObject({ id: list[0].id, decision: "deny" });
    expect(await reader.request("plugin.approval.list", {})).toEqual([]);
    expect(await reader.request("openclaw.approval.list", {})).toEqual([]);
  });
});

describe("exec on our node host", () => {
  it("prepare → requested → approve once → output; forged and reused approvals are refused", async () => {
    const { gw, op } = await start({ host: "node" });
    const node = spawnNodeHost(["--url", gw.url, "--token", TEST_TOKEN, "--display-name", "exec-node"], { allow: [] });
    await node.waitFor(/as node ([0-9a-f]{12})…/, 30_000);
    const nodeScript = script("on-node.sh", "echo from-node $1");
    const ids: string[] = [];
    onRequested(op, async (p) => {
      ids.push(p.id);
      expect(p.request).toMatchObject({ host: "node", commandArgv: [nodeScript, "a"] });
      await op.request("exec.approval.resolve", { id: p.id, decision: "allow-once" });
    });
    expect(await agentExec(op, { argv: [nodeScript, "a"], node: "exec-node" }, "n1")).toMatchObject({ status: "completed", host: "node", stdout: "from-node a\n", exitCode: 0 });
    const { nodes: rows } = await op.request<{ nodes: Array<{ nodeId: string }> }>("node.list", {});
    const nodeId = rows[0].nodeId;
    const run = (extra: Record<string, unknown>) => op.request("node.invoke", { nodeId, command: "system.run", params: { command: [nodeScript, "a"], ...extra }, idempotencyKey: `k${Math.random()}` });
    // No approval: the node refuses. A forged id: the gateway refuses. A used allow-once: refused.
    await expect(run({})).rejects.toMatchObject({ code: "UNAVAILABLE", message: "SYSTEM_RUN_DENIED: approval required" });
    await expect(run({ approved: true, approvalDecision: "allow-once", runId: "f".repeat(32) })).rejects.toMatchObject({ code: "INVALID_REQUEST", message: "unknown or expired approval id" });
    await expect(run({ approved: true, approvalDecision: "allow-once", runId: ids[0] })).rejects.toMatchObject({ code: "INVALID_REQUEST", message: "approval required" });
    // The node's own document is reachable through the admin relay.
    const snap = await op.request<{ exists: boolean; file: { version: number } }>("exec.approvals.node.get", { nodeId });
    expect(snap).toMatchObject({ exists: false, file: { version: 1 } });
    const set = await op.request<{ exists: boolean; hash: string }>("exec.approvals.node.set", { nodeId, file: { version: 1, defaults: { security: "deny" } }, baseHash: (snap as unknown as { hash: string }).hash });
    expect(set.exists).toBe(true);
    expect(JSON.parse(readFileSync(join(node.home.stateDir, "exec-approvals.json"), "utf8"))).toMatchObject({ defaults: { security: "deny" } });
    expect(await agentExec(op, { argv: [nodeScript, "a"], node: "exec-node" }, "n2")).toMatchObject({ status: "denied", reason: expect.stringContaining("security deny") });
  }, 60_000);
});
