/** What createGateway() takes, and the timing defaults (overridable by tests). */
import { LIMITS } from "./protocol/limits.js";
import type { PluginEntry } from "./plugin-host.js";
import type { AuthSettings } from "./auth.js";
import type { AuthLimiterOptions } from "./auth-limiter.js";
import type { LogSink } from "./log.js";

export interface GatewayTimings {
  tickIntervalMs: number;
  pingIntervalMs: number;
  handshakeTimeoutMs: number;
  healthRefreshMs: number;
  /** Bound on onShutdown hooks plus plugin disposal. */
  shutdownTimeoutMs: number;
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
  timings?: Partial<GatewayTimings>;
  /**
   * Install process-wide `uncaughtException`/`unhandledRejection` handlers from start() until stop()
   * finishes: an error escaping a plugin fails that plugin instead of the process, and one no plugin
   * can be blamed for is logged. Off by default (an embedder may own those handlers); `openclaw
   * gateway` turns it on.
   */
  guardProcess?: boolean;
}

export const DEFAULT_TIMINGS: GatewayTimings = {
  tickIntervalMs: LIMITS.tickIntervalMs,
  pingIntervalMs: LIMITS.pingIntervalMs,
  handshakeTimeoutMs: LIMITS.handshakeTimeoutMs,
  healthRefreshMs: 60_000,
  shutdownTimeoutMs: 15_000,
};
