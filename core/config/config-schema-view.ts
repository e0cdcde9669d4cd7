/**
 * The config schema as the official Control UI's form reads it (`config.schema`): one JSON Schema of
 * the whole file — the core's schema merged with every loaded plugin's `configSchema` (third-party
 * plugins included) — plus UI hints keyed by dotted path (`*` for a record's entries and array items): a label, the
 * schema's `description` as help, and `sensitive` where our schemas mark a secret.
 */
import { CoreConfigSchema } from "./schema.js";
import { RESTART_PATHS } from "./reload-plan.js";
import type { PluginEntry } from "../plugin-host.js";

/** A plain JSON Schema node (TypeBox's symbols dropped). */
export type JsonSchema = { [key: string]: unknown; properties?: Record<string, JsonSchema>; additionalProperties?: boolean | JsonSchema };

export interface ConfigUiHint {
  label?: string;
  help?: string;
  sensitive?: boolean;
  advanced?: boolean;
  placeholder?: string;
}

export interface ConfigSchemaView {
  schema: JsonSchema;
  uiHints: Record<string, ConfigUiHint>;
}

const isObject = (v: unknown): v is JsonSchema => typeof v === "object" && v !== null && !Array.isArray(v);

/** A deep plain copy: drops TypeBox's symbol keys and turns unions of literals into `enum` (what form renderers expect). */
function plain(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(plain);
  if (!isObject(node)) return node;
  const out: JsonSchema = {};
  for (const [k, v] of Object.entries(node)) out[k] = plain(v);
  const variants = out.anyOf;
  if (Array.isArray(variants) && variants.length > 0 && variants.every((v) => isObject(v) && "const" in v && ["string", "number", "boolean"].includes(typeof v.const))) {
    const types = new Set(variants.map((v) => typeof (v as JsonSchema).const));
    if (types.size === 1) {
      delete out.anyOf;
      out.type = [...types][0];
      out.enum = variants.map((v) => (v as JsonSchema).const);
    }
  }
  return out;
}

/** Merges `b` into `a` (both rooted at the same position): object properties merge recursively. */
function merge(a: JsonSchema, b: JsonSchema): JsonSchema {
  if (!a.properties || !b.properties) return a.properties ? a : b;
  const properties: Record<string, JsonSchema> = { ...a.properties };
  for (const [key, schema] of Object.entries(b.properties)) {
    properties[key] = properties[key] ? merge(properties[key], schema) : schema;
  }
  const required = [...new Set([...asStrings(a.required), ...asStrings(b.required)])];
  const merged: JsonSchema = { ...a, ...b, properties };
  if (required.length) merged.required = required;
  else delete merged.required;
  return merged;
}

const asStrings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

/** "maxAttempts" → "Max Attempts", "allowFrom" → "Allow From". */
export function labelOf(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/[_-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Walks the merged schema and writes one hint per named position (records as `*`). */
function collectHints(node: JsonSchema, path: string, key: string, hints: Record<string, ConfigUiHint>, depth: number): void {
  if (depth > 24) return;
  if (path) {
    const hint: ConfigUiHint = { label: typeof node.title === "string" ? node.title : labelOf(key) };
    if (typeof node.description === "string") hint.help = node.description;
    if (node.sensitive === true) hint.sensitive = true;
    hints[path] = hint;
  }
  const join = (k: string) => (path ? `${path}.${k}` : k);
  for (const [k, child] of Object.entries(node.properties ?? {})) collectHints(child, join(k), k, hints, depth + 1);
  if (isObject(node.additionalProperties)) collectHints(node.additionalProperties, join("*"), "*", hints, depth + 1);
  if (isObject(node.patternProperties)) {
    for (const child of Object.values(node.patternProperties)) if (isObject(child)) collectHints(child, join("*"), "*", hints, depth + 1);
  }
  if (isObject(node.items)) collectHints(node.items, join("*"), key, hints, depth + 1);
  for (const variants of [node.anyOf, node.oneOf]) {
    if (!Array.isArray(variants)) continue;
    for (const v of variants) if (isObject(v) && (v.properties || v.additionalProperties)) collectHints({ ...v, title: node.title, description: node.description }, path, key, hints, depth + 1);
  }
}

/** The schema and hints for the config file as this plugin set validates it. */
export function buildConfigSchemaView(plugins: readonly PluginEntry[]): ConfigSchemaView {
  let schema = plain(CoreConfigSchema) as JsonSchema;
  for (const p of plugins) {
    if (p.def.configSchema) schema = merge(schema, plain(p.def.configSchema) as JsonSchema);
  }
  schema = { $schema: "http://json-schema.org/draft-07/schema#", title: "OpenClaw gateway config", ...schema };
  const uiHints: Record<string, ConfigUiHint> = {};
  collectHints(schema, "", "", uiHints, 0);
  return { schema, uiHints };
}

/** Whether changing `path` needs an in-process restart ("restart") or applies live ("hot"). */
export function reloadKindOf(path: string): "restart" | "hot" {
  return RESTART_PATHS.some((p) => path === p || path.startsWith(`${p}.`)) ? "restart" : "hot";
}
