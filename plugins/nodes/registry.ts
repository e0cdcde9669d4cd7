/**
 * The node registry: connections with role "node" by node id, and the `node.list` rows that merge
 * them with paired-but-offline nodes from both pairing stores.
 */
import type { ConnectionInfo, ConnectionsView } from "../../core/sdk/plugin.js";
import { normalizePlatform, type CommandPolicy } from "./command-policy.js";
import type { DeviceStore } from "./device-store.js";
import type { NodeStore } from "./node-store.js";
import type { NodeRow } from "./schemas.js";

/** Hard bound on registry entries (stale ones are pruned first). */
const MAX_NODES = 10_000;

/** A node's id: its device id, else its instance id, else its client id (as upstream). */
export const nodeIdOf = (conn: ConnectionInfo) => conn.device?.id ?? conn.client.instanceId ?? conn.client.id;


export class NodeRegistry {
  /** nodeId → connection id of its newest connection. */
  private readonly byNode = new Map<string, string>();
  /** Names given with `node.rename` to nodes that are in neither pairing store (kept while registered). */
  private readonly names = new Map<string, string>();

  constructor(
    private readonly connections: ConnectionsView,
    private readonly stores: { nodes: NodeStore; devices: DeviceStore },
    private readonly policy: () => CommandPolicy,
  ) {}

  add(conn: ConnectionInfo): void {
    const id = nodeIdOf(conn);
    this.byNode.delete(id);
    this.byNode.set(id, conn.id);
    if (this.byNode.size > MAX_NODES) this.prune();
  }

  /** Forgets a closed connection (a newer connection of the same node stays). */
  remove(conn: ConnectionInfo): void {
    const id = nodeIdOf(conn);
    if (this.byNode.get(id) === conn.id) {
      this.byNode.delete(id);
      this.names.delete(id);
    }
  }

  /**
   * The node's open connection, if any. A miss does not forget the entry: the connection may still be
   * finishing its handshake (it is registered just before hello-ok); closed ones leave via `remove`.
   */
  get(nodeId: string): ConnectionInfo | undefined {
    const connId = this.byNode.get(nodeId);
    return connId ? this.connections.get(connId) : undefined;
  }

  rename(nodeId: string, displayName: string): void {
    if (this.byNode.has(nodeId)) this.names.set(nodeId, displayName);
  }

  isPaired(nodeId: string): boolean {
    return this.stores.nodes.paired.map.has(nodeId) || Boolean(this.stores.devices.paired.map.get(nodeId)?.roles.includes("node"));
  }

  /** Connected nodes first, then by name. */
  list(): NodeRow[] {
    const rows = new Map<string, NodeRow>();
    for (const nodeId of [...this.byNode.keys()]) {
      const conn = this.get(nodeId);
      if (conn) rows.set(nodeId, this.connectedRow(nodeId, conn));
    }
    for (const node of this.stores.nodes.paired.map.values()) {
      if (rows.has(node.nodeId)) continue;
      const { nodeId, displayName, platform, version, deviceFamily, modelIdentifier, remoteIp, caps, commands, permissions } = node;
      rows.set(nodeId, { nodeId, displayName, platform, version, deviceFamily, modelIdentifier, remoteIp, caps: caps ?? [], commands: commands ?? [], permissions, paired: true, connected: false });
    }
    for (const d of this.stores.devices.paired.map.values()) {
      if (rows.has(d.deviceId) || !d.roles.includes("node")) continue;
      rows.set(d.deviceId, { nodeId: d.deviceId, displayName: d.displayName, platform: d.platform, deviceFamily: d.deviceFamily, remoteIp: d.remoteIp, caps: [], commands: [], paired: true, connected: false });
    }
    const name = (r: NodeRow) => (r.displayName ?? r.nodeId).toLowerCase();
    return [...rows.values()].sort((a, b) => Number(b.connected) - Number(a.connected) || name(a).localeCompare(name(b)));
  }

  describe(nodeId: string): NodeRow | undefined {
    const conn = this.get(nodeId);
    if (conn) return this.connectedRow(nodeId, conn);
    return this.list().find((r) => r.nodeId === nodeId);
  }

  private connectedRow(nodeId: string, conn: ConnectionInfo): NodeRow {
    const c = conn.client;
    const stored = this.stores.nodes.paired.map.get(nodeId)?.displayName ?? this.stores.devices.paired.map.get(nodeId)?.displayName;
    const platform = normalizePlatform(c.platform, c.deviceFamily);
    return {
      nodeId,
      displayName: this.names.get(nodeId) ?? stored ?? c.displayName,
      platform: c.platform,
      version: c.version,
      deviceFamily: c.deviceFamily,
      modelIdentifier: c.modelIdentifier,
      remoteIp: conn.remoteIp,
      caps: [...conn.caps],
      commands: this.policy().effective({ platform, declared: conn.commands }),
      permissions: { ...conn.permissions },
      pathEnv: conn.pathEnv,
      connectedAtMs: conn.connectedAtMs,
      paired: this.isPaired(nodeId),
      connected: true,
    };
  }

  /** Drops entries whose connection is gone (a handshake refused after registration), then the oldest. */
  private prune(): void {
    for (const [nodeId, connId] of [...this.byNode]) {
      if (!this.connections.get(connId)) {
        this.byNode.delete(nodeId);
        this.names.delete(nodeId);
      }
    }
    while (this.byNode.size > MAX_NODES) {
      const oldest = this.byNode.keys().next().value as string;
      this.byNode.delete(oldest);
      this.names.delete(oldest);
    }
  }
}
