/** Shared by `openclaw nodes …` and `openclaw devices …`: finding a node or device by what a user types, and tables. */
import type { GatewayClient } from "../core/client.js";
import type { NodeListResult } from "../generated/protocol-types.js";

/** One `node.list` row (the generated wire type). */
export type NodeRow = NodeListResult["nodes"][number];

/** Resolves `--node` (id, unique id prefix, display name, or remote IP) to one node id; throws a readable error otherwise. */
export async function resolveNodeId(client: GatewayClient, query: string): Promise<string> {
  const { nodes } = await client.request<NodeListResult>("node.list", {});
  const q = query.trim().toLowerCase();
  const exact = nodes.filter((n) => n.nodeId.toLowerCase() === q || n.displayName?.toLowerCase() === q || n.remoteIp === q);
  const matches = exact.length ? exact : nodes.filter((n) => q.length >= 6 && n.nodeId.toLowerCase().startsWith(q));
  if (matches.length === 1) return matches[0].nodeId;
  if (matches.length === 0) throw new Error(`no node matches "${query}" (see: openclaw nodes list)`);
  const connected = matches.filter((n) => n.connected);
  if (connected.length === 1) return connected[0].nodeId;
  throw new Error(`"${query}" matches ${matches.length} nodes: ${matches.map((n) => n.nodeId.slice(0, 12)).join(", ")}; use the node id`);
}

/** Resolves a device id or a unique prefix (≥ 6 characters) among paired devices. */
export async function resolveDeviceId(client: GatewayClient, query: string): Promise<string> {
  const { paired } = await client.request<{ paired: Array<{ deviceId: string }> }>("device.pair.list", {});
  const q = query.trim().toLowerCase();
  if (paired.some((d) => d.deviceId === q)) return q;
  const matches = q.length >= 6 ? paired.filter((d) => d.deviceId.startsWith(q)) : [];
  if (matches.length === 1) return matches[0].deviceId;
  throw new Error(matches.length ? `"${query}" matches ${matches.length} devices; use more of the id` : `no paired device matches "${query}" (see: openclaw devices list)`);
}

/** Plain aligned columns. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => (c ?? "").padEnd(widths[i])).join("  ").trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}

export const shortId = (id: string) => (id.length > 12 ? `${id.slice(0, 12)}…` : id);
export const ago = (ms?: number) => (ms ? `${Math.max(0, Math.round((Date.now() - ms) / 1000))}s ago` : "");
