/** Operator scopes and how a method's required scope is satisfied. */
export const OPERATOR_SCOPES = Object.freeze({
  read: "operator.read",
  write: "operator.write",
  admin: "operator.admin",
  approvals: "operator.approvals",
  pairing: "operator.pairing",
});
export type OperatorScope = (typeof OPERATOR_SCOPES)[keyof typeof OPERATOR_SCOPES];

/**
 * What a method requires: an operator scope, `"node"` (node role only), or `"any"`
 * (every authenticated connection, e.g. `health`). No declared scope means admin.
 */
export type MethodScope = OperatorScope | "node" | "any";

/** True when `granted` satisfies `required` (admin implies all; write implies read). */
export function hasScope(granted: ReadonlySet<string>, required: OperatorScope): boolean {
  if (granted.has(OPERATOR_SCOPES.admin)) return true;
  if (required === OPERATOR_SCOPES.read) return granted.has(OPERATOR_SCOPES.read) || granted.has(OPERATOR_SCOPES.write);
  return granted.has(required);
}
