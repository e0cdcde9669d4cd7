/**
 * Hot reload as a gateway feature (`createGateway({ watchConfig })`): watches the config file and
 * its includes, and hands each burst of edits to the ConfigReloader. The reload state is reported
 * in `health` and `status` as `configReload`. The default source re-reads `configPath` and validates
 * it against the gateway's plugin set; `openclaw gateway` passes its own (flags, env, auth files,
 * plugin paths) and a restart hook.
 */
import { ConfigWatcher } from "./config/watch.js";
import { loadConfigFile } from "./config/load.js";
import { formatConfigIssues, validateConfig } from "./config/validate.js";
import { redactConfig } from "./config/redact-config.js";
import { configRoot } from "./config/sensitive-schema.js";
import { ConfigReloader, type ConfigState, type ReloadState, type ReloadTarget } from "./config-reloader.js";
import type { CoreConfig } from "./config/schema.js";
import type { PluginEntry } from "./plugin-host.js";
import type { AuthSettings } from "./auth.js";
import type { LogSink, Logger } from "./log.js";

/** `watchConfig` in createGateway's options: `true` for the default file source, or a custom one. */
export interface WatchConfigOptions<S extends ConfigState = ConfigState> {
  /** The config in force at start (default: read from `configPath`, with the gateway's `config`). */
  initial?: S;
  /** Re-reads and validates the config; throws with a readable message when the edit is invalid. */
  load?(running: S): Promise<S>;
  /** Called whenever a reload replaced the config in force (the CLI keeps its copy in step). */
  onApplied?(next: S): void;
  /** An in-process restart with `next`; without it, rebind-class changes are logged as needing a restart. */
  requestRestart?(next: S, reason: string): void;
}

export interface ConfigWatchingDeps {
  configPath: string;
  config: Record<string, unknown>;
  plugins: readonly PluginEntry[];
  host: string;
  port: number;
  auth: () => AuthSettings;
  gateway: ReloadTarget & {
    addCoreHealthSection(section: () => Record<string, unknown>): () => void;
    addCoreStatusSection(section: () => Record<string, unknown>): () => void;
  };
  sink: LogSink;
  log: Logger;
}

export interface ConfigWatching {
  readonly state: ReloadState;
  /** The config in force (what the last applied edit produced). */
  current(): ConfigState;
  close(): Promise<void>;
}

/** Arms the watcher; resolves once edits are really seen (chokidar is ready). */
export async function startConfigWatching(options: WatchConfigOptions<ConfigState>, deps: ConfigWatchingDeps): Promise<ConfigWatching> {
  let current: ConfigState = options.initial ?? initialFileState(deps);
  const load = options.load ?? ((running: ConfigState) => Promise.resolve(loadFileState(deps, running)));
  const reloader = new ConfigReloader<ConfigState>({
    load,
    current: () => current,
    setCurrent: (next) => {
      current = next;
      options.onApplied?.(next);
    },
    gateway: deps.gateway,
    sink: deps.sink,
    log: deps.log,
    requestRestart: options.requestRestart,
  });
  const removeHealth = deps.gateway.addCoreHealthSection(() => ({ configReload: reloader.state }));
  const removeStatus = deps.gateway.addCoreStatusSection(() => ({ configReload: reloader.state }));
  deps.gateway.health.changed(); // a summary cached while plugins started would lack the section until its refresh
  const debounceOf = () => current.core.gateway?.reload?.debounceMs ?? 300;
  const watcher = new ConfigWatcher(
    () =>
      void reloader.reload().then(() => {
        watcher.setDebounce(debounceOf());
        return watcher.watch(current.files); // includes may have been added or removed
      }),
    deps.log,
    debounceOf(),
  );
  await watcher.watch(current.files); // even with mode off: edits are logged as not applied
  return {
    state: reloader.state,
    current: () => current,
    async close() {
      await watcher.close();
      removeHealth();
      removeStatus();
    },
  };
}

/** The embedder's starting point: its validated `config`, and the files it came from (if readable). */
function initialFileState(deps: ConfigWatchingDeps): ConfigState {
  let files = [deps.configPath];
  let configExists = false;
  try {
    const file = loadConfigFile(deps.configPath);
    files = file.files;
    configExists = file.exists;
  } catch {
    // An unreadable file at start: watch the path anyway, so fixing it is seen.
  }
  return stateOf(deps, deps.config, files, configExists, deps.plugins);
}

/** Re-reads `configPath`; a removed or emptied file is an invalid edit, never "apply the defaults". */
function loadFileState(deps: ConfigWatchingDeps, running: ConfigState): ConfigState {
  const file = loadConfigFile(deps.configPath);
  if (!file.exists && running.configExists) {
    throw new Error(`config ${deps.configPath} was removed: restore it, or write {} to mean "all defaults"; the gateway keeps running on the last good config.`);
  }
  const entries = (file.raw as { plugins?: { entries?: Record<string, { enabled?: boolean }> } })?.plugins?.entries ?? {};
  // The plugin set is the embedder's; only plugins.entries.<name>.enabled switches them.
  const plugins = running.plugins.map((p) => ({ ...p, enabled: entries[p.def.name]?.enabled !== false }));
  const validation = validateConfig(file.raw, plugins);
  if (validation.issues.length) throw new Error(formatConfigIssues(deps.configPath, validation.issues));
  return stateOf(deps, validation.config, file.files, file.exists, plugins);
}

function stateOf(deps: ConfigWatchingDeps, config: Record<string, unknown>, files: string[], configExists: boolean, plugins: readonly PluginEntry[]): ConfigState {
  const settings = deps.auth(); // the embedder owns its credentials: read again on every reload
  return {
    configExists,
    files,
    config,
    core: config as CoreConfig,
    plugins,
    host: deps.host,
    port: deps.port,
    auth: { settings },
    secrets: [settings.token, settings.password, ...redactConfig(config, configRoot(plugins)).secrets].filter((s): s is string => !!s),
  };
}
