/**
 * Request dispatch after the handshake: lookup, role and scope check, params validation,
 * the `onFrame` hook, then the handler inside an error boundary.
 */
import { authorizeMethod } from "./authorize.js";
import { GatewayError, invalidRequest, toGatewayError, unavailable } from "./errors.js";
import { isThenable, runHook, tapCount, type FrameVerdict, type GatewayHooks, type MaybePromise } from "./hooks.js";
import { payloadJson } from "./rawjson.js";
import type { MethodRegistry } from "./methods.js";
import type { RequestFrame } from "./protocol/frames.js";
import type { Connection } from "./connection.js";
import type { Logger } from "./log.js";
import type { MethodContext } from "./types.js";
import type { ActivityCounter } from "./activity.js";

export interface DispatchDeps {
  methods: MethodRegistry;
  /** Bumped once per request dispatched (see ActivityCounter). */
  activity?: ActivityCounter;
  hooks(): GatewayHooks;
  log: Logger;
}


/** `settled` is called once the request has its final answer (or was dropped): the in-flight accounting. */
export function dispatchRequest(conn: Connection, frame: RequestFrame, deps: DispatchDeps, settled: () => void = () => undefined): void {
  deps.activity?.bump();
  const started = deps.log.debugEnabled ? performance.now() : 0;
  let settledOnce = false;
  const settle = () => {
    if (settledOnce) return;
    settledOnce = true;
    settled();
  };
  const reply = (result: unknown, owner?: string, checkResult?: (value: unknown) => string | null) => {
    const mismatch = checkResult?.(result) ?? null;
    if (mismatch !== null) {
      // Only under the debug flag (tests): fail this request loudly instead of sending a wrong shape.
      deps.log.error(`${frame.method} returned a result that does not match its schema: ${mismatch}`, { plugin: owner, conn: conn.id });
      return fail(unavailable(`${frame.method} returned a result that does not match its schema: ${mismatch}`), owner, false);
    }
    settle();
    let json: string;
    try {
      json = payloadJson(result);
    } catch (err) {
      // A BigInt or a cycle in a result fails this request, never the process.
      return fail(unavailable(`${frame.method} returned a result that cannot be sent as JSON: ${(err as Error).message}`, { cause: err }), owner, true);
    }
    conn.sendResult(frame.id, json);
    if (started) deps.log.debug(`⇄ res ✓ ${frame.method} ${(performance.now() - started).toFixed(1)}ms`, { conn: conn.id, id: frame.id });
  };
  const fail = (err: unknown, owner?: string, logIt = !(err instanceof GatewayError)) => {
    settle();
    let gwErr = toGatewayError(err);
    if (logIt) deps.log.warn(`handler for ${frame.method} failed`, { plugin: owner, conn: conn.id, error: err });
    try {
      // sendError encodes before it sends: a throw here means nothing went out yet.
      conn.sendError(frame.id, gwErr.toShape(), gwErr.payload === undefined ? undefined : payloadJson(gwErr.payload));
    } catch (encodeErr) {
      gwErr = unavailable(`${frame.method} failed with an error that cannot be sent as JSON: ${gwErr.code} ${gwErr.message} (${(encodeErr as Error).message})`);
      deps.log.warn(gwErr.message, { plugin: owner, conn: conn.id });
      conn.sendError(frame.id, gwErr.toShape());
    }
    if (started) deps.log.debug(`⇄ res ✗ ${frame.method} ${gwErr.code} ${(performance.now() - started).toFixed(1)}ms`, { conn: conn.id, id: frame.id });
  };

  if (frame.method === "connect") return fail(invalidRequest("connect is only valid as the first request"));
  const method = deps.methods.get(frame.method);
  if (!method) return fail(invalidRequest(`unknown method: ${frame.method}`));
  const denied = authorizeMethod(conn, method.scope);
  if (denied) return fail(denied);
  const params = frame.params ?? {};
  let invalid: string | null;
  try {
    invalid = method.validate(params);
  } catch (err) {
    return fail(unavailable(`${frame.method} params could not be validated: ${(err as Error).message}`, { cause: err }), method.owner, true);
  }
  if (invalid) return fail(invalidRequest(`invalid ${frame.method} params: ${invalid}`));

  let acked = false;
  const ctx: MethodContext = {
    conn,
    requestId: frame.id,
    log: deps.log,
    get signal() {
      return conn.signal; // created on demand: most handlers never look at it
    },
    ack(payload) {
      if (acked) throw new Error(`${frame.method}: ack() may be called once`);
      let json: string;
      try {
        json = payloadJson(payload);
      } catch (err) {
        throw new Error(`${frame.method}: ack() payload cannot be sent as JSON: ${(err as Error).message}`, { cause: err });
      }
      acked = true;
      conn.sendResult(frame.id, json);
    },
  };
  const run = () => {
    let result: unknown;
    try {
      result = method.spec.handler(params, ctx);
    } catch (err) {
      return fail(err, method.owner);
    }
    const check = (value: unknown) => {
      try {
        return method.checkResult(value);
      } catch (err) {
        return `the result could not be checked: ${(err as Error).message}`;
      }
    };
    if (result instanceof Promise) result.then((value) => reply(value, method.owner, check), (err: unknown) => fail(err, method.owner));
    else reply(result, method.owner, check);
  };

  const hooks = deps.hooks();
  if (tapCount(hooks, "onFrame") === 0) return run();
  const apply = (verdict: FrameVerdict | undefined) => {
    if (!verdict) return run();
    if ("drop" in verdict) return settle();
    if ("error" in verdict) return fail(verdict.error);
    reply(verdict.result);
  };
  let verdict: MaybePromise<FrameVerdict | undefined>;
  try {
    verdict = runHook(hooks, "onFrame", { conn, frame });
  } catch (err) {
    return fail(err);
  }
  if (isThenable(verdict)) (verdict as Promise<FrameVerdict | undefined>).then(apply, (err: unknown) => fail(err));
  else apply(verdict);
}
