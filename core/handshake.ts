/**
 * The connect handshake: params validation, version negotiation, role, the failure limiter,
 * shared-secret auth, device identity, the connection phases (`onConnect`, `helloExtras`,
 * `onConnected`; see hooks.ts), and scope granting.
 * Each failure answers with the error of protocol.md §3 and closes the socket after the reply is flushed.
 */
import { compile } from "./protocol/validators.js";
import { ConnectParams, ROLES, type Role } from "./protocol/connect-params.js";
import { negotiateProtocol, HIGHEST_PROTOCOL, SUPPORTED_PROTOCOLS } from "./protocol/version.js";
import { CONNECT_DETAIL_CODES, ERROR_CODES } from "./protocol/error-codes.js";
import { LIMITS } from "./protocol/limits.js";
import type { RequestFrame } from "./protocol/frames.js";
import { GatewayError, invalidRequest, unavailable } from "./errors.js";
import { checkSharedSecret, type AuthSettings } from "./auth.js";
import type { AuthFailureLimiter } from "./auth-limiter.js";
import { verifyDeviceProof } from "./device-identity.js";
import { isThenable, notifyHook, runHook, type ConnectContext, type GatewayHooks, type HelloExtrasContext, type MaybePromise } from "./hooks.js";
import { hasScope, OPERATOR_SCOPES } from "./protocol/scopes.js";
import type { Connection } from "./connection.js";
import type { Logger } from "./log.js";

const validateConnect = compile(ConnectParams);

export interface HandshakeDeps {
  log: Logger;
  authSettings(): AuthSettings;
  limiter: AuthFailureLimiter;
  hooks(): GatewayHooks;
  /** False while the gateway is stopping or restarting. */
  accepting(): boolean;
  /** The whole `res` frame carrying hello-ok, encoded, for a connection that passed every check. */
  helloFrame(conn: Connection, requestId: string, helloAuth: Record<string, unknown>, surfaces: Record<string, string>): Buffer;
}

export interface HandshakeOutcome {
  ok: boolean;
}

/** Copy of params with `client.id`/`client.mode` trimmed and lower-cased (upstream compares them that way). */
function normalizeParams(params: unknown): unknown {
  if (typeof params !== "object" || params === null || Array.isArray(params)) return params;
  const p = params as Record<string, unknown>;
  const client = p.client;
  if (typeof client !== "object" || client === null || Array.isArray(client)) return params;
  const c = { ...(client as Record<string, unknown>) };
  if (typeof c.id === "string") c.id = c.id.trim().toLowerCase();
  if (typeof c.mode === "string") c.mode = c.mode.trim().toLowerCase();
  return { ...p, client: c };
}

function grantableScopes(requested: readonly string[], allowed: readonly string[]): string[] {
  const allowedSet = new Set(allowed);
  if (allowedSet.has(OPERATOR_SCOPES.admin)) return [...requested];
  return requested.filter((s) => allowedSet.has(s) || (s.startsWith("operator.") && hasScope(allowedSet, s as never)));
}

/**
 * Runs the handshake for one `connect` frame. Synchronous unless a connection phase's tap returned a
 * promise (then the outcome is a promise); either way the reply has been queued when it settles.
 */
