/**
 * Device identity proof: an Ed25519 signature over the connect context and the challenge nonce.
 * Payloads (UTF-8, pipe-joined):
 *   v2|deviceId|clientId|clientMode|role|scopes|signedAtMs|token|nonce
 *   v3|…same…|nonce|platform|deviceFamily   (platform and deviceFamily trimmed and lower-cased)
 */
import { createHash, createPublicKey, verify, type KeyObject } from "node:crypto";
import { CONNECT_DETAIL_CODES } from "./protocol/error-codes.js";
import type { DeviceProof } from "./protocol/connect-params.js";
import { devicePayload, type DevicePayloadContext } from "./protocol/device-payload.js";

export { devicePayload };

/** `signedAt` may differ from the server clock by at most this much. */
export const DEVICE_SIGNATURE_SKEW_MS = 10 * 60_000;
const ED25519_SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");

export interface DeviceSignedContext extends DevicePayloadContext {
  /** Credentials the client may have signed with (the auth token actually sent, a device token); "" is always tried. */
  tokens: readonly (string | undefined)[];
  now?: number;
}

export interface VerifiedDevice {
  id: string;
  publicKey: string;
  /** Which payload generation the client signed. */
  signatureVersion: "v2" | "v3";
}

export type DeviceVerdict = { ok: true; device: VerifiedDevice } | { ok: false; message: string; detailCode: string };

const keyCache = new Map<string, { key: KeyObject; raw: Buffer }>();

function decodePublicKey(publicKey: string): { key: KeyObject; raw: Buffer } | null {
  const cached = keyCache.get(publicKey);
  if (cached) return cached;
  let parsed: { key: KeyObject; raw: Buffer } | null = null;
  try {
    if (publicKey.includes("BEGIN PUBLIC KEY")) {
      const key = createPublicKey(publicKey);
      if (key.asymmetricKeyType !== "ed25519") return null;
      parsed = { key, raw: key.export({ format: "der", type: "spki" }).subarray(-32) };
    } else {
      const raw = Buffer.from(publicKey, "base64url");
      if (raw.length !== 32) return null;
      parsed = { key: createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, raw]), format: "der", type: "spki" }), raw };
    }
  } catch {
    return null;
  }
  if (keyCache.size >= 1000) keyCache.delete(keyCache.keys().next().value as string);
  keyCache.set(publicKey, parsed);
  return parsed;
}

export function deviceIdForPublicKey(raw: Uint8Array): string {
  return createHash("sha256").update(raw).digest("hex");
}


export function verifyDeviceProof(proof: DeviceProof, ctx: DeviceSignedContext): DeviceVerdict {
  const decoded = decodePublicKey(proof.publicKey);
  if (!decoded) return { ok: false, message: "device public key invalid", detailCode: CONNECT_DETAIL_CODES.DEVICE_AUTH_PUBLIC_KEY_INVALID };
  const expectedId = deviceIdForPublicKey(decoded.raw);
  if (proof.id.toLowerCase() !== expectedId) {
    return { ok: false, message: "device identity mismatch (device.id must be the hex SHA-256 of the public key)", detailCode: CONNECT_DETAIL_CODES.DEVICE_AUTH_DEVICE_ID_MISMATCH };
  }
  const now = ctx.now ?? Date.now();
  if (Math.abs(now - proof.signedAt) > DEVICE_SIGNATURE_SKEW_MS) {
    return { ok: false, message: "device signature expired (signedAt is more than 10 minutes from the gateway clock)", detailCode: CONNECT_DETAIL_CODES.DEVICE_AUTH_SIGNATURE_EXPIRED };
  }
  if (proof.nonce !== undefined && proof.nonce !== ctx.nonce) {
    return { ok: false, message: "device nonce mismatch (sign the nonce from connect.challenge)", detailCode: CONNECT_DETAIL_CODES.DEVICE_AUTH_NONCE_MISMATCH };
  }
  const signature = Buffer.from(proof.signature, "base64url");
  if (signature.length === 64) {
    const tokens = [...new Set([...ctx.tokens.filter((t): t is string => typeof t === "string"), ""])];
    for (const version of ["v3", "v2"] as const) {
      for (const token of tokens) {
        const data = Buffer.from(devicePayload(version, proof, ctx, token), "utf8");
        if (verify(null, data, decoded.key, signature)) {
          return { ok: true, device: { id: expectedId, publicKey: decoded.raw.toString("base64url"), signatureVersion: version } };
        }
      }
    }
  }
  return { ok: false, message: "device signature invalid", detailCode: CONNECT_DETAIL_CODES.DEVICE_AUTH_SIGNATURE_INVALID };
}
