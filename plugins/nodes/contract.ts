/**
 * The `nodes` service: what other plugins (exec-approvals) get from `api.use<NodesService>("nodes")`.
 * Types only.
 */

/** A connected node as the service reports it. */
export interface NodeRef {
  nodeId: string;
  displayName?: string;
  /** Commands the node declared at connect. */
  commands: readonly string[];
}

/** What the gate sees of an approved `system.run` an operator client asked `node.invoke` for. */
export interface ApprovedRunRequest {
  /** `runId` of the params: the approval id. */
  runId: string;
  nodeId: string;
  params: Record<string, unknown>;
  caller: { connId: string; deviceId?: string };
}

/**
 * Checks an approved run against its approval record and uses the approval up; throws a GatewayError
 * (INVALID_REQUEST) when it does not cover the run. Returns the decision the node is told.
 */
export type SystemRunGate = (req: ApprovedRunRequest) => { approvalDecision: string };

export interface NodesService {
  /** A connected node by id, display name or unique id prefix; undefined when none (or more than one) matches. */
  findConnected(ref: string): NodeRef | undefined;
  /** Connected nodes. */
  connected(): NodeRef[];
  /**
   * Invokes a command the node declared, with `params` forwarded as given (approval fields included):
   * for plugins that decided themselves that the call is allowed. Resolves with the node's payload;
   * node errors reject with `UNAVAILABLE "<code>: <message>"` (`details.nodeError`).
   */
  invoke(nodeId: string, command: string, params: Record<string, unknown>, options?: { timeoutMs?: number; signal?: AbortSignal }): Promise<unknown>;
  /**
   * Installs the gate for approved `system.run` requests arriving through `node.invoke` (removed when
   * `signal` aborts). Without a gate, approval fields from callers are stripped and the node decides alone.
   */
  setSystemRunGate(gate: SystemRunGate, signal: AbortSignal): void;
}
