/** node.invoke: forwarding to one node, results, the allowlist, wrong nodes, timeouts, disconnects, bounds on input. */
import { afterEach, describe, expect, it } from "vitest";
import { sleep, stopAllTestGateways, waitFor } from "../../helpers/gateway.js";
import { fakeNode, startNodesGateway, type InvokeRequestEvent } from "../../helpers/nodes.js";
import type { EventFrameIn } from "../../../core/client.js";

afterEach(() => stopAllTestGateways());

const invoke = (nodeId: string, command: string, extra: Record<string, unknown> = {}) => ({ nodeId, command, idempotencyKey: `k-${Math.random()}`, ...extra });
const echo = (req: InvokeRequestEvent) => ({ id: req.id, nodeId: req.nodeId, ok: true, payload: { echoed: JSON.parse(req.paramsJSON ?? "null") } });

describe("node.invoke", () => {
  it("forwards to the target node only (no seq), strips approval fields, and returns the node's payload", async () => {
    const gw = await startNodesGateway();
    const op = await gw.client({ scopes: ["operator.write"] });
    const frames: EventFrameIn[] = [];
    const target = await fakeNode(gw, { handler: echo });
    target.on("event", (e: EventFrameIn) => frames.push(e));
    const other = await fakeNode(gw, { client: { instanceId: "node-2" }, handler: echo });
    const params = { command: ["uname"], approved: true, approvalDecision: "allow-always", ApprovalId: "x", cwd: "/tmp" };
    const result = await op.request("node.invoke", invoke("node-1", "system.run", { params, timeoutMs: 5000 }));
    expect(result).toEqual({ ok: true, nodeId: "node-1", command: "system.run", payload: { echoed: { command: ["uname"], cwd: "/tmp" } }, payloadJSON: JSON.stringify({ echoed: { command: ["uname"], cwd: "/tmp" } }) });
    expect(other.requests).toEqual([]);
    const req = frames.find((f) => f.event === "node.invoke.request")!;
    expect(req.seq).toBeUndefined();
    expect(req.payload).toMatchObject({ nodeId: "node-1", command: "system.run", timeoutMs: 5000, idempotencyKey: expect.stringMatching(/^k-/), id: expect.any(String) });
  });

  it("accepts payloadJSON (parsed; kept raw when it is not JSON) and maps node errors to UNAVAILABLE", async () => {
    const gw = await startNodesGateway();
    const op = await gw.client();
    let mode = 0;
    await fakeNode(gw, {
      handler: (req) => [
        { id: req.id, nodeId: req.nodeId, ok: true, payloadJSON: '{"a":1}' },
        { id: req.id, nodeId: req.nodeId, ok: true, payloadJSON: "not json" },
        { id: req.id, nodeId: req.nodeId, ok: false, error: { code: "NOT_ALLOWED", message: "refused by the node" } },
      ][mode++],
    });
    await expect(op.request("node.invoke", invoke("node-1", "system.which"))).resolves.toMatchObject({ payload: { a: 1 }, payloadJSON: '{"a":1}' });
    await expect(op.request("node.invoke", invoke("node-1", "system.which"))).resolves.toMatchObject({ payload: { payloadJSON: "not json" } });
    await expect(op.request("node.invoke", invoke("node-1", "system.which"))).rejects.toMatchObject({
      code: "UNAVAILABLE", message: "NOT_ALLOWED: refused by the node", details: { nodeError: { code: "NOT_ALLOWED", message: "refused by the node" } },
    });
  });

  it("refuses a node that is not connected, undeclared and non-allowlisted commands, and approval rewrites", async () => {
    const gw = await startNodesGateway();
    const op = await gw.client();
    await expect(op.request("node.invoke", invoke("nobody", "system.run"))).rejects.toMatchObject({ code: "UNAVAILABLE", message: "node not connected", details: { code: "NOT_CONNECTED" } });
    const node = await fakeNode(gw, { commands: ["system.which", "canvas.present"], handler: echo });
    const notAllowed = (reason: string) => ({ code: "INVALID_REQUEST", message: "node command not allowed", details: { reason } });
    await expect(op.request("node.invoke", invoke("node-1", "system.run"))).rejects.toMatchObject(notAllowed("command not declared by node"));
    await expect(op.request("node.invoke", invoke("node-1", "canvas.present"))).rejects.toMatchObject(notAllowed("command not allowlisted")); // linux: system.* only
    await expect(op.request("node.invoke", invoke("node-1", "system.execApprovals.set"))).rejects.toMatchObject(notAllowed("command not allowlisted"));
    await node.close();
    await waitFor(() => gw.gateway.connections.size === 1, 2000, "node gone");
    await expect(op.request("node.invoke", invoke("node-1", "system.which"))).rejects.toMatchObject({ details: { code: "NOT_CONNECTED" } });
    const silent = await fakeNode(gw, { client: { instanceId: "quiet" }, commands: [] });
    await expect(op.request("node.invoke", invoke("quiet", "system.which"))).rejects.toMatchObject(notAllowed("node did not declare commands"));
    await silent.close();
  });

  it("gateway.nodes.denyCommands wins over the platform list; allowCommands adds (with prefix patterns)", async () => {
    const gw = await startNodesGateway({ config: { gateway: { nodes: { denyCommands: ["system.run"], allowCommands: ["custom.*", "system.execApprovals.get"] } } } });
    const op = await gw.client();
    await fakeNode(gw, { commands: ["system.run", "system.which", "custom.echo", "system.execApprovals.get"], handler: echo });
    await expect(op.request("node.invoke", invoke("node-1", "system.run"))).rejects.toMatchObject({ details: { reason: "command not allowlisted" } });
    await expect(op.request("node.invoke", invoke("node-1", "custom.echo", { params: { x: 1 } }))).resolves.toMatchObject({ payload: { echoed: { x: 1 } } });
    await expect(op.request("node.invoke", invoke("node-1", "system.execApprovals.get"))).rejects.toMatchObject({ details: { reason: "command not allowlisted" } });
    const row = await op.request<{ commands: string[] }>("node.describe", { nodeId: "node-1" });
    expect(row.commands).toEqual(["system.which", "custom.echo"]);
  });

  it("a reload with new gateway.nodes config keeps connected nodes and applies the new lists", async () => {
    const gw = await startNodesGateway();
    const op = await gw.client();
    await fakeNode(gw, { handler: echo });
    await expect(op.request("node.invoke", invoke("node-1", "system.run"))).resolves.toMatchObject({ ok: true });
    await gw.gateway.plugins.reload(["nodes"], { gateway: { nodes: { denyCommands: ["system.run"] } } });
    await expect(op.request("node.invoke", invoke("node-1", "system.run"))).rejects.toMatchObject({ details: { reason: "command not allowlisted" } });
    await expect(op.request("node.invoke", invoke("node-1", "system.which"))).resolves.toMatchObject({ ok: true, nodeId: "node-1" });
  });

  it("rejects a result from the wrong node with nodeId mismatch", async () => {
    const gw = await startNodesGateway();
    const op = await gw.client();
    const target = await fakeNode(gw);
    const intruder = await fakeNode(gw, { client: { instanceId: "intruder" } });
    const pending = op.request("node.invoke", invoke("node-1", "system.which", { timeoutMs: 3000 }));
    await waitFor(() => target.requests.length === 1, 2000, "the invoke request");
    const { id } = target.requests[0];
    await expect(intruder.request("node.invoke.result", { id, nodeId: "node-1", ok: true, payload: "forged" })).rejects.toMatchObject({ code: "INVALID_REQUEST", message: "nodeId mismatch" });
    await expect(intruder.request("node.invoke.result", { id, nodeId: "intruder", ok: true, payload: "forged" })).rejects.toMatchObject({ message: "nodeId mismatch" });
    await target.request("node.invoke.result", { id, nodeId: "node-1", ok: true, payload: "real" });
    await expect(pending).resolves.toMatchObject({ payload: "real" });
    await expect(op.request("node.invoke.result", { id, nodeId: "node-1", ok: true })).rejects.toMatchObject({ message: "unauthorized role: operator" });
  });

  it("times out with TIMEOUT and answers the late result ignored", async () => {
    const gw = await startNodesGateway();
    const op = await gw.client();
    const node = await fakeNode(gw);
    const started = Date.now();
    await expect(op.request("node.invoke", invoke("node-1", "system.which", { timeoutMs: 200 }))).rejects.toMatchObject({
      code: "UNAVAILABLE", message: "TIMEOUT: node invoke timed out", details: { code: "TIMEOUT" }, retryable: true,
    });
    expect(Date.now() - started).toBeLessThan(1500);
    await expect(node.request("node.invoke.result", { id: node.requests[0].id, nodeId: "node-1", ok: true })).resolves.toEqual({ ok: true, ignored: true });
  });

  it("a node that disconnects mid-invoke fails that invoke at once", async () => {
    const gw = await startNodesGateway();
    const op = await gw.client();
    const node = await fakeNode(gw);
    const started = Date.now();
    const pending = op.request("node.invoke", invoke("node-1", "system.run", { timeoutMs: 20_000 }));
    await waitFor(() => node.requests.length === 1, 2000, "the invoke request");
    node.socket!.terminate();
    await expect(pending).rejects.toMatchObject({ code: "UNAVAILABLE", message: "node disconnected (system.run)", details: { code: "NOT_CONNECTED" } });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("checks scopes and params, and keeps pending invokes bounded per node", async () => {
    const gw = await startNodesGateway();
    const reader = await gw.client({ scopes: ["operator.read"] });
    const op = await gw.client({ scopes: ["operator.write"] });
    const node = await fakeNode(gw);
    await expect(reader.request("node.invoke", invoke("node-1", "system.which"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(op.request("node.invoke", { nodeId: "node-1", command: "system.which" })).rejects.toMatchObject({ code: "INVALID_REQUEST", message: expect.stringMatching(/idempotencyKey/) });
    await expect(op.request("node.invoke", invoke("node-1", "system.which", { timeoutMs: 0 }))).rejects.toMatchObject({ code: "INVALID_REQUEST" });
    // Spread over several operators: one connection runs at most gateway.limits.maxInFlightRequests (64) at once.
    const ops = [op, ...(await Promise.all(Array.from({ length: 4 }, () => gw.client({ scopes: ["operator.write"] }))))];
    const many = Array.from({ length: 257 }, (_, i) => ops[i % ops.length].request("node.invoke", invoke("node-1", "system.which", { timeoutMs: 400 })).catch((e: { message: string }) => e.message));
    const messages = await Promise.all(many);
    expect(messages.filter((m) => /too many pending invokes/.test(m))).toHaveLength(1);
    expect(node.requests).toHaveLength(256);
    await sleep(50);
  });

  it("node.event from a node is accepted; from an operator it is refused", async () => {
    const gw = await startNodesGateway();
    const node = await fakeNode(gw);
    await expect(node.request("node.event", { event: "exec.finished", payloadJSON: "{}" })).resolves.toEqual({ ok: true });
    const op = await gw.client();
    await expect(op.request("node.event", { event: "x" })).rejects.toMatchObject({ message: "unauthorized role: operator" });
  });

  it("an unknown gateway.nodes key fails the plugin, naming the key; the gateway keeps serving", async () => {
    const gw = await startNodesGateway({ config: { gateway: { nodes: { allowCommand: ["x"] } } } });
    const status = gw.gateway.plugins.list().find((p) => p.name === "nodes")!;
    expect(status.state).toBe("failed");
    expect(status.error).toMatch(/gateway\.nodes\.allowCommand/);
    await expect((await gw.client()).request("health")).resolves.toMatchObject({ degraded: true });
  });
});
