/**
 * Wire limits. The first ones are advertised to clients in `hello-ok.policy` (values from the upstream
 * gateway); the request and connection limits below them are this gateway's own (defaults of
 * `gateway.limits.*`), not part of the closed upstream policy object.
 */
export const LIMITS = Object.freeze({
  /** Largest frame accepted before the handshake completes (bigger: close 1009). */
  maxPreauthPayload: 64 * 1024,
  /** Frames that may queue while the connect request is being processed. */
  maxPreauthQueuedFrames: 16,
  /** A socket that has not completed `connect` by then is closed. */
  handshakeTimeoutMs: 10_000,
  /** Largest frame after the handshake. */
  maxPayload: 25 * 1024 * 1024,
  /** Unsent data one socket may hold; a frame that does not fit makes the client a slow consumer. */
  maxBufferedBytes: 50 * 1024 * 1024,
  tickIntervalMs: 30_000,
  /** WebSocket ping cadence; a peer that misses one full interval is terminated. */
  pingIntervalMs: 25_000,
  /** Requests of one connection running at once; more wait in its queue. */
  maxInFlightRequests: 64,
  /** Requests of one connection waiting for a slot; more are refused with a retryable UNAVAILABLE. */
  maxQueuedRequests: 256,
  /** The retry hint on that refusal. */
  busyRetryAfterMs: 1000,
  /**
   * Frames of one connection handled per event-loop turn; the rest wait for the next turn with the
   * socket's reading paused, so other sockets are served in between.
   */
  framesPerTurn: 32,
  /** Sockets (HTTP and WebSocket) open on the port at once; more are dropped. */
  maxConnections: 4096,
});
