/**
 * Walks the config schemas (the core's and every plugin's, each rooted at the config root) alongside a
 * config value, so the redactor can ask: is this position `sensitive`, and does any schema describe it?
 * Only the structure matters here (properties, records, items, unions); nothing is validated.
 */
import { CoreConfigSchema } from "./schema.js";
import type { PluginEntry } from "../plugin-host.js";

/** A JSON Schema node as TypeBox emits it (only the keys the walk reads). */
export interface SchemaNode {
  type?: unknown;
  sensitive?: unknown;
  properties?: Record<string, SchemaNode>;
  patternProperties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode | SchemaNode[];
  prefixItems?: SchemaNode[];
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  allOf?: SchemaNode[];
}

/** What describes one position of the config: the schemas that apply there (empty = nothing does). */
export type Position = readonly SchemaNode[];

const OPEN: SchemaNode = {};

/** A schema for paths a plugin owns without declaring a schema: anything goes below them. */
function openAt(paths: readonly string[]): SchemaNode {
  const closedObject = (): SchemaNode => ({ type: "object", properties: {}, additionalProperties: false });
  const root = closedObject();
  for (const path of paths) {
    let node = root;
    const keys = path.split(".");
    keys.forEach((key, i) => {
      node.properties ??= {};
      node.properties[key] ??= i === keys.length - 1 ? OPEN : closedObject();
      node = node.properties[key];
    });
  }
  return root;
}

/** The root position: the core schema plus each plugin's, enabled or not (a disabled plugin's keys stay in the file). */
export function configRoot(plugins: readonly PluginEntry[]): Position {
  return [
    CoreConfigSchema as SchemaNode,
    ...plugins.map((p) => (p.def.configSchema as SchemaNode | undefined) ?? openAt(p.def.configPaths ?? [])),
  ];
}

const branchesOf = (s: SchemaNode) => [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])];

/** A union or intersection node with no shape of its own: only its branches say what may be here. */
const isPureCombinator = (s: SchemaNode) =>
  branchesOf(s).length > 0 && s.type === undefined && !s.properties && !s.patternProperties && s.additionalProperties === undefined && !s.items;

/** The schemas at a position with union and intersection branches spread out (`wrappers`: keep the combinator nodes too). */
function spread(position: Position, wrappers = false): SchemaNode[] {
  const out: SchemaNode[] = [];
  const visit = (s: SchemaNode) => {
    if (wrappers || !isPureCombinator(s)) out.push(s);
    branchesOf(s).forEach(visit);
  };
  position.forEach(visit);
  return out;
}

const admits = (s: SchemaNode, type: "object" | "array") =>
  s.type === undefined || s.type === type || (Array.isArray(s.type) && s.type.includes(type));

export function isSensitive(position: Position): boolean {
  return spread(position, true).some((s) => s.sensitive === true);
}

/** The schemas for `key` inside an object at `position`; empty when no schema allows that key. */
export function childOfKey(position: Position, key: string): Position {
  const out: SchemaNode[] = [];
  for (const s of spread(position)) {
    if (!admits(s, "object")) continue;
    const named = s.properties?.[key];
    if (named) {
      out.push(named);
      continue;
    }
    const patterned = Object.entries(s.patternProperties ?? {}).filter(([pattern]) => new RegExp(pattern, "u").test(key));
    if (patterned.length) out.push(...patterned.map(([, child]) => child));
    else if (typeof s.additionalProperties === "object") out.push(s.additionalProperties);
    // JSON Schema allows unlisted keys unless told otherwise; such a key is described, as "anything".
    else if (s.additionalProperties !== false) out.push(OPEN);
  }
  return out;
}

/** The schemas for item `index` of an array at `position`; empty when no schema allows an array there. */
export function childOfItem(position: Position, index: number): Position {
  const out: SchemaNode[] = [];
  for (const s of spread(position)) {
    if (!admits(s, "array")) continue;
    const tuple = s.prefixItems ?? (Array.isArray(s.items) ? s.items : undefined);
    if (tuple) out.push(tuple[index] ?? OPEN);
    else out.push((s.items as SchemaNode | undefined) ?? OPEN);
  }
  return out;
}
