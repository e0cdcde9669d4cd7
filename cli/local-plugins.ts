/**
 * The plugin set a gateway would use for the config at `configPath` (built-in plugins plus
 * plugins.load.paths, with plugins.entries.<name>.enabled), for validating and listing without a gateway.
 */
import { dirname, resolve } from "node:path";
import { loadConfigFile } from "../core/config/load.js";
import { loadPluginFromPath } from "../core/plugin-loader.js";
import type { PluginEntry } from "../core/plugin-host.js";
import type { Env } from "../core/config/paths.js";
import { builtinPlugins } from "../plugins/index.js";

export interface LocalPlugins {
  entries: PluginEntry[];
  /** plugins.load.paths entries that could not be loaded. */
  failed: Array<{ path: string; error: string }>;
  /** plugins.enabled: false turns off every third-party plugin. */
  thirdPartyEnabled: boolean;
}

interface PluginsSection {
  enabled?: boolean;
  load?: { paths?: unknown };
  entries?: Record<string, { enabled?: boolean } | undefined>;
}

/** `raw` is the loaded config; when omitted the file is loaded (an unloadable file gives built-ins only). */
export async function loadLocalPlugins(configPath: string, raw?: unknown, env: Env = process.env): Promise<LocalPlugins> {
  if (raw === undefined) {
    try {
      raw = loadConfigFile(configPath, env).raw;
    } catch {
      raw = {};
    }
  }
  const section = ((raw as { plugins?: PluginsSection } | null)?.plugins ?? {}) as PluginsSection;
  const entriesCfg = section.entries ?? {};
  const thirdPartyEnabled = section.enabled !== false;
  const paths = Array.isArray(section.load?.paths) ? (section.load.paths as unknown[]).filter((p): p is string => typeof p === "string") : [];
  const entries: PluginEntry[] = builtinPlugins().map((def) => ({ def, source: "builtin", enabled: entriesCfg[def.name]?.enabled !== false }));
  const failed: LocalPlugins["failed"] = [];
  for (const p of paths) {
    const abs = resolve(dirname(configPath), p);
    try {
      const def = await loadPluginFromPath(abs);
      entries.push({ def, source: abs, enabled: thirdPartyEnabled && entriesCfg[def.name]?.enabled !== false });
    } catch (err) {
      failed.push({ path: abs, error: (err as Error).message });
    }
  }
  return { entries, failed, thirdPartyEnabled };
}
