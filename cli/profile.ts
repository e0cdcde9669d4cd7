/**
 * Global profile flags, read before oclif parses anything: `openclaw --dev <cmd>` and
 * `openclaw --profile NAME <cmd>`. They only fill environment variables that are not set yet:
 * OPENCLAW_PROFILE, OPENCLAW_STATE_DIR (~/.openclaw-NAME), OPENCLAW_CONFIG_PATH (<state>/openclaw.json),
 * OPENCLAW_WORKSPACE (~/.openclaw/workspace-NAME) and, for dev, OPENCLAW_GATEWAY_PORT=19001.
 */
import { join } from "node:path";
import { homeDir, type Env } from "../core/config/paths.js";

export const DEV_PORT = 19001;
const NAME = /^[A-Za-z0-9_-]+$/;

export class ProfileError extends Error {}

/** Applies a profile's paths and port to `env` (only where unset). */
export function applyProfile(name: string, env: Env): void {
  if (!NAME.test(name)) throw new ProfileError(`profile name ${JSON.stringify(name)} may contain only letters, digits, "_" and "-"`);
  const home = homeDir(env);
  env.OPENCLAW_PROFILE ??= name;
  if (name === "default") return;
  env.OPENCLAW_STATE_DIR ??= join(home, `.openclaw-${name}`);
  env.OPENCLAW_CONFIG_PATH ??= join(env.OPENCLAW_STATE_DIR, "openclaw.json");
  env.OPENCLAW_WORKSPACE ??= join(home, ".openclaw", `workspace-${name}`);
  if (name === "dev") env.OPENCLAW_GATEWAY_PORT ??= String(DEV_PORT);
}

/** Removes leading global flags from the command line and applies them; returns the rest. */
export function takeProfileFlags(args: readonly string[], env: Env): string[] {
  const rest = [...args];
  let profile: string | undefined;
  let dev = false;
  while (rest.length) {
    const a = rest[0];
    if (a === "--dev") {
      dev = true;
      rest.shift();
    } else if (a === "--profile") {
      if (rest.length < 2 || rest[1].startsWith("-")) throw new ProfileError("--profile needs a name, e.g. openclaw --profile work gateway");
      profile = rest[1];
      rest.splice(0, 2);
    } else if (a.startsWith("--profile=")) {
      profile = a.slice("--profile=".length);
      rest.shift();
    } else break;
  }
  if (dev && profile !== undefined) throw new ProfileError("--dev and --profile cannot be combined (--dev is the profile named dev)");
  if (dev) applyProfile("dev", env);
  else if (profile !== undefined) applyProfile(profile, env);
  return rest;
}
