/**
 * The one composition root: which plugins a gateway with this config runs. Built-ins (handed in by
 * the caller: the core never imports a plugin), then `plugins.load.paths` (relative to the config
 * file), then the plugins installed in `<stateDir>/extensions/<id>`; `plugins.entries.<name>.enabled`
 * turns any of them off, and `plugins.enabled: false` every third-party one. Used by `openclaw
 * gateway` and by every CLI command that needs the plugin set without a gateway (list, doctor, config).
 */
import { dirname, resolve } from "node:path";
import { ensureSdkLink, installedExtensions } from "./extensions.js";
import { loadPluginEntry } from "./plugin-loader.js";
import type { PluginEntry, PluginOrigin } from "./plugin-host.js";
import type { PluginDefinition } from "./plugin-types.js";

export interface PluginSetInput {
  /** The built-in plugins, in the order they are listed to users. */
  builtins: readonly PluginDefinition[];
  /** The loaded (not yet validated) config; anything not an object counts as {}. */
  raw: unknown;
  /** Relative `plugins.load.paths` resolve against its folder. */
  configPath: string;
  /** Installed plugins are read from `<stateDir>/extensions`. */
  stateDir: string;
  /** Reported as the built-ins' version (they ship with the gateway). */
  builtinVersion?: string;
}

export interface PluginSet {
  /** Every plugin, in load order; one that could not be loaded is an entry whose setup fails with why. */
  entries: PluginEntry[];
  /** The entries that could not be loaded (name, where from, why). */
  failed: Array<{ name: string; source: string; origin: PluginOrigin; error: string }>;
  /** False when `plugins.enabled` is false: every third-party plugin is off. */
  thirdPartyEnabled: boolean;
}

interface PluginsSection {
  enabled?: boolean;
  load?: { paths?: unknown };
  entries?: Record<string, { enabled?: boolean } | undefined>;
}

export async function resolvePluginSet(input: PluginSetInput): Promise<PluginSet> {
  const raw = typeof input.raw === "object" && input.raw !== null ? (input.raw as { plugins?: PluginsSection }) : {};
  const section = raw.plugins ?? {};
  const entriesCfg = section.entries ?? {};
  const thirdPartyEnabled = section.enabled !== false;
  const paths = Array.isArray(section.load?.paths) ? (section.load.paths as unknown[]).filter((p): p is string => typeof p === "string") : [];
  const on = (name: string) => entriesCfg[name]?.enabled !== false;

  const entries: PluginEntry[] = input.builtins.map((def) => ({ def, source: "builtin", origin: "builtin", version: def.version ?? input.builtinVersion, enabled: on(def.name) }));
  const thirdParty: PluginEntry[] = [];
  for (const p of paths) thirdParty.push(await loadPluginEntry(resolve(dirname(input.configPath), p), "path"));
  const installed = installedExtensions(input.stateDir);
  if (installed.length) ensureSdkLink(input.stateDir); // idempotent: the package may have moved since install
  for (const { dir } of installed) thirdParty.push(await loadPluginEntry(dir, "installed", true));

  const failed: PluginSet["failed"] = [];
  for (const entry of thirdParty) {
    entry.enabled = thirdPartyEnabled && on(entry.def.name);
    if (entry.loadError !== undefined) failed.push({ name: entry.def.name, source: entry.source, origin: entry.origin ?? "path", error: entry.loadError });
    entries.push(entry);
  }
  return { entries, failed, thirdPartyEnabled };
}
