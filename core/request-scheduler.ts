/**
 * Admission of one connection's requests, so a socket that pipelines thousands of them can neither
 * starve the other sockets nor pile up unbounded work:
 * - at most `framesPerTurn` of its frames are handled per event-loop turn. The rest wait in its inbox
 *   with reading paused, so the flood stays in the kernel's socket buffers rather than in the heap,
 *   and every other socket is read and answered before this one gets its next share;
 * - at most `maxInFlight` of its requests run at once, and up to `maxQueued` more wait for a slot in
 *   arrival order; beyond that a request is refused at once with a retryable UNAVAILABLE.
 */
import { unavailable } from "./errors.js";
import type { RequestFrame } from "./protocol/frames.js";
import type { Connection } from "./connection.js";

export interface RequestLimits {
  maxInFlight: number;
  maxQueued: number;
  framesPerTurn: number;
  /** The retry hint sent with a refusal. */
  retryAfterMs: number;
}

/** Numbers event-loop turns with one shared setImmediate, armed only while some socket is active. */
export class TurnClock {
  private turn = 0;
  private armed = false;
  private readonly advance = () => {
    this.armed = false;
    this.turn += 1;
  };

  now(): number {
    if (!this.armed) {
      this.armed = true;
      setImmediate(this.advance);
    }
    return this.turn;
  }
}

export abstract class RequestScheduler {
  private inbox: string[] = [];
  private waiting: RequestFrame[] = [];
  private inFlight = 0;
  private turn = -1;
  private used = 0;
  private drainArmed = false;
  private readingPaused = false;

  constructor(
    protected readonly conn: Connection,
    private readonly limits: RequestLimits,
    private readonly clock: TurnClock,
  ) {}

  /** Parses one frame; answers or ignores a bad one itself and returns null. */
  protected abstract parse(text: string): RequestFrame | null;
  /** Runs one request; `settled` must be called once it has its final answer (or was dropped). */
  protected abstract run(frame: RequestFrame, settled: () => void): void;

  /** A frame read from the socket of an open connection. */
  receive(text: string): void {
    if (this.inbox.length === 0 && this.take()) return this.handle(text);
    this.inbox.push(text);
    this.pauseReading();
    this.armDrain();
  }

  /** The connection is gone: nothing queued will run (its requests could not be answered anyway). */
  clear(): void {
    this.inbox = [];
    this.waiting = [];
    this.resumeReading(); // lets the close handshake through
  }

  /** Spends one unit of this turn's share; false when it is used up. */
  private take(): boolean {
    const now = this.clock.now();
    if (now !== this.turn) {
      this.turn = now;
      this.used = 0;
    }
    if (this.used >= this.limits.framesPerTurn) return false;
    this.used += 1;
    return true;
  }

  private handle(text: string): void {
    const frame = this.parse(text);
    if (!frame) return;
    if (this.waiting.length === 0 && this.inFlight < this.limits.maxInFlight) return this.start(frame);
    if (this.waiting.length < this.limits.maxQueued) {
      this.waiting.push(frame);
      return;
    }
    const { maxInFlight, maxQueued, retryAfterMs } = this.limits;
    const err = unavailable(
      `too many requests on this connection: ${maxInFlight} running and ${maxQueued} waiting (gateway.limits.maxInFlightRequests, gateway.limits.maxQueuedRequests); retry in ${retryAfterMs} ms or wait for answers before sending more`,
      { retryable: true, retryAfterMs, details: { maxInFlightRequests: maxInFlight, maxQueuedRequests: maxQueued } },
    );
    this.conn.sendError(frame.id, err.toShape());
  }

  private start(frame: RequestFrame): void {
    this.inFlight += 1;
    let settled = false;
    const done = () => {
      if (settled) return;
      settled = true;
      this.inFlight -= 1;
      if (this.waiting.length > 0) this.armDrain();
    };
    try {
      this.run(frame, done);
    } catch (err) {
      done();
      throw err;
    }
  }

  private readonly drain = () => {
    this.drainArmed = false;
    if (this.conn.state !== "open") return this.clear();
    // Each drain is a fresh share, so a backlog always moves, one share per turn.
    this.turn = this.clock.now();
    this.used = 0;
    try {
      while (this.conn.state === "open" && this.take()) {
        if (this.waiting.length > 0 && this.inFlight < this.limits.maxInFlight) {
          this.start(this.waiting.shift() as RequestFrame);
          continue;
        }
        const text = this.inbox.shift();
        if (text === undefined) {
          this.used -= 1; // nothing to do: give the unit back
          break;
        }
        this.handle(text);
      }
    } finally {
      // Also after a throw (reported by the process's handlers): the socket must not stay paused.
      if (this.conn.state !== "open") this.clear();
      else {
        if (this.inbox.length === 0) this.resumeReading();
        if (this.inbox.length > 0 || (this.waiting.length > 0 && this.inFlight < this.limits.maxInFlight)) this.armDrain();
      }
    }
  };

  private armDrain(): void {
    if (this.drainArmed) return;
    this.drainArmed = true;
    setImmediate(this.drain);
  }

  private pauseReading(): void {
    if (this.readingPaused || this.conn.state !== "open") return;
    this.readingPaused = true;
    this.conn.ws.pause();
  }

  private resumeReading(): void {
    if (!this.readingPaused) return;
    this.readingPaused = false;
    this.conn.ws.resume();
  }
}
