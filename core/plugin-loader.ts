/**
 * Loads third-party plugins from `plugins.load.paths`: a file, or a folder with a package.json
 * `main` or an index.js/index.mjs, whose default export (or `plugin` export) is a plugin definition.
 * A path that fails to load becomes a failed plugin, visible in plugins.list; the gateway still starts.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { PluginDefinition } from "./plugin-types.js";
import type { PluginEntry } from "./plugin-host.js";

function entryFile(path: string): string {
  if (!existsSync(path)) throw new Error(`plugin path ${path} does not exist`);
  if (!statSync(path).isDirectory()) return path;
  const pkgFile = join(path, "package.json");
  if (existsSync(pkgFile)) {
    const pkg = JSON.parse(readFileSync(pkgFile, "utf8")) as { main?: string; exports?: unknown };
    const main = typeof pkg.exports === "string" ? pkg.exports : pkg.main;
    if (main) return join(path, main);
  }
  for (const name of ["index.js", "index.mjs"]) if (existsSync(join(path, name))) return join(path, name);
  throw new Error(`plugin folder ${path} has no package.json main and no index.js/index.mjs`);
}

export function isPluginDefinition(value: unknown): value is PluginDefinition {
  return typeof value === "object" && value !== null && typeof (value as PluginDefinition).name === "string" && typeof (value as PluginDefinition).setup === "function";
}

export async function loadPluginFromPath(path: string): Promise<PluginDefinition> {
  const file = entryFile(path);
  const mod = (await import(pathToFileURL(file).href)) as { default?: unknown; plugin?: unknown };
  const candidate = mod.default ?? mod.plugin;
  if (!isPluginDefinition(candidate)) {
    throw new Error(`${file} does not export a plugin: export default an object with a "name" and a "setup(api)" function`);
  }
  return candidate;
}

/** Loads every path (relative ones against `baseDir`); failures become failed entries instead of throwing. */
export async function loadPluginPaths(paths: readonly string[], baseDir: string): Promise<PluginEntry[]> {
  const entries: PluginEntry[] = [];
  for (const p of paths) {
    const abs = resolve(baseDir, p);
    try {
      entries.push({ def: await loadPluginFromPath(abs), source: abs, enabled: true });
    } catch (err) {
      const message = (err as Error).message;
      const name = basename(abs).replace(/\.(m?js|ts)$/, "") || basename(dirname(abs));
      entries.push({
        def: { name, setup: () => { throw new Error(`could not be loaded: ${message}`); } },
        source: abs,
        enabled: true,
      });
    }
  }
  return entries;
}
