/**
 * Maps what a provider throws through its official SDK (openai or @anthropic-ai/sdk) to gateway errors that
 * say who failed, why, and what to change: auth, rate limit (with retry-after), overloaded (529/503),
 * context length, timeout, other.
 */
import { GatewayError } from "../../core/sdk/plugin.js";
import type { ResolvedModel } from "./config.js";

export type ProviderErrorKind = "auth" | "rate_limit" | "overloaded" | "context_length" | "timeout" | "provider" | "aborted";

interface SdkLikeError {
  name?: string;
  status?: number;
  message?: string;
  code?: string | null;
  headers?: Headers;
  type?: string | null;
  /** OpenAI: `{message, type, code}`; Anthropic: `{type: "error", error: {type, message}}`. */
  error?: { message?: string; type?: string; error?: { message?: string; type?: string } } | null;
}

/** The provider's error body, whichever SDK wrapped it. */
function errorBody(err: SdkLikeError): { message?: string; type?: string } {
  const body = err.error ?? undefined;
  if (body?.error && typeof body.error === "object") return body.error;
  return body ?? {};
}

function retryAfterMs(headers: Headers | undefined): number | undefined {
  const ms = headers?.get?.("retry-after-ms");
  if (ms && Number.isFinite(Number(ms))) return Number(ms);
  const value = headers?.get?.("retry-after");
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

/** The provider's own message without the SDK's "401 " status prefix. */
function providerMessage(err: SdkLikeError): string {
  const fromBody = errorBody(err).message;
  const text = fromBody ?? err.message ?? "unknown error";
  return text.replace(/^\d{3}\s+/, "");
}

/** The base URL without credentials or query (either may carry a key). */
function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return "(invalid URL)";
  }
}

/** Removes the provider's own secrets from text it sent back (some providers echo the key). */
function scrub(text: string, model: ResolvedModel): string {
  let out = text;
  for (const secret of [model.provider.apiKey, ...Object.values(model.provider.headers ?? {})]) {
    if (secret && secret.length >= 6) out = out.split(secret).join("[redacted]");
  }
  return out;
}

export function mapProviderError(err: unknown, model: ResolvedModel): GatewayError {
  const mapped = mapError(err, model);
  return mapped === err ? mapped : new GatewayError(mapped.code, scrub(mapped.message, model), { details: mapped.details, retryable: mapped.retryable, retryAfterMs: mapped.retryAfterMs, cause: err });
}

function mapError(err: unknown, model: ResolvedModel): GatewayError {
  if (err instanceof GatewayError) return err;
  const e = (err ?? {}) as SdkLikeError;
  const who = `provider "${model.providerId}" (model ${model.modelId})`;
  const details = (kind: ProviderErrorKind, extra: Record<string, unknown> = {}) => ({ kind, provider: model.providerId, model: model.modelId, ...extra });
  if (e.name === "APIUserAbortError" || e.name === "AbortError") {
    return new GatewayError("UNAVAILABLE", "the run was aborted", { details: details("aborted", { aborted: true }), cause: err });
  }
  if (e.name === "APIConnectionTimeoutError") {
    return new GatewayError("UNAVAILABLE", `${who} did not answer in time; raise models.providers.${model.providerId}.timeoutSeconds or check the server`, { details: details("timeout"), retryable: true, cause: err });
  }
  if (e.name === "APIConnectionError") {
    const cause = (err as { cause?: { message?: string } }).cause?.message;
    return new GatewayError("UNAVAILABLE", `cannot reach ${who} at ${safeUrl(model.provider.baseUrl)}${cause ? ` (${cause})` : ""}; check models.providers.${model.providerId}.baseUrl and that the server is running`, { details: details("provider"), retryable: true, cause: err });
  }
  const status = e.status;
  const message = providerMessage(e);
  const type = errorBody(e).type ?? e.type ?? undefined;
  if (status === 401 || status === 403) {
    return new GatewayError("UNAVAILABLE", `${who} refused the credentials (${status}: ${message}); set models.providers.${model.providerId}.apiKey (e.g. "\${${model.provider.api === "anthropic-messages" ? "ANTHROPIC" : "OPENAI"}_API_KEY}")`, { details: details("auth", { status }), cause: err });
  }
  if (status === 529 || status === 503 || type === "overloaded_error") {
    return new GatewayError("UNAVAILABLE", `${who} is overloaded (${status ?? type}: ${message}); try again shortly or configure a fallback model`, { details: details("overloaded", { ...(status ? { status } : {}) }), retryable: true, cause: err });
  }
  if (status === 429 || type === "rate_limit_error") {
    const after = retryAfterMs(e.headers);
    return new GatewayError("UNAVAILABLE", `${who} is rate limiting requests (429: ${message})${after !== undefined ? `; retry after ${Math.ceil(after / 1000)} s` : ""}`, { details: details("rate_limit", { status }), retryable: true, retryAfterMs: after, cause: err });
  }
  if (e.code === "context_length_exceeded" || type === "context_length_exceeded" || /context(_| )length|maximum context|too many tokens|prompt is too long/i.test(message)) {
    return new GatewayError("UNAVAILABLE", `${who}: the conversation is longer than the model's context (${message}); start a new session with /new or set a smaller contextWindow for this model`, { details: details("context_length", { status }), cause: err });
  }
  if (status !== undefined) {
    return new GatewayError("UNAVAILABLE", `${who} failed (${status}: ${message})`, { details: details("provider", { status }), retryable: status >= 500, cause: err });
  }
  return new GatewayError("UNAVAILABLE", `${who} failed: ${message}`, { details: details("provider"), cause: err });
}

/** Errors worth trying the next fallback model for (not the user's abort, not a too-long conversation). */
export function shouldFallBack(err: GatewayError): boolean {
  const kind = (err.details as { kind?: ProviderErrorKind } | undefined)?.kind;
  return kind === "auth" || kind === "rate_limit" || kind === "overloaded" || kind === "provider" || kind === "timeout";
}

export function errorKind(err: GatewayError): ProviderErrorKind | undefined {
  return (err.details as { kind?: ProviderErrorKind } | undefined)?.kind;
}
