/** Role and scope checks for a method call (protocol.md §6). */
import { GatewayError, invalidRequest } from "./errors.js";
import { ERROR_CODES, CONNECT_DETAIL_CODES } from "./protocol/error-codes.js";
import { hasScope, type MethodScope } from "./protocol/scopes.js";
import type { ConnectionInfo } from "./types.js";

export const FORBIDDEN_DETAILS_CODE = CONNECT_DETAIL_CODES.MISSING_SCOPE;

/** Returns the error to answer with, or null when the call is allowed. */
export function authorizeMethod(conn: ConnectionInfo, scope: MethodScope): GatewayError | null {
  if (scope === "any") return null;
  if (scope === "node") return conn.role === "node" ? null : invalidRequest(`unauthorized role: ${conn.role}`);
  if (conn.role !== "operator") return invalidRequest(`unauthorized role: ${conn.role}`);
  if (hasScope(conn.scopes, scope)) return null;
  if (conn.protocol === 3) return invalidRequest(`missing scope: ${scope}`);
  return new GatewayError(ERROR_CODES.FORBIDDEN, `missing scope: ${scope}`, {
    details: { code: FORBIDDEN_DETAILS_CODE, missingScope: scope, requiredScopes: [scope] },
  });
}
