/** node.list / describe / rename, node.pair.*, the platform allowlists, and pairing-request expiry. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { stopAllTestGateways, waitFor } from "../../helpers/gateway.js";
import { fakeNode, nextEvent, startNodesGateway } from "../../helpers/nodes.js";
import { CommandPolicy, normalizePlatform } from "../../../plugins/nodes/command-policy.js";
import { NodeStore, PAIRING_TTL_MS, MAX_PENDING_NODES } from "../../../plugins/nodes/node-store.js";
import { DeviceStore } from "../../../plugins/nodes/device-store.js";
import { EXPIRY_SWEEP_MS, startExpirySweep } from "../../../plugins/nodes/expiry.js";
import type { PluginApi } from "../../../core/plugin-types.js";
import type { PresenceEntry } from "../../../plugins/presence/store.js";

afterEach(() => stopAllTestGateways());

interface Row { nodeId: string; displayName?: string; connected: boolean; paired: boolean; commands: string[]; remoteIp?: string }

describe("node registry", () => {
  it("lists connected nodes first with their allowed commands; describe and rename; unknown ids are refused", async () => {
    const gw = await startNodesGateway();
    const op = await gw.client({ scopes: ["operator.read", "operator.pairing"] });
    await fakeNode(gw, { client: { instanceId: "zeta", displayName: "Zeta", platform: "linux" }, commands: ["system.run", "camera.snap"], caps: ["system"] });
    await fakeNode(gw, { client: { instanceId: "alpha", displayName: "alpha", platform: "iOS 18" }, commands: ["camera.snap", "system.run"] });
    const { nodes } = await op.request<{ nodes: Row[] }>("node.list");
    expect(nodes.map((n) => [n.nodeId, n.connected, n.paired, n.commands])).toEqual([
      ["alpha", true, false, ["camera.snap"]],
      ["zeta", true, false, ["system.run"]],
    ]);
    await expect(op.request("node.describe", { nodeId: "zeta" })).resolves.toMatchObject({ nodeId: "zeta", caps: ["system"], remoteIp: "127.0.0.1", connectedAtMs: expect.any(Number), ts: expect.any(Number) });
    await expect(op.request("node.describe", { nodeId: "nope" })).rejects.toMatchObject({ code: "INVALID_REQUEST", message: "unknown nodeId" });
    await expect(op.request("node.rename", { nodeId: "zeta", displayName: "Build box" })).resolves.toEqual({ nodeId: "zeta", displayName: "Build box" });
    expect((await op.request<Row>("node.describe", { nodeId: "zeta" })).displayName).toBe("Build box");
    const presence = await op.request<PresenceEntry[]>("system-presence");
    expect(presence.find((p) => p.instanceId === "zeta")?.host).toBe("Build box");
    await expect(op.request("node.rename", { nodeId: "nope", displayName: "x" })).rejects.toMatchObject({ message: "unknown nodeId" });
    const reader = await gw.client({ scopes: ["operator.read"] });
    await expect(reader.request("node.rename", { nodeId: "zeta", displayName: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("keeps paired nodes listed (offline) after they disconnect", async () => {
    const gw = await startNodesGateway();
    const op = await gw.client();
    const { request } = await op.request<{ request: { requestId: string } }>("node.pair.request", { nodeId: "phone", displayName: "Phone", platform: "android", commands: ["camera.snap"] });
    await op.request("node.pair.approve", { requestId: request.requestId });
    const node = await fakeNode(gw, { client: { instanceId: "phone", platform: "android" }, commands: ["camera.snap"] });
    expect((await op.request<{ nodes: Row[] }>("node.list")).nodes).toMatchObject([{ nodeId: "phone", connected: true, paired: true, displayName: "Phone" }]);
    await node.close();
    await waitFor(() => gw.gateway.connections.size === 1, 2000, "node gone");
    expect((await op.request<{ nodes: Row[] }>("node.list")).nodes).toMatchObject([{ nodeId: "phone", connected: false, paired: true, commands: ["camera.snap"] }]);
  });
});

describe("node.pair.*", () => {
  it("request → list → approve (fresh token, events) → verify; reject; one pending request per node", async () => {
    const gw = await startNodesGateway();
    const op = await gw.client({ scopes: ["operator.pairing", "operator.write"] });
    const requested = nextEvent<{ requestId: string; nodeId: string }>(op, "node.pair.requested");
    const first = await op.request<{ status: string; created: boolean; request: { requestId: string } }>("node.pair.request", { nodeId: "n1", displayName: "One", commands: ["canvas.present"] });
    expect(first).toMatchObject({ status: "pending", created: true });
    expect(await requested).toMatchObject({ requestId: first.request.requestId, nodeId: "n1" });
    const again = await op.request<{ created: boolean; request: { requestId: string; displayName: string } }>("node.pair.request", { nodeId: "n1", displayName: "Uno" });
    expect(again).toMatchObject({ created: false, request: { requestId: first.request.requestId, displayName: "Uno" } });

    const resolved = nextEvent(op, "node.pair.resolved");
    const approved = await op.request<{ node: { nodeId: string; token: string } }>("node.pair.approve", { requestId: first.request.requestId });
    expect(approved.node.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await resolved).toMatchObject({ requestId: first.request.requestId, nodeId: "n1", decision: "approved" });
    const list = await op.request<{ pending: unknown[]; paired: Array<Record<string, unknown>> }>("node.pair.list");
    expect(list.pending).toEqual([]);
    expect(list.paired[0]).toMatchObject({ nodeId: "n1", displayName: "Uno" });
    expect(list.paired[0]).not.toHaveProperty("token");

    await expect(op.request("node.pair.verify", { nodeId: "n1", token: approved.node.token })).resolves.toMatchObject({ ok: true, node: { nodeId: "n1" } });
    await expect(op.request("node.pair.verify", { nodeId: "n1", token: approved.node.token.slice(0, -1) })).resolves.toEqual({ ok: false });
    await expect(op.request("node.pair.verify", { nodeId: "n2", token: "" })).resolves.toEqual({ ok: false });

    // Re-pairing rotates the token.
    const repair = await op.request<{ request: { requestId: string; isRepair: boolean } }>("node.pair.request", { nodeId: "n1" });
    expect(repair.request.isRepair).toBe(true);
    const second = await op.request<{ node: { token: string } }>("node.pair.approve", { requestId: repair.request.requestId });
    expect(second.node.token).not.toBe(approved.node.token);
    await expect(op.request("node.pair.verify", { nodeId: "n1", token: approved.node.token })).resolves.toEqual({ ok: false });

    const other = await op.request<{ request: { requestId: string } }>("node.pair.request", { nodeId: "n2" });
    await expect(op.request("node.pair.reject", { requestId: other.request.requestId })).resolves.toEqual({ requestId: other.request.requestId, nodeId: "n2" });
    await expect(op.request("node.pair.approve", { requestId: other.request.requestId })).rejects.toMatchObject({ message: "unknown requestId" });
  });

  it("approving a node that declares system.run needs admin; one that declares commands needs write", async () => {
    const gw = await startNodesGateway();
    const pairer = await gw.client({ scopes: ["operator.pairing"] });
    const writer = await gw.client({ scopes: ["operator.pairing", "operator.write"] });
    const run = await pairer.request<{ request: { requestId: string } }>("node.pair.request", { nodeId: "desk", commands: ["system.run"] });
    const cam = await pairer.request<{ request: { requestId: string } }>("node.pair.request", { nodeId: "cam", commands: ["camera.snap"] });
    await expect(pairer.request("node.pair.approve", { requestId: cam.request.requestId })).rejects.toMatchObject({ code: "FORBIDDEN", details: { missingScope: "operator.write" } });
    await expect(writer.request("node.pair.approve", { requestId: run.request.requestId })).rejects.toMatchObject({ code: "FORBIDDEN", details: { missingScope: "operator.admin" } });
    await expect(writer.request("node.pair.approve", { requestId: cam.request.requestId })).resolves.toMatchObject({ node: { nodeId: "cam" } });
  });

  it("pending requests expire after 5 minutes and stay bounded", async () => {
    let now = 1_000_000;
    const dir = mkdtempSync(join(tmpdir(), "ocgw-nodes-"));
    const nodes = new NodeStore(dir, () => now);
    const devices = new DeviceStore(dir, () => now);
    await Promise.all([nodes.load(), devices.load()]);
    const { request } = nodes.request({ nodeId: "a" });
    const dev = devices.request({ deviceId: "d", publicKey: "k" }, { role: "operator", scopes: [], reason: "not-paired", silent: false });
    now += PAIRING_TTL_MS + 1;
    expect(nodes.listPending()).toEqual([]);
    expect(nodes.approve(request.requestId)).toBeUndefined();
    expect(devices.approve(dev.request.requestId)).toBeUndefined();
    // The sweep removes them from the files and announces each as expired.
    const emitted: Array<[string, unknown]> = [];
    vi.useFakeTimers();
    try {
      const stop = startExpirySweep({ emit: (e: string, p: unknown) => emitted.push([e, p]), log: { warn: () => undefined } } as unknown as PluginApi<unknown>, nodes, devices);
      vi.advanceTimersByTime(EXPIRY_SWEEP_MS);
      stop();
    } finally {
      vi.useRealTimers();
    }
    expect(emitted).toMatchObject([
      ["node.pair.resolved", { requestId: request.requestId, nodeId: "a", decision: "expired" }],
      ["device.pair.resolved", { requestId: dev.request.requestId, deviceId: "d", decision: "expired" }],
    ]);
    expect(nodes.pending.map.size + devices.pending.map.size).toBe(0);
    for (let i = 0; i < MAX_PENDING_NODES + 50; i++) nodes.request({ nodeId: `n${i}` });
    expect(nodes.pending.map.size).toBe(MAX_PENDING_NODES);
  });
});

describe("command policy", () => {
  it("normalizes platforms and applies the defaults per platform", () => {
    expect(["iOS 18.1", "iPadOS", "android 14", "macOS 15", "darwin", "Linux", "win32", "", "plan9"].map((p) => normalizePlatform(p))).toEqual(
      ["ios", "ios", "android", "macos", "macos", "linux", "windows", "unknown", "unknown"],
    );
    expect(normalizePlatform(undefined, "Mac")).toBe("macos");
    const policy = new CommandPolicy({ allowCommands: [], denyCommands: [] });
    expect(policy.allowlisted("canvas.present", "ios")).toBe(true);
    expect(policy.allowlisted("system.run", "ios")).toBe(false);
    expect(policy.allowlisted("sms.send", "android")).toBe(true);
    expect(policy.allowlisted("sms.send", "ios")).toBe(false);
    expect(policy.allowlisted("system.run", "macos")).toBe(true);
    expect(policy.allowlisted("camera.snap", "linux")).toBe(false);
    expect(policy.allowlisted("system.notify", "windows")).toBe(true);
    expect(policy.allowlisted("system.execApprovals.set", "unknown")).toBe(false);
    expect(policy.check("system.run", { platform: "linux", declared: ["system.which"] })).toEqual({ ok: false, reason: "command not declared by node" });
  });
});
