/**
 * `plugins install` / `plugins uninstall`: put a plugin folder into `<stateDir>/extensions/<id>`
 * (copied, or symlinked with --link) after checking its manifest and plugin-API range, make the SDK
 * resolvable for it, and switch it on in the config (through the gateway or the file, like `plugins
 * enable`); uninstall removes the install (never the folder it came from) and its config entry.
 */
import { cpSync, existsSync, lstatSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { resolveStateDir } from "../core/config/paths.js";
import { ensureSdkLink, extensionDir, PACKAGE_NAME } from "../core/extensions.js";
import { loadPluginEntry } from "../core/plugin-loader.js";
import { checkPluginApi, readManifest, PluginApiVersionError, PluginManifestError } from "../core/plugin-manifest.js";
import { PLUGIN_API_VERSION } from "../core/sdk/version.js";
import { ConfigEditError, applyPatch, applyNote, readSnapshot, type ConfigTarget } from "./config-edit.js";
import { fetchPluginSource, PluginSourceError, type SourceKind } from "./plugin-source.js";
import { builtinPlugins } from "../plugins/index.js";

export interface InstallOptions {
  link: boolean;
  force: boolean;
}

export interface InstallResult {
  id: string;
  name?: string;
  version?: string;
  apiVersion?: string;
  hostPluginApi: string;
  from: SourceKind;
  linked: boolean;
  dir: string;
  /** Config file edited (or, through the gateway, the gateway's file). */
  file: string;
  configChanged: boolean;
  note: string;
  warnings: string[];
}

interface PluginsConfig {
  enabled?: boolean;
  entries?: Record<string, { enabled?: boolean } | undefined>;
}

/** Removes an install: the link only when it is one (its target is someone's source folder). */
function removeInstall(dir: string): void {
  if (lstatSync(dir).isSymbolicLink()) unlinkSync(dir);
  else rmSync(dir, { recursive: true, force: true });
}

function packageWarnings(dir: string): string[] {
  const file = join(dir, "package.json");
  if (!existsSync(file)) return [`${dir} has no package.json: a plugin package should declare "type": "module" and a peerDependency on ${PACKAGE_NAME}`];
  const pkg = JSON.parse(readFileSync(file, "utf8")) as { type?: string; peerDependencies?: Record<string, string> };
  const out: string[] = [];
  if (pkg.type !== "module") out.push(`${file}: "type" is not "module" (plugins are ES modules)`);
  if (!pkg.peerDependencies?.[PACKAGE_NAME]) out.push(`${file}: no peerDependency on ${PACKAGE_NAME} (the host provides it; declare it so package managers know)`);
  return out;
}

export async function installPlugin(t: ConfigTarget, spec: string, options: InstallOptions): Promise<InstallResult> {
  const source = await wrap(() => fetchPluginSource(spec));
  try {
    if (options.link && source.kind !== "folder") throw new ConfigEditError(`--link needs a local folder; ${spec} is ${source.kind === "npm" ? "an npm spec" : "an archive"}`);
    const { manifest, apiRange } = await wrap(async () => readManifest(source.dir));
    const id = manifest.id;
    await wrap(async () => checkPluginApi(id, apiRange));
    if (builtinPlugins().some((d) => d.name === id)) throw new ConfigEditError(`${id} is the name of a built-in plugin; a plugin cannot replace it`);
    const stateDir = resolveStateDir();
    const dir = extensionDir(stateDir, id);
    if (existsSync(dir) || isLink(dir)) {
      if (!options.force) throw new ConfigEditError(`plugin ${id} is already installed at ${dir}: uninstall it first (openclaw plugins uninstall ${id}) or pass --force to replace it`);
      removeInstall(dir);
    }
    cpOrLink(source.dir, dir, options.link, stateDir);
    // Load it once here (its module code, never its setup) so a plugin that cannot run is refused now.
    const entry = await loadPluginEntry(dir, "installed", true);
    if (entry.loadError !== undefined) {
      removeInstall(dir);
      // Node resolves a linked plugin's imports from its real folder, where the host's SDK link is not.
      const hint = options.link && entry.loadError.includes(PACKAGE_NAME) ? ` (a linked folder resolves ${PACKAGE_NAME} from where it really is: npm link ${PACKAGE_NAME} there, or install a copy)` : "";
      throw new ConfigEditError(`plugin ${id} was not installed: ${entry.loadError}${hint}`);
    }
    const warnings = packageWarnings(source.dir);
    const { file, changed, disabledAll } = await enableInConfig(t, id);
    if (disabledAll) warnings.push("plugins.enabled is false, which keeps every third-party plugin off: set it to true as well (openclaw config set plugins.enabled true)");
    const note = t.client
      ? (changed ? applyNote("plugins.load") : "the config already enabled it: restart the gateway to load this version")
      : "a running gateway loads it when it (re)starts";
    return {
      id, name: manifest.name, version: entry.version, apiVersion: apiRange, hostPluginApi: PLUGIN_API_VERSION,
      from: source.kind, linked: options.link, dir, file, configChanged: changed, note, warnings,
    };
  } finally {
    source.cleanup();
  }
}

export interface UninstallResult {
  id: string;
  dir: string;
  removed: boolean;
  linked: boolean;
  configChanged: boolean;
  file: string;
}

export async function uninstallPlugin(t: ConfigTarget, id: string): Promise<UninstallResult> {
  if (builtinPlugins().some((d) => d.name === id)) throw new ConfigEditError(`${id} is a built-in plugin: it cannot be uninstalled (turn it off with openclaw plugins disable ${id})`);
  if (id !== basename(id) || id.startsWith(".") || id === "node_modules") throw new ConfigEditError(`"${id}" is not a plugin id`);
  const dir = extensionDir(resolveStateDir(), id);
  const present = existsSync(dir) || isLink(dir);
  const linked = present && isLink(dir);
  const snap = await readSnapshot(t);
  const plugins = (snap.config as { plugins?: PluginsConfig }).plugins;
  const hasEntry = plugins?.entries?.[id] !== undefined;
  if (!present && !hasEntry) throw new ConfigEditError(`plugin ${id} is not installed (nothing at ${dir} and no plugins.entries.${id})`);
  if (present) removeInstall(dir);
  let file = snap.path;
  if (hasEntry) file = (await applyPatch(t, { plugins: { entries: { [id]: null } } })).path;
  return { id, dir, removed: present, linked, configChanged: hasEntry, file };
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Copies (without node_modules or .git: the host provides the SDK) into a temp name, then renames into place. */
function cpOrLink(from: string, to: string, link: boolean, stateDir: string): void {
  ensureSdkLink(stateDir); // creates <stateDir>/extensions (0700) with the SDK link in it
  if (link) return symlinkSync(from, to, "dir");
  const temp = join(dirname(to), `.installing-${basename(to)}-${process.pid}`); // dot names are never loaded
  rmSync(temp, { recursive: true, force: true });
  cpSync(from, temp, { recursive: true, filter: (src) => !["node_modules", ".git"].includes(basename(src)) });
  renameSync(temp, to);
}

async function enableInConfig(t: ConfigTarget, id: string): Promise<{ file: string; changed: boolean; disabledAll: boolean }> {
  const snap = await readSnapshot(t);
  const plugins = (snap.config as { plugins?: PluginsConfig }).plugins;
  const disabledAll = plugins?.enabled === false;
  if (plugins?.entries?.[id]?.enabled === true) return { file: snap.path, changed: false, disabledAll };
  const res = await applyPatch(t, { plugins: { entries: { [id]: { enabled: true } } } });
  return { file: res.path, changed: true, disabledAll };
}

/** Manifest, version and source errors are user errors: one line, exit 1. */
async function wrap<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof PluginManifestError || err instanceof PluginApiVersionError || err instanceof PluginSourceError) throw new ConfigEditError(err.message);
    throw err;
  }
}
