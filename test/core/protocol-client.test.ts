/** The shared protocol client through its seams: any socket factory, and an async (WebCrypto-style) device signer. */
import { webcrypto } from "node:crypto";
import WebSocket from "ws";
import { afterEach, describe, expect, it } from "vitest";
import { startTestGateway, stopAllTestGateways, TEST_TOKEN } from "../helpers/gateway.js";
import { ProtocolClient, type ConnectIdentity } from "../../core/protocol-client/protocol-client.js";
import type { ClientSocket, DeviceSigner, SocketFactory } from "../../core/protocol-client/transport.js";
import type { HelloOk } from "../../core/protocol/hello.js";

afterEach(() => stopAllTestGateways());

/** A factory written the way a browser one is (event properties, no terminate), over Node's ws. */
const sockets: string[] = [];
const plainFactory: SocketFactory = (url, handlers): ClientSocket => {
  sockets.push(url);
  const ws = new WebSocket(url);
  ws.onmessage = (e) => handlers.message(String(e.data));
  ws.onclose = (e) => handlers.close(e.code, e.reason);
  ws.onerror = () => handlers.error(new Error("socket error"));
  return {
    get open() {
      return ws.readyState === WebSocket.OPEN;
    },
    send: (text) => ws.send(text),
    close: (code, reason) => ws.close(code, reason),
    terminate: () => ws.close(4000, "gave up"),
  };
};

/** A WebCrypto Ed25519 signer, as the page has (async sign). */
async function webCryptoSigner(): Promise<DeviceSigner> {
  const pair = (await webcrypto.subtle.generateKey({ name: "Ed25519" }, false, ["sign", "verify"])) as CryptoKeyPair;
  const raw = new Uint8Array(await webcrypto.subtle.exportKey("raw", pair.publicKey));
  const id = Buffer.from(await webcrypto.subtle.digest("SHA-256", raw)).toString("hex");
  return {
    id,
    publicKey: Buffer.from(raw).toString("base64url"),
    sign: async (payload) => Buffer.from(await webcrypto.subtle.sign({ name: "Ed25519" }, pair.privateKey, new TextEncoder().encode(payload))).toString("base64url"),
  };
}

describe("ProtocolClient", () => {
  it("connects through a plain socket factory with an async signer; the gateway verifies the device proof", async () => {
    const gw = await startTestGateway();
    const device = await webCryptoSigner();
    const identity = (): ConnectIdentity => ({
      client: { id: "test", mode: "test", version: "1.0.0", platform: "Web" },
      role: "operator",
      scopes: ["operator.read"],
      minProtocol: 3,
      maxProtocol: 4,
      auth: { token: TEST_TOKEN },
      device,
    });
    const events: string[] = [];
    const client = new ProtocolClient<HelloOk>({ url: () => gw.url, socket: plainFactory, identity, listener: { event: (e) => void events.push(e.event) } });
    const hello = await client.connect();
    expect(hello.auth?.scopes).toEqual(["operator.read"]);
    expect(client.connected).toBe(true);
    await expect(client.request("health")).resolves.toBeTruthy();
    await client.close();
    expect(client.connected).toBe(false);
    expect(sockets).toContain(gw.url);
  });

  it("a wrong signature is refused with the gateway's error, and the owner's policy decides about retrying", async () => {
    const gw = await startTestGateway();
    const device = await webCryptoSigner();
    const closes: Array<{ refused: string | undefined; everConnected: boolean }> = [];
    const client = new ProtocolClient<HelloOk>({
      url: () => gw.url,
      socket: plainFactory,
      identity: () => ({ client: { id: "test", mode: "test", version: "1.0.0", platform: "test" }, role: "operator", scopes: [], minProtocol: 3, maxProtocol: 4, auth: { token: TEST_TOKEN }, device: { ...device, sign: async () => "AAAA" } }),
      reconnectDelay: (info) => {
        closes.push({ refused: info.connectError?.code, everConnected: info.everConnected });
        return null;
      },
    });
    await expect(client.connect()).rejects.toMatchObject({ code: "INVALID_REQUEST", message: /signature/i });
    await new Promise((r) => setTimeout(r, 200));
    expect(closes).toEqual([{ refused: "INVALID_REQUEST", everConnected: false }]);
  });
});
