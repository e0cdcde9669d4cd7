/**
 * Node pairing (`node.pair.*`): a standalone store that does not gate the handshake.
 * `<stateDir>/nodes/pending.json` (requestId → request) and `paired.json` (nodeId → node with token).
 */
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { JsonMapFile, safeEqualSecret, type Static } from "../../core/sdk/plugin.js";
import type { NodeMeta as NodeMetaSchema } from "./schemas.js";
import { newToken } from "./tokens.js";

/** Pending node and device requests expire after this long. */
export const PAIRING_TTL_MS = 5 * 60_000;
export const MAX_PENDING_NODES = 200;
export const MAX_PAIRED_NODES = 1000;

/** The schema's shape (schemas.ts), as stored. */
export type NodeMeta = Static<typeof NodeMetaSchema>;

export interface PendingNode extends NodeMeta {
  requestId: string;
  silent?: boolean;
  isRepair: boolean;
  ts: number;
}

export interface PairedNode extends NodeMeta {
  token: string;
  createdAtMs: number;
  approvedAtMs: number;
  lastConnectedAtMs?: number;
}

export class NodeStore {
  readonly pending: JsonMapFile<PendingNode>;
  readonly paired: JsonMapFile<PairedNode>;

  constructor(stateDir: string, private readonly now: () => number = Date.now) {
    this.pending = new JsonMapFile(join(stateDir, "nodes", "pending.json"));
    this.paired = new JsonMapFile(join(stateDir, "nodes", "paired.json"));
  }

  async load(): Promise<void> {
    await Promise.all([this.pending.load(), this.paired.load()]);
  }

  /** One pending request per node: a repeat updates it and keeps its requestId. */
  request(meta: NodeMeta & { silent?: boolean }): { request: PendingNode; created: boolean } {
    this.expire();
    const existing = [...this.pending.map.values()].find((p) => p.nodeId === meta.nodeId);
    if (existing) {
      Object.assign(existing, meta);
      return { request: existing, created: false };
    }
    const request: PendingNode = { ...meta, requestId: randomUUID(), isRepair: this.paired.map.has(meta.nodeId), ts: this.now() };
    this.pending.map.set(request.requestId, request);
    while (this.pending.map.size > MAX_PENDING_NODES) this.pending.map.delete(this.pending.map.keys().next().value as string);
    return { request, created: true };
  }

  /** Approves a request with a fresh token (a re-pair rotates it). */
  approve(requestId: string): PairedNode | undefined {
    const req = this.getPending(requestId);
    if (!req) return undefined;
    const existing = this.paired.map.get(req.nodeId);
    if (!existing && this.paired.map.size >= MAX_PAIRED_NODES) throw new Error(`too many paired nodes (${MAX_PAIRED_NODES})`);
    const { requestId: _r, silent: _s, isRepair: _i, ts: _t, ...meta } = req;
    const now = this.now();
    const node: PairedNode = { ...existing, ...meta, token: newToken(), createdAtMs: existing?.createdAtMs ?? now, approvedAtMs: now };
    this.paired.map.set(node.nodeId, node);
    this.pending.map.delete(requestId);
    return node;
  }

  /** Constant-time token check. */
  verify(nodeId: string, token: string): PairedNode | undefined {
    const node = this.paired.map.get(nodeId);
    const ok = safeEqualSecret(token, node?.token ?? "");
    return ok ? node : undefined;
  }

  expire(): PendingNode[] {
    const cutoff = this.now() - PAIRING_TTL_MS;
    const gone = [...this.pending.map.values()].filter((p) => p.ts < cutoff);
    for (const p of gone) this.pending.map.delete(p.requestId);
    return gone;
  }

  /** A pending request that has not expired. */
  getPending(requestId: string): PendingNode | undefined {
    const req = this.pending.map.get(requestId);
    return req && req.ts >= this.now() - PAIRING_TTL_MS ? req : undefined;
  }

  listPending(): PendingNode[] {
    const cutoff = this.now() - PAIRING_TTL_MS;
    return [...this.pending.map.values()].filter((p) => p.ts >= cutoff).sort((a, b) => b.ts - a.ts);
  }

  listPaired(): PairedNode[] {
    return [...this.paired.map.values()].sort((a, b) => b.approvedAtMs - a.approvedAtMs);
  }
}

export const redactNode = ({ token: _t, ...rest }: PairedNode) => rest;
