/** Device pairing at the handshake: remote refusal with a pending request, approval, device tokens, upgrades, rotation. */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { stopAllTestGateways, TEST_TOKEN, waitFor, type TestGateway } from "../../helpers/gateway.js";
import { nextEvent, REMOTE, startNodesGateway, tryConnect } from "../../helpers/nodes.js";
import { generateDeviceKeys, type DeviceKeys } from "../../../core/device-keys.js";
import type { GatewayClientOptions } from "../../../core/client.js";

afterEach(() => stopAllTestGateways());

const app = { id: "openclaw-macos", mode: "ui", displayName: "Ada's Mac", platform: "macos" } as const;
const remoteDevice = (gw: TestGateway, device: DeviceKeys, extra: Partial<GatewayClientOptions> = {}): GatewayClientOptions => ({
  url: gw.url, token: TEST_TOKEN, device, headers: REMOTE, client: app, scopes: ["operator.read"], ...extra,
});

async function pendingRequest(gw: TestGateway, device: DeviceKeys, extra: Partial<GatewayClientOptions> = {}) {
  const { error } = await tryConnect(remoteDevice(gw, device, extra));
  expect(error?.code).toBe("NOT_PAIRED");
  return error as Error & { details: { code: string; requestId: string; reason: string; deviceId: string } };
}

