/** The protocol client's Node seams: sockets from `ws`, device proofs signed with node:crypto. */
import { sign } from "node:crypto";
import WebSocket from "ws";
import type { DeviceKeys } from "../device-keys.js";
import type { ClientSocket, DeviceSigner, SocketFactory } from "./transport.js";

/** A `ws` socket; `ws` stays reachable for callers that need the raw socket (tests, backpressure). */
export interface NodeClientSocket extends ClientSocket {
  readonly ws: WebSocket;
}

export function nodeSocketFactory(options: { headers?: Record<string, string>; maxPayload?: number } = {}): SocketFactory {
  return (url, handlers): NodeClientSocket => {
    const ws = new WebSocket(url, { headers: options.headers, perMessageDeflate: false, maxPayload: options.maxPayload ?? 64 * 1024 * 1024 });
    ws.on("message", (data) => handlers.message(data.toString()));
    ws.on("close", (code, reason) => handlers.close(code, reason.toString()));
    ws.on("error", (err) => handlers.error(err));
    return {
      ws,
      get open() {
        return ws.readyState === WebSocket.OPEN;
      },
      send: (text) => ws.send(text),
      close: (code, reason) => ws.close(code, reason),
      terminate: () => ws.terminate(),
    };
  };
}

/** Signs with a key pair held in this process (device-keys.ts). */
export function nodeDeviceSigner(keys: DeviceKeys): DeviceSigner {
  return {
    id: keys.id,
    publicKey: keys.publicKey,
    sign: (payload) => sign(null, Buffer.from(payload, "utf8"), keys.privateKey).toString("base64url"),
  };
}
