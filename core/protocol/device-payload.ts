/**
 * The text a device signs to prove its identity at connect (UTF-8, pipe-joined):
 *   v2|deviceId|clientId|clientMode|role|scopes|signedAtMs|token|nonce
 *   v3|…same…|nonce|platform|deviceFamily   (platform and deviceFamily trimmed and lower-cased)
 * No Node or browser API here: the gateway verifies with it, and both protocol clients sign it.
 */
import type { DeviceProof } from "./connect-params.js";

/** The connect context a device proof covers. */
export interface DevicePayloadContext {
  nonce: string;
  clientId: string;
  clientMode: string;
  role: string;
  scopes: readonly string[];
  platform?: string;
  deviceFamily?: string;
}

export function devicePayload(version: "v2" | "v3", proof: Pick<DeviceProof, "id" | "signedAt">, ctx: DevicePayloadContext, token: string): string {
  const base = [version, proof.id, ctx.clientId, ctx.clientMode, ctx.role, ctx.scopes.join(","), String(proof.signedAt), token, ctx.nonce];
  if (version === "v3") base.push((ctx.platform ?? "").trim().toLowerCase(), (ctx.deviceFamily ?? "").trim().toLowerCase());
  return base.join("|");
}
