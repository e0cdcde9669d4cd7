/** `config.schema.lookup`: one position of the config schema, its own keywords and its immediate children. */
import { reloadKindOf, type ConfigSchemaView, type ConfigUiHint, type JsonSchema } from "./config-schema-view.js";

const isObject = (v: unknown): v is JsonSchema => typeof v === "object" && v !== null && !Array.isArray(v);
/** Keywords a lookup answer keeps: the node's own facts, not its subtree (that is what `children` is for). */
const OWN_KEYWORDS = ["type", "title", "description", "enum", "const", "default", "minimum", "maximum", "minLength", "maxLength", "pattern", "format", "minItems", "maxItems", "sensitive"];
const MAX_SEGMENTS = 32;

export interface LookupChild {
  key: string;
  path: string;
  type?: string | string[];
  required: boolean;
  hasChildren: boolean;
  reloadKind?: "restart" | "hot" | "none";
  hint?: ConfigUiHint;
  hintPath?: string;
}

export interface LookupResult {
  path: string;
  schema: unknown;
  reloadKind?: "restart" | "hot" | "none";
  hint?: ConfigUiHint;
  hintPath?: string;
  children: LookupChild[];
}

/** The schema a record entry or array item has, if any. */
function wildcardOf(node: JsonSchema): JsonSchema | undefined {
  if (isObject(node.additionalProperties)) return node.additionalProperties;
  if (isObject(node.patternProperties)) return Object.values(node.patternProperties).find(isObject);
  return undefined;
}

/** One step down: a named property, else a record entry (hint segment `*`), else an array item. */
function step(node: JsonSchema, segment: string): { node: JsonSchema; hintSegment: string } | null {
  const named = node.properties?.[segment];
  if (named) return { node: named, hintSegment: segment };
  for (const key of ["anyOf", "oneOf"] as const) {
    const variants = node[key];
    if (Array.isArray(variants)) for (const v of variants) if (isObject(v) && v.properties?.[segment]) return { node: v.properties[segment], hintSegment: segment };
  }
  const wild = wildcardOf(node);
  if (wild) return { node: wild, hintSegment: "*" };
  if (isObject(node.items) && (segment === "*" || /^\d+$/.test(segment))) return { node: node.items, hintSegment: "*" };
  return null;
}

const hasChildren = (n: JsonSchema) => Boolean(n.properties && Object.keys(n.properties).length) || Boolean(wildcardOf(n)) || isObject(n.items);
const own = (n: JsonSchema) => Object.fromEntries(OWN_KEYWORDS.filter((k) => n[k] !== undefined).map((k) => [k, n[k]]));
const typeOf = (n: JsonSchema): string | string[] | undefined =>
  typeof n.type === "string" || (Array.isArray(n.type) && n.type.every((t) => typeof t === "string")) ? (n.type as string | string[]) : undefined;

/** The answer for `path` ("." = the root), or null when the schema has no such position. */
export function lookupConfigSchema(view: ConfigSchemaView, path: string): LookupResult | null {
  const root = path.trim() === ".";
  const segments = root ? [] : path.replace(/\[(\d+|\*)\]/g, ".$1").split(".").filter(Boolean);
  if ((!root && segments.length === 0) || segments.length > MAX_SEGMENTS) return null;
  let node = view.schema;
  const hintSegments: string[] = [];
  for (const segment of segments) {
    const next = step(node, segment);
    if (!next) return null;
    node = next.node;
    hintSegments.push(next.hintSegment);
  }
  const normalized = segments.join(".");
  const hintPath = hintSegments.join(".");
  const required = new Set(Array.isArray(node.required) ? node.required : []);
  const children: LookupChild[] = [];
  const push = (key: string, child: JsonSchema, hintKey: string) => {
    const childHintPath = hintPath ? `${hintPath}.${hintKey}` : hintKey;
    const childPath = normalized ? `${normalized}.${key}` : key;
    const hint = view.uiHints[childHintPath];
    const type = typeOf(child);
    children.push({
      key, path: childPath, required: required.has(key), hasChildren: hasChildren(child), reloadKind: reloadKindOf(childPath),
      ...(type !== undefined ? { type } : {}), ...(hint ? { hint, hintPath: childHintPath } : {}),
    });
  };
  for (const [key, child] of Object.entries(node.properties ?? {})) push(key, child, key);
  const wild = wildcardOf(node);
  if (wild) push("*", wild, "*");
  const hint = root ? undefined : view.uiHints[hintPath];
  return {
    path: root ? "." : normalized,
    schema: own(node),
    ...(root ? {} : { reloadKind: reloadKindOf(normalized) }),
    ...(hint ? { hint, hintPath } : {}),
    children,
  };
}
