/**
 * What a gateway service runs and with which environment: the same for systemd and launchd.
 * The environment carries the service markers, the profile's state/config paths and port, and never
 * a secret (the gateway reads its token from the config or <stateDir>/gateway.token).
 */
import { dirname, join } from "node:path";
import { homedir } from "node:os";
import { loadConfigFile } from "../../core/config/load.js";
import { DEFAULT_PORT, resolveConfigPath, resolveStateDir, type Env } from "../../core/config/paths.js";
import type { CoreConfig } from "../../core/config/schema.js";
import { packageVersion } from "../version.js";

export const SERVICE_MARKER = "openclaw";
export const SERVICE_KIND = "gateway";
const PROFILE_NAME = /^[A-Za-z0-9_-]+$/;

/** Environment keys that hold secrets: never written into a unit or plist. */
export const SECRET_ENV_KEY = /(TOKEN|PASSWORD|SECRET|API_?KEY|PRIVATE_?KEY)$/i;

export interface ServiceSpec {
  /** The profile suffix ("" for the default profile). */
  profile: string;
  description: string;
  /** node, the CLI entry (bin/run.js), "gateway". */
  programArguments: string[];
  /** Ordered; no secrets. */
  environment: Record<string, string>;
  stateDir: string;
  configPath: string;
  port: number;
}

export class ServiceError extends Error {}

/** The profile from OPENCLAW_PROFILE ("" for none or "default"). */
export function serviceProfile(env: Env): string {
  const p = env.OPENCLAW_PROFILE?.trim() ?? "";
  if (p === "" || p === "default") return "";
  if (!PROFILE_NAME.test(p)) throw new ServiceError(`OPENCLAW_PROFILE ${JSON.stringify(p)} may contain only letters, digits, "_" and "-"`);
  return p;
}

/** The real home directory (service files live there even when OPENCLAW_HOME moves the state). */
export function userHome(env: Env): string {
  return env.HOME?.trim() || homedir();
}

function readCoreConfig(path: string, env: Env): CoreConfig {
  try {
    return loadConfigFile(path, env).raw as CoreConfig;
  } catch {
    return {}; // doctor reports a broken config; the service still gets the right paths
  }
}

/** The port the service will listen on: OPENCLAW_GATEWAY_PORT > gateway.port > 18789. */
export function servicePort(env: Env, config: CoreConfig): number {
  const fromEnv = env.OPENCLAW_GATEWAY_PORT?.trim();
  if (fromEnv) {
    const n = Number(fromEnv);
    if (!Number.isInteger(n) || n < 1 || n > 65535) throw new ServiceError(`OPENCLAW_GATEWAY_PORT must be a port number (got ${fromEnv})`);
    return n;
  }
  return config.gateway?.port ?? DEFAULT_PORT;
}

/** `gateway install` flags that shape the service (upstream's names). */
export interface InstallOptions {
  /** --port: the port the service listens on (over OPENCLAW_GATEWAY_PORT and gateway.port). */
  port?: number;
  /** --runtime-path: the Node executable the service runs (absolute, executable). */
  runtimePath?: string;
  /** --wrapper (or OPENCLAW_WRAPPER): an executable the service starts instead, with the gateway args. */
  wrapper?: string;
  /** --allow-unconfigured: the service runs `gateway --allow-unconfigured`. */
  allowUnconfigured?: boolean;
}

export interface SpecInput {
  env: Env;
  options?: InstallOptions;
  /** The package root (where bin/run.js lives). */
  root: string;
  execPath?: string;
  platform?: NodeJS.Platform;
}

export function buildServiceSpec({ env, root, options = {}, execPath = options.runtimePath ?? process.execPath, platform = process.platform }: SpecInput): ServiceSpec {
  const profile = serviceProfile(env);
  const stateDir = resolveStateDir(env);
  const configPath = resolveConfigPath(env);
  const port = options.port ?? servicePort(env, readCoreConfig(configPath, env));
  const version = packageVersion();
  const sbin = platform === "darwin" ? ["/opt/homebrew/bin"] : [];
  const path = [...new Set([dirname(execPath), ...sbin, "/usr/local/bin", "/usr/bin", "/bin", "/usr/local/sbin", "/usr/sbin", "/sbin"])].join(":");
  const environment: Record<string, string> = { HOME: userHome(env), PATH: path };
  if (profile) environment.OPENCLAW_PROFILE = profile;
  environment.OPENCLAW_STATE_DIR = stateDir;
  environment.OPENCLAW_CONFIG_PATH = configPath;
  environment.OPENCLAW_GATEWAY_PORT = String(port);
  if (env.OPENCLAW_WORKSPACE?.trim()) environment.OPENCLAW_WORKSPACE = env.OPENCLAW_WORKSPACE.trim();
  environment.OPENCLAW_SERVICE_MARKER = SERVICE_MARKER;
  environment.OPENCLAW_SERVICE_KIND = SERVICE_KIND;
  environment.OPENCLAW_SERVICE_VERSION = version;
  // Kept in the service environment so a later `install --force` (and doctor) keeps the same wrapper.
  if (options.wrapper) environment.OPENCLAW_WRAPPER = options.wrapper;
  const gatewayArgs = ["gateway", ...(options.allowUnconfigured ? ["--allow-unconfigured"] : [])];
  return {
    profile,
    description: `OpenClaw Gateway (${profile ? `profile: ${profile}, ` : ""}v${version})`,
    // A wrapper gets the CLI's arguments and execs the CLI itself (a secrets-manager shim, a run-as helper).
    programArguments: options.wrapper ? [options.wrapper, ...gatewayArgs] : [execPath, join(root, "bin", "run.js"), ...gatewayArgs],
    environment,
    stateDir,
    configPath,
    port,
  };
}

/** Refuses to render a secret into a service file (a programming error if it ever happens). */
export function assertNoSecrets(environment: Record<string, string>): void {
  const secret = Object.keys(environment).find((k) => SECRET_ENV_KEY.test(k));
  if (secret) throw new ServiceError(`refusing to write ${secret} into a service file (no secrets in units)`);
}

/** What the installed file says, whichever manager wrote it. */
export interface InstalledService {
  programArguments: string[];
  environment: Record<string, string>;
}

/** Human list of what differs between the installed service and the one `install` would write. */
export function describeDrift(installed: InstalledService, wanted: ServiceSpec): string[] {
  const out: string[] = [];
  if (JSON.stringify(installed.programArguments) !== JSON.stringify(wanted.programArguments)) {
    out.push(`command: ${installed.programArguments.join(" ") || "(none)"} → ${wanted.programArguments.join(" ")}`);
  }
  const keys = new Set([...Object.keys(installed.environment), ...Object.keys(wanted.environment)]);
  for (const k of keys) {
    const a = installed.environment[k];
    const b = wanted.environment[k];
    if (a === b) continue;
    const show = (v: string | undefined) => (v === undefined ? "(unset)" : SECRET_ENV_KEY.test(k) ? "(secret)" : v);
    out.push(`${k}: ${show(a)} → ${show(b)}`);
  }
  return out;
}
