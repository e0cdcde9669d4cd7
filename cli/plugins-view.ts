/** Plugin rows for `plugins list` (from plugins.list, or from the local config) and the enable/disable edit. */
import type { GatewayClient } from "../core/client.js";
import { ConfigEditError, readSnapshot, applyPatch, type ConfigTarget } from "./config-edit.js";
import { loadLocalPlugins } from "./local-plugins.js";

export interface PluginRow {
  name: string;
  state: string;
  source: string;
  description?: string;
  error?: string;
  /** The host error code (`OC_ERR_*`) behind `error`, when the gateway reports one: match on this, not on `error`. */
  errorCode?: string;
}

export async function pluginRows(t: ConfigTarget): Promise<PluginRow[]> {
  if (t.client) {
    const res = (await t.client.request("plugins.list", {})) as { plugins: PluginRow[] };
    return res.plugins.map((p) => ({ name: p.name, state: p.state, source: p.source, description: p.description, error: p.error, errorCode: p.errorCode }));
  }
  const local = await loadLocalPlugins(t.configPath);
  return [
    ...local.entries.map((e) => ({ name: e.def.name, state: e.enabled ? "enabled" : "disabled", source: e.source, description: e.def.description })),
    ...local.failed.map((f) => ({ name: f.path, state: "failed", source: f.path, error: f.error })),
  ];
}

export function renderRows(rows: PluginRow[]): string[] {
  const head = { name: "NAME", state: "STATE", source: "SOURCE" };
  const w = (k: keyof typeof head) => Math.max(head[k].length, ...rows.map((r) => r[k].length));
  const line = (r: { name: string; state: string; source: string }, rest: string) => `${r.name.padEnd(w("name"))}  ${r.state.padEnd(w("state"))}  ${r.source.padEnd(w("source"))}  ${rest}`.trimEnd();
  return [line(head, "DESCRIPTION"), ...rows.map((r) => line(r, r.error ? `error: ${r.error}` : (r.description ?? "")))];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitForState(client: GatewayClient, name: string, want: (state: string) => boolean, timeoutMs: number): Promise<string | null> {
  const deadline = Date.now() + timeoutMs;
  let state: string | null = null;
  while (Date.now() < deadline) {
    const res = (await client.request("plugins.list", {})) as { plugins: PluginRow[] };
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
  if (!row) throw new ConfigEditError(`unknown plugin "${name}" (known: ${rows.filter((r) => r.name !== r.source).map((r) => r.name).join(", ")})`);
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
