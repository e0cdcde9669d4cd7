/**
 * Which secret the gateway requires. Precedence: flags > OPENCLAW_GATEWAY_TOKEN/PASSWORD > config.
 * With no token anywhere, one is generated once and kept in <stateDir>/gateway.token (0600).
 */
import { randomBytes } from "node:crypto";
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic, ensurePrivateDir } from "../../core/state.js";
import type { AuthMode, AuthSettings } from "../../core/auth.js";
import type { CoreConfig } from "../../core/config/schema.js";
import type { Env } from "../../core/config/paths.js";

export interface AuthFlags {
  auth?: string;
  token?: string;
  password?: string;
}

export interface ResolvedAuth {
  settings: AuthSettings;
  /** Where the secret came from, for the start-up banner (never the secret itself). */
  source: string;
  /** Set on the run that generated the token: the only time it is printed. */
  generatedToken?: string;
}

export const tokenFile = (stateDir: string) => join(stateDir, "gateway.token");

export function readStoredToken(stateDir: string): string | undefined {
  const file = tokenFile(stateDir);
  if (!existsSync(file)) return undefined;
  const token = readFileSync(file, "utf8").trim();
  return token || undefined;
}

export async function resolveAuthSettings(flags: AuthFlags, env: Env, config: CoreConfig, stateDir: string): Promise<ResolvedAuth> {
  const cfg = config.gateway?.auth ?? {};
  const password = flags.password ?? env.OPENCLAW_GATEWAY_PASSWORD ?? cfg.password;
  let token = flags.token ?? env.OPENCLAW_GATEWAY_TOKEN ?? cfg.token;
  const explicitMode = (flags.auth ?? cfg.mode) as AuthMode | undefined;
  if (explicitMode && !["token", "password", "none"].includes(explicitMode)) {
    throw new Error(`--auth must be token, password or none (got ${explicitMode})`);
  }
  const mode: AuthMode = explicitMode ?? (password && !token ? "password" : "token");
  if (mode === "none") return { settings: { mode }, source: "auth disabled (gateway.auth.mode none)" };
  if (mode === "password") {
    if (!password) throw new Error("gateway.auth.mode is password but no password is set: pass --password, set OPENCLAW_GATEWAY_PASSWORD, or set gateway.auth.password");
    const source = flags.password ? "--password" : env.OPENCLAW_GATEWAY_PASSWORD ? "OPENCLAW_GATEWAY_PASSWORD" : "gateway.auth.password";
    return { settings: { mode, password }, source };
  }
  if (token) {
    const source = flags.token ? "--token" : env.OPENCLAW_GATEWAY_TOKEN ? "OPENCLAW_GATEWAY_TOKEN" : "gateway.auth.token";
    return { settings: { mode, token }, source };
  }
  token = readStoredToken(stateDir);
  if (token) return { settings: { mode, token }, source: tokenFile(stateDir) };
  const generated = randomBytes(24).toString("base64url");
  ensurePrivateDir(stateDir);
  await writeFileAtomic(tokenFile(stateDir), `${generated}\n`);
  return { settings: { mode, token: generated }, source: tokenFile(stateDir), generatedToken: generated };
}
