/**
 * The page's pure logic, run in Node: the chat transcript reducer (protocol 3 cumulative text and
 * protocol 4 deltaText), the one URL the page connects to, and the device payload it signs, checked
 * against the gateway's own verifier with a real Ed25519 signature.
 */
import { describe, expect, it } from "vitest";
import { generateKeyPairSync, sign } from "node:crypto";
import { applyChatEvent, fromHistory, type ChatLine } from "../../../ui/src/chat-state.js";
import { gatewayUrl, CLIENT_ID, CLIENT_MODE, SCOPES } from "../../../ui/src/gateway-client.js";
import { base64url } from "../../../ui/src/device-identity.js";
import { devicePayload } from "../../../core/protocol/device-payload.js";
import { deviceIdForPublicKey, verifyDeviceProof } from "../../../core/device-identity.js";
import type { ChatEvent } from "../../../ui/src/protocol.js";

const text = (t: string) => ({ role: "assistant", content: [{ type: "text", text: t }] });
const run = (events: Array<Omit<ChatEvent, "runId" | "sessionKey">>, start: ChatLine[] = []) =>
  events.reduce<ChatLine[]>((lines, e) => applyChatEvent(lines, { runId: "r1", sessionKey: "agent:main:main", ...e }), start);

describe("chat transcript reducer", () => {
  it("follows protocol 3's cumulative message text", () => {
    const lines = run([
      { seq: 1, state: "delta", message: text("Hel") },
      { seq: 2, state: "delta", message: text("Hello, wor") },
    ]);
    expect(lines).toMatchObject([{ role: "assistant", text: "Hello, wor", state: "streaming" }]);
    expect(run([{ seq: 3, state: "final", message: text("Hello, world") }], lines)).toMatchObject([{ text: "Hello, world", state: "done" }]);
  });

  it("appends protocol 4's deltaText when no cumulative text comes, and prefers the cumulative text when both do", () => {
    expect(run([{ seq: 1, state: "delta", deltaText: "Hel" }, { seq: 2, state: "delta", deltaText: "lo" }, { seq: 3, state: "final" }])).toMatchObject([
      { text: "Hello", state: "done" },
    ]);
    expect(run([{ seq: 1, state: "delta", deltaText: "Hel", message: text("Hel") }, { seq: 2, state: "delta", deltaText: "lo", message: text("Hello") }])).toMatchObject([
      { text: "Hello" },
    ]);
  });

  it("ignores repeated, out-of-order and late events, and keeps runs apart", () => {
    let lines = run([{ seq: 2, state: "delta", deltaText: "ab" }, { seq: 2, state: "delta", deltaText: "ab" }, { seq: 1, state: "delta", deltaText: "zz" }]);
    expect(lines[0].text).toBe("ab");
    lines = run([{ seq: 3, state: "aborted" }, { seq: 4, state: "delta", deltaText: "late" }], lines);
    expect(lines).toMatchObject([{ text: "ab", state: "aborted" }]);
    lines = applyChatEvent(lines, { runId: "r2", sessionKey: "agent:main:main", seq: 1, state: "error", errorMessage: "provider down" });
    expect(lines.map((l) => [l.runId, l.state, l.error])).toEqual([["r1", "aborted", undefined], ["r2", "error", "provider down"]]);
  });

  it("turns history into lines (string or part content), skipping tool messages", () => {
    const lines = fromHistory([
      { role: "user", content: "hi", timestamp: 1 },
      { role: "tool", content: "{}" },
      { role: "assistant", content: [{ type: "text", text: "hel" }, { type: "image" }, { type: "text", text: "lo" }] },
    ]);
    expect(lines.map((l) => [l.role, l.text])).toEqual([["user", "hi"], ["assistant", "hello"]]);
  });
});

describe("where the page connects", () => {
  it("is always the serving origin's path /, whatever the URL carries", () => {
    expect(gatewayUrl({ protocol: "http:", host: "127.0.0.1:18789" })).toBe("ws://127.0.0.1:18789/");
    expect(gatewayUrl({ protocol: "https:", host: "gw.example:8443" })).toBe("wss://gw.example:8443/");
    // Only protocol and host are read: a location whose query and fragment name another gateway changes nothing.
    const crafted = { protocol: "http:", host: "127.0.0.1:18789", search: "?gatewayUrl=ws://evil.example/", hash: "#gatewayUrl=ws://evil.example/" };
    expect(gatewayUrl(crafted as unknown as Location)).toBe("ws://127.0.0.1:18789/");
  });
});

describe("the signed device payload (built by the shared protocol client for the page too)", () => {
  it("is exactly what the gateway verifies (v3), for the token actually sent", () => {
    const { publicKey, privateKey } = generateKeyPairSync("ed25519");
    const raw = publicKey.export({ format: "der", type: "spki" }).subarray(-32);
    const id = deviceIdForPublicKey(raw);
    const signedAt = Date.now();
    const fields = { clientId: CLIENT_ID, clientMode: CLIENT_MODE, role: "operator", scopes: SCOPES, nonce: "n-1", platform: " Web " };
    const signature = base64url(sign(null, Buffer.from(devicePayload("v3", { id, signedAt }, fields, "tok")), privateKey));
    const proof = { id, publicKey: base64url(raw), signature, signedAt, nonce: "n-1" };
    const ctx = { nonce: "n-1", clientId: CLIENT_ID, clientMode: CLIENT_MODE, role: "operator", scopes: [...SCOPES], platform: "web", tokens: ["tok"] };
    expect(verifyDeviceProof(proof, ctx)).toMatchObject({ ok: true, device: { id, signatureVersion: "v3" } });
    // Another token, nonce or scope list fails the proof.
    expect(verifyDeviceProof(proof, { ...ctx, tokens: ["other"] }).ok).toBe(false);
    expect(verifyDeviceProof(proof, { ...ctx, nonce: "n-2" }).ok).toBe(false);
    expect(verifyDeviceProof(proof, { ...ctx, scopes: ["operator.read"] }).ok).toBe(false);
  });
});
