/** Wire limits, advertised to clients in `hello-ok.policy` (values from the upstream gateway). */
export const LIMITS = Object.freeze({
  /** Largest frame accepted before the handshake completes (bigger: close 1009). */
  maxPreauthPayload: 64 * 1024,
  /** Frames that may queue while the connect request is being processed. */
  maxPreauthQueuedFrames: 16,
  /** A socket that has not completed `connect` by then is closed. */
  handshakeTimeoutMs: 10_000,
  /** Largest frame after the handshake. */
  maxPayload: 25 * 1024 * 1024,
  /** Above this much unsent data a client is a slow consumer. */
  maxBufferedBytes: 50 * 1024 * 1024,
  tickIntervalMs: 30_000,
  /** WebSocket ping cadence; a peer that misses one full interval is terminated. */
  pingIntervalMs: 25_000,
});
