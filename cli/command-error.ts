/** How a command that talks to the gateway reports a failure: the JSON `error` object and the stderr line. */
import { GatewayRequestError } from "../core/client.js";

export interface CommandErrorJson {
  code?: string;
  message: string;
  details?: unknown;
  retryAfterMs?: number;
}

export function describeCommandError(err: unknown, context?: string): { error: CommandErrorJson; text: string } {
  const e = err as Error & Partial<GatewayRequestError> & { code?: string };
  const error: CommandErrorJson = err instanceof GatewayRequestError
    ? { code: e.code, message: e.message, ...(e.details !== undefined ? { details: e.details } : {}), ...(e.retryAfterMs !== undefined ? { retryAfterMs: e.retryAfterMs } : {}) }
    : { code: e.code ?? "CONNECT_FAILED", message: e.message };
  return { error, text: `${context ? `${context}: ` : ""}${error.code ? `${error.code}: ` : ""}${error.message}` };
}
