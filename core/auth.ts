/** Shared-secret authentication of a connect request (token, password or none). */
import { safeEqualSecret } from "./secret-compare.js";
import { CONNECT_DETAIL_CODES } from "./protocol/error-codes.js";
import type { ConnectAuth } from "./protocol/connect-params.js";

export type AuthMode = "token" | "password" | "none";

/** The secrets in force right now; read per connection so a rotation applies at once. */
export interface AuthSettings {
  mode: AuthMode;
  token?: string;
  password?: string;
}

export type SharedAuthResult =
  | { ok: true; method: AuthMode }
  | {
      ok: false;
      /** Missing credentials do not count toward the failure limiter; wrong ones do. */
      countsAsFailure: boolean;
      message: string;
      detailCode: string;
      /** Upstream's machine-readable reason, e.g. "token_mismatch". */
      authReason: string;
      /** A credential was offered that another verifier (device tokens) may still accept. */
      offered: boolean;
    };

export function checkSharedSecret(settings: AuthSettings, auth: ConnectAuth | undefined): SharedAuthResult {
  if (settings.mode === "none") return { ok: true, method: "none" };
  if (settings.mode === "password") {
    const given = auth?.password;
    if (!given) {
      return {
        ok: false, countsAsFailure: false, offered: Boolean(auth?.token || auth?.deviceToken),
        message: "unauthorized: gateway password missing (send auth.password; the gateway's password is gateway.auth.password or OPENCLAW_GATEWAY_PASSWORD)",
        detailCode: CONNECT_DETAIL_CODES.AUTH_PASSWORD_MISSING,
        authReason: "password_missing",
      };
    }
    if (safeEqualSecret(given, settings.password)) return { ok: true, method: "password" };
    return {
      ok: false, countsAsFailure: true, offered: true,
      message: "unauthorized: gateway password mismatch (use the password set in the gateway's gateway.auth.password or OPENCLAW_GATEWAY_PASSWORD)",
      detailCode: CONNECT_DETAIL_CODES.AUTH_PASSWORD_MISMATCH,
        authReason: "password_mismatch",
    };
  }
  const given = auth?.token;
  if (!given) {
    return {
      ok: false, countsAsFailure: false, offered: Boolean(auth?.deviceToken),
      message: "unauthorized: gateway token missing (send auth.token; the gateway's token is gateway.auth.token, OPENCLAW_GATEWAY_TOKEN or <stateDir>/gateway.token)",
      detailCode: CONNECT_DETAIL_CODES.AUTH_TOKEN_MISSING,
        authReason: "token_missing",
    };
  }
  if (safeEqualSecret(given, settings.token)) return { ok: true, method: "token" };
  return {
    ok: false, countsAsFailure: true, offered: true,
    message: "unauthorized: gateway token mismatch (use the token from the gateway's gateway.auth.token, OPENCLAW_GATEWAY_TOKEN or <stateDir>/gateway.token)",
    detailCode: CONNECT_DETAIL_CODES.AUTH_TOKEN_MISMATCH,
        authReason: "token_mismatch",
  };
}
