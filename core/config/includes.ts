/**
 * `$include` resolution. `"$include": "./a.json5"` replaces the object holding it; a list of files is
 * deep-merged in order (later wins); keys beside `$include` are merged after it (they override).
 * Paths are relative to the including file; nesting stops at depth 10; a cycle is reported with its chain.
 */
import { dirname, resolve } from "node:path";
import { isPlainObject, type ConfigObject } from "../config-paths.js";

export const MAX_INCLUDE_DEPTH = 10;

export class ConfigIncludeError extends Error {
  constructor(readonly file: string, message: string) {
    super(message);
    this.name = "ConfigIncludeError";
  }
}

/** Objects merge key by key; anything else in `over` replaces what is in `base`. */
export function deepMerge(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return structuredClone(over);
  const out: ConfigObject = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = k in out ? deepMerge(out[k], v) : structuredClone(v);
  return out;
}

export interface IncludeContext {
  /** Reads and parses one included file (throws with a message naming it). */
  read(path: string): unknown;
  /** Every file that took part, main file first (for the watcher). */
  files: Set<string>;
}

export function resolveIncludes(value: unknown, file: string, ctx: IncludeContext, chain: string[] = [file], keyPath = ""): unknown {
  if (Array.isArray(value)) return value.map((v, i) => resolveIncludes(v, file, ctx, chain, `${keyPath}[${i}]`));
  if (!isPlainObject(value)) return value;
  const { $include: include, ...siblings } = value;
  const resolvedSiblings: ConfigObject = {};
  for (const [k, v] of Object.entries(siblings)) resolvedSiblings[k] = resolveIncludes(v, file, ctx, chain, keyPath ? `${keyPath}.${k}` : k);
  if (include === undefined) return resolvedSiblings;

  const where = `${file}${keyPath ? ` at ${keyPath}` : ""}`;
  const targets = typeof include === "string" ? [include] : Array.isArray(include) && include.every((p) => typeof p === "string") ? (include as string[]) : null;
  if (!targets) throw new ConfigIncludeError(file, `$include in ${where} must be a path or a list of paths`);
  let base: unknown = undefined;
  for (const target of targets) {
    const path = resolve(dirname(file), target);
    if (chain.includes(path)) throw new ConfigIncludeError(file, `$include cycle: ${[...chain, path].join(" -> ")}`);
    if (chain.length > MAX_INCLUDE_DEPTH) throw new ConfigIncludeError(file, `$include nesting deeper than ${MAX_INCLUDE_DEPTH} levels: ${[...chain, path].join(" -> ")}`);
    ctx.files.add(path);
    const included = resolveIncludes(ctx.read(path), path, ctx, [...chain, path]);
    base = base === undefined ? included : deepMerge(base, included);
  }
  if (Object.keys(resolvedSiblings).length === 0) return base;
  if (!isPlainObject(base)) throw new ConfigIncludeError(file, `$include in ${where} brings in a non-object, so the keys beside it cannot be merged`);
  return deepMerge(base, resolvedSiblings);
}
