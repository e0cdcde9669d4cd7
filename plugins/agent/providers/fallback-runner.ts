/**
 * One model request with the retry and fallback policy: an overloaded model (529/503) is retried a couple of
 * times with a short backoff, then the next fallback is tried; a 429 is waited out when its retry-after fits
 * the policy (and the run's budget, whose abort ends the wait), else the next fallback is tried and the last
 * error carries `retryAfterMs`; a too-long context is trimmed and retried once; auth, timeouts and other
 * provider failures go straight to the next fallback. Nothing is retried once text reached the client.
 */
import { GatewayError, toGatewayError } from "../../../core/sdk/plugin.js";
import { errorKind, shouldFallBack } from "../provider-errors.js";
import type { ProviderRetryPolicy, ResolvedModel } from "../config.js";

export interface AttemptOptions {
  /** true on the retry after a context-length error: send less history. */
  trimmed: boolean;
}

export interface FallbackInput<T> {
  models: readonly ResolvedModel[];
  policy: ProviderRetryPolicy;
  signal: AbortSignal;
  attempt(model: ResolvedModel, options: AttemptOptions): Promise<T>;
  /** Whether the attempt just made already streamed text to the client (then it cannot be retried). */
  streamed(): boolean;
  /** Told about every retry and fallback (for the log). */
  onRetry?(info: { model: ResolvedModel; kind: string; waitMs: number; next?: ResolvedModel }): void;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

export async function runWithFallbacks<T>(input: FallbackInput<T>): Promise<{ result: T; model: ResolvedModel }> {
  let lastError: GatewayError | undefined;
  for (const [index, model] of input.models.entries()) {
    const next = input.models[index + 1];
    let trimmed = false;
    let overloads = 0;
    let rateWaits = 0;
    for (;;) {
      try {
        return { result: await input.attempt(model, { trimmed }), model };
      } catch (thrown) {
        const err = toGatewayError(thrown);
        if (input.signal.aborted || input.streamed()) throw err;
        const kind = errorKind(err);
        if (kind === "context_length") {
          if (trimmed) throw err; // already trimmed once: the clear error stands
          trimmed = true;
          input.onRetry?.({ model, kind, waitMs: 0 });
          continue;
        }
        if (kind === "overloaded" && overloads < input.policy.overloadRetries) {
          const waitMs = input.policy.overloadBackoffMs * 2 ** overloads++;
          input.onRetry?.({ model, kind, waitMs });
          await sleep(waitMs, input.signal);
          continue;
        }
        if (kind === "rate_limit" && err.retryAfterMs !== undefined && err.retryAfterMs <= input.policy.maxRetryAfterMs && rateWaits++ < 1) {
          input.onRetry?.({ model, kind, waitMs: err.retryAfterMs });
          await sleep(err.retryAfterMs, input.signal);
          continue;
        }
        if (!shouldFallBack(err)) throw err;
        lastError = err;
        input.onRetry?.({ model, kind: kind ?? "provider", waitMs: 0, ...(next ? { next } : {}) });
        break;
      }
    }
  }
  throw lastError ?? new GatewayError("UNAVAILABLE", "no model answered");
}
