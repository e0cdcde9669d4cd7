/** What createGateway() takes, and the timing defaults (overridable by tests). */
import { LIMITS } from "./protocol/limits.js";
import type { PluginEntry } from "./plugin-host.js";
import type { AuthSettings } from "./auth.js";
import type { AuthLimiterOptions } from "./auth-limiter.js";
import type { LogSink } from "./log.js";
import type { WatchConfigOptions } from "./config-watching.js";

export interface GatewayTimings {
  tickIntervalMs: number;
  pingIntervalMs: number;
  handshakeTimeoutMs: number;
  healthRefreshMs: number;
  /** Bound on onShutdown hooks plus plugin disposal. */
  shutdownTimeoutMs: number;
  /** An HTTP request whose headers are not complete by then gets 408 and its socket is destroyed. */
  httpHeadersTimeoutMs: number;
  /** The same for the whole request, body included (routes may have shorter body deadlines). */
  httpRequestTimeoutMs: number;
  /**
   * An HTTP socket without progress for this long is destroyed when it is not waiting for a handler
   * that is still working (e.g. a client that stopped reading its response). Node lets the first
   * expiry pass while a write was still moving, so a stalled reader goes after one to two intervals.
   */
  httpIdleTimeoutMs: number;
}

/** Per-connection budgets and the connection cap; `gateway.limits.*` in the config. */
export interface GatewayLimits {
  /** Unsent bytes one socket may hold (advertised as hello-ok.policy.maxBufferedBytes). */
  maxBufferedBytes: number;
  maxInFlightRequests: number;
  maxQueuedRequests: number;
  maxConnections: number;
}

export interface GatewayOptions {
  host: string;
  port: number;
  /** The full validated config; each plugin gets its slice. */
  config: Record<string, unknown>;
  configPath: string;
  stateDir: string;
  plugins: readonly PluginEntry[];
  /** Read per connection, so a rotated secret applies at once. */
  auth: () => AuthSettings;
  trustedProxies?: () => readonly string[];
  allowedOrigins?: () => readonly string[];
  logSink: LogSink;
  version: string;
  limiter?: AuthLimiterOptions;
  limits?: Partial<GatewayLimits>;
  timings?: Partial<GatewayTimings>;
  /**
   * Install process-wide `uncaughtException`/`unhandledRejection` handlers from start() until stop()
   * finishes: an error escaping a plugin fails that plugin instead of the process, and one no plugin
   * can be blamed for is logged. Off by default (an embedder may own those handlers); `openclaw
   * gateway` turns it on.
   */
  guardProcess?: boolean;
  /**
   * Hot reload: watch `configPath` and its includes once started, and apply edits by ownership
   * (per-plugin reload, plugins.entries.<name>.enabled, secret rotation, log levels). `true` re-reads
   * the file against this gateway's plugins; an object supplies its own loader and restart hook.
   * The reload state is reported as `configReload` in health and status.
   */
  watchConfig?: boolean | WatchConfigOptions;
  /**
   * Check every method result and event payload against its declared schema; a mismatch fails that
   * request (UNAVAILABLE) or emit and is logged naming the plugin. A debug aid, off on the hot path:
   * defaults to `OPENCLAW_VALIDATE_RESULTS=1` in the environment (read once, when the gateway is created).
   */
  validateResults?: boolean;
}

/** The debug flag's environment default, read by createGateway(). */
export function validateResultsFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.OPENCLAW_VALIDATE_RESULTS === "1";
}

export const DEFAULT_TIMINGS: GatewayTimings = {
  tickIntervalMs: LIMITS.tickIntervalMs,
  pingIntervalMs: LIMITS.pingIntervalMs,
  handshakeTimeoutMs: LIMITS.handshakeTimeoutMs,
  healthRefreshMs: 60_000,
  shutdownTimeoutMs: 15_000,
  httpHeadersTimeoutMs: 10_000,
  httpRequestTimeoutMs: 60_000,
  httpIdleTimeoutMs: 15_000,
};

export const DEFAULT_LIMITS: GatewayLimits = {
  maxBufferedBytes: LIMITS.maxBufferedBytes,
  maxInFlightRequests: LIMITS.maxInFlightRequests,
  maxQueuedRequests: LIMITS.maxQueuedRequests,
  maxConnections: LIMITS.maxConnections,
};

/** Fills what `partial` leaves out (or sets to undefined, as config mappings do) from `defaults`. */
export function withDefaults<T extends object>(defaults: T, partial: Partial<T> | undefined): T {
  const out = { ...defaults };
  for (const [key, value] of Object.entries(partial ?? {})) if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  return out;
}
