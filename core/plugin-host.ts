/**
 * Loads plugins in dependency order, sets them up, disposes them, and reloads single plugins.
 * A plugin that fails stays failed (visible in health, status and plugins.list); its dependents are
 * skipped; the rest keep running. After every change the hooks object is rebuilt from live plugins.
 * An error that escapes a plugin at run time (see process-guard.ts) fails that plugin the same way.
 */
import { isAbsolute, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { validatePluginSlice } from "./config/validate.js";
import { buildHooks, type GatewayHooks } from "./hooks.js";
import { createPluginApi, type PluginRecording, type PluginRegistries } from "./plugin-api.js";
import { createPluginScope, type EscapeKind, type PluginScope } from "./plugin-scope.js";
import { orderByDependencies, withDependents } from "./plugin-graph.js";
import type { Disposer, PluginDefinition } from "./plugin-types.js";
import type { Logger } from "./log.js";
import { hostError, hostErrorCode, type HostErrorCode } from "./host-errors.js";

export type PluginState = "active" | "failed" | "skipped" | "disabled" | "stopped";

/** Where a plugin comes from: the built-in list, `plugins.load.paths`, or `<stateDir>/extensions`. */
export type PluginOrigin = "builtin" | "path" | "installed";

export interface PluginEntry {
  def: PluginDefinition;
  /** "builtin" or the path it was loaded from. */
  source: string;
  enabled: boolean;
  /** Omitted: "builtin" when `source` is, else "path". */
  origin?: PluginOrigin;
  /** From the manifest or package.json (else the definition's own `version`). */
  version?: string;
  /** The plugin-API range the plugin declared, if any. */
  apiVersion?: string;
  /** Why it could not be loaded; its setup then fails with this, so it shows as failed. */
  loadError?: string;
}

export interface PluginStatus {
  name: string;
  source: string;
  origin: PluginOrigin;
  version?: string;
  apiVersion?: string;
  state: PluginState;
  error?: string;
  /** The `OC_ERR_*` code when the error is a host error (see host-errors.ts). */
  errorCode?: HostErrorCode;
  description?: string;
  provides: readonly string[];
  requires: readonly string[];
  configPaths: readonly string[];
  /** Wall-clock milliseconds its latest successful setup took (start-up cost per plugin). */
  setupMs?: number;
}

interface PluginRecord extends PluginEntry, PluginRecording {
  state: PluginState;
  setupMs?: number;
  error?: string;
  errorCode?: HostErrorCode;
  disposer?: Disposer;
  abort?: AbortController;
  /** The scope of the latest setup (its signal is `abort.signal`). */
  scope?: PluginScope;
  /** Errors that escaped the plugin after it was stopped (only the first few are logged). */
  lateErrors?: number;
}

const LATE_ERRORS_LOGGED = 5;

export interface PluginHostOptions {
  registries: PluginRegistries;
  logger(name: string): Logger;
  log: Logger;
  onHooksChanged(hooks: GatewayHooks): void;
  /** Called whenever a plugin's state changes (health must not show a stale plugin list). */
  onStateChanged?(): void;
  /** Bound on one plugin's setup and on its disposer. */
  timeoutMs?: number;
}

/** Validates a plugin's slice of the config (filling defaults); returns the slice or throws with every issue. */
export function pluginConfigSlice(def: PluginDefinition, config: unknown): Record<string, unknown> {
  const { slice, issues } = validatePluginSlice(def, config);
  if (issues.length) throw hostError("OC_ERR_PLUGIN_CONFIG", issues.map((i) => `${i.path}: ${i.message}`).join("; "));
  return slice;
}

export class PluginHost {
  private records: PluginRecord[] = [];
  private readonly timeoutMs: number;

  constructor(private readonly options: PluginHostOptions) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  /** Sets up every enabled plugin in dependency order. */
  async start(entries: readonly PluginEntry[], config: unknown): Promise<void> {
    const names = new Set<string>();
    this.records = [];
    for (const entry of entries) {
      if (names.has(entry.def.name)) {
        this.options.log.error(`plugin ${entry.def.name} from ${entry.source} ignored: a plugin with that name is already loaded`);
        continue;
      }
      names.add(entry.def.name);
      this.records.push({ ...entry, state: entry.enabled ? "stopped" : "disabled", undo: [], taps: [], sealed: false });
    }
    this.records = orderByDependencies(this.records);
    for (const rec of this.records) if (rec.state === "stopped") await this.setupOne(rec, config);
    this.rebuildHooks();
  }

  /** Disposes every active plugin in reverse order. */
  async stop(): Promise<void> {
    for (const rec of [...this.records].reverse()) if (rec.state === "active") await this.disposeOne(rec);
    this.rebuildHooks();
  }

  /** Disposes the named plugins and their dependents, then sets them up again with `config`. */
  async reload(names: readonly string[], config: unknown): Promise<string[]> {
    const affected = withDependents(this.records, new Set(names));
    const ordered = this.records.filter((r) => affected.has(r.def.name));
    for (const rec of [...ordered].reverse()) if (rec.state === "active") await this.disposeOne(rec);
    for (const rec of ordered) {
      if (rec.state === "disabled") continue;
      rec.state = "stopped";
      rec.error = undefined;
      await this.setupOne(rec, config);
    }
    this.rebuildHooks();
    return ordered.map((r) => r.def.name);
  }

  /** Turns a plugin on (set up, with its dependents) or off (disposed, dependents too). */
  async setEnabled(name: string, enabled: boolean, config: unknown): Promise<void> {
    const rec = this.records.find((r) => r.def.name === name);
    if (!rec || (rec.state === "disabled") === !enabled) return;
    if (enabled) {
      rec.state = "stopped";
      await this.reload([name], config);
      return;
    }
    await this.stopDependents(name, `requires a service from plugin ${name}, which is disabled`);
    if (rec.state === "active") await this.disposeOne(rec);
    this.mark(rec, "disabled");
    this.rebuildHooks();
  }

  /**
   * Stack-trace fallback for an error raised outside every plugin scope (e.g. by code a plugin file ran
   * when it was imported): a plugin loaded from a path takes it when its file or folder is in the stack.
   */
  claimByStack(err: unknown, kind: EscapeKind): boolean {
    const stack = err instanceof Error ? err.stack : undefined;
    if (!stack) return false;
    for (const rec of this.records) {
      if (!rec.scope || !isAbsolute(rec.source)) continue;
      const url = pathToFileURL(rec.source).href;
      const named = [`${rec.source}${sep}`, `${rec.source}:`, `${url}/`, `${url}:`].some((p) => stack.includes(p));
      if (named) {
        rec.scope.reportEscaped(err, kind);
        return true;
      }
    }
    return false;
  }

  list(): PluginStatus[] {
    return this.records.map((r) => ({
      name: r.def.name,
      source: r.source,
      origin: r.origin ?? (r.source === "builtin" ? "builtin" : "path"),
      version: r.version ?? r.def.version,
      apiVersion: r.apiVersion,
      state: r.state,
      error: r.error,
      ...(r.errorCode ? { errorCode: r.errorCode } : {}),
      description: r.def.description,
      provides: r.def.provides ?? [],
      requires: r.def.requires ?? [],
      configPaths: r.def.configPaths ?? [],
      ...(r.setupMs !== undefined ? { setupMs: r.setupMs } : {}),
    }));
  }

  private async setupOne(rec: PluginRecord, config: unknown): Promise<void> {
    const { def } = rec;
    const log = this.options.logger(def.name);
    const missing = (def.requires ?? []).find((service) => !this.options.registries.services.get(service));
    if (missing) {
      const provider = this.records.find((r) => r.def.provides?.includes(missing));
      this.mark(rec, "skipped", hostError("OC_ERR_SERVICE_NOT_PROVIDED", missing, provider && { name: provider.def.name, state: provider.state }));
      log.warn(`skipped: ${rec.error}`);
      return;
    }
    const abort = (rec.abort = new AbortController());
    rec.undo = [];
    rec.taps = [];
    rec.sealed = false;
    // An error escaping from what setup started (a timer, a promise) fails the setup it belongs to.
    let escaped: Error | undefined;
    let rejectSetup: (err: Error) => void = () => undefined;
    const crashed = new Promise<never>((_, reject) => (rejectSetup = reject));
    crashed.catch(() => undefined); // settled by the race below, or never looked at when setup failed first
    const crashSetup = (err: Error) => {
      escaped ??= err;
      rejectSetup(err);
    };
    rec.lateErrors = 0;
    const scope = (rec.scope = createPluginScope(def.name, abort.signal, (err, kind) => this.onEscaped(rec, scope, err, kind, crashSetup)));
    try {
      const slice = pluginConfigSlice(def, config);
      const started = performance.now();
      const api = createPluginApi(def, slice, log, scope, this.options.registries, rec);
      const setup = scope.run(async () => def.setup(api));
      const disposer = await withTimeout(Promise.race([setup, crashed]), this.timeoutMs, `setup of plugin ${def.name}`);
      if (escaped) throw escaped; // it escaped after setup resolved but before this line ran
      rec.setupMs = Math.round((performance.now() - started) * 100) / 100;
      rec.disposer = typeof disposer === "function" ? disposer : undefined;
      rec.sealed = true;
      this.mark(rec, "active");
    } catch (err) {
      abort.abort();
      this.undoRegistrations(rec);
      this.mark(rec, "failed", err instanceof Error ? err : String(err));
      log.error(`failed to set up: ${rec.error}`);
    }
  }

  private async disposeOne(rec: PluginRecord): Promise<void> {
    rec.abort?.abort();
    const disposer = rec.disposer;
    rec.disposer = undefined;
    if (disposer) await this.runDisposer(rec, disposer);
    this.undoRegistrations(rec);
    this.mark(rec, "stopped");
  }

  private async runDisposer(rec: PluginRecord, disposer: Disposer): Promise<void> {
    try {
      const run = rec.scope ? rec.scope.run(async () => disposer()) : Promise.resolve().then(disposer);
      await withTimeout(run, this.timeoutMs, `dispose of plugin ${rec.def.name}`);
    } catch (err) {
      this.options.logger(rec.def.name).warn(`dispose failed: ${(err as Error).message}`);
    }
  }

  /** An error escaped the plugin's code (reported by the process guard through the plugin's scope). */
  private onEscaped(rec: PluginRecord, scope: PluginScope, err: unknown, kind: EscapeKind, crashSetup: (err: Error) => void): void {
    const log = this.options.logger(rec.def.name);
    const message = err instanceof Error ? err.message : String(err);
    const fields = { error: err, stack: err instanceof Error ? err.stack : undefined };
    if (scope.signal.aborted) {
      // A stopped plugin's interval may keep throwing: say so a few times, not forever.
      rec.lateErrors = (rec.lateErrors ?? 0) + 1;
      if (rec.lateErrors <= LATE_ERRORS_LOGGED) log.error(`${kind} after the plugin was stopped: ${message}`, fields);
      if (rec.lateErrors === LATE_ERRORS_LOGGED) log.error(`further errors from the stopped plugin ${rec.def.name} are not logged until it is set up again`);
      return;
    }
    if (!rec.sealed) return crashSetup(new Error(`${kind} during setup: ${message}`, { cause: err }));
    if (rec.state !== "active") return log.error(`${kind}: ${message}`, fields);
    log.error(`${kind}: ${message}; the plugin is stopped and marked failed, the gateway keeps serving`, fields);
    void this.failAtRuntime(rec, `${kind}: ${message}`);
  }

  /**
   * Stops a plugin whose code failed after setup: its registrations go at once (no more requests reach
   * it), then its dependents are stopped (skipped) and its disposer runs, bounded like any dispose.
   */
  private async failAtRuntime(rec: PluginRecord, reason: string): Promise<void> {
    const disposer = rec.disposer;
    rec.disposer = undefined;
    rec.abort?.abort();
    this.undoRegistrations(rec);
    this.mark(rec, "failed", reason);
    this.rebuildHooks();
    await this.stopDependents(rec.def.name, `requires a service from plugin ${rec.def.name}, which is failed`);
    this.rebuildHooks();
    if (disposer) await this.runDisposer(rec, disposer);
  }

  /** Disposes the active plugins that depend on `name` (latest first) and marks them skipped. */
  private async stopDependents(name: string, reason: string): Promise<void> {
    const affected = withDependents(this.records, new Set([name]));
    affected.delete(name);
    for (const r of [...this.records].reverse()) if (affected.has(r.def.name) && r.state === "active") await this.disposeOne(r);
    for (const r of this.records) if (affected.has(r.def.name) && r.state === "stopped") this.mark(r, "skipped", reason);
  }

  /** Records the state; an error's host error code (if any) is kept so callers match on it, not on its text. */
  private mark(rec: PluginRecord, state: PluginState, error?: string | Error): void {
    rec.state = state;
    rec.error = error instanceof Error ? error.message : error;
    rec.errorCode = hostErrorCode(error);
    this.options.onStateChanged?.();
  }

  private undoRegistrations(rec: PluginRecord): void {
    for (const undo of rec.undo.reverse()) {
      try {
        undo();
      } catch (err) {
        this.options.log.warn(`undoing a registration of ${rec.def.name} failed`, { error: err });
      }
    }
    rec.undo = [];
    rec.taps = [];
  }

  private rebuildHooks(): void {
    const live = this.records.filter((r) => r.state === "active").map((r) => ({ name: r.def.name, taps: r.taps }));
    this.options.onHooksChanged(buildHooks(live));
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(hostError("OC_ERR_PLUGIN_TIMEOUT", what, ms)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
