/**
 * `node.invoke` forwarding: a bounded map of pending invokes keyed by invoke id, each waiting for
 * the node's `node.invoke.result`, its timeout, or the node's disconnect.
 */
import { randomUUID } from "node:crypto";
import { GatewayError, invalidRequest, unavailable } from "../../core/sdk/plugin.js";

export const DEFAULT_INVOKE_TIMEOUT_MS = 30_000;
export const MAX_PENDING_INVOKES = 1024;
export const MAX_PENDING_PER_NODE = 256;

/** Top-level params keys never forwarded: approval flags are the gateway's to set, never a caller's. */
const CONTROL_FIELD = /^approv/i;
const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export function stripControlFields(params: unknown): unknown {
  if (typeof params !== "object" || params === null || Array.isArray(params)) return params;
  return Object.fromEntries(Object.entries(params).filter(([k]) => !CONTROL_FIELD.test(k) && !UNSAFE_KEYS.has(k)));
}

export interface InvokeResult {
  ok: true;
  nodeId: string;
  command: string;
  payload: unknown;
  payloadJSON: string | null;
}

export interface NodeResultParams {
  id: string;
  nodeId: string;
  ok: boolean;
  payload?: unknown;
  payloadJSON?: string | null;
  error?: { code?: string; message?: string } | null;
}

interface Pending {
  nodeId: string;
  connId: string;
  callerConnId?: string;
  command: string;
  timer: NodeJS.Timeout;
  resolve(result: InvokeResult): void;
  reject(err: GatewayError): void;
}

export interface InvokeRequest {
  nodeId: string;
  connId: string;
  command: string;
  params?: unknown;
  timeoutMs?: number;
  idempotencyKey: string;
  /** The operator's connection: when it closes, the invoke is forgotten (a late result is answered `ignored`). */
  callerConnId?: string;
  /** Set by the gateway itself (an approval it checked), merged after the caller's control fields were stripped. */
  gatewayFields?: Record<string, unknown>;
}

export class InvokeForwarder {
  private readonly pending = new Map<string, Pending>();

  /** `send` delivers `node.invoke.request` to the node's connection and returns whether it got there. */
  constructor(private readonly send: (connId: string, payload: Record<string, unknown>) => boolean) {}

  get size(): number {
    return this.pending.size;
  }

  invoke(req: InvokeRequest): Promise<InvokeResult> {
    if (this.pending.size >= MAX_PENDING_INVOKES) throw busy(`too many pending node invokes (${MAX_PENDING_INVOKES})`);
    let perNode = 0;
    for (const p of this.pending.values()) if (p.nodeId === req.nodeId) perNode += 1;
    if (perNode >= MAX_PENDING_PER_NODE) throw busy(`too many pending invokes for node ${req.nodeId} (${MAX_PENDING_PER_NODE})`);
    const id = randomUUID();
    const timeoutMs = req.timeoutMs ?? DEFAULT_INVOKE_TIMEOUT_MS;
    const stripped = stripControlFields(req.params);
    const params = req.gatewayFields ? { ...(typeof stripped === "object" && stripped !== null ? stripped : {}), ...req.gatewayFields } : stripped;
    return new Promise<InvokeResult>((resolve, reject) => {
      const done = () => {
        clearTimeout(entry.timer);
        this.pending.delete(id);
      };
      const entry: Pending = {
        nodeId: req.nodeId,
        connId: req.connId,
        callerConnId: req.callerConnId,
        command: req.command,
        timer: setTimeout(() => {
          done();
          reject(nodeError(req.command, { code: "TIMEOUT", message: "node invoke timed out" }, true));
        }, timeoutMs),
        resolve: (r) => {
          done();
          resolve(r);
        },
        reject: (e) => {
          done();
          reject(e);
        },
      };
      this.pending.set(id, entry);
      const delivered = this.send(req.connId, {
        id, nodeId: req.nodeId, command: req.command,
        paramsJSON: params === undefined ? null : JSON.stringify(params),
        timeoutMs, idempotencyKey: req.idempotencyKey,
      });
      if (!delivered) entry.reject(notConnected(req.nodeId));
    });
  }

  /** Handles `node.invoke.result` from the node whose id is `callerNodeId`. */
  result(callerNodeId: string, p: NodeResultParams): { ok: true; ignored?: true } {
    if (p.nodeId !== callerNodeId) throw invalidRequest("nodeId mismatch", { details: { code: "NODE_ID_MISMATCH" } });
    const entry = this.pending.get(p.id);
    if (!entry) return { ok: true, ignored: true };
    if (entry.nodeId !== callerNodeId) throw invalidRequest("nodeId mismatch", { details: { code: "NODE_ID_MISMATCH" } });
    if (!p.ok) {
      entry.reject(nodeError(entry.command, { code: p.error?.code ?? "NODE_ERROR", message: p.error?.message ?? "node reported an error" }, false));
      return { ok: true };
    }
    let payload: unknown = p.payload ?? null;
    let payloadJSON: string | null = p.payloadJSON ?? null;
    if (typeof p.payloadJSON === "string") {
      try {
        payload = JSON.parse(p.payloadJSON);
      } catch {
        payload = { payloadJSON: p.payloadJSON };
      }
    } else if (p.payload !== undefined) {
      payloadJSON = JSON.stringify(p.payload);
    }
    entry.resolve({ ok: true, nodeId: entry.nodeId, command: entry.command, payload, payloadJSON });
    return { ok: true };
  }

  /** A connection closed: invokes it was waiting for fail now; invokes it asked for are forgotten. */
  connectionClosed(connId: string): void {
    for (const entry of [...this.pending.values()]) {
      if (entry.connId === connId) {
        entry.reject(unavailable(`node disconnected (${entry.command})`, { details: { code: "NOT_CONNECTED", nodeId: entry.nodeId } }));
      } else if (entry.callerConnId === connId) {
        entry.reject(unavailable("caller disconnected"));
      }
    }
  }

  /** The plugin is stopping. */
  rejectAll(reason: string): void {
    for (const entry of [...this.pending.values()]) entry.reject(unavailable(reason, { retryable: true }));
  }
}

export function notConnected(nodeId: string): GatewayError {
  return unavailable("node not connected", { details: { code: "NOT_CONNECTED", nodeId } });
}

function busy(message: string): GatewayError {
  return unavailable(message, { retryable: true, retryAfterMs: 1000 });
}

function nodeError(command: string, nodeErr: { code: string; message: string }, retryable: boolean): GatewayError {
  return unavailable(`${nodeErr.code}: ${nodeErr.message}`, { retryable, details: { code: nodeErr.code, command, nodeError: nodeErr } });
}
