/**
 * The protocol client's browser seams: sockets from the page's WebSocket. (Device proofs are signed
 * by the WebCrypto identity of device-identity.ts, which already is a DeviceSigner.)
 */
import type { ClientSocket, SocketFactory } from "../../core/protocol-client/transport";

export const browserSocketFactory: SocketFactory = (url, handlers): ClientSocket => {
  const ws = new WebSocket(url);
  ws.onmessage = (e) => handlers.message(String(e.data));
  ws.onclose = (e) => handlers.close(e.code, e.reason);
  ws.onerror = () => handlers.error(new Error("WebSocket error"));
  return {
    get open() {
      return ws.readyState === WebSocket.OPEN;
    },
    send: (text) => ws.send(text),
    close: (code, reason) => ws.close(code, reason),
    // Browsers have no abrupt drop; 4000 is this client's own "giving up on this socket" code.
    terminate: () => ws.close(4000, "no hello-ok in time"),
  };
};