describe("device pairing gate", () => {
  it("refuses an unpaired remote device, records one pending request and tells pairing operators", async () => {
    const gw = await startNodesGateway();
    const pairer = await gw.client({ scopes: ["operator.pairing"], client: { id: "cli", mode: "cli" } });
    const reader = await gw.client({ scopes: ["operator.read"], client: { id: "cli", mode: "cli" } });
    const readerEvents: string[] = [];
    reader.on("event", (e: { event: string }) => readerEvents.push(e.event));
    const device = generateDeviceKeys();
    const requested = nextEvent<{ requestId: string; deviceId: string; remoteIp: string }>(pairer, "device.pair.requested");

    const err = await pendingRequest(gw, device);
    const { requestId } = err.details;
    expect(err.message).toMatch(/^pairing required: device [0-9a-f]{12}… is not paired with this gateway; approve it with: openclaw devices approve /);
    expect(err.message).toContain(`openclaw devices approve ${requestId}`);
    expect(err.details).toMatchObject({ code: "PAIRING_REQUIRED", reason: "not-paired", deviceId: device.id });
    expect(await requested).toMatchObject({ requestId, deviceId: device.id, remoteIp: "203.0.113.5", scopes: ["operator.read"], roles: ["operator"] });

    // A retry reuses the request (one per device) and does not announce it again.
    const again = await pendingRequest(gw, device);
    expect(again.details.requestId).toBe(requestId);
    const list = await pairer.request<{ pending: Array<{ requestId: string }>; paired: unknown[] }>("device.pair.list");
    expect(list.pending.map((p) => p.requestId)).toEqual([requestId]);
    expect(list.paired).toEqual([]);
    expect(readerEvents.filter((e) => e.startsWith("device.pair"))).toEqual([]);

    const file = join(gw.stateDir, "devices", "pending.json");
    expect(Object.keys(JSON.parse(readFileSync(file, "utf8")))).toEqual([requestId]);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(gw.stateDir, "devices")).mode & 0o777).toBe(0o700);
  });

  it("after approval the device reconnects, gets a device token, and the token alone authenticates it next time", async () => {
    const gw = await startNodesGateway();
    const admin = await gw.client({ client: { id: "cli", mode: "cli" } });
    const device = generateDeviceKeys();
    const { requestId } = (await pendingRequest(gw, device)).details;

    // Approving what you do not hold is refused: a pairing-only operator cannot grant operator.read.
    const pairer = await gw.client({ scopes: ["operator.pairing"], client: { id: "cli", mode: "cli" } });
    await expect(pairer.request("device.pair.approve", { requestId })).rejects.toMatchObject({ code: "FORBIDDEN", details: { missingScope: "operator.read" } });
    const resolved = nextEvent(admin, "device.pair.resolved");
    const approved = await admin.request<{ device: { deviceId: string; scopes: string[]; tokens: Array<Record<string, unknown>> } }>("device.pair.approve", { requestId });
    expect(approved.device).toMatchObject({ deviceId: device.id, scopes: ["operator.read"], roles: ["operator"] });
    expect(approved.device.tokens[0]).not.toHaveProperty("token"); // token values are never listed
    expect(await resolved).toMatchObject({ requestId, deviceId: device.id, decision: "approved" });

    const first = await tryConnect(remoteDevice(gw, device));
    const deviceToken = (first.client!.hello!.auth as { deviceToken: string }).deviceToken;
    expect(deviceToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await first.client!.close();

    for (const auth of [{ deviceToken }, { token: deviceToken }]) {
      const { client, error } = await tryConnect({ ...remoteDevice(gw, device), token: undefined, ...auth });
      expect(error).toBeUndefined();
      expect(client!.hello!.auth).toMatchObject({ role: "operator", scopes: ["operator.read"], deviceToken });
      const conn = [...gw.gateway.connections.values()].find((c) => c.device?.id === device.id);
      expect(conn?.authMethod).toBe("device-token");
      await client!.close();
    }
    // A wrong device token is the core's ordinary unauthorized error (and counts toward the limiter).
    const wrong = await tryConnect({ ...remoteDevice(gw, device), token: undefined, deviceToken: "x".repeat(43) });
    expect(wrong.error).toMatchObject({ code: "INVALID_REQUEST" });
    expect(wrong.error!.message).toMatch(/^unauthorized/);
    // The token belongs to this device: another device cannot use it.
    const thief = await tryConnect({ ...remoteDevice(gw, generateDeviceKeys()), token: undefined, deviceToken });
    expect(thief.error!.message).toMatch(/^unauthorized/);
  });

  it("a device asking for more scopes or another role gets an upgrade request, never silent widening", async () => {
    const gw = await startNodesGateway();
    const admin = await gw.client({ client: { id: "cli", mode: "cli" } });
    const device = generateDeviceKeys();
    await admin.request("device.pair.approve", { requestId: (await pendingRequest(gw, device)).details.requestId });
    const deviceToken = ((await tryConnect(remoteDevice(gw, device))).client!.hello!.auth as { deviceToken: string }).deviceToken;

    const wider = { scopes: ["operator.read", "operator.admin"] };
    const remoteUpgrade = await pendingRequest(gw, device, wider);
    expect(remoteUpgrade.details.reason).toBe("scope-upgrade");
    expect(remoteUpgrade.message).toContain("operator.admin");
    // Even on loopback, a device token never widens itself.
    const local = await tryConnect({ url: gw.url, device, deviceToken, client: app, ...wider });
    expect(local.error).toMatchObject({ code: "NOT_PAIRED", details: { reason: "scope-upgrade", requestId: remoteUpgrade.details.requestId } });
    const roleUpgrade = await pendingRequest(gw, device, { role: "node", scopes: [] });
    expect(roleUpgrade.details.reason).toBe("role-upgrade");
    const paired = (await admin.request<{ paired: Array<{ scopes: string[]; roles: string[] }> }>("device.pair.list")).paired[0];
    expect(paired).toMatchObject({ scopes: ["operator.read"], roles: ["operator"] });

    await admin.request("device.pair.approve", { requestId: remoteUpgrade.details.requestId });
    const upgraded = await tryConnect({ ...remoteDevice(gw, device), token: undefined, deviceToken, ...wider });
    expect(upgraded.client!.hello!.auth).toMatchObject({ scopes: ["operator.read", "operator.admin"] });
    await upgraded.client!.close();
  });

  it("direct loopback connections with the shared secret are approved silently", async () => {
    const gw = await startNodesGateway();
    const admin = await gw.client({ client: { id: "cli", mode: "cli" } });
    const resolved = nextEvent(admin, "device.pair.resolved");
    const device = generateDeviceKeys();
    const local = await gw.client({ device, client: app, scopes: ["operator.admin"] });
    expect(local.hello!.auth).toMatchObject({ scopes: ["operator.admin"], deviceToken: expect.any(String) });
    expect(await resolved).toMatchObject({ deviceId: device.id, decision: "approved", silent: true });
    const { paired, pending } = await admin.request<{ paired: Array<{ deviceId: string; connected: boolean }>; pending: unknown[] }>("device.pair.list");
    expect(paired.map((d) => d.deviceId)).toEqual([device.id]);
    expect(pending).toEqual([]);
    // The official UI lists this very device as online: it has a live connection.
    expect(paired[0].connected).toBe(true);
    await local.close();
    await expect.poll(async () => (await admin.request<{ paired: Array<{ connected: boolean }> }>("device.pair.list")).paired[0].connected).toBe(false);
    // Shared-secret clients without a device are not gated at all, remote or not.
    expect((await tryConnect({ url: gw.url, token: TEST_TOKEN, headers: REMOTE })).client).toBeDefined();
  });

  it("a browser page from a loopback origin on this machine is approved silently; any other origin must be approved", async () => {
    const gw = await startNodesGateway({ allowedOrigins: ["https://ui.example"] });
    const page = { id: "openclaw-control-ui", mode: "ui" } as const;
    const local = generateDeviceKeys();
    const browser = await gw.client({ device: local, client: page, scopes: ["operator.admin"], headers: { origin: gw.httpUrl } });
    expect(browser.hello!.auth).toMatchObject({ scopes: ["operator.admin"], deviceToken: expect.any(String) });
    // Same loopback origin, but through a proxy from another machine: not local, so approval is needed.
    const proxied = await tryConnect({ url: gw.url, token: TEST_TOKEN, device: generateDeviceKeys(), client: page, scopes: ["operator.read"], headers: { origin: "https://ui.example", ...REMOTE } });
    expect(proxied.error?.code).toBe("NOT_PAIRED");
    // A non-loopback allowed origin directly on loopback is a page from elsewhere: approval needed too.
    const elsewhere = await tryConnect({ url: gw.url, token: TEST_TOKEN, device: generateDeviceKeys(), client: page, scopes: ["operator.read"], headers: { origin: "https://ui.example" } });
    expect(elsewhere.error?.code).toBe("NOT_PAIRED");
  });

  it("reject drops the request; remove unpairs and disconnects; rotate and revoke replace tokens", async () => {
    const gw = await startNodesGateway();
    const admin = await gw.client({ client: { id: "cli", mode: "cli" } });
    const rejected = generateDeviceKeys();
    const { requestId } = (await pendingRequest(gw, rejected)).details;
    await expect(admin.request("device.pair.reject", { requestId })).resolves.toEqual({ requestId, deviceId: rejected.id });
    await expect(admin.request("device.pair.approve", { requestId })).rejects.toMatchObject({ message: "unknown requestId" });

    const device = generateDeviceKeys();
    await admin.request("device.pair.approve", { requestId: (await pendingRequest(gw, device)).details.requestId });
    const first = (await tryConnect(remoteDevice(gw, device))).client!;
    const oldToken = (first.hello!.auth as { deviceToken: string }).deviceToken;
    await first.close();
    const viaToken = (await tryConnect({ ...remoteDevice(gw, device), token: undefined, deviceToken: oldToken })).client!;

    // Rotation stays inside the approval and the caller's own scopes.
    await expect(admin.request("device.token.rotate", { deviceId: device.id, role: "operator", scopes: ["operator.admin"] })).rejects.toThrow(/beyond the device's approval/);
    const rotated = await admin.request<{ token: string; scopes: string[] }>("device.token.rotate", { deviceId: device.id, role: "operator" });
    expect(rotated.scopes).toEqual(["operator.read"]);
    expect(rotated.token).not.toBe(oldToken);
    await waitFor(() => !viaToken.connected, 2000, "the old token's connection to close");
    expect((await tryConnect({ ...remoteDevice(gw, device), token: undefined, deviceToken: oldToken })).error!.message).toMatch(/^unauthorized/);
    const viaNew = (await tryConnect({ ...remoteDevice(gw, device), token: undefined, deviceToken: rotated.token })).client!;

    await admin.request("device.token.revoke", { deviceId: device.id, role: "operator" });
    await waitFor(() => !viaNew.connected, 2000, "the revoked token's connection to close");
    expect((await tryConnect({ ...remoteDevice(gw, device), token: undefined, deviceToken: rotated.token })).error!.message).toMatch(/^unauthorized/);

    const viaShared = (await tryConnect(remoteDevice(gw, device))).client!;
    await expect(admin.request("device.pair.remove", { deviceId: device.id })).resolves.toMatchObject({ deviceId: device.id, closedConnections: 1 });
    await waitFor(() => !viaShared.connected, 2000, "the removed device's connection to close");
    expect((await tryConnect(remoteDevice(gw, device))).error).toMatchObject({ code: "NOT_PAIRED" });
  });
});
