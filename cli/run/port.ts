/**
 * The gateway's port (flag > OPENCLAW_GATEWAY_PORT > gateway.port > default) and the start-up error it
 * raises. Its own module: CLI clients (`openclaw health`, cli/target.ts) need the port without
 * importing the gateway's preparation and, through it, every built-in plugin.
 */
import { DEFAULT_PORT, type Env } from "../../core/config/paths.js";
import { EXIT } from "./exit-codes.js";
import type { CoreConfig } from "../../core/config/schema.js";

export class StartupError extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
  }
}

export function resolvePort(flag: number | undefined, env: Env, config: CoreConfig): number {
  if (flag !== undefined) return flag;
  const fromEnv = env.OPENCLAW_GATEWAY_PORT?.trim();
  if (fromEnv) {
    const n = Number(fromEnv);
    if (!Number.isInteger(n) || n < 0 || n > 65535) throw new StartupError(`OPENCLAW_GATEWAY_PORT must be a port number (got ${fromEnv})`, EXIT.CONFIG);
    return n;
  }
  return config.gateway?.port ?? DEFAULT_PORT;
}
