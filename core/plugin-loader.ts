/**
 * Loads third-party plugins: a file, or a folder with a package.json entry (`openclaw.extensions[0]`,
 * `exports`, `main`) or an index.js/index.mjs, whose default export (or `plugin` export) is a plugin
 * definition. A folder with an `openclaw.plugin.json` manifest is checked against it first (valid
 * manifest, plugin-API range satisfied) before any of its code runs. A plugin that fails to load
 * becomes a failed entry, visible in plugins.list; the gateway still starts.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { checkPluginApi, MANIFEST_FILE, readManifest, type ReadManifest } from "./plugin-manifest.js";
import type { PluginDefinition } from "./plugin-types.js";
import type { PluginEntry, PluginOrigin } from "./plugin-host.js";
import { GatewayHostError, hostErrorCode } from "./host-errors.js";

interface PackageJson {
  main?: string;
  exports?: unknown;
  openclaw?: { extensions?: unknown };
}

/** The package's own entry for ".", when `exports` names one file for it. */
function exportsEntry(exports: unknown): string | undefined {
  if (typeof exports === "string") return exports;
  if (typeof exports !== "object" || exports === null) return undefined;
  const dot = (exports as Record<string, unknown>)["."] ?? exports;
  if (typeof dot === "string") return dot;
  if (typeof dot === "object" && dot !== null) {
    const cond = dot as Record<string, unknown>;
    for (const key of ["import", "default"]) if (typeof cond[key] === "string") return cond[key] as string;
  }
  return undefined;
}

/** What one look at a plugin path found: whether it exists, is a folder, and (for a folder) its file names. */
interface PathProbe {
  exists: boolean;
  /** The folder's entries; undefined for a file (or nothing). */
  names?: ReadonlySet<string>;
}

/** One stat and, for a folder, one directory listing: each further existence check would be another syscall. */
function probePath(path: string): PathProbe {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) return { exists: false };
  return { exists: true, names: st.isDirectory() ? new Set(readdirSync(path)) : undefined };
}

function entryFile(path: string, probe: PathProbe): string {
  if (!probe.exists) throw new Error(`plugin path ${path} does not exist`);
  const names = probe.names;
  if (!names) return path;
  if (names.has("package.json")) {
    const pkg = JSON.parse(readFileSync(join(path, "package.json"), "utf8")) as PackageJson;
    const extensions = pkg.openclaw?.extensions;
    const declared = Array.isArray(extensions) && typeof extensions[0] === "string" ? extensions[0] : undefined;
    const main = declared ?? exportsEntry(pkg.exports) ?? pkg.main;
    if (main) return join(path, main);
  }
  for (const name of ["index.js", "index.mjs"]) if (names.has(name)) return join(path, name);
  throw new Error(`plugin folder ${path} has no package.json main and no index.js/index.mjs`);
}

export function isPluginDefinition(value: unknown): value is PluginDefinition {
  return typeof value === "object" && value !== null && typeof (value as PluginDefinition).name === "string" && typeof (value as PluginDefinition).setup === "function";
}

export async function loadPluginFromPath(path: string, probe: PathProbe = probePath(path)): Promise<PluginDefinition> {
  const file = entryFile(path, probe);
  const mod = (await import(pathToFileURL(file).href)) as { default?: unknown; plugin?: unknown };
  const candidate = mod.default ?? mod.plugin;
  if (!isPluginDefinition(candidate)) {
    throw new Error(`${file} does not export a plugin: export default an object with a "name" and a "setup(api)" function`);
  }
  return candidate;
}

/** A plugin that could not be loaded: failed in plugins.list with `error`, never set up. */
export function failedEntry(name: string, source: string, origin: PluginOrigin, cause: unknown, manifest?: ReadManifest): PluginEntry {
  const error = cause instanceof Error ? cause.message : String(cause);
  const code = hostErrorCode(cause);
  return {
    // A host error keeps its code, so plugins.list reports it as errorCode.
    def: { name, setup: () => { throw code ? new GatewayHostError(code, `could not be loaded: ${error}`, { cause }) : new Error(`could not be loaded: ${error}`); } },
    source,
    origin,
    enabled: true,
    loadError: error,
    version: manifest?.version,
    apiVersion: manifest?.apiRange,
  };
}

/**
 * Loads one plugin (file or folder). With a manifest — required when `requireManifest` (installed
 * plugins) — the manifest is validated and the plugin-API range checked before the code is imported,
 * and the exported definition's `name` must equal the manifest `id`. Never throws: a failure is a failed entry.
 */
export async function loadPluginEntry(path: string, origin: PluginOrigin, requireManifest = false): Promise<PluginEntry> {
  let manifest: ReadManifest | undefined;
  const fallbackName = basename(path).replace(/\.(m?js|ts)$/, "") || basename(dirname(path));
  try {
    const probe = probePath(path);
    if (probe.names && (requireManifest || probe.names.has(MANIFEST_FILE))) {
      manifest = readManifest(path);
      checkPluginApi(manifest.manifest.id, manifest.apiRange);
    } else if (requireManifest && !probe.exists) {
      throw new Error(`plugin path ${path} does not exist`);
    }
    let def = await loadPluginFromPath(path, probe);
    if (manifest) {
      const id = manifest.manifest.id;
      if (def.name !== id) throw new Error(`${manifest.file} names the plugin "${id}" but its code exports a plugin named "${def.name}"`);
      // The manifest's schema stands in for a definition that owns config but declares no schema for it.
      if (!def.configSchema && def.configPaths?.length) def = { ...def, configSchema: manifest.manifest.configSchema as PluginDefinition["configSchema"] };
    }
    return { def, source: path, origin, enabled: true, version: manifest?.version ?? def.version, apiVersion: manifest?.apiRange };
  } catch (err) {
    return failedEntry(manifest?.manifest.id ?? fallbackName, path, origin, err, manifest);
  }
}

/** Loads every path (relative ones against `baseDir`); failures become failed entries instead of throwing. */
export async function loadPluginPaths(paths: readonly string[], baseDir: string): Promise<PluginEntry[]> {
  const entries: PluginEntry[] = [];
  for (const p of paths) entries.push(await loadPluginEntry(resolve(baseDir, p), "path"));
  return entries;
}
