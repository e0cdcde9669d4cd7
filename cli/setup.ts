/** `openclaw setup` and `openclaw gateway --dev`: create the profile's config (mode local + a token) if missing. */
import { existsSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { dirname } from "node:path";
import { resolveConfigPath, resolveStateDir, type Env } from "../core/config/paths.js";
import { ensurePrivateDir, writeFileAtomic } from "../core/state.js";
import { readStoredToken } from "./run/auth-settings.js";

export interface SetupResult {
  configPath: string;
  stateDir: string;
  created: boolean;
  /** Set when this run generated the token (the only time it is shown). */
  token?: string;
}

export async function ensureSetup(env: Env = process.env): Promise<SetupResult> {
  const stateDir = resolveStateDir(env);
  const configPath = resolveConfigPath(env);
  if (existsSync(configPath)) return { configPath, stateDir, created: false };
  ensurePrivateDir(stateDir);
  ensurePrivateDir(dirname(configPath));
  const stored = readStoredToken(stateDir);
  const token = stored ?? randomBytes(24).toString("base64url");
  const port = env.OPENCLAW_GATEWAY_PORT ? Number(env.OPENCLAW_GATEWAY_PORT) : undefined;
  const config = { gateway: { mode: "local", ...(port ? { port } : {}), auth: { mode: "token", token } } };
  await writeFileAtomic(configPath, `${JSON.stringify(config, null, 2)}\n`);
  return { configPath, stateDir, created: true, token: stored ? undefined : token };
}
