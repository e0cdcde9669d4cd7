/**
 * Applies config edits to a running gateway, per `gateway.reload.mode`:
 * plugin-owned changes reload just those plugins; a rotated secret applies at once and closes the
 * sockets that used the old one (4001); rebind-class changes ask for an in-process restart (hybrid)
 * or are logged as needing one (hot, or an embedder that cannot restart); `restart` restarts on any
 * change; `off` only logs. An invalid edit is logged and reported in health/status while the last
 * good config keeps running; an emptied, unreadable or removed file counts as one (it never means
 * "apply the defaults").
 */
import { planReload, onlyReloadSettingsChanged, type ReloadMode } from "./config/reload-plan.js";
import type { CoreConfig } from "./config/schema.js";
import type { AuthSettings } from "./auth.js";
import type { PluginEntry } from "./plugin-host.js";
import type { Connection } from "./connection.js";
import type { LogLevel, LogSink, Logger } from "./log.js";

/** A loaded, validated config and what the gateway derived from it: what a reload compares and applies. */
export interface ConfigState {
  /** Whether the config came from an existing file (a later removal is then an invalid edit). */
  configExists: boolean;
  /** The config file and every file it includes (what the watcher watches). */
  files: string[];
  config: Record<string, unknown>;
  core: CoreConfig;
  plugins: readonly PluginEntry[];
  host: string;
  port: number;
  auth: { settings: AuthSettings };
  /** Values the logs must mask. */
  secrets: string[];
  consoleLevel?: LogLevel;
  fileLevel?: LogLevel;
}

export interface ReloadState {
  status: "ok" | "invalid";
  mode: ReloadMode;
  lastAppliedAt: number | null;
  lastChange: string[];
  error?: string;
}

/** The parts of the gateway a reload acts on. */
export interface ReloadTarget {
  readonly plugins: {
    setEnabled(name: string, enabled: boolean, config: Record<string, unknown>): Promise<unknown>;
    reload(names: readonly string[], config: Record<string, unknown>): Promise<string[]>;
  };
  readonly health: { changed(): void };
  closeWhere(predicate: (conn: Connection) => boolean, code: number, reason: string): number;
}

export interface ReloaderDeps<S extends ConfigState> {
  /** Re-reads the config; throws (any Error) when the edit is invalid. */
  load(running: S): Promise<S>;
  /** The config in force; replaced as edits apply. */
  current(): S;
  setCurrent(next: S): void;
  gateway: ReloadTarget;
  sink: LogSink;
  log: Logger;
  /**
   * Asks for an in-process restart with `next` (the CLI's run loop). Without it, changes that need a
   * new listener are logged as needing a restart and the rest is applied, as in `hot` mode.
   */
  requestRestart?(next: S, reason: string): void;
}

export const reloadModeOf = (p: Pick<ConfigState, "core">): ReloadMode => p.core.gateway?.reload?.mode ?? "hybrid";

export class ConfigReloader<S extends ConfigState = ConfigState> {
  readonly state: ReloadState;

  constructor(private readonly deps: ReloaderDeps<S>) {
    this.state = { status: "ok", mode: reloadModeOf(deps.current()), lastAppliedAt: null, lastChange: [] };
  }

  /** Re-reads the config and applies what changed. Never throws. */
  async reload(): Promise<void> {
    const { deps } = this;
    let next: S;
    try {
      next = await deps.load(deps.current());
    } catch (err) {
      return this.invalid((err as Error).message);
    }
    // Mask the new file's secrets at once (even when the edit is not applied), and keep masking the old ones.
    deps.sink.redactor.setSecrets([...deps.current().secrets, ...next.secrets]);
    const wasInvalid = this.state.status === "invalid";
    this.state.status = "ok";
    this.state.error = undefined;
    const cur = deps.current();
    const plan = planReload(cur.config, next.config, cur.plugins, next.plugins);
    const mode = reloadModeOf(next);
    this.state.mode = mode;
    if (plan.changedPaths.length === 0) {
      if (wasInvalid) deps.gateway.health.changed();
      return;
    }
    this.state.lastChange = plan.changedPaths;
    const rebind = next.port !== cur.port || next.host !== cur.host || next.auth.settings.mode !== cur.auth.settings.mode;
    const needsRestart = rebind || plan.restartPaths.length > 0;
    const what = plan.changedPaths.join(", ");

    if (mode === "off") {
      deps.log.info(`config changed (${what}); not applied because gateway.reload.mode is off`);
      return;
    }
    if (onlyReloadSettingsChanged(plan)) {
      deps.setCurrent({ ...cur, config: next.config, core: next.core });
      this.applied(`reload settings (${what})`);
      return;
    }
    const canRestart = deps.requestRestart !== undefined;
    if (canRestart && (mode === "restart" || (mode === "hybrid" && needsRestart))) {
      deps.log.info(`config changed (${what}); restarting in-process`);
      deps.requestRestart!(next, "gateway restarting");
      return;
    }
    if (needsRestart) {
      const paths = [...plan.restartPaths, ...(rebind ? ["gateway.port/bind/auth.mode"] : [])];
      const why = canRestart ? "gateway.reload.mode is hot" : "this embedder does not restart the gateway";
      deps.log.warn(`config changes to ${paths.join(", ")} need a restart (${why}); applying the rest`);
    }
    await this.applyHot(cur, next, plan, needsRestart);
  }

  private async applyHot(cur: S, next: S, plan: ReturnType<typeof planReload>, keepListener: boolean): Promise<void> {
    const { deps } = this;
    const secretRotated =
      next.auth.settings.token !== cur.auth.settings.token || next.auth.settings.password !== cur.auth.settings.password;
    // Keep what only a restart may change (port, host, auth mode) when the restart is not happening.
    const applied: S = keepListener ? { ...next, port: cur.port, host: cur.host } : next;
    deps.setCurrent(applied);
    if (next.consoleLevel) deps.sink.consoleLevel = next.consoleLevel;
    if (next.fileLevel) deps.sink.fileLevel = next.fileLevel;
    if (secretRotated) {
      const closed = deps.gateway.closeWhere((c) => c.authMethod === "token" || c.authMethod === "password", 4001, "gateway auth changed");
      deps.log.info(`gateway secret rotated: new connections need the new one; closed ${closed} connection(s) that used the old one`);
    }
    for (const name of plan.disable) await deps.gateway.plugins.setEnabled(name, false, next.config);
    for (const name of plan.enable) await deps.gateway.plugins.setEnabled(name, true, next.config);
    const reloaded = plan.reloadPlugins.length ? await deps.gateway.plugins.reload(plan.reloadPlugins, next.config) : [];
    this.applied(`${plan.changedPaths.join(", ")}${reloaded.length ? `; reloaded plugins: ${reloaded.join(", ")}` : ""}`);
  }

  private invalid(message: string): void {
    this.deps.log.warn(`config reload skipped (invalid config); still running on the last good config:\n${message}`);
    this.state.status = "invalid";
    this.state.error = message;
    this.deps.gateway.health.changed();
  }

  private applied(summary: string): void {
    this.state.lastAppliedAt = Date.now();
    this.deps.log.info(`config reloaded: ${summary}`);
    this.deps.gateway.health.changed();
  }
}
