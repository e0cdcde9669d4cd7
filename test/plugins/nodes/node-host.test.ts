/** The headless node host (`openclaw node run`, the built CLI) against a test gateway: its commands and their bounds. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { stopAllTestGateways, TEST_TOKEN, type TestGateway } from "../../helpers/gateway.js";
import { startNodesGateway } from "../../helpers/nodes.js";
import { spawnNodeHost, stopAllNodeHosts, type RunningNode } from "../../helpers/node-host.js";
import type { GatewayClient } from "../../../core/client.js";

afterEach(async () => {
  await stopAllNodeHosts();
  await stopAllTestGateways();
});

interface RunResult { exitCode: number | null; stdout: string; stderr: string; timedOut: boolean; success: boolean; truncated: { stdout: boolean; stderr: boolean } }

let gw: TestGateway;
let op: GatewayClient;
let node: RunningNode;
let nodeId: string;

async function start(allow: string[], env: NodeJS.ProcessEnv = {}) {
  gw = await startNodesGateway();
  op = await gw.client();
  node = spawnNodeHost(["--url", gw.url, "--token", TEST_TOKEN, "--display-name", "test-node"], { allow, env });
  nodeId = (await node.waitFor(/as node ([0-9a-f]{12})…/))[1];
  const { nodes } = await op.request<{ nodes: Array<{ nodeId: string }> }>("node.list");
  nodeId = nodes.find((n) => n.nodeId.startsWith(nodeId))!.nodeId;
}

const run = (params: Record<string, unknown>, timeoutMs = 10_000) =>
  op.request<{ payload: RunResult }>("node.invoke", { nodeId, command: "system.run", params, timeoutMs, idempotencyKey: `k${Math.random()}` }).then((r) => r.payload);

describe("openclaw node run", () => {
  it("connects as a paired node (loopback), declares its commands and answers system.which and system.notify", async () => {
    await start([]);
    const row = await op.request<Record<string, unknown>>("node.describe", { nodeId });
    expect(row).toMatchObject({ displayName: "test-node", connected: true, paired: true, commands: ["system.run", "system.run.prepare", "system.which", "system.notify"], caps: ["system"], platform: process.platform });
    const which = await op.request<{ payload: { bins: Record<string, string> } }>("node.invoke", { nodeId, command: "system.which", params: { bins: ["sh", "no-such-binary-xyz", "/bin/sh"] }, idempotencyKey: "w1" });
    expect(Object.keys(which.payload.bins)).toEqual(["sh"]);
    expect(which.payload.bins.sh).toMatch(/\/sh$/);
    await op.request("node.invoke", { nodeId, command: "system.notify", params: { title: "Build", body: "done" }, idempotencyKey: "n1" });
    await node.waitFor(/notify: Build — done/);
    // The device token the gateway issued is kept; the next run needs no shared token.
    const saved = JSON.parse(readFileSync(join(node.home.stateDir, "identity", "device-auth.json"), "utf8"));
    expect(saved).toMatchObject({ deviceId: nodeId, tokens: { node: { token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) } } });
    await node.stop();
    const again = spawnNodeHost(["--url", gw.url], { home: node.home });
    await again.waitFor(new RegExp(`as node ${nodeId.slice(0, 12)}`));
    const conn = [...gw.gateway.connections.values()].find((c) => c.role === "node");
    expect(conn?.authMethod).toBe("device-token");
  });

  it("system.run runs allowlisted commands only, without a shell, returning exit code, stdout and stderr", async () => {
    await start(["sh", "echo"]);
    await expect(run({ command: ["echo", "hello", "$HOME"] })).resolves.toMatchObject({ exitCode: 0, stdout: "hello $HOME\n", success: true });
    await expect(run({ command: ["sh", "-c", "echo out; echo err >&2; exit 3"] })).resolves.toMatchObject({ exitCode: 3, stdout: "out\n", stderr: "err\n", success: false, timedOut: false });
    await expect(run({ command: ["ls", "/"] })).rejects.toMatchObject({ code: "UNAVAILABLE", message: "SYSTEM_RUN_DENIED: approval required", details: { nodeError: { code: "SYSTEM_RUN_DENIED" } } });
    await expect(run({ command: ["./echo"] })).rejects.toMatchObject({ details: { nodeError: { code: "NOT_ALLOWED" } } });
    // Approval flags in params are stripped by the gateway (no exec-approvals gate here): the node still asks for approval.
    await expect(run({ command: ["ls"], approved: true, approvalDecision: "allow-always" })).rejects.toMatchObject({ details: { nodeError: { code: "SYSTEM_RUN_DENIED" } } });
    await expect(run({ command: "echo hi" })).rejects.toMatchObject({ details: { nodeError: { code: "INVALID_PARAMS" } } });
  });

  it("bounds cwd, env, time and output, and never passes its own credentials to commands", async () => {
    await start(["sh", "env", "pwd"], { OPENCLAW_GATEWAY_TOKEN: "secret-token-in-env" });
    await expect(run({ command: ["pwd"], cwd: "/tmp" })).resolves.toMatchObject({ stdout: expect.stringMatching(/^\/(private\/)?tmp\n$/) });
    await expect(run({ command: ["pwd"], cwd: "relative/dir" })).rejects.toMatchObject({ details: { nodeError: { code: "INVALID_PARAMS" } } });
    await expect(run({ command: ["pwd"], cwd: "/no/such/dir" })).rejects.toMatchObject({ details: { nodeError: { code: "INVALID_PARAMS" } } });
    const env = await run({ command: ["env"], env: { GREETING: "hi" } });
    expect(env.stdout).toContain("GREETING=hi");
    expect(env.stdout).not.toContain("secret-token-in-env");
    for (const bad of [{ PATH: "/tmp" }, { LD_PRELOAD: "/tmp/x.so" }, { NODE_OPTIONS: "--require x" }, { "A-B": "x" }]) {
      await expect(run({ command: ["env"], env: bad })).rejects.toMatchObject({ details: { nodeError: { code: "INVALID_PARAMS" } } });
    }
    const slow = await run({ command: ["sh", "-c", "sleep 5"], timeoutMs: 300 });
    expect(slow).toMatchObject({ timedOut: true, success: false, exitCode: null });
    const big = await run({ command: ["sh", "-c", "head -c 200000 /dev/zero | tr '\\0' a; echo done >&2"], maxOutputBytes: 1000 });
    expect(big.stdout).toHaveLength(1000);
    expect(big).toMatchObject({ truncated: { stdout: true, stderr: false }, stderr: "done\n", exitCode: 0 });
  });

  it("a node host killed mid-invoke fails that invoke at once, and presence shows it left", async () => {
    await start(["sh"]);
    const started = Date.now();
    const pending = run({ command: ["sh", "-c", "sleep 3"], timeoutMs: 10_000 }, 20_000);
    await node.waitFor(/run: "sh"/);
    node.child.kill("SIGKILL");
    await expect(pending).rejects.toMatchObject({ code: "UNAVAILABLE", details: { code: "NOT_CONNECTED" } });
    expect(Date.now() - started).toBeLessThan(2500);
    const presence = await op.request<Array<{ deviceId?: string; reason?: string }>>("system-presence");
    expect(presence.find((p) => p.deviceId === nodeId)?.reason).toBe("disconnect");
    expect((await op.request<{ connected: boolean }>("node.describe", { nodeId })).connected).toBe(false);
  });
});
