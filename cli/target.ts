/**
 * Where a CLI command connects and with which secret.
 * URL: --url > OPENCLAW_GATEWAY_URL > gateway.remote.url > ws://127.0.0.1:<port precedence>.
 * Secret: --token/--password > OPENCLAW_GATEWAY_TOKEN/PASSWORD > (local targets only) the config's
 * gateway.remote/auth secrets > <stateDir>/gateway.token. An explicit --url never picks up stored secrets.
 */
import { loadConfigFile } from "../core/config/load.js";
import { resolveConfigPath, resolveStateDir, type Env } from "../core/config/paths.js";
import { readStoredToken } from "./run/auth-settings.js";
import { resolvePort } from "./run/port.js";
import type { CoreConfig } from "../core/config/schema.js";

export interface TargetFlags {
  url?: string;
  token?: string;
  password?: string;
}

export interface GatewayTarget {
  url: string;
  token?: string;
  password?: string;
}

function readConfig(env: Env): CoreConfig {
  try {
    return loadConfigFile(resolveConfigPath(env)).raw as CoreConfig;
  } catch {
    return {}; // a broken config must not stop `openclaw health` from reaching a running gateway
  }
}

export function resolveTarget(flags: TargetFlags, env: Env = process.env): GatewayTarget {
  const config = readConfig(env);
  const explicitUrl = flags.url ?? env.OPENCLAW_GATEWAY_URL;
  const url = explicitUrl ?? config.gateway?.remote?.url ?? `ws://127.0.0.1:${resolvePort(undefined, env, config)}`;
  const token = flags.token ?? env.OPENCLAW_GATEWAY_TOKEN;
  const password = flags.password ?? env.OPENCLAW_GATEWAY_PASSWORD;
  if (token || password) return { url, token, password };
  if (flags.url) return { url }; // never send a stored secret to a URL the user typed
  return {
    url,
    token: config.gateway?.remote?.token ?? config.gateway?.auth?.token ?? readStoredToken(resolveStateDir(env)),
    password: config.gateway?.remote?.password ?? config.gateway?.auth?.password,
  };
}
