/**
 * Strict config validation: the core schema for core keys, each plugin's schema for the paths it
 * owns, and "unknown key" for anything nobody owns (with the closest valid key as a hint).
 */
import type { Ajv as AjvInstance, ErrorObject, ValidateFunction } from "ajv";
import type { Static, TSchema } from "@sinclair/typebox";
import { CoreConfigSchema } from "./schema.js";
import { closestKey } from "./suggest.js";
import { deleteIgnoredCorePath, deleteSegments, dottedSegments, ignoredKeysWarning, validateIgnoringUpstreamKeys } from "./ignored-keys.js";
import { upstreamChildKeys } from "./upstream-keys.js";
import { loadAjv, noteCompiled, precompiledValidator, schemaText, sensitiveKeyword } from "../protocol/validators.js";
import { deletePath, getPath, isPlainObject, pickPaths, type ConfigObject } from "../config-paths.js";
import type { PluginDefinition } from "../plugin-types.js";

export interface ConfigIssue {
  /** Dotted key path, e.g. "gateway.auth.mode" ("<root>" for the whole file). */
  path: string;
  message: string;
}

/** The config validator's ajv options; the build-time generator compiles the built-in schemas with these. */
export const CONFIG_AJV_OPTIONS = { strict: false, allErrors: true, useDefaults: true, verbose: true, validateSchema: false } as const;
// Created on the first schema the build-time table lacks: a default start-up never loads ajv.
let ajv: AjvInstance | undefined;
const compiled = new WeakMap<object, ValidateFunction>();

function validatorFor(schema: TSchema): ValidateFunction {
  let fn = compiled.get(schema);
  if (fn) return fn;
  const text = schemaText(schema);
  fn = precompiledValidator("config", text);
  if (!fn) {
    if (!ajv) {
      ajv = new (loadAjv())(CONFIG_AJV_OPTIONS);
      ajv.addKeyword(sensitiveKeyword);
    }
    fn = ajv.compile(schema);
    noteCompiled("config", text, schema);
  }
  compiled.set(schema, fn);
  return fn;
}

/**
 * The value of a config section that is absent: `{}` with every default its schema declares filled
 * in, as validating the config does (for callers holding an unvalidated config).
 */
export function configDefaults<S extends TSchema>(schema: S): Static<S> {
  const validate = validatorFor(schema) as ValidateFunction & { emptyDefaults?: string };
  // A built-in schema's defaults were computed at build time (scripts/precompile-validators.mjs):
  // an unconfigured plugin does not load its section's validator just to read them.
  if (validate.emptyDefaults !== undefined) return JSON.parse(validate.emptyDefaults) as Static<S>;
  const value = {};
  validate(value);
  return value as Static<S>;
}

function dotted(instancePath: string): string {
  return instancePath.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~")).join(".");
}

function join(base: string, key: string): string {
  return base ? `${base}.${key}` : key;
}

/** Turns ajv errors into issues with full key paths and fixes. `extraKeys` lists keys other owners accept at a level. */
export function issuesFromAjv(errors: readonly ErrorObject[], extraKeys: (path: string) => string[] = () => []): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const seen = new Set<string>();
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath));
  for (const e of errors) {
    if (e.keyword === "if") continue; // the failing `then` keyword is reported itself
    if (e.keyword === "propertyNames") continue; // likewise the failing keyword inside propertyNames
    if (e.schemaPath.includes("/contains/")) continue; // each item that fails `contains`: the contains error says it once
    const base = dotted(e.instancePath);
    let issue: ConfigIssue;
    if (e.keyword === "additionalProperties") {
      const key = String(e.params.additionalProperty);
      const props = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const hint = closestKey(key, [...props, ...extraKeys(base)]);
      issue = {
        path: join(base, key),
        message: `unknown key${hint ? ` (did you mean "${join(base, hint)}"?)` : props.length ? ` (valid keys here: ${props.join(", ")})` : ""}`,
      };
    } else if (e.keyword === "const" && anyOfPaths.has(e.instancePath)) {
      continue; // reported once by the anyOf error below
    } else if (e.keyword === "anyOf") {
      const options = ((e.parentSchema as { anyOf?: Array<{ const?: unknown }> } | undefined)?.anyOf ?? []).map((s) => s.const).filter((v) => v !== undefined);
      issue = { path: base || "<root>", message: options.length ? `must be one of ${options.map((o) => JSON.stringify(o)).join(", ")}` : "does not match any allowed shape" };
    } else if (e.keyword === "required") {
      issue = { path: join(base, String(e.params.missingProperty)), message: "is required" };
    } else {
      issue = { path: base || "<root>", message: e.message ?? "is invalid" };
    }
    // A schema may carry its own wording for a rule ajv can only describe generically.
    const custom = (e.parentSchema as { errorMessage?: unknown } | undefined)?.errorMessage;
    if (typeof custom === "string" && e.keyword !== "additionalProperties") issue.message = custom;
    const id = `${issue.path}:${issue.message}`;
    if (!seen.has(id)) {
      seen.add(id);
      issues.push(issue);
    }
  }
  return issues;
}

function acceptsEmptyAsIs(schema: TSchema): boolean {
  const root = schema as { type?: unknown; required?: unknown[]; properties?: Record<string, object> };
  if (root.type !== "object" || root.required?.length) return false;
  return !Object.values(root.properties ?? {}).some((p) => "default" in p);
}

/** A plugin's own schema is broken: that plugin fails at setup; the config itself is not at fault. */
export class PluginSchemaError extends Error {}

