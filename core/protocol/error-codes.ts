/**
 * The gateway's error table: every `error.code` a client can receive, and what it means.
 * Documented for users in docs/protocol.md.
 */
export const ERROR_CODES = Object.freeze({
  /** Schema failure, unknown method, auth failure, protocol mismatch; in protocol 3 also a missing scope. */
  INVALID_REQUEST: "INVALID_REQUEST",
  /** A handler failed, a dependency is down, the gateway is shutting down, a node is not connected. */
  UNAVAILABLE: "UNAVAILABLE",
  /** A channel account is not linked (e.g. WhatsApp not logged in). */
  NOT_LINKED: "NOT_LINKED",
  /** A device must be approved by an operator before it may connect. */
  NOT_PAIRED: "NOT_PAIRED",
  /** An agent run exceeded its time budget. */
  AGENT_TIMEOUT: "AGENT_TIMEOUT",
  /** Protocol 4 only: authenticated, but the connection lacks a scope the method needs. */
  FORBIDDEN: "FORBIDDEN",
});
export type ErrorCode = keyof typeof ERROR_CODES;

/** Machine-readable `details.code` values for handshake failures (protocol 4 clients read these). */
export const CONNECT_DETAIL_CODES = Object.freeze({
  AUTH_TOKEN_MISSING: "AUTH_TOKEN_MISSING",
  AUTH_TOKEN_MISMATCH: "AUTH_TOKEN_MISMATCH",
  AUTH_PASSWORD_MISSING: "AUTH_PASSWORD_MISSING",
  AUTH_PASSWORD_MISMATCH: "AUTH_PASSWORD_MISMATCH",
  AUTH_RATE_LIMITED: "AUTH_RATE_LIMITED",
  PROTOCOL_MISMATCH: "PROTOCOL_MISMATCH",
  DEVICE_AUTH_PUBLIC_KEY_INVALID: "DEVICE_AUTH_PUBLIC_KEY_INVALID",
  DEVICE_AUTH_DEVICE_ID_MISMATCH: "DEVICE_AUTH_DEVICE_ID_MISMATCH",
  DEVICE_AUTH_SIGNATURE_EXPIRED: "DEVICE_AUTH_SIGNATURE_EXPIRED",
  DEVICE_AUTH_NONCE_MISMATCH: "DEVICE_AUTH_NONCE_MISMATCH",
  DEVICE_AUTH_SIGNATURE_INVALID: "DEVICE_AUTH_SIGNATURE_INVALID",
  INVALID_ROLE: "INVALID_ROLE",
  MISSING_SCOPE: "MISSING_SCOPE",
});
