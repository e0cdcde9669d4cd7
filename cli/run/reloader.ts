/**
 * Applies config edits to a running gateway, per `gateway.reload.mode`:
 * plugin-owned changes reload just those plugins; a rotated secret applies at once and closes the
 * sockets that used the old one (4001); rebind-class changes ask for an in-process restart (hybrid)
 * or are logged as needing one (hot); `restart` restarts on any change; `off` only logs.
 * An invalid edit is logged and reported in health/status while the last good config keeps running;
 * an emptied, unreadable or removed file counts as one (it never means "apply the defaults").
 */
import { planReload, onlyReloadSettingsChanged, type ReloadMode } from "../../core/config/reload-plan.js";
import { prepareGateway, StartupError, type GatewayFlags, type PreparedGateway } from "./prepare.js";
import type { Gateway } from "../../core/gateway.js";
import type { LogSink, Logger } from "../../core/log.js";

export interface ReloadState {
  status: "ok" | "invalid";
  mode: ReloadMode;
  lastAppliedAt: number | null;
  lastChange: string[];
  error?: string;
}

export interface ReloaderDeps {
  flags: GatewayFlags;
  /** The config in force; replaced as edits apply. */
  current(): PreparedGateway;
  setCurrent(next: PreparedGateway): void;
  gateway: Gateway;
  sink: LogSink;
  log: Logger;
  /** Asks the run loop for an in-process restart with `next` (coalesced there). */
  requestRestart(next: PreparedGateway, reason: string): void;
}

export const reloadModeOf = (p: PreparedGateway): ReloadMode => p.core.gateway?.reload?.mode ?? "hybrid";

export class ConfigReloader {
  readonly state: ReloadState;

  constructor(private readonly deps: ReloaderDeps) {
    this.state = { status: "ok", mode: reloadModeOf(deps.current()), lastAppliedAt: null, lastChange: [] };
  }

  /** Re-reads the config and applies what changed. Never throws. */
  async reload(): Promise<void> {
    const { deps } = this;
    let next: PreparedGateway;
    try {
      next = await prepareGateway({ ...deps.flags, allowUnconfigured: true }, process.env, { running: deps.current() });
    } catch (err) {
      return this.invalid(err instanceof StartupError ? err.message : (err as Error).message);
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
    if (mode === "restart" || (mode === "hybrid" && needsRestart)) {
      deps.log.info(`config changed (${what}); restarting in-process`);
      deps.requestRestart(next, "gateway restarting");
      return;
    }
    if (needsRestart) {
      const paths = [...plan.restartPaths, ...(rebind ? ["gateway.port/bind/auth.mode"] : [])];
      deps.log.warn(`config changes to ${paths.join(", ")} need a restart (gateway.reload.mode is hot); applying the rest`);
    }
    await this.applyHot(cur, next, plan, needsRestart);
  }

  private async applyHot(cur: PreparedGateway, next: PreparedGateway, plan: ReturnType<typeof planReload>, keepListener: boolean): Promise<void> {
    const { deps } = this;
    const secretRotated =
      next.auth.settings.token !== cur.auth.settings.token || next.auth.settings.password !== cur.auth.settings.password;
    // Keep what only a restart may change (port, host, auth mode) when the restart is not happening.
    const applied: PreparedGateway = keepListener ? { ...next, port: cur.port, host: cur.host } : next;
    deps.setCurrent(applied);
    deps.sink.consoleLevel = next.consoleLevel;
    deps.sink.fileLevel = next.fileLevel;
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
