/** Plugin rows for `plugins list` (from plugins.list, or from the local config) and the enable/disable edit. */
import type { GatewayClient } from "../core/client.js";
import { ConfigEditError, readSnapshot, applyPatch, type ConfigTarget } from "./config-edit.js";
import { loadLocalPlugins } from "./local-plugins.js";
import type { PluginOrigin } from "../core/plugin-host.js";
import type { PluginsListResult } from "../generated/protocol-types.js";

/** One entry of the gateway's plugins.list result (the wire shape). */
export type PluginsListEntry = PluginsListResult["plugins"][number];

/**
 * A row of `plugins list`: the plugins.list entry, extended for the offline listing (read from the local config,
 * no gateway): there the state can be "enabled" and what a plugin registered (methods, routes, provides, …) is unknown.
 */
export type PluginRow = Omit<PluginsListEntry, "state" | "provides" | "requires" | "configPaths" | "methods" | "routes">
  & Partial<Pick<PluginsListEntry, "methods" | "routes">>
  & { state: PluginsListEntry["state"] | "enabled" };

/** A gateway older than the origin field: derive it from the source. */
const originOf = (p: { origin?: PluginOrigin; source: string }): PluginOrigin => p.origin ?? (p.source === "builtin" ? "builtin" : "path");

export async function pluginRows(t: ConfigTarget): Promise<PluginRow[]> {
  if (t.client) {
    // A gateway older than the origin field may omit it.
    const res = await t.client.request<{ plugins: Array<Omit<PluginsListEntry, "origin"> & { origin?: PluginOrigin }> }>("plugins.list", {});
    return res.plugins.map((p) => ({
      name: p.name, state: p.state, source: p.source, origin: originOf(p), version: p.version, apiVersion: p.apiVersion,
      description: p.description, error: p.error, errorCode: p.errorCode, methods: p.methods, routes: p.routes,
    }));
  }
  const local = await loadLocalPlugins(t.configPath);
  return local.entries.map((e) => ({
    name: e.def.name,
    state: e.loadError !== undefined ? "failed" : e.enabled ? "enabled" : "disabled",
    source: e.source,
    origin: originOf(e),
    version: e.version,
    apiVersion: e.apiVersion,
    description: e.def.description,
    error: e.loadError,
  }));
}

/** The SOURCE column: built-in, installed, or the path a plugins.load.paths entry names. */
export function sourceLabel(row: Pick<PluginRow, "origin" | "source">): string {
  return row.origin === "builtin" ? "built-in" : row.origin === "installed" ? "installed" : row.source;
}

export function renderRows(rows: PluginRow[]): string[] {
  const cells = rows.map((r) => ({ name: r.name, state: r.state, source: sourceLabel(r), version: r.version ?? "-", rest: r.error ? `error: ${r.error}` : (r.description ?? "") }));
  const head = { name: "NAME", state: "STATE", source: "SOURCE", version: "VERSION", rest: "DESCRIPTION" };
  const cols = ["name", "state", "source", "version"] as const;
  const width = Object.fromEntries(cols.map((k) => [k, Math.max(head[k].length, ...cells.map((c) => c[k].length))])) as Record<(typeof cols)[number], number>;
  const line = (c: typeof head) => `${cols.map((k) => c[k].padEnd(width[k])).join("  ")}  ${c.rest}`.trimEnd();
  return [line(head), ...cells.map(line)];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitForState(client: GatewayClient, name: string, want: (state: string) => boolean, timeoutMs: number): Promise<string | null> {
  const deadline = Date.now() + timeoutMs;
  let state: string | null = null;
  while (Date.now() < deadline) {
    const res = await client.request<PluginsListResult>("plugins.list", {});
    state = res.plugins.find((p) => p.name === name)?.state ?? null;
    if (state && want(state)) return state;
    await sleep(100);
  }
  return state;
}

export interface ToggleResult {
  changed: boolean;
  /** The state the running gateway reports afterwards (null: edited the file, or not reported). */
  state: string | null;
  applied: boolean;
  file: string;
  warnings: string[];
}

export async function togglePlugin(t: ConfigTarget, name: string, enable: boolean, waitMs: number): Promise<ToggleResult> {
  const rows = await pluginRows(t);
  const row = rows.find((r) => r.name === name);
  if (!row) throw new ConfigEditError(`unknown plugin "${name}" (known: ${rows.map((r) => r.name).join(", ")})`);
  const warnings: string[] = [];
  const snap = await readSnapshot(t);
  const plugins = (snap.config as { plugins?: { enabled?: boolean; entries?: Record<string, { enabled?: boolean }> } }).plugins;
  if (enable && row.source !== "builtin" && plugins?.enabled === false) warnings.push("plugins.enabled is false, which keeps every third-party plugin off: set it to true as well (openclaw config set plugins.enabled true)");
  const configured = plugins?.entries?.[name]?.enabled;
  const already = enable ? configured !== false : configured === false;
  if (already) return { changed: false, state: row.state, applied: true, file: snap.path, warnings };
  const res = await applyPatch(t, { plugins: { entries: { [name]: { enabled: enable } } } });
  if (!t.client) return { changed: true, state: null, applied: false, file: res.path, warnings };
  const want = enable ? (s: string) => s !== "disabled" : (s: string) => s === "disabled";
  const state = await waitForState(t.client, name, want, waitMs);
  return { changed: true, state, applied: state !== null && want(state), file: res.path, warnings };
}
