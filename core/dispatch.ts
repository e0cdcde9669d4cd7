/**
 * Request dispatch after the handshake: lookup, role and scope check, params validation,
 * the `onFrame` hook, then the handler inside an error boundary.
 */
import { authorizeMethod } from "./authorize.js";
import { GatewayError, invalidRequest, toGatewayError } from "./errors.js";
import { tapCount, type GatewayHooks } from "./hooks.js";
import { payloadJson } from "./rawjson.js";
import type { MethodRegistry } from "./methods.js";
import type { RequestFrame } from "./protocol/frames.js";
import type { Connection } from "./connection.js";
import type { Logger } from "./log.js";
import type { MethodContext } from "./types.js";

export interface DispatchDeps {
  methods: MethodRegistry;
  hooks(): GatewayHooks;
  log: Logger;
}


/** `settled` is called once the request has its final answer (or was dropped): the in-flight accounting. */
export function dispatchRequest(conn: Connection, frame: RequestFrame, deps: DispatchDeps, settled: () => void = () => undefined): void {
  const started = deps.log.debugEnabled ? performance.now() : 0;
  const reply = (result: unknown) => {
    settled();
    conn.sendResult(frame.id, payloadJson(result));
    if (started) deps.log.debug(`⇄ res ✓ ${frame.method} ${(performance.now() - started).toFixed(1)}ms`, { conn: conn.id, id: frame.id });
  };
  const fail = (err: unknown, owner?: string) => {
    settled();
    const gwErr = toGatewayError(err);
    if (!(err instanceof GatewayError)) {
      deps.log.warn(`handler for ${frame.method} failed`, { plugin: owner, conn: conn.id, error: err });
    }
    conn.sendError(frame.id, gwErr.toShape(), gwErr.payload === undefined ? undefined : payloadJson(gwErr.payload));
    if (started) deps.log.debug(`⇄ res ✗ ${frame.method} ${gwErr.code} ${(performance.now() - started).toFixed(1)}ms`, { conn: conn.id, id: frame.id });
  };

  if (frame.method === "connect") return fail(invalidRequest("connect is only valid as the first request"));
  const method = deps.methods.get(frame.method);
  if (!method) return fail(invalidRequest(`unknown method: ${frame.method}`));
  const denied = authorizeMethod(conn, method.scope);
  if (denied) return fail(denied);
  const params = frame.params ?? {};
  const invalid = method.validate(params);
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
      acked = true;
      conn.sendResult(frame.id, payloadJson(payload));
    },
  };
  const run = () => {
    let result: unknown;
    try {
      result = method.spec.handler(params, ctx);
    } catch (err) {
      return fail(err, method.owner);
    }
    if (result instanceof Promise) result.then(reply, (err: unknown) => fail(err, method.owner));
    else reply(result);
  };

  const hooks = deps.hooks();
  if (tapCount(hooks, "onFrame") === 0) return run();
  hooks.onFrame.promise({ conn, frame }).then(
    (verdict) => {
      if (!verdict) return run();
      if ("drop" in verdict) return settled();
      if ("error" in verdict) return fail(verdict.error);
      reply(verdict.result);
    },
    (err: unknown) => fail(err),
  );
}
