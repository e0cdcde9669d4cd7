/**
 * Drives one gateway-protocol socket from open to close: the challenge, the handshake deadline,
 * pre-handshake frame rules (protocol.md §3), then request frames through the connection's request
 * scheduler (fair share per turn, in-flight bound) to dispatch.
 */
import { compile } from "./protocol/validators.js";
import { RequestFrame } from "./protocol/frames.js";
import { LIMITS } from "./protocol/limits.js";
import { invalidRequest } from "./errors.js";
import { performHandshake, type HandshakeDeps, type HandshakeOutcome } from "./handshake.js";
import { isThenable } from "./hooks.js";
import { dispatchRequest, type DispatchDeps } from "./dispatch.js";
import { RequestScheduler, type RequestLimits, type TurnClock } from "./request-scheduler.js";
import type { Connection } from "./connection.js";

const validateRequest = compile(RequestFrame);

export interface SocketDeps extends HandshakeDeps, DispatchDeps {
  handshakeTimeoutMs: number;
  requestLimits: RequestLimits;
  turnClock: TurnClock;
  onOpen(conn: Connection): void;
  onClosed(conn: Connection, code: number, reason: string, wasOpen: boolean): void;
}

/** The protocol half of the scheduler: what a frame is and how a request runs. */
class SocketRequests extends RequestScheduler {
  constructor(
    conn: Connection,
    private readonly deps: SocketDeps,
  ) {
    super(conn, deps.requestLimits, deps.turnClock);
  }

  protected parse(text: string): RequestFrame | null {
    return parseOpenFrame(this.conn, text, this.deps);
  }

  protected run(frame: RequestFrame, settled: () => void): void {
    dispatchRequest(this.conn, frame, this.deps, settled);
  }
}

export function attachSocket(conn: Connection, deps: SocketDeps): void {
  const { ws } = conn;
  const requests = new SocketRequests(conn, deps);
  ws.on("error", (err) => deps.log.debug("socket error", { conn: conn.id, error: err.message }));
  ws.on("pong", () => {
    conn.alive = true;
  });
  ws.on("close", (code, reason) => {
    const wasOpen = conn.state === "open";
    conn.markClosed();
    requests.clear();
    deps.onClosed(conn, code, reason.toString(), wasOpen);
  });
  ws.on("message", (data, isBinary) => {
    conn.alive = true;
    const text = Buffer.isBuffer(data) ? data.toString("utf8") : Array.isArray(data) ? Buffer.concat(data).toString("utf8") : Buffer.from(data).toString("utf8");
    if (conn.state === "open") requests.receive(text);
    else if (conn.state === "handshake") onPreauthFrame(conn, text, isBinary, deps, requests);
  });

  conn.handshakeTimer = setTimeout(() => {
    if (conn.state === "handshake") conn.close(1008, "handshake timeout");
  }, deps.handshakeTimeoutMs);
  deps.onOpen(conn);
  conn.sendTargetedEvent("connect.challenge", JSON.stringify({ nonce: conn.nonce, ts: Date.now() }));
}

function onPreauthFrame(conn: Connection, text: string, isBinary: boolean, deps: SocketDeps, requests: SocketRequests): void {
  if (conn.connectInFlight) {
    if (conn.preauthQueue.length >= LIMITS.maxPreauthQueuedFrames) return conn.close(1008, "too many frames before the handshake completed");
    conn.preauthQueue.push(text);
    return;
  }
  let frame: unknown;
  try {
    if (isBinary) throw new Error("binary");
    frame = JSON.parse(text);
  } catch {
    return conn.close(1008, "invalid JSON before the handshake");
  }
  if (!validateRequest(frame)) return conn.close(1008, "invalid request frame");
  if (frame.method !== "connect") {
    const err = invalidRequest("invalid handshake: first request must be connect");
    conn.sendError(frame.id, err.toShape(), undefined, () => conn.close(1008, err.message));
    conn.state = "closing";
    return;
  }
  conn.connectInFlight = true;
  const crashed = (err: unknown) => {
    deps.log.error("handshake crashed", { conn: conn.id, error: err });
    conn.close(1011, "internal error during handshake");
  };
  const finished = (outcome: HandshakeOutcome) => {
    conn.connectInFlight = false;
    if (!outcome.ok) {
      conn.preauthQueue = [];
      return;
    }
    if (deps.log.debugEnabled) deps.log.debug("connection open", { conn: conn.id });
    const queued = conn.preauthQueue;
    conn.preauthQueue = [];
    for (const q of queued) if (conn.state === "open") requests.receive(q);
  };
  try {
    const outcome = performHandshake(conn, frame, deps);
    if (isThenable(outcome)) (outcome as Promise<HandshakeOutcome>).then(finished).catch(crashed);
    else finished(outcome);
  } catch (err) {
    crashed(err);
  }
}

/** A frame after the handshake: the request it carries, or null once a bad frame was answered (or ignored). */
function parseOpenFrame(conn: Connection, text: string, deps: SocketDeps): RequestFrame | null {
  let frame: unknown;
  try {
    frame = JSON.parse(text);
  } catch {
    if (deps.log.debugEnabled) deps.log.debug("ignored malformed JSON frame", { conn: conn.id, bytes: text.length });
    return null;
  }
  if (!validateRequest(frame)) {
    const id = typeof (frame as { id?: unknown })?.id === "string" && (frame as { id: string }).id ? (frame as { id: string }).id : "invalid";
    conn.sendError(id, invalidRequest(`invalid request frame: ${validateRequest.errorText()}`).toShape());
    return null;
  }
  if (deps.log.debugEnabled) deps.log.debug(`⇄ req ${frame.method}`, { conn: conn.id, id: frame.id });
  return frame;
}
