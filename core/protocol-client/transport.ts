/**
 * The seams between the protocol client and its platform: how a WebSocket is opened (Node `ws` or
 * the browser's WebSocket) and how a device signs its connect proof (Node crypto or WebCrypto).
 * Types only, so the browser bundle can import them.
 */

/** What the client hears from its socket. */
export interface SocketHandlers {
  message(text: string): void;
  close(code: number, reason: string): void;
  /** A socket error; a close follows (browsers report no detail). */
  error(err: Error): void;
}

/** An open (or opening) socket as the protocol client uses it. */
export interface ClientSocket {
  /** True while frames can be sent. */
  readonly open: boolean;
  send(text: string): void;
  close(code?: number, reason?: string): void;
  /** Drops the connection at once, without a close handshake (browsers can only close). */
  terminate(): void;
}

export type SocketFactory = (url: string, handlers: SocketHandlers) => ClientSocket;

/** A device identity that can sign: Ed25519 over the v3 connect payload, signature base64url. */
export interface DeviceSigner {
  /** Hex SHA-256 of the raw public key. */
  readonly id: string;
  /** Raw 32-byte public key, base64url. */
  readonly publicKey: string;
  sign(payload: string): string | Promise<string>;
}
