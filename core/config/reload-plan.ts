/**
 * What a config change needs: which plugins to reload (by `configPaths` ownership), whether the
 * shared secret rotated, and which core changes need an in-process restart. A changed path nobody
 * owns cannot happen here: validation already refused it.
 */
import { isDeepStrictEqual } from "node:util";
import { isPlainObject } from "../config-paths.js";
import type { PluginEntry } from "../plugin-host.js";

export type ReloadMode = "hybrid" | "hot" | "restart" | "off";

/** Core paths that need a new listener (rebind or a different auth mode). */
export const RESTART_PATHS = ["gateway.port", "gateway.bind", "gateway.customBindHost", "gateway.auth.mode", "gateway.auth.rateLimit", "gateway.limits", "gateway.tls", "plugins.load", "plugins.enabled"];
/** Core paths applied live by the gateway (read per connection or per line). */
export const HOT_CORE_PATHS = ["gateway.auth.token", "gateway.auth.password", "gateway.trustedProxies", "gateway.controlUi.allowedOrigins", "logging", "gateway.reload", "gateway.remote", "gateway.mode", "commands"];
const SECRET_PATHS = ["gateway.auth.token", "gateway.auth.password"];

export interface ReloadPlan {
  changedPaths: string[];
  /** Plugins whose owned config changed (the host adds their dependents). */
  reloadPlugins: string[];
  /** Plugins switched on or off with plugins.entries.<name>.enabled. */
  enable: string[];
  disable: string[];
  secretRotated: boolean;
  /** Changed core paths that need an in-process restart. */
  restartPaths: string[];
}

/** Leaf-ish paths where two configs differ (objects are descended, anything else compared whole). */
export function diffPaths(a: unknown, b: unknown, base = ""): string[] {
  if (isDeepStrictEqual(a, b)) return [];
  // A subtree that appeared or vanished is compared against {}, so its leaves are named.
  if (a === undefined && isPlainObject(b)) a = {};
  if (b === undefined && isPlainObject(a)) b = {};
  if (!isPlainObject(a) || !isPlainObject(b)) return [base || "<root>"];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].flatMap((k) => diffPaths(a[k], b[k], base ? `${base}.${k}` : k));
}

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}.`);

/**
 * `nextPlugins`: the plugin set the new config resolves to. When its members differ from `plugins`
 * (a plugin was installed or uninstalled, a path added) the change needs a restart: a running host
 * only switches known plugins on and off.
 */
export function planReload(before: unknown, after: unknown, plugins: readonly PluginEntry[], nextPlugins?: readonly PluginEntry[]): ReloadPlan {
  const changedPaths = diffPaths(before, after);
  const plan: ReloadPlan = { changedPaths, reloadPlugins: [], enable: [], disable: [], secretRotated: false, restartPaths: [] };
  const memberKey = (set: readonly PluginEntry[]) => set.map((p) => `${p.def.name}@${p.source}`).sort().join("\n");
  if (nextPlugins && changedPaths.length && memberKey(plugins) !== memberKey(nextPlugins)) plan.restartPaths.push("plugins (the plugin set changed)");
  for (const path of changedPaths) {
    const owner = plugins.find((p) => (p.def.configPaths ?? []).some((owned) => under(path, owned) || under(owned, path)));
    if (owner) {
      if (!plan.reloadPlugins.includes(owner.def.name)) plan.reloadPlugins.push(owner.def.name);
      continue;
    }
    const entry = /^plugins\.entries\.([^.]+)(\.enabled)?$/.exec(path);
    if (entry) {
      const name = entry[1];
      const enabledAfter = (after as { plugins?: { entries?: Record<string, { enabled?: boolean }> } }).plugins?.entries?.[name]?.enabled !== false;
      (enabledAfter ? plan.enable : plan.disable).push(name);
      continue;
    }
    if (SECRET_PATHS.some((p) => under(path, p))) plan.secretRotated = true;
    if (RESTART_PATHS.some((p) => under(path, p))) plan.restartPaths.push(path);
  }
  return plan;
}

/** True when nothing but `gateway.reload` itself changed (such edits never restart). */
export function onlyReloadSettingsChanged(plan: ReloadPlan): boolean {
  return plan.changedPaths.every((p) => under(p, "gateway.reload"));
}
