/**
 * The plugin set a gateway would run for the config at `configPath`, for validating and listing
 * without a gateway: the core's one composition root (core/plugin-set.ts) with the built-in plugins.
 */
import { loadConfigFile } from "../core/config/load.js";
import { resolveStateDir, type Env } from "../core/config/paths.js";
import { resolvePluginSet, type PluginSet } from "../core/plugin-set.js";
import { builtinPlugins } from "../plugins/index.js";
import { packageVersion } from "./version.js";

export type LocalPlugins = PluginSet;

/** `raw` is the loaded config; when omitted the file is loaded (an unloadable file gives built-ins and installed plugins only). */
export async function loadLocalPlugins(configPath: string, raw?: unknown, env: Env = process.env): Promise<LocalPlugins> {
  if (raw === undefined) {
    try {
      raw = loadConfigFile(configPath, env).raw;
    } catch {
      raw = {};
    }
  }
  return resolvePluginSet({ builtins: builtinPlugins(), raw, configPath, stateDir: resolveStateDir(env), builtinVersion: packageVersion() });
}
