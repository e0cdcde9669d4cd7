/**
 * Strict config validation: the core schema for core keys, each plugin's schema for the paths it
 * owns, and "unknown key" for anything nobody owns (with the closest valid key as a hint).
 */
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import type { TSchema } from "@sinclair/typebox";
import { CoreConfigSchema } from "./schema.js";
import { closestKey } from "./suggest.js";
import { sensitiveKeyword } from "../protocol/validators.js";
import { deletePath, getPath, isPlainObject, pickPaths, type ConfigObject } from "../config-paths.js";
import type { PluginDefinition } from "../plugin-types.js";

export interface ConfigIssue {
  /** Dotted key path, e.g. "gateway.auth.mode" ("<root>" for the whole file). */
  path: string;
  message: string;
}

const ajv = new Ajv({ strict: false, allErrors: true, useDefaults: true, verbose: true, validateSchema: false });
ajv.addKeyword(sensitiveKeyword);
const compiled = new WeakMap<object, ValidateFunction>();

function validatorFor(schema: TSchema): ValidateFunction {
  let fn = compiled.get(schema);
  if (!fn) {
    fn = ajv.compile(schema);
    compiled.set(schema, fn);
  }
  return fn;
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

/** Validates (and fills defaults of) one plugin's slice; throws PluginSchemaError when its schema does not compile. */
export function validatePluginSlice(def: PluginDefinition, config: unknown): { slice: ConfigObject; issues: ConfigIssue[] } {
  const slice = pickPaths(config, def.configPaths ?? []);
  if (!def.configSchema) return { slice, issues: [] };
  // Nothing configured for this plugin: a root with no required keys and no defaults of its own accepts {}
  // and fills nothing (deeper defaults need their parent), so skip compiling the schema: ajv compiles cost
  // start-up time for every plugin the user never configured.
  if (Object.keys(slice).length === 0 && acceptsEmptyAsIs(def.configSchema)) return { slice, issues: [] };
  let validate: ValidateFunction;
  try {
    validate = validatorFor(def.configSchema);
  } catch (err) {
    throw new PluginSchemaError(`plugin ${def.name}: its configSchema cannot be compiled: ${(err as Error).message}`);
  }
  if (validate(slice)) return { slice, issues: [] };
  return { slice, issues: issuesFromAjv(validate.errors ?? []).map((i) => ({ ...i, message: `${i.message} (plugin ${def.name})` })) };
}

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
  config: ConfigObject;
  issues: ConfigIssue[];
  warnings: string[];
}

export function validateConfig(raw: unknown, plugins: ReadonlyArray<{ def: PluginDefinition; enabled: boolean }>): ConfigValidation {
  if (!isPlainObject(raw)) return { config: {}, issues: [{ path: "<root>", message: "the config must be a JSON5 object" }], warnings: [] };
  const config = structuredClone(raw);
  const corePart = structuredClone(raw);
  const issues: ConfigIssue[] = [];
  const warnings: string[] = [];
  const ownedPaths: string[] = [];
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
        issues.push(...validatePluginSlice(def, raw).issues);
      } catch (err) {
        // Refusing the whole config would stop the gateway over one broken plugin; its setup fails instead.
        if (!(err instanceof PluginSchemaError)) throw err;
      }
    }
  }
  // An empty core part (no config file, or only plugin keys) is valid: skip compiling the schema.
  const validateCore = Object.keys(corePart).length ? validatorFor(CoreConfigSchema) : () => true;
  if (!validateCore(corePart)) {
    const extraKeys = (base: string) =>
      ownedPaths.filter((p) => (base ? p.startsWith(`${base}.`) : true)).map((p) => p.slice(base ? base.length + 1 : 0).split(".")[0]);
    issues.push(...issuesFromAjv(validatorFor(CoreConfigSchema).errors ?? [], extraKeys));
  }
  return { config, issues, warnings };
}

/** One readable summary naming the file, each key path and what to do. */
export function formatConfigIssues(file: string, issues: readonly ConfigIssue[]): string {
  const lines = issues.map((i) => `  - ${i.path}: ${i.message}`);
  return `Invalid config in ${file}:\n${lines.join("\n")}\nFix these keys in the file and start again (the gateway did not start).`;
}
