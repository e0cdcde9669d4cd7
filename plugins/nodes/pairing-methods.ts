/** `node.pair.*`, `device.pair.*` and `device.token.*`: approvals, with no caller approving more than it holds. */
import { GatewayError, invalidRequest, unavailable, authorizeMethod, OPERATOR_SCOPES, type OperatorScope, type ConnectionInfo } from "../../core/sdk/plugin.js";
import { newToken, uncoveredScopes } from "./tokens.js";
import { redactDevice } from "./device-store.js";
import { redactNode } from "./node-store.js";
import type { NodesContext } from "./context.js";
import {
  DeviceIdParams, NodePairRequestParams, NodePairVerifyParams, NoParams, RequestIdParams, TokenRevokeParams, TokenRotateParams,
  DevicePairApproveResult, DevicePairListResult, DevicePairRejectResult, DevicePairRemoveResult, DeviceTokenRevokeResult, DeviceTokenRotateResult,
  NodePairApproveResult, NodePairListResult, NodePairRejectResult, NodePairRequestResult, NodePairVerifyResult,
} from "./schemas.js";

type P<T extends { static: unknown }> = T["static"];
const PAIRING = OPERATOR_SCOPES.pairing;

/** Throws FORBIDDEN (INVALID_REQUEST for protocol 3) unless the caller holds `scope`. */
function requireScope(conn: ConnectionInfo, scope: OperatorScope): void {
  const denied = authorizeMethod(conn, scope);
  if (denied) throw denied;
}

/** Approving scopes the caller does not hold would be an escalation; unknown scopes need admin. */
function requireCovers(conn: ConnectionInfo, scopes: readonly string[]): void {
  for (const s of uncoveredScopes(conn.scopes, scopes)) requireScope(conn, s.startsWith("operator.") ? (s as OperatorScope) : OPERATOR_SCOPES.admin);
}

const resolved = (requestId: string, id: Record<string, string>, decision: string) => ({ requestId, ...id, decision, ts: Date.now() });

