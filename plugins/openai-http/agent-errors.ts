/**
 * How a failed agent run answers over HTTP. The caller's bearer was fine when we get here, so a provider
 * that refuses *our* key is an upstream failure (502), not a 401 the OpenAI SDK would report as the
 * caller's bad key. `x-should-retry: false` stops the SDK from retrying what cannot succeed on a retry.
 */
import { GatewayError, Redactor } from "../../core/sdk/plugin.js";
import { HttpError } from "./http-io.js";

const redactor = new Redactor();
const noRetry = { "x-should-retry": "false" };

interface AgentErrorDetails {
  kind?: "auth" | "rate_limit" | "context_length" | "timeout" | "provider" | "aborted";
  status?: number;
}

/** The HTTP answer for an error thrown by `agent.run` (messages pass the log redactor: no keys in bodies). */
export function httpErrorFromAgent(err: unknown): HttpError {
  if (!(err instanceof GatewayError)) return new HttpError(500, "internal error", "api_error");
  const message = redactor.redact(err.message);
  if (err.code === "AGENT_TIMEOUT") return new HttpError(504, message, "timeout_error", { code: "agent_timeout", headers: noRetry });
  if (err.code === "INVALID_REQUEST") return new HttpError(400, message, "invalid_request_error");
  const details = (err.details ?? {}) as AgentErrorDetails;
  switch (details.kind) {
    case "auth":
      return new HttpError(502, message, "upstream_error", { code: "upstream_auth_failed", headers: noRetry });
    case "rate_limit": {
      const headers: Record<string, string> = {};
      if (err.retryAfterMs !== undefined) {
        headers["retry-after"] = String(Math.max(1, Math.ceil(err.retryAfterMs / 1000)));
        headers["retry-after-ms"] = String(Math.max(0, Math.round(err.retryAfterMs)));
      }
      return new HttpError(429, message, "rate_limit_error", { code: "rate_limit_exceeded", headers });
    }
    case "context_length":
      return new HttpError(400, message, "invalid_request_error", { code: "context_length_exceeded" });
    case "timeout":
      return new HttpError(504, message, "upstream_error", { code: "upstream_timeout" });
    case "provider":
      return new HttpError(502, message, "upstream_error", { code: "upstream_failed", ...(details.status !== undefined && details.status < 500 ? { headers: noRetry } : {}) });
    case "aborted":
      return new HttpError(503, message, "api_error", { code: "aborted" });
    default:
      return new HttpError(500, message || "internal error", "api_error");
  }
}
