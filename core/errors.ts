/** The error every handler, hook and plugin throws to answer a client with a protocol error. */
import { ERROR_CODES, type ErrorCode } from "./protocol/error-codes.js";
import type { ErrorShape } from "./protocol/frames.js";

export interface GatewayErrorOptions {
  details?: unknown;
  retryable?: boolean;
  retryAfterMs?: number;
  /** Sent as `payload` beside the error (e.g. the final `agent` response of a failed run). */
  payload?: unknown;
  cause?: unknown;
}

/** Marks every GatewayError, whichever copy of this module created it (see `Symbol.hasInstance` below). */
const GATEWAY_ERROR_BRAND = Symbol.for("openclaw.GatewayError");

export class GatewayError extends Error {
  /**
   * `instanceof` by brand, not by prototype: the gateway runs from a bundle (dist/bundle) while a
   * third-party plugin imports the SDK from dist/core/sdk, so two copies of this class can meet.
   */
  static [Symbol.hasInstance](value: unknown): boolean {
    if (this !== GatewayError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[GATEWAY_ERROR_BRAND] === true;
  }

  readonly code: ErrorCode;
  readonly details?: unknown;
  readonly retryable?: boolean;
  readonly retryAfterMs?: number;
  readonly payload?: unknown;

  constructor(code: ErrorCode, message: string, options: GatewayErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "GatewayError";
    Object.defineProperty(this, GATEWAY_ERROR_BRAND, { value: true });
    this.code = code;
    this.details = options.details;
    this.retryable = options.retryable;
    this.retryAfterMs = options.retryAfterMs;
    this.payload = options.payload;
  }

  toShape(): ErrorShape {
    const shape: ErrorShape = { code: this.code, message: this.message };
    if (this.details !== undefined) shape.details = this.details;
    if (this.retryable !== undefined) shape.retryable = this.retryable;
    if (this.retryAfterMs !== undefined) shape.retryAfterMs = Math.max(0, Math.round(this.retryAfterMs));
    return shape;
  }
}

export const invalidRequest = (message: string, options?: GatewayErrorOptions) =>
  new GatewayError(ERROR_CODES.INVALID_REQUEST, message, options);
export const unavailable = (message: string, options?: GatewayErrorOptions) =>
  new GatewayError(ERROR_CODES.UNAVAILABLE, message, options);

/** Turns anything thrown into a GatewayError; unknown failures become UNAVAILABLE. */
export function toGatewayError(err: unknown): GatewayError {
  if (err instanceof GatewayError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return unavailable(message || "internal error", { cause: err });
}
