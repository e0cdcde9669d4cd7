/** Device identity: v2 and v3 signatures, id/key match, nonce, clock skew. */
import { createHash, generateKeyPairSync, sign } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectFrame, rawExchange, startTestGateway, TEST_TOKEN, type TestGateway } from "../helpers/gateway.js";
import { generateDeviceKeys } from "../../core/device-keys.js";

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(() => gw.stop());

const client = { id: "cli", version: "1", platform: "Linux", deviceFamily: "Linux", mode: "cli" };
const scopes = ["operator.admin"];

function keys() {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const raw = publicKey.export({ format: "der", type: "spki" }).subarray(-32);
  return { privateKey, id: createHash("sha256").update(raw).digest("hex"), publicKey: raw.toString("base64url") };
}

type Keys = ReturnType<typeof keys>;
function proof(k: Keys, nonce: string, signedAt: number, opts: { version?: "v2" | "v3"; token?: string; id?: string; nonceField?: string; scopesSigned?: string[] } = {}) {
  const version = opts.version ?? "v3";
  const parts = [version, opts.id ?? k.id, client.id, client.mode, "operator", (opts.scopesSigned ?? scopes).join(","), String(signedAt), opts.token ?? TEST_TOKEN, nonce];
  if (version === "v3") parts.push("linux", "linux");
  const signature = sign(null, Buffer.from(parts.join("|")), k.privateKey).toString("base64url");
  return { id: opts.id ?? k.id, publicKey: k.publicKey, signature, signedAt, nonce: opts.nonceField ?? nonce };
}

async function tryConnect(makeDevice: (c: { nonce: string; ts: number }) => unknown) {
  const r = await rawExchange(gw.url, (c) => [connectFrame({ client, scopes, device: makeDevice(c) })], { waitMs: 400 });
  return r.frames.find((f) => f.type === "res") as { ok: boolean; payload?: { auth?: unknown }; error?: { message: string; details?: { code: string } } };
}

describe("device identity", () => {
  it("accepts a v3 signature over the challenge nonce", async () => {
    const k = keys();
    expect((await tryConnect((c) => proof(k, c.nonce, c.ts))).ok).toBe(true);
  });

  it("accepts a v2 signature", async () => {
    const k = keys();
    expect((await tryConnect((c) => proof(k, c.nonce, c.ts, { version: "v2" }))).ok).toBe(true);
  });

  it("accepts a proof without the optional nonce field (the signature still covers the nonce)", async () => {
    const k = keys();
    const res = await tryConnect((c) => {
      const p = proof(k, c.nonce, c.ts) as Record<string, unknown>;
      delete p.nonce;
      return p;
    });
    expect(res.ok).toBe(true);
  });

  it("refuses a bad signature", async () => {
    const k = keys();
    const res = await tryConnect((c) => ({ ...proof(k, c.nonce, c.ts), signature: Buffer.alloc(64).toString("base64url") }));
    expect(res.ok).toBe(false);
    expect(res.error?.message).toBe("device signature invalid");
    expect(res.error?.details?.code).toBe("DEVICE_AUTH_SIGNATURE_INVALID");
  });

  it("refuses a signature over different scopes than requested", async () => {
    const k = keys();
    const res = await tryConnect((c) => proof(k, c.nonce, c.ts, { scopesSigned: ["operator.read"] }));
    expect(res.error?.details?.code).toBe("DEVICE_AUTH_SIGNATURE_INVALID");
  });

  it("refuses an id that is not the SHA-256 of the key", async () => {
    const k = keys();
    const other = keys();
    const res = await tryConnect((c) => proof(k, c.nonce, c.ts, { id: other.id }));
    expect(res.error?.details?.code).toBe("DEVICE_AUTH_DEVICE_ID_MISMATCH");
  });

  it("refuses a signature over another nonce", async () => {
    const k = keys();
    const res = await tryConnect((c) => proof(k, "11111111-1111-1111-1111-111111111111", c.ts, { nonceField: c.nonce }));
    expect(res.error?.details?.code).toBe("DEVICE_AUTH_SIGNATURE_INVALID");
    const mismatch = await tryConnect((c) => proof(k, c.nonce, c.ts, { nonceField: "other" }));
    expect(mismatch.error?.details?.code).toBe("DEVICE_AUTH_NONCE_MISMATCH");
  });

  it("refuses a stale signedAt (more than 10 minutes off)", async () => {
    const k = keys();
    const res = await tryConnect((c) => proof(k, c.nonce, c.ts - 11 * 60_000));
    expect(res.error?.details?.code).toBe("DEVICE_AUTH_SIGNATURE_EXPIRED");
  });

  it("refuses a malformed public key", async () => {
    const k = keys();
    const res = await tryConnect((c) => ({ ...proof(k, c.nonce, c.ts), publicKey: "abc" }));
    expect(res.error?.details?.code).toBe("DEVICE_AUTH_PUBLIC_KEY_INVALID");
  });

  it("GatewayClient signs with generated keys and the connection knows the device", async () => {
    const device = generateDeviceKeys();
    const c = await gw.client({ device, client: { id: "cli", mode: "cli" } });
    const conn = [...gw.gateway.connections.values()].find((x) => x.device?.id === device.id);
    expect(conn?.device).toMatchObject({ id: device.id, signatureVersion: "v3" });
    await c.close();
  });

  it("a device does not replace the shared secret: a wrong token with a valid device is refused", async () => {
    const k = keys();
    const r = await rawExchange(gw.url, (c) => [connectFrame({ client, scopes, auth: { token: "wrong" }, device: proof(k, c.nonce, c.ts, { token: "wrong" }) })]);
    const res = r.frames.find((f) => f.type === "res") as { ok: boolean; error: { message: string } };
    expect(res.ok).toBe(false);
    expect(res.error.message).toMatch(/unauthorized: gateway token mismatch/);
  });
});
