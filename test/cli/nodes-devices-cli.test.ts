/** `openclaw nodes …` and `openclaw devices …` (the built CLI) against a test gateway with the nodes plugin. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliHome, runCli } from "../helpers/cli.js";
import { stopAllTestGateways, TEST_TOKEN, type TestGateway } from "../helpers/gateway.js";
import { fakeNode, REMOTE, startNodesGateway, tryConnect } from "../helpers/nodes.js";
import { generateDeviceKeys } from "../../core/device-keys.js";
import type { GatewayClient } from "../../core/client.js";

let gw: TestGateway;
let admin: GatewayClient;
const home = cliHome();
beforeAll(async () => {
  gw = await startNodesGateway();
  admin = await gw.client({ client: { id: "cli", mode: "cli" } });
});
afterAll(() => stopAllTestGateways());

async function cli(...args: string[]) {
  return runCli([...args, "--url", gw.url, "--token", TEST_TOKEN], home.env);
}

async function remoteRequest(scopes = ["operator.read"]) {
  const device = generateDeviceKeys();
  const { error } = await tryConnect({ url: gw.url, token: TEST_TOKEN, device, headers: REMOTE, scopes, client: { id: "openclaw-ios", mode: "ui", displayName: "Phone" } });
  return { device, requestId: (error as { details: { requestId: string } }).details.requestId };
}

describe("openclaw devices", () => {
  it("list, approve, rotate, revoke, remove, reject", async () => {
    const { device, requestId } = await remoteRequest();
    const list = await cli("devices", "list");
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(new RegExp(`${requestId}\\s+${device.id.slice(0, 12)}…\\s+Phone\\s+openclaw-ios\\s+operator\\s+operator\\.read\\s+203\\.0\\.113\\.5\\s+not-paired`));
    expect((await cli("devices", "approve", requestId)).stdout).toContain(`Approved device ${device.id} (roles operator; scopes operator.read)`);

    const rotated = await cli("devices", "rotate", "--device", device.id.slice(0, 10), "--role", "operator");
    expect(rotated.stdout).toMatch(/^New operator token for [0-9a-f]{64} \(scopes: operator\.read\):\n {2}[A-Za-z0-9_-]{43}\n$/);
    const token = rotated.stdout.trim().split("\n")[1].trim();
    expect((await tryConnect({ url: gw.url, device, deviceToken: token, headers: REMOTE, scopes: ["operator.read"], client: { id: "openclaw-ios", mode: "ui" } })).client).toBeDefined();
    const wider = await cli("devices", "rotate", "--device", device.id, "--role", "operator", "--scope", "operator.admin", "--json");
    expect(wider.code).toBe(1);
    expect(JSON.parse(wider.stdout).error.message).toMatch(/beyond the device's approval: operator\.admin/);

    expect((await cli("devices", "revoke", "--device", device.id, "--role", "operator")).stdout).toContain("Revoked the operator token");
    expect((await cli("devices", "list", "--json")).stdout).toMatch(/"revokedAtMs"/);
    expect((await cli("devices", "remove", device.id.slice(0, 8))).stdout).toContain(`Removed device ${device.id}`);
    const gone = await cli("devices", "remove", device.id);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain("no paired device matches");

    const other = await remoteRequest();
    expect((await cli("devices", "reject", other.requestId)).stdout).toContain(`Rejected the request of device ${other.device.id}`);
  }, 60_000);
});

describe("openclaw nodes", () => {
  it("pending, approve and reject (node.pair and node-role device requests), list, describe, rename, invoke", async () => {
    const { request } = await admin.request<{ request: { requestId: string } }>("node.pair.request", { nodeId: "kiosk", displayName: "Kiosk", platform: "linux", commands: ["system.notify"] });
    const device = generateDeviceKeys();
    const refused = await tryConnect({ url: gw.url, token: TEST_TOKEN, device, headers: REMOTE, role: "node", scopes: [], client: { id: "node-host", mode: "node", displayName: "Remote box" } });
    const deviceRequest = (refused.error as { details: { requestId: string } }).details.requestId;
    const pending = await cli("nodes", "pending");
    expect(pending.stdout).toMatch(new RegExp(`${request.requestId}\\s+node\\s+kiosk\\s+Kiosk`));
    expect(pending.stdout).toMatch(new RegExp(`${deviceRequest}\\s+device\\s+${device.id.slice(0, 12)}…\\s+Remote box`));
    expect((await cli("nodes", "approve", request.requestId)).stdout).toContain("Approved node kiosk");
    expect((await cli("nodes", "reject", deviceRequest)).stdout).toContain(`Rejected request ${deviceRequest}`);
    const unknown = await cli("nodes", "approve", "00000000-0000-0000-0000-000000000000");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("unknown requestId");

    await fakeNode(gw, { client: { instanceId: "desk-1", displayName: "Desk" }, handler: (req) => ({ id: req.id, nodeId: req.nodeId, ok: true, payload: { bins: { git: "/usr/bin/git" } } }) });
    const list = await cli("nodes", "list");
    expect(list.stdout.split("\n")[1]).toMatch(/^desk-1\s+Desk\s+linux\s+127\.0\.0\.1\s+connected\s+no\s+system\.run,system\.which,system\.notify$/);
    expect(list.stdout).toMatch(/kiosk\s+Kiosk\s+linux\s+offline\s+yes/);
    expect((await cli("nodes", "describe", "--node", "desk")).stdout).toMatch(/^nodeId\s+desk-1$/m);
    const missing = await cli("nodes", "describe", "--node", "nobody");
    expect(missing.stderr).toContain('no node matches "nobody"');
    expect((await cli("nodes", "rename", "--node", "Desk", "--name", "Desk 2")).stdout).toContain("Renamed desk-1 to Desk 2.");
    const invoked = await cli("nodes", "invoke", "--node", "Desk 2", "--command", "system.which", "--params", '{"bins":["git"]}');
    expect(JSON.parse(invoked.stdout)).toEqual({ bins: { git: "/usr/bin/git" } });
    const bad = await cli("nodes", "invoke", "--node", "desk-1", "--command", "camera.snap");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe("camera.snap failed: INVALID_REQUEST: node command not allowed (command not allowlisted)\n");
  }, 120_000); // a dozen CLI processes, a gateway and a node host
});
