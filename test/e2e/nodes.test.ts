/**
 * End to end, all real processes: `openclaw gateway`, a remote `openclaw node run` (through a proxy
 * that marks it as coming from 203.0.113.9), an operator app, and the `openclaw nodes|devices` CLI:
 * pairing, listing, describing, invoking system.which / system.run, and presence.
 */
import { afterAll, describe, expect, it } from "vitest";
import { cliHome, freePort, runCli, spawnGateway, type CliRun, type RunningGateway } from "../helpers/cli.js";
import { spawnNodeHost, stopAllNodeHosts, type RunningNode } from "../helpers/node-host.js";
import { startForwardingProxy, type ForwardingProxy } from "../helpers/forwarding-proxy.js";
import { waitFor } from "../helpers/gateway.js";
import { GatewayClient, type EventFrameIn } from "../../core/client.js";

const TOKEN = "e2e-nodes-token-0123456789";
const REMOTE_IP = "203.0.113.9";

interface PresenceEntry { mode?: string; reason?: string; deviceId?: string; host?: string }

let gateway: RunningGateway | undefined;
let proxy: ForwardingProxy | undefined;
let operator: GatewayClient | undefined;
afterAll(async () => {
  await operator?.close();
  await stopAllNodeHosts();
  await proxy?.close();
  await gateway?.stop("SIGKILL");
});

const show = (r: CliRun) => `exit ${r.code}\n--- stdout:\n${r.stdout}\n--- stderr:\n${r.stderr}`;

describe("gateway + openclaw node run + operator", () => {
  it("pairs a remote node through the CLI, lists, describes and invokes it, and tracks presence", async () => {
    const home = cliHome();
    home.writeConfig({ gateway: { trustedProxies: ["127.0.0.1"] } });
    const port = await freePort();
    gateway = await spawnGateway(["--port", String(port), "--token", TOKEN, "--allow-unconfigured"], home.env);
    expect(gateway.output()).toMatch(/plugins: presence, nodes/);
    const url = `ws://127.0.0.1:${port}`;
    const cli = async (...args: string[]) => {
      const r = await runCli([...args, "--url", url, "--token", TOKEN], home.env);
      expect(r.code, show(r)).toBe(0);
      return r;
    };
    const cliJson = async <T>(...args: string[]) => JSON.parse((await cli(...args, "--json")).stdout) as T;

    operator = new GatewayClient({ url, token: TOKEN, client: { id: "openclaw-macos", mode: "ui", displayName: "e2e operator", instanceId: "e2e-op" } });
    const presenceEvents: PresenceEntry[][] = [];
    operator.on("event:presence", (p: { presence: PresenceEntry[] }) => presenceEvents.push(p.presence));
    const pairingEvents: EventFrameIn[] = [];
    operator.on("event", (e: EventFrameIn) => e.event.startsWith("device.pair") && pairingEvents.push(e));
    await operator.connect();

    // 1. The node is remote: the gateway refuses it until an operator approves, and the node says how.
    proxy = await startForwardingProxy(port, REMOTE_IP);
    const node: RunningNode = spawnNodeHost(["--url", `ws://127.0.0.1:${proxy.port}`, "--token", TOKEN, "--display-name", "e2e-node"], { allow: ["echo", "uname"] });
    const requestId = (await node.waitFor(/NOT_PAIRED: pairing required: .*openclaw devices approve ([0-9a-f-]{36})/))[1];
    await waitFor(() => pairingEvents.some((e) => e.event === "device.pair.requested"), 5000, "device.pair.requested");

    const devices = await cliJson<{ pending: Array<{ requestId: string; roles: string[]; remoteIp: string; displayName: string }> }>("devices", "list");
    expect(devices.pending).toMatchObject([{ requestId, roles: ["node"], remoteIp: REMOTE_IP, displayName: "e2e-node" }]);
    const pending = await cliJson<{ pending: Array<{ requestId: string; kind: string }> }>("nodes", "pending");
    expect(pending.pending).toMatchObject([{ requestId, kind: "device" }]);
    expect((await cli("devices", "approve", requestId)).stdout).toMatch(/^Approved device [0-9a-f]{64} \(roles node\)/);

    // 2. The node connects on its next retry with the approval; list, describe, rename.
    const shortId = (await node.waitFor(/connected to .* as node ([0-9a-f]{12})…/, 40_000))[1];
    const listed = await cliJson<{ nodes: Array<{ nodeId: string; connected: boolean; paired: boolean; remoteIp: string; displayName: string }> }>("nodes", "list");
    expect(listed.nodes).toHaveLength(1);
    const nodeId = listed.nodes[0].nodeId;
    expect(nodeId.startsWith(shortId)).toBe(true);
    expect(listed.nodes[0]).toMatchObject({ connected: true, paired: true, remoteIp: REMOTE_IP, displayName: "e2e-node" });
    const described = await cliJson<Record<string, unknown>>("nodes", "describe", "--node", "e2e-node");
    expect(described).toMatchObject({ nodeId, platform: process.platform, commands: ["system.run", "system.run.prepare", "system.which", "system.notify"] });
    expect((await cli("nodes", "list")).stdout).toMatch(new RegExp(`${shortId}…\\s+e2e-node\\s+${process.platform}\\s+${REMOTE_IP.replace(/\./g, "\\.")}\\s+connected\\s+yes`));

    // 3. Invoke through the gateway.
    const which = await cliJson<{ payload: { bins: Record<string, string> } }>("nodes", "invoke", "--node", "e2e-node", "--command", "system.which", "--params", '{"bins":["sh"]}');
    expect(which.payload.bins.sh).toMatch(/\/sh$/);
    const ran = JSON.parse((await cli("nodes", "invoke", "--node", shortId, "--command", "system.run", "--params", '{"command":["echo","from e2e"]}')).stdout);
    expect(ran).toMatchObject({ exitCode: 0, stdout: "from e2e\n", success: true });
    const refused = await runCli(["nodes", "invoke", "--node", nodeId, "--command", "system.run", "--params", '{"command":["ls"]}', "--url", url, "--token", TOKEN], home.env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/system\.run failed: UNAVAILABLE: SYSTEM_RUN_DENIED: approval required/);
    expect((await cli("nodes", "rename", "--node", "e2e-node", "--name", "build-box")).stdout).toContain("Renamed");

    // 4. Presence shows the gateway, the node and the operator; the node leaving is broadcast.
    const presence = await operator.request<PresenceEntry[]>("system-presence");
    expect(presence.map((p) => p.mode).sort()).toEqual(["gateway", "node", "ui"]);
    expect(presence.find((p) => p.mode === "node")).toMatchObject({ deviceId: nodeId, reason: "connect", host: "build-box" });
    presenceEvents.length = 0;
    await node.stop();
    await waitFor(() => presenceEvents.some((list) => list.find((p) => p.deviceId === nodeId)?.reason === "disconnect"), 5000, "presence disconnect");
    const after = await cliJson<{ nodes: Array<{ connected: boolean; paired: boolean; displayName: string }> }>("nodes", "list");
    expect(after.nodes).toMatchObject([{ connected: false, paired: true, displayName: "build-box" }]);

    await operator.close();
    expect(await gateway.stop("SIGTERM")).toBe(0);
    gateway = undefined;
  }, 120_000);
});
