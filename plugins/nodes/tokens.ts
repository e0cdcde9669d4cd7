/** Pairing tokens and the scope arithmetic of approvals. */
import { randomBytes } from "node:crypto";
import { hasScope, type OperatorScope } from "../../core/sdk/plugin.js";

/** A fresh credential: 32 random bytes, base64url. */
export const newToken = () => randomBytes(32).toString("base64url");

/** The requested scopes that `granted` does not cover (admin covers all, write covers read; other scopes need an exact match). */
export function uncoveredScopes(granted: Iterable<string>, requested: Iterable<string>): string[] {
  const set = new Set(granted);
  return [...requested].filter((s) => !(s.startsWith("operator.") ? hasScope(set, s as OperatorScope) : set.has(s) || set.has("operator.admin")));
}

export const union = (a: readonly string[] = [], b: readonly string[] = []) => [...new Set([...a, ...b])];
