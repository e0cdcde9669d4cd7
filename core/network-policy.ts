/**
 * What the gateway's limits and timings mean for each socket, derived once per gateway: the policy
 * hello-ok advertises, the send budget every frame is checked against, the request scheduler's
 * limits, and the HTTP socket policy.
 */
import { LIMITS } from "./protocol/limits.js";
import { isLoopbackIp } from "./client-address.js";
import { policyJson } from "./hello-builder.js";
import type { SendBudget } from "./connection.js";
import type { RequestLimits } from "./request-scheduler.js";
import type { HttpSocketPolicy } from "./http-sockets.js";
import type { GatewayLimits, GatewayTimings } from "./gateway-options.js";
import type { Logger } from "./log.js";

export interface NetworkPolicy {
  /** hello-ok.policy, with the configured send budget. */
  helloPolicyJson: string;
  sendBudget: SendBudget;
  requests: RequestLimits;
  httpSockets: HttpSocketPolicy;
}

export function networkPolicy(limits: GatewayLimits, timings: GatewayTimings, wsLog: Logger): NetworkPolicy {
  return {
    helloPolicyJson: policyJson(limits.maxBufferedBytes),
    sendBudget: {
      maxBufferedBytes: limits.maxBufferedBytes,
      onSlowConsumer: (conn, buffered, frame) =>
        wsLog.warn("closing slow consumer: it stopped reading and its unsent data would pass gateway.limits.maxBufferedBytes", {
          conn: conn.id, client: conn.client?.id, buffered, frame, limit: limits.maxBufferedBytes,
        }),
    },
    requests: { maxInFlight: limits.maxInFlightRequests, maxQueued: limits.maxQueuedRequests, framesPerTurn: LIMITS.framesPerTurn, retryAfterMs: LIMITS.busyRetryAfterMs },
    httpSockets: {
      headersTimeoutMs: timings.httpHeadersTimeoutMs,
      requestTimeoutMs: timings.httpRequestTimeoutMs,
      idleTimeoutMs: timings.httpIdleTimeoutMs,
      maxConnections: limits.maxConnections,
    },
  };
}

/** A gateway bound to a loopback address only: its HTTP requests must name a loopback Host. */
export const isLoopbackBind = (host: string) => isLoopbackIp(host) || host === "localhost";
