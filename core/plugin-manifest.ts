/**
 * The `openclaw.plugin.json` manifest of a third-party plugin (the file name upstream uses) and the
 * plugin-API compatibility check. Both run before any of the plugin's code is imported, so a plugin
 * built for another plugin API never runs here.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Type, type Static } from "@sinclair/typebox";
import { createRequire } from "node:module";
import { compileSchema } from "./protocol/validators.js";
import { PLUGIN_API_VERSION } from "./sdk/version.js";
import { GatewayHostError, HOST_ERRORS } from "./host-errors.js";

/** semver, required when a third-party plugin declares a range: its module set-up is off a plain start-up. */
const semver = (): typeof import("semver") => createRequire(import.meta.url)("semver") as typeof import("semver");

export const MANIFEST_FILE = "openclaw.plugin.json";

export const PluginManifestSchema = Type.Object(
  {
    /** The plugin's name: key in `plugins.entries`, install folder name; must equal the definition's `name`. */
    id: Type.String({ pattern: "^[a-z0-9][a-z0-9._-]*$", maxLength: 64 }),
    name: Type.Optional(Type.String({ minLength: 1 })),
    version: Type.Optional(Type.String({ minLength: 1 })),
    description: Type.Optional(Type.String()),
    /** JSON Schema of the config the plugin owns (its `configPaths`, at their real positions). */
    configSchema: Type.Object({}, { additionalProperties: true }),
    /** A semver range of the plugin API the host must implement, e.g. "^1.0.0". */
    apiVersion: Type.Optional(Type.String({ minLength: 1 })),
  },
  { additionalProperties: true }, // upstream manifests carry more fields (channels, providers, …)
);
export type PluginManifest = Static<typeof PluginManifestSchema>;

export interface ReadManifest {
  manifest: PluginManifest;
  file: string;
  /** The plugin-API range: the manifest's `apiVersion`, else package.json `openclaw.compat.pluginApi`. */
  apiRange?: string;
  /** Where `apiRange` was read from (for messages). */
  apiRangeFrom?: string;
  /** package.json `version` when the manifest has none. */
  version?: string;
}

/** A manifest that is missing, unreadable or invalid; the message names the file and the field. */
export class PluginManifestError extends GatewayHostError<"OC_ERR_PLUGIN_MANIFEST"> {
  /** `where`: the file (and field) at fault; `reason`: what is wrong with it. */
  constructor(where: string, reason: string) {
    super("OC_ERR_PLUGIN_MANIFEST", HOST_ERRORS.OC_ERR_PLUGIN_MANIFEST(where, reason));
  }
}

/** A plugin whose plugin-API range this host does not satisfy. */
export class PluginApiVersionError extends GatewayHostError<"OC_ERR_PLUGIN_API_VERSION"> {
  constructor(plugin: string, range: string, hostVersion: string) {
    super("OC_ERR_PLUGIN_API_VERSION", HOST_ERRORS.OC_ERR_PLUGIN_API_VERSION(plugin, range, hostVersion));
  }
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new PluginManifestError(file, `not valid JSON (${(err as Error).message})`);
  }
}

/** Reads and validates `<dir>/openclaw.plugin.json` (and the package.json fields it falls back to). */
export function readManifest(dir: string): ReadManifest {
  const file = join(dir, MANIFEST_FILE);
  if (!existsSync(file)) throw new PluginManifestError(`${file} is missing`, `a plugin folder needs an ${MANIFEST_FILE} with at least "id" and "configSchema"`);
  const raw = readJson(file);
  const check = compileSchema(PluginManifestSchema);
  const first = check(structuredClone(raw)) ? undefined : check.errors?.[0];
  if (first) {
    const missing = first.keyword === "required" ? String(first.params.missingProperty) : undefined;
    const path = `${first.instancePath}${missing ? `/${missing}` : ""}`;
    const field = path.replace(/^\//, "").replace(/\//g, ".") || "(root)";
    throw new PluginManifestError(file, `field "${field}": ${missing ? "is required" : (first.message ?? "is invalid")}`);
  }
  const manifest = raw as PluginManifest;
  const pkgFile = join(dir, "package.json");
  const pkg = existsSync(pkgFile) ? (readJson(pkgFile) as { version?: unknown; openclaw?: { compat?: { pluginApi?: unknown } } }) : {};
  const pkgRange = pkg.openclaw?.compat?.pluginApi;
  if (pkgRange !== undefined && typeof pkgRange !== "string") throw new PluginManifestError(pkgFile, `field "openclaw.compat.pluginApi" must be a string (a semver range)`);
  const apiRange = manifest.apiVersion ?? pkgRange;
  const apiRangeFrom = manifest.apiVersion !== undefined ? `${file} apiVersion` : pkgRange !== undefined ? `${pkgFile} openclaw.compat.pluginApi` : undefined;
  if (apiRange !== undefined && semver().validRange(apiRange) === null) throw new PluginManifestError(`${apiRangeFrom}`, `"${apiRange}" is not a semver range`);
  return { manifest, file, apiRange, apiRangeFrom, version: manifest.version ?? (typeof pkg.version === "string" ? pkg.version : undefined) };
}

/** Throws when the host's plugin API does not satisfy the plugin's range (no range: any version). */
export function checkPluginApi(id: string, range: string | undefined, hostVersion: string = PLUGIN_API_VERSION): void {
  if (range === undefined || semver().satisfies(hostVersion, range)) return;
  throw new PluginApiVersionError(id, range, hostVersion);
}