export function registerPairingMethods(ctx: NodesContext): void {
  const { api, nodes, devices } = ctx;
  const unknownRequest = () => invalidRequest("unknown requestId");

  api.registerMethod("node.pair.request", {
    scope: PAIRING,
    params: NodePairRequestParams,
    result: NodePairRequestResult,
    description: "Creates (or refreshes) the one pending pairing request of a node.",
    handler: async (p: P<typeof NodePairRequestParams>) => {
      const { request, created } = nodes.request(p);
      await nodes.pending.save();
      if (created) api.emit("node.pair.requested", request);
      return { status: "pending" as const, request, created };
    },
  });

  api.registerMethod("node.pair.list", {
    scope: PAIRING,
    params: NoParams,
    result: NodePairListResult,
    description: "Pending node requests (newest first) and paired nodes (tokens not shown).",
    handler: () => ({ pending: nodes.listPending(), paired: nodes.listPaired().map(redactNode) }),
  });

  api.registerMethod("node.pair.approve", {
    scope: PAIRING,
    params: RequestIdParams,
    result: NodePairApproveResult,
    description: "Approves a node request and issues a fresh token (write needed for nodes declaring commands, admin for system.run/which).",
    handler: async ({ requestId }: P<typeof RequestIdParams>, mctx) => {
      const req = nodes.getPending(requestId);
      if (!req) throw unknownRequest();
      if (req.commands?.length) requireScope(mctx.conn, OPERATOR_SCOPES.write);
      if (req.commands?.some((c) => c === "system.run" || c === "system.which")) requireScope(mctx.conn, OPERATOR_SCOPES.admin);
      const node = guard(() => nodes.approve(requestId))!;
      await Promise.all([nodes.paired.save(), nodes.pending.save()]);
      api.emit("node.pair.resolved", resolved(requestId, { nodeId: node.nodeId }, "approved"));
      return { requestId, node };
    },
  });

  api.registerMethod("node.pair.reject", {
    scope: PAIRING,
    params: RequestIdParams,
    result: NodePairRejectResult,
    handler: async ({ requestId }: P<typeof RequestIdParams>) => {
      const req = nodes.getPending(requestId);
      if (!req) throw unknownRequest();
      nodes.pending.map.delete(requestId);
      await nodes.pending.save();
      api.emit("node.pair.resolved", resolved(requestId, { nodeId: req.nodeId }, "rejected"));
      return { requestId, nodeId: req.nodeId };
    },
  });

  api.registerMethod("node.pair.verify", {
    scope: PAIRING,
    params: NodePairVerifyParams,
    result: NodePairVerifyResult,
    description: "Checks a node token (constant time).",
    handler: ({ nodeId, token }: P<typeof NodePairVerifyParams>) => {
      const node = nodes.verify(nodeId, token);
      return node ? { ok: true, node: redactNode(node) } : { ok: false };
    },
  });

  api.registerMethod("device.pair.list", {
    scope: PAIRING,
    params: NoParams,
    result: DevicePairListResult,
    description: "Pending device requests (newest first) and paired devices (token values not shown; `connected`: the device has a live connection).",
    handler: () => {
      const live = new Set<string>();
      for (const c of api.connections.list()) if (c.device) live.add(c.device.id);
      return { pending: devices.listPending(), paired: devices.listPaired().map((d) => ({ ...redactDevice(d), connected: live.has(d.deviceId) })) };
    },
  });

  api.registerMethod("device.pair.approve", {
    scope: PAIRING,
    params: RequestIdParams,
    result: DevicePairApproveResult,
    description: "Approves a device request; the caller must hold every scope it approves.",
    handler: async ({ requestId }: P<typeof RequestIdParams>, mctx) => {
      const req = devices.getPending(requestId);
      if (!req) throw unknownRequest();
      requireCovers(mctx.conn, req.scopes);
      const device = guard(() => devices.approve(requestId))!;
      await Promise.all([devices.paired.save(), devices.pending.save()]);
      api.emit("device.pair.resolved", resolved(requestId, { deviceId: device.deviceId }, "approved"));
      return { requestId, device: redactDevice(device) };
    },
  });

  api.registerMethod("device.pair.reject", {
    scope: PAIRING,
    params: RequestIdParams,
    result: DevicePairRejectResult,
    handler: async ({ requestId }: P<typeof RequestIdParams>) => {
      const req = devices.getPending(requestId);
      if (!req) throw unknownRequest();
      devices.pending.map.delete(requestId);
      await devices.pending.save();
      api.emit("device.pair.resolved", resolved(requestId, { deviceId: req.deviceId }, "rejected"));
      return { requestId, deviceId: req.deviceId };
    },
  });

  api.registerMethod("device.pair.remove", {
    scope: PAIRING,
    params: DeviceIdParams,
    result: DevicePairRemoveResult,
    description: "Unpairs a device (its tokens stop working) and closes its connections.",
    handler: async ({ deviceId }: P<typeof DeviceIdParams>) => {
      if (!devices.paired.map.delete(deviceId)) throw invalidRequest("unknown deviceId");
      for (const p of devices.listPending()) if (p.deviceId === deviceId) devices.pending.map.delete(p.requestId);
      await Promise.all([devices.paired.save(), devices.pending.save()]);
      const closed = closeDevice(ctx, deviceId, () => true);
      return { deviceId, removed: true, closedConnections: closed };
    },
  });

  api.registerMethod("device.token.rotate", {
    scope: PAIRING,
    params: TokenRotateParams,
    result: DeviceTokenRotateResult,
    description: "Issues a new token for (device, role); scopes stay within the device's approval and the caller's own.",
    handler: async (p: P<typeof TokenRotateParams>, mctx) => {
      const device = devices.paired.map.get(p.deviceId);
      if (!device) throw invalidRequest("unknown deviceId");
      if (!device.roles.includes(p.role)) throw invalidRequest(`device is not approved for role ${p.role}`);
      const scopes = p.role === "node" ? [] : (p.scopes ?? device.tokens[p.role]?.scopes ?? device.scopes);
      const beyond = uncoveredScopes(device.scopes, scopes);
      if (beyond.length) throw invalidRequest(`scopes beyond the device's approval: ${beyond.join(", ")}`, { details: { scopes: beyond } });
      requireCovers(mctx.conn, scopes);
      const now = Date.now();
      const prev = device.tokens[p.role];
      const token = newToken();
      device.tokens[p.role] = { token, role: p.role, scopes, createdAtMs: prev?.createdAtMs ?? now, rotatedAtMs: now };
      await devices.paired.save();
      closeDevice(ctx, p.deviceId, (c) => c.role === p.role && c.authMethod === "device-token");
      return { deviceId: p.deviceId, role: p.role, token, scopes, rotatedAtMs: now };
    },
  });

  api.registerMethod("device.token.revoke", {
    scope: PAIRING,
    params: TokenRevokeParams,
    result: DeviceTokenRevokeResult,
    description: "Revokes the token of (device, role) and closes the connections it authenticated.",
    handler: async (p: P<typeof TokenRevokeParams>) => {
      const t = devices.paired.map.get(p.deviceId)?.tokens[p.role];
      if (!t) throw invalidRequest("unknown deviceId or role");
      const now = Date.now();
      delete t.token;
      t.revokedAtMs = now;
      await devices.paired.save();
      closeDevice(ctx, p.deviceId, (c) => c.role === p.role && c.authMethod === "device-token");
      return { deviceId: p.deviceId, role: p.role, revokedAtMs: now };
    },
  });
}

/** Closes the device's open connections matching `which`; returns how many. */
function closeDevice(ctx: NodesContext, deviceId: string, which: (c: ConnectionInfo) => boolean): number {
  let n = 0;
  for (const c of ctx.api.connections.list()) {
    if (c.device?.id !== deviceId || !which(c)) continue;
    ctx.api.connections.close(c.id, 1008, "device credentials changed");
    n += 1;
  }
  return n;
}

/** Store limits surface as UNAVAILABLE naming the bound. */
function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof GatewayError) throw err;
    throw unavailable((err as Error).message);
  }
}

