/**
 * Everything `openclaw gateway` decides before listening: config file, plugins, validation,
 * port and bind host, auth, logging. Errors carry the exit code a supervisor should see.
 */
import { dirname, join, resolve } from "node:path";
import { ConfigFileError, loadConfigFile, type LoadedConfigFile } from "../../core/config/load.js";
import { formatConfigIssues, validateConfig } from "../../core/config/validate.js";
import { expandHome, resolveConfigPath, resolveStateDir, type Env } from "../../core/config/paths.js";
import { resolvePluginSet } from "../../core/plugin-set.js";
import { isLoopbackIp } from "../../core/client-address.js";
import { ensurePrivateDir } from "../../core/state.js";
import { redactConfig } from "../../core/config/redact-config.js";
import { configRoot } from "../../core/config/sensitive-schema.js";
import { builtinPlugins } from "../../plugins/index.js";
import { resolveAuthSettings, type ResolvedAuth } from "./auth-settings.js";
import { StartupError, resolvePort } from "./port.js";

// Kept importable from here (the gateway command's callers and tests use these names).
export { StartupError, resolvePort };
import { EXIT } from "./exit-codes.js";
import { packageVersion } from "../version.js";
import type { CoreConfig } from "../../core/config/schema.js";
import type { PluginEntry } from "../../core/plugin-host.js";

export interface GatewayFlags {
  port?: number;
  bind?: string;
  token?: string;
  password?: string;
  auth?: string;
  verbose?: boolean;
  allowUnconfigured?: boolean;
}


export interface PreparedGateway {
  configPath: string;
  configExists: boolean;
  /** The config file and every file it includes (what the watcher watches). */
  files: string[];
  stateDir: string;
  config: Record<string, unknown>;
  core: CoreConfig;
  plugins: PluginEntry[];
  warnings: string[];
  host: string;
  port: number;
  auth: ResolvedAuth;
  /** Every value the schemas mark secret, plus the gateway's own token or password: what the logs must mask. */
  secrets: string[];
  consoleLevel: "debug" | "info" | "warn" | "error";
  fileLevel: "debug" | "info" | "warn" | "error";
  logDir: string;
}


export function resolveBindHost(bind: string | undefined, config: CoreConfig): string {
  const mode = bind ?? config.gateway?.bind ?? "loopback";
  switch (mode) {
    case "loopback":
    case "auto":
      return "127.0.0.1";
    case "lan":
      return "0.0.0.0";
    case "custom": {
      const host = config.gateway?.customBindHost;
      if (!host) throw new StartupError("gateway.bind is custom but gateway.customBindHost is not set", EXIT.CONFIG);
      return host;
    }
    default:
      if (/^[\d.]+$|:/.test(mode)) return mode; // an explicit address
      throw new StartupError(`--bind must be loopback, lan, auto, custom or an IP address (got ${mode})`, EXIT.CONFIG);
  }
}

/**
 * `running`: the gateway in force when a running gateway re-reads its config (reload, in-process
 * restart). Then an empty file is always an invalid edit, and so is a missing one if the running
 * config came from a file: a truncated or deleted file never hot-applies the defaults (a fresh
 * token, every client dropped). At start-up an empty file runs on defaults only with --allow-unconfigured.
 */
export interface PrepareOptions {
  running?: Pick<PreparedGateway, "configExists">;
}

function loadForGateway(configPath: string, flags: GatewayFlags, options: PrepareOptions, warnings: string[]): LoadedConfigFile {
  const starting = !options.running;
  const fix = starting ? "fix it and start again" : "the gateway keeps running on the last good config until it is fixed";
  let file: LoadedConfigFile;
  try {
    file = loadConfigFile(configPath);
  } catch (err) {
    const emptyMain = err instanceof ConfigFileError && err.reason === "empty" && err.path === configPath && starting;
    if (emptyMain && flags.allowUnconfigured) {
      warnings.push(`${(err as Error).message}; running on defaults because of --allow-unconfigured`);
      return { path: configPath, exists: true, text: "", raw: {}, files: [configPath] };
    }
    const allow = emptyMain ? " (or pass --allow-unconfigured to run on defaults)" : "";
    throw new StartupError(`${(err as Error).message}\nThe file was left untouched; ${fix}${allow}.`, EXIT.CONFIG);
  }
  if (!file.exists && options.running?.configExists) {
    throw new StartupError(`config ${configPath} was removed: restore it, or write {} to mean "all defaults"; ${fix}.`, EXIT.CONFIG);
  }
  return file;
}

export async function prepareGateway(flags: GatewayFlags, env: Env = process.env, options: PrepareOptions = {}): Promise<PreparedGateway> {
  const stateDir = resolveStateDir(env);
  const configPath = resolveConfigPath(env);
  const loadWarnings: string[] = [];
  const file = loadForGateway(configPath, flags, options, loadWarnings);
  const { entries: plugins } = await resolvePluginSet({ builtins: builtinPlugins(), raw: file.raw, configPath, stateDir, builtinVersion: packageVersion() });
  const validation = validateConfig(file.raw, plugins);
  if (validation.issues.length) throw new StartupError(formatConfigIssues(configPath, validation.issues), EXIT.CONFIG);
  const core = validation.config as CoreConfig;
  if (core.gateway?.mode !== "local" && !flags.allowUnconfigured) {
    throw new StartupError(
      file.exists
        ? `gateway.mode is not "local" in ${configPath}: set "gateway": {"mode": "local"} there, or pass --allow-unconfigured`
        : `no config at ${configPath}: create it with {"gateway": {"mode": "local"}}, or pass --allow-unconfigured to run on defaults`,
      EXIT.CONFIG,
    );
  }
  const port = resolvePort(flags.port, env, core);
  const host = resolveBindHost(flags.bind, core);
  ensurePrivateDir(stateDir);
  let auth: ResolvedAuth;
  try {
    auth = await resolveAuthSettings(flags, env, core, stateDir);
  } catch (err) {
    throw new StartupError((err as Error).message, EXIT.CONFIG);
  }
  if (auth.settings.mode === "none" && !isLoopbackIp(host) && host !== "localhost") {
    throw new StartupError(`refusing to bind ${host} without auth: set gateway.auth.mode to token (or password) before binding beyond loopback`, EXIT.CONFIG);
  }
  return {
    configPath,
    configExists: file.exists,
    files: file.files,
    stateDir,
    config: validation.config,
    core,
    plugins,
    warnings: [...loadWarnings, ...validation.warnings],
    host,
    port,
    auth,
    secrets: [auth.settings.token, auth.settings.password, ...redactConfig(validation.config, configRoot(plugins)).secrets].filter((s): s is string => !!s),
    consoleLevel: flags.verbose ? "debug" : (core.logging?.consoleLevel ?? "info"),
    fileLevel: flags.verbose ? "debug" : (core.logging?.level ?? "info"),
    logDir: core.logging?.dir ? resolve(dirname(configPath), expandHome(core.logging.dir, env)) : join(stateDir, "logs"),
  };
}
