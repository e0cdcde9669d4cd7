/**
 * Responses and request bodies for the OpenAI-compatible routes: JSON with the security headers, errors in
 * OpenAI's `{error:{message,type,code}}` shape, and a body reader that stops at a byte cap (413) or a deadline
 * (408) instead of buffering whatever a client sends.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "../../core/sdk/plugin.js";

/** On every response of this plugin (errors and streams included). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
});

/** An HTTP answer a handler gives up with; the route wrapper sends it. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly type: string,
    readonly options: { code?: string; headers?: Record<string, string>; closeConnection?: boolean } = {},
  ) {
    super(message);
    this.name = "HttpError";
  }

  body(): { error: { message: string; type: string; code?: string } } {
    return { error: { message: this.message, type: this.type, ...(this.options.code ? { code: this.options.code } : {}) } };
  }
}

export const invalidRequest = (message: string, code?: string) => new HttpError(400, message, "invalid_request_error", { code });

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, "content-type": "application/json; charset=utf-8", "content-length": String(Buffer.byteLength(text)), ...headers });
  res.end(text);
}

export function sendHttpError(req: IncomingMessage, res: ServerResponse, err: HttpError, body: unknown = err.body()): void {
  const headers = { ...err.options.headers };
  // The rest of an oversized or stalled body is not read: close the connection once the answer is out.
  if (err.options.closeConnection) headers.connection = "close";
  sendJson(res, err.status, body, headers);
  if (err.options.closeConnection) res.once("finish", () => req.socket?.end());
}

export interface BodyLimits {
  maxBytes: number;
  timeoutMs: number;
}

const tooLarge = () => new HttpError(413, "Payload too large", "invalid_request_error", { closeConnection: true });

/** Reads and parses a JSON body; throws an HttpError (400, 408 or 413) that names the problem. */
export function readJsonBody(req: IncomingMessage, limits: BodyLimits): Promise<unknown> {
  const declared = req.headers["content-length"];
  if (declared !== undefined && Number(declared) > limits.maxBytes) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.off("data", onData).off("end", onEnd).off("error", onClose).off("close", onClose);
      fn();
    };
    const timer = setTimeout(() => settle(() => reject(new HttpError(408, "Request body timeout", "invalid_request_error", { closeConnection: true }))), limits.timeoutMs);
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.maxBytes) return settle(() => reject(tooLarge()));
      chunks.push(chunk);
    };
    const onEnd = () =>
      settle(() => {
        const text = Buffer.concat(chunks, size).toString("utf8");
        if (!text.trim()) return reject(invalidRequest("the request body is empty; send a JSON object"));
        try {
          resolve(JSON.parse(text));
        } catch (err) {
          reject(invalidRequest(`the request body is not valid JSON: ${(err as Error).message}`));
        }
      });
    const onClose = () => settle(() => reject(new HttpError(400, "the client closed the request before the body was complete", "invalid_request_error")));
    req.on("data", onData).on("end", onEnd).on("error", onClose).on("close", onClose);
  });
}

/**
 * A Server-Sent Events response: the head is written on `open()`, frames are `data:` (or named) JSON.
 * Frames written in the same tick (several provider chunks from one network read) leave in one write.
 * They are gathered here rather than with `res.cork()`: on Node 24 a response's cork buffers the chunks
 * in the response itself, and `res.end()` while corked writes the chunked-encoding terminator before
 * them, cutting the stream and corrupting the keep-alive connection for the next request.
 */
export class SseWriter {
  private opened = false;
  /** Frames of the current tick, not yet handed to the response. */
  private pending = "";

  constructor(private readonly res: ServerResponse) {}

  get isOpen(): boolean {
    return this.opened;
  }

  open(): void {
    if (this.opened || this.res.headersSent) return;
    this.opened = true;
    this.res.writeHead(200, { ...SECURITY_HEADERS, "content-type": "text/event-stream; charset=utf-8", connection: "keep-alive", "x-accel-buffering": "no" });
  }

  data(payload: unknown): void {
    this.write(`data: ${JSON.stringify(payload)}\n\n`);
  }

  /** A `data:` frame from JSON text the caller already serialised. */
  dataJson(json: string): void {
    this.write(`data: ${json}\n\n`);
  }

  event(type: string, payload: unknown): void {
    this.write(`event: ${type}\ndata: ${JSON.stringify(payload)}\n\n`);
  }

  private write(frame: string): void {
    if (this.res.writableEnded) return;
    if (!this.pending) process.nextTick(() => this.flush());
    this.pending += frame;
  }

  private flush(): void {
    const frames = this.take();
    if (frames && !this.res.writableEnded) this.res.write(frames);
  }

  private take(): string {
    const frames = this.pending;
    this.pending = "";
    return frames;
  }

  /** Writes the pending frames and `data: [DONE]`, and ends the response. */
  done(): void {
    if (!this.res.writableEnded) this.res.end(`${this.take()}data: [DONE]\n\n`);
  }

  /** Writes the pending frames and ends the response. */
  end(): void {
    if (this.res.writableEnded) return;
    const frames = this.take();
    if (frames) this.res.end(frames);
    else this.res.end();
  }
}

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void | Promise<void>;

/** Sends a handler's HttpError as its answer; anything else is logged and becomes a 500 without details. */
export function guarded(log: Logger, handler: Handler): Handler {
  return async (req, res, url) => {
    try {
      await handler(req, res, url);
    } catch (err) {
      if (err instanceof HttpError) return sendHttpError(req, res, err);
      log.error("OpenAI HTTP handler failed", { path: url.pathname, error: err });
      if (!res.headersSent) sendJson(res, 500, { error: { message: "internal error", type: "api_error" } });
      else res.end();
    }
  };
}