/** A plugin's validated slice; `ignored` lists the keys only upstream OpenClaw defines (removed from the slice). */
export interface PluginSliceValidation {
  slice: ConfigObject;
  issues: ConfigIssue[];
  ignored: Array<{ segments: string[] }>;
}

/**
 * Validates (and fills defaults of) one plugin's slice; throws PluginSchemaError when its schema does not
 * compile. Keys upstream OpenClaw defines but the plugin's schema does not are removed from the slice the
 * plugin gets (and listed in `ignored`), so the plugin sees only what it implements.
 */
export function validatePluginSlice(def: PluginDefinition, config: unknown): PluginSliceValidation {
  const slice = pickPaths(config, def.configPaths ?? []);
  if (!def.configSchema) return { slice, issues: [], ignored: [] };
  // Nothing configured for this plugin: a root with no required keys and no defaults of its own accepts {}
  // and fills nothing (deeper defaults need their parent), so skip compiling the schema: ajv compiles cost
  // start-up time for every plugin the user never configured.
  if (Object.keys(slice).length === 0 && acceptsEmptyAsIs(def.configSchema)) return { slice, issues: [], ignored: [] };
  let validate: ValidateFunction;
  try {
    validate = validatorFor(def.configSchema);
  } catch (err) {
    throw new PluginSchemaError(`plugin ${def.name}: its configSchema cannot be compiled: ${(err as Error).message}`);
  }
  const outcome = validateIgnoringUpstreamKeys(validate, slice);
  const issues = [...outcome.typos, ...issuesFromAjv(outcome.errors, upstreamKeysAt)];
  return { slice, issues: issues.map((i) => ({ ...i, message: `${i.message} (plugin ${def.name})` })), ignored: outcome.ignored };
}

/** Upstream's keys at a level, as extra candidates for "did you mean" (read only when a key is unknown). */
const upstreamKeysAt = (base: string) => upstreamChildKeys(base ? base.split(".") : []);

/** Removes the containers of `path` that its deletion left empty (deepest first). */
function pruneEmptyParents(obj: ConfigObject, path: string): void {
  const keys = path.split(".");
  for (let depth = keys.length - 1; depth > 0; depth--) {
    const parent = depth === 1 ? obj : getPath(obj, keys.slice(0, depth - 1).join("."));
    const key = keys[depth - 1];
    if (!isPlainObject(parent) || !isPlainObject(parent[key]) || Object.keys(parent[key]).length > 0) return;
    delete parent[key];
  }
}

export interface ConfigValidation {
  /** The effective config: the file's, without the ignored keys (the file itself keeps them). */
  config: ConfigObject;
  issues: ConfigIssue[];
  warnings: string[];
  /** Keys upstream OpenClaw defines that this gateway does not implement: accepted, unused (dotted paths). */
  ignored: string[];
}

export function validateConfig(raw: unknown, plugins: ReadonlyArray<{ def: PluginDefinition; enabled: boolean }>): ConfigValidation {
  if (!isPlainObject(raw)) return { config: {}, issues: [{ path: "<root>", message: "the config must be a JSON5 object" }], warnings: [], ignored: [] };
  const config = structuredClone(raw);
  const corePart = structuredClone(raw);
  const issues: ConfigIssue[] = [];
  const warnings: string[] = [];
  const ownedPaths: string[] = [];
  const ignored: string[] = [];
  for (const { def, enabled } of plugins) {
    for (const path of def.configPaths ?? []) {
      ownedPaths.push(path);
      if (getPath(raw, path) === undefined) continue;
      deletePath(corePart, path);
      pruneEmptyParents(corePart, path); // two plugins owning channels.a and channels.b leave no stray `channels: {}`
      if (!enabled) warnings.push(`${path} belongs to plugin ${def.name}, which is disabled: kept but unused`);
    }
    if (enabled) {
      try {
        const result = validatePluginSlice(def, raw);
        issues.push(...result.issues);
        for (const { segments } of result.ignored) {
          deleteSegments(config, segments);
          ignored.push(dottedSegments(segments));
        }
      } catch (err) {
        // Refusing the whole config would stop the gateway over one broken plugin; its setup fails instead.
        if (!(err instanceof PluginSchemaError)) throw err;
      }
    }
  }
  // An empty core part (no config file, or only plugin keys) is valid: skip compiling the schema.
  if (Object.keys(corePart).length) {
    const outcome = validateIgnoringUpstreamKeys(validatorFor(CoreConfigSchema), corePart);
    const extraKeys = (base: string) => [
      ...ownedPaths.filter((p) => (base ? p.startsWith(`${base}.`) : true)).map((p) => p.slice(base ? base.length + 1 : 0).split(".")[0]),
      ...upstreamKeysAt(base),
    ];
    issues.push(...outcome.typos, ...issuesFromAjv(outcome.errors, extraKeys));
    for (const { segments, value } of outcome.ignored) ignored.push(...deleteIgnoredCorePath(config, segments, value, ownedPaths));
  }
  ignored.sort();
  const line = ignoredKeysWarning(ignored);
  if (line) warnings.push(line);
  return { config, issues, warnings, ignored };
}

/** One readable summary naming the file, each key path and what to do. */
export function formatConfigIssues(file: string, issues: readonly ConfigIssue[]): string {
  const lines = issues.map((i) => `  - ${i.path}: ${i.message}`);
  return `Invalid config in ${file}:\n${lines.join("\n")}\nFix these keys in the file and start again (the gateway did not start).`;
}
