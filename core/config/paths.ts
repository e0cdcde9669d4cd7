/** Where the gateway keeps its config and state (OPENCLAW_STATE_DIR, OPENCLAW_CONFIG_PATH). */
import { homedir } from "node:os";
import { join, resolve } from "node:path";

export type Env = Record<string, string | undefined>;

export const DEFAULT_PORT = 18789;

export function resolveStateDir(env: Env = process.env): string {
  const fromEnv = env.OPENCLAW_STATE_DIR?.trim();
  if (fromEnv) return resolve(expandHome(fromEnv, env));
  return join(homeDir(env), ".openclaw");
}

export function resolveConfigPath(env: Env = process.env): string {
  const fromEnv = env.OPENCLAW_CONFIG_PATH?.trim();
  if (fromEnv) return resolve(expandHome(fromEnv, env));
  return join(resolveStateDir(env), "openclaw.json");
}

export function homeDir(env: Env = process.env): string {
  return env.OPENCLAW_HOME?.trim() || env.HOME?.trim() || homedir();
}

export function expandHome(path: string, env: Env = process.env): string {
  return path === "~" || path.startsWith("~/") ? join(homeDir(env), path.slice(1)) : path;
}
