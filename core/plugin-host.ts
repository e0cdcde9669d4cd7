/**
 * Loads plugins in dependency order, sets them up, disposes them, and reloads single plugins.
 * A plugin that fails stays failed (visible in health, status and plugins.list); its dependents are
 * skipped; the rest keep running. After every change the hooks object is rebuilt from live plugins.
 */
import { validatePluginSlice } from "./config/validate.js";
import { buildHooks, type GatewayHooks } from "./hooks.js";
import { createPluginApi, type PluginRecording, type PluginRegistries } from "./plugin-api.js";
import type { Disposer, PluginDefinition } from "./plugin-types.js";
import type { Logger } from "./log.js";

export type PluginState = "active" | "failed" | "skipped" | "disabled" | "stopped";

export interface PluginEntry {
  def: PluginDefinition;
  /** "builtin" or the path it was loaded from. */
  source: string;
  enabled: boolean;
}

export interface PluginStatus {
  name: string;
  source: string;
  state: PluginState;
  error?: string;
  description?: string;
  provides: readonly string[];
  requires: readonly string[];
  configPaths: readonly string[];
}

interface PluginRecord extends PluginEntry, PluginRecording {
  state: PluginState;
  error?: string;
  disposer?: Disposer;
  abort?: AbortController;
}

export interface PluginHostOptions {
  registries: PluginRegistries;
  logger(name: string): Logger;
  log: Logger;
  onHooksChanged(hooks: GatewayHooks): void;
  /** Bound on one plugin's setup and on its disposer. */
  timeoutMs?: number;
}

/** Validates a plugin's slice of the config (filling defaults); returns the slice or throws with every issue. */
export function pluginConfigSlice(def: PluginDefinition, config: unknown): Record<string, unknown> {
  const { slice, issues } = validatePluginSlice(def, config);
  if (issues.length) throw new Error(`invalid config: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`);
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
    const affected = this.withDependents(new Set(names));
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
    const affected = this.withDependents(new Set([name]));
    for (const r of [...this.records].reverse()) if (affected.has(r.def.name) && r.state === "active") await this.disposeOne(r);
    rec.state = "disabled";
    for (const r of this.records) if (affected.has(r.def.name) && r !== rec && r.state === "stopped") {
      r.state = "skipped";
      r.error = `requires a service from plugin ${name}, which is disabled`;
    }
    this.rebuildHooks();
  }

  list(): PluginStatus[] {
    return this.records.map((r) => ({
      name: r.def.name,
      source: r.source,
      state: r.state,
      error: r.error,
      description: r.def.description,
      provides: r.def.provides ?? [],
      requires: r.def.requires ?? [],
      configPaths: r.def.configPaths ?? [],
    }));
  }

  private withDependents(names: Set<string>): Set<string> {
    const out = new Set(names);
    let grew = true;
    while (grew) {
      grew = false;
      const provided = new Set(this.records.filter((r) => out.has(r.def.name)).flatMap((r) => r.def.provides ?? []));
      for (const rec of this.records) {
        if (!out.has(rec.def.name) && (rec.def.requires ?? []).some((s) => provided.has(s))) {
          out.add(rec.def.name);
          grew = true;
        }
      }
    }
    return out;
  }

  private async setupOne(rec: PluginRecord, config: unknown): Promise<void> {
    const { def } = rec;
    const log = this.options.logger(def.name);
    const missing = (def.requires ?? []).find((service) => !this.options.registries.services.get(service));
    if (missing) {
      const provider = this.records.find((r) => r.def.provides?.includes(missing));
      rec.state = "skipped";
      rec.error = provider
        ? `requires service "${missing}" from plugin ${provider.def.name}, which is ${provider.state}`
        : `requires service "${missing}", which no enabled plugin provides`;
      log.warn(`skipped: ${rec.error}`);
      return;
    }
    rec.abort = new AbortController();
    rec.undo = [];
    rec.taps = [];
    rec.sealed = false;
    try {
      const slice = pluginConfigSlice(def, config);
      const api = createPluginApi(def, slice, log, rec.abort.signal, this.options.registries, rec);
      const disposer = await withTimeout(Promise.resolve().then(() => def.setup(api)), this.timeoutMs, `setup of plugin ${def.name}`);
      rec.disposer = typeof disposer === "function" ? disposer : undefined;
      rec.sealed = true;
      rec.state = "active";
    } catch (err) {
      rec.state = "failed";
      rec.error = err instanceof Error ? err.message : String(err);
      log.error(`failed to set up: ${rec.error}`);
      rec.abort.abort();
      this.undoRegistrations(rec);
    }
  }

  private async disposeOne(rec: PluginRecord): Promise<void> {
    rec.abort?.abort();
    if (rec.disposer) {
      try {
        await withTimeout(Promise.resolve().then(() => rec.disposer?.()), this.timeoutMs, `dispose of plugin ${rec.def.name}`);
      } catch (err) {
        this.options.logger(rec.def.name).warn(`dispose failed: ${(err as Error).message}`);
      }
    }
    rec.disposer = undefined;
    this.undoRegistrations(rec);
    rec.state = "stopped";
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

/** Orders plugins so that providers come before the plugins that require them; cycles keep input order. */
function orderByDependencies<T extends { def: PluginDefinition }>(records: T[]): T[] {
  const providerOf = new Map<string, T>();
  for (const r of records) for (const s of r.def.provides ?? []) if (!providerOf.has(s)) providerOf.set(s, r);
  const out: T[] = [];
  const visiting = new Set<T>();
  const visit = (r: T) => {
    if (out.includes(r) || visiting.has(r)) return;
    visiting.add(r);
    for (const s of r.def.requires ?? []) {
      const p = providerOf.get(s);
      if (p && p !== r) visit(p);
    }
    visiting.delete(r);
    out.push(r);
  };
  for (const r of records) visit(r);
  return out;
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
