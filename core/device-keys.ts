/** Client-side device identity: an Ed25519 key pair, its id, persistence and connect proofs. */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import { devicePayload, type DeviceSignedContext } from "./device-identity.js";
import { ensurePrivateDir, writeJsonAtomic } from "./state.js";
import type { DeviceProof } from "./protocol/connect-params.js";

export interface DeviceKeys {
  id: string;
  /** Raw 32-byte public key, base64url. */
  publicKey: string;
  privateKey: KeyObject;
}

export function generateDeviceKeys(): DeviceKeys {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  return fromKeyPair(publicKey, privateKey);
}

function fromKeyPair(publicKey: KeyObject, privateKey: KeyObject): DeviceKeys {
  const raw = publicKey.export({ format: "der", type: "spki" }).subarray(-32);
  return { id: createHash("sha256").update(raw).digest("hex"), publicKey: raw.toString("base64url"), privateKey };
}

/** Loads a device identity file (`{version:1, deviceId, publicKeyPem, privateKeyPem, createdAtMs}`), creating it if missing. */
export async function loadOrCreateDeviceKeys(file: string): Promise<DeviceKeys> {
  if (existsSync(file)) {
    const data = JSON.parse(readFileSync(file, "utf8")) as { privateKeyPem?: string };
    if (!data.privateKeyPem) throw new Error(`${file} has no privateKeyPem; move it away to create a new identity`);
    const privateKey = createPrivateKey(data.privateKeyPem);
    return fromKeyPair(createPublicKey(privateKey), privateKey);
  }
  const keys = generateDeviceKeys();
  ensurePrivateDir(dirname(file));
  await writeJsonAtomic(file, {
    version: 1,
    deviceId: keys.id,
    publicKeyPem: createPublicKey(keys.privateKey).export({ format: "pem", type: "spki" }),
    privateKeyPem: keys.privateKey.export({ format: "pem", type: "pkcs8" }),
    createdAtMs: Date.now(),
  });
  return keys;
}

/** Signs the v3 connect payload for a challenge. `token` is the credential sent in `auth` (or ""). */
export function signDeviceProof(keys: DeviceKeys, ctx: Omit<DeviceSignedContext, "tokens"> & { token: string; signedAt: number }): DeviceProof {
  const proof = { id: keys.id, signedAt: ctx.signedAt };
  const payload = devicePayload("v3", proof, ctx, ctx.token);
  const signature = sign(null, Buffer.from(payload, "utf8"), keys.privateKey).toString("base64url");
  return { id: keys.id, publicKey: keys.publicKey, signature, signedAt: ctx.signedAt, nonce: ctx.nonce };
}