export function performHandshake(conn: Connection, frame: RequestFrame, deps: HandshakeDeps): HandshakeOutcome | Promise<HandshakeOutcome> {
  const refuse = (err: GatewayError, closeCode = 1008): HandshakeOutcome => {
    deps.log.debug("handshake refused", { conn: conn.id, ip: conn.remoteIp, code: err.code, reason: err.message });
    conn.state = "closing";
    conn.sendError(frame.id, err.toShape(), undefined, () => conn.close(closeCode, err.message));
    return { ok: false };
  };

  if (!deps.accepting()) {
    return refuse(unavailable("gateway is restarting or stopping; retry shortly", { retryable: true, retryAfterMs: 1000 }), 1013);
  }
  const params = normalizeParams(frame.params ?? {});
  if (!validateConnect(params)) return refuse(invalidRequest(`invalid connect params: ${validateConnect.errorText()}`));

  const protocol = negotiateProtocol(params.minProtocol, params.maxProtocol);
  if (protocol === null) {
    return refuse(
      invalidRequest("protocol mismatch", {
        details: {
          code: CONNECT_DETAIL_CODES.PROTOCOL_MISMATCH,
          expectedProtocol: HIGHEST_PROTOCOL,
          supportedProtocols: [...SUPPORTED_PROTOCOLS],
          clientMinProtocol: params.minProtocol,
          clientMaxProtocol: params.maxProtocol,
        },
      }),
      1002,
    );
  }
  const role = params.role ?? "operator";
  if (!(ROLES as readonly string[]).includes(role)) {
    return refuse(invalidRequest(`invalid role: ${role} (use "operator" or "node")`, { details: { code: CONNECT_DETAIL_CODES.INVALID_ROLE } }));
  }

  const limiterKey = conn.remoteIp;
  const limited = !conn.localDirect;
  if (limited) {
    const verdict = deps.limiter.check(limiterKey);
    if (verdict.locked) return refuse(rateLimited(verdict.retryAfterMs));
  }

  const shared = checkSharedSecret(deps.authSettings(), params.auth);
  // Only a wrong credential counts toward the lockout; a missing one does not.
  const recordFailure = () => {
    if (limited && !shared.ok && shared.countsAsFailure) deps.limiter.recordFailure(limiterKey);
  };
  const unauthorized = () => {
    recordFailure();
    if (shared.ok) return refuse(invalidRequest("unauthorized"));
    return refuse(
      invalidRequest(shared.message, {
        details: { code: shared.detailCode, authReason: shared.authReason, canRetryWithDeviceToken: false, recommendedNextStep: "update_auth_credentials" },
      }),
    );
  };
  // Without a shared secret, only a device-bound credential (checked by a plugin) can still succeed.
  if (!shared.ok && !(shared.offered && params.device)) return unauthorized();

  const requestedScopes = params.scopes ?? (protocol === 3 && role === "operator" ? [OPERATOR_SCOPES.admin] : []);
  if (params.device) {
    const verdict = verifyDeviceProof(params.device, {
      nonce: conn.nonce,
      clientId: params.client.id,
      clientMode: params.client.mode,
      role,
      scopes: requestedScopes,
      platform: params.client.platform,
      deviceFamily: params.client.deviceFamily,
      tokens: [params.auth?.token, params.auth?.deviceToken, params.auth?.password],
    });
    if (!verdict.ok) return refuse(invalidRequest(verdict.message, { details: { code: verdict.detailCode } }));
    conn.device = verdict.device;
  }

  conn.protocol = protocol;
  conn.role = role as Role;
  conn.client = params.client;
  conn.caps = params.caps ?? [];
  conn.commands = params.commands ?? [];
  conn.permissions = params.permissions ?? {};
  conn.pathEnv = params.pathEnv;
  conn.authMethod = shared.ok ? shared.method : "none";
  conn.scopes = new Set(shared.ok ? requestedScopes : []);

  let authenticated = shared.ok;
  const hooks = deps.hooks();
  const ctx: ConnectContext = {
    conn,
    requestedScopes,
    auth: params.auth,
    get authenticated() {
      return authenticated;
    },
    authenticate(method, allowedScopes) {
      authenticated = true;
      conn.authMethod = method;
      conn.scopes = new Set(grantableScopes(requestedScopes, allowedScopes));
    },
  };
  const hookFailed = (which: string) => (err: unknown): HandshakeOutcome => {
    deps.log.error(`${which} hook failed; refusing the connection`, { conn: conn.id, error: err });
    return refuse(unavailable(`connect could not be completed: ${(err as Error).message}`));
  };

  const afterHelloExtras = (extras: HelloExtrasContext): HandshakeOutcome => {
    if (conn.state !== "handshake") return { ok: false }; // closed (or closing) while the hooks ran
    // The handshake is done: lift the pre-auth frame limit to the advertised maxPayload.
    raiseMaxPayload(conn, LIMITS.maxPayload);
    conn.state = "open";
    if (conn.handshakeTimer) clearTimeout(conn.handshakeTimer);
    conn.handshakeTimer = undefined; // not kept for the life of the connection
    conn.send(deps.helloFrame(conn, frame.id, extras.helloAuth, extras.surfaces));
    if (deps.log.debugEnabled) {
      deps.log.debug("handshake ok", {
        conn: conn.id, ip: conn.remoteIp, client: conn.client.id, mode: conn.client.mode, role: conn.role,
        protocol, auth: conn.authMethod, scopes: [...conn.scopes].join(","), device: conn.device?.id.slice(0, 12),
      });
    }
    // Not awaited: the connection's queued frames must be dispatched in order right after this returns.
    // Every tap starts synchronously, so a synchronous observer (the node registry) has seen the
    // connection before its next frame is dispatched.
    notifyHook(hooks, "onConnected", { conn }, (err) => deps.log.warn("an onConnected hook failed", { conn: conn.id, error: err }));
    return { ok: true };
  };

  const afterConnect = (verdict: GatewayError | undefined): MaybePromise<HandshakeOutcome> => {
    if (conn.state !== "handshake") return { ok: false }; // closed (or closing) while the hooks ran
    if (verdict) {
      if (!authenticated) recordFailure();
      return refuse(verdict instanceof GatewayError ? verdict : invalidRequest(String(verdict)));
    }
    if (!authenticated) return unauthorized();
    if (limited) deps.limiter.reset(limiterKey);
    const extras: HelloExtrasContext = { conn, helloAuth: {}, surfaces: {} };
    return step(() => runHook(hooks, "helloExtras", extras), () => afterHelloExtras(extras), hookFailed("a helloExtras"));
  };

  return step(() => runHook(hooks, "onConnect", ctx), afterConnect, hookFailed("an onConnect"));
}

/**
 * Runs one phase and continues with `next`, synchronously when the phase finished synchronously: a
 * handshake whose hooks had nothing to wait for completes within the frame that carried `connect`.
 */
function step<T>(run: () => MaybePromise<T>, next: (value: T) => MaybePromise<HandshakeOutcome>, failed: (err: unknown) => HandshakeOutcome): MaybePromise<HandshakeOutcome> {
  let value: MaybePromise<T>;
  try {
    value = run();
  } catch (err) {
    return failed(err);
  }
  return isThenable(value) ? (value as Promise<T>).then(next, failed) : next(value);
}

function rateLimited(retryAfterMs: number): GatewayError {
  return new GatewayError(
    ERROR_CODES.INVALID_REQUEST,
    `unauthorized: too many failed auth attempts from this address; retry in ${Math.ceil(retryAfterMs / 1000)} s`,
    { retryable: true, retryAfterMs, details: { code: CONNECT_DETAIL_CODES.AUTH_RATE_LIMITED } },
  );
}

/** ws keeps the receiver's limit private; the pinned ws 8.x stores it as `_receiver._maxPayload`. */
function raiseMaxPayload(conn: Connection, limit: number): void {
  const receiver = (conn.ws as unknown as { _receiver?: { _maxPayload?: number } })._receiver;
  if (receiver && typeof receiver._maxPayload === "number") receiver._maxPayload = limit;
}
