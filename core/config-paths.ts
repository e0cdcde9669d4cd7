/** Dotted-path helpers for config ownership (`gateway.nodes` etc.). */
export type ConfigObject = Record<string, unknown>;

export const isPlainObject = (v: unknown): v is ConfigObject => typeof v === "object" && v !== null && !Array.isArray(v);

export function getPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const key of path.split(".")) {
    if (!isPlainObject(cur)) return undefined;
    cur = cur[key];
  }
  return cur;
}

export function setPath(obj: ConfigObject, path: string, value: unknown): void {
  const keys = path.split(".");
  let cur = obj;
  for (const key of keys.slice(0, -1)) {
    if (!isPlainObject(cur[key])) cur[key] = {};
    cur = cur[key] as ConfigObject;
  }
  cur[keys[keys.length - 1]] = value;
}

export function deletePath(obj: ConfigObject, path: string): void {
  const keys = path.split(".");
  let cur: unknown = obj;
  for (const key of keys.slice(0, -1)) {
    if (!isPlainObject(cur)) return;
    cur = cur[key];
  }
  if (isPlainObject(cur)) delete cur[keys[keys.length - 1]];
}

/** Deep copy of just the given paths, at their real positions. */
export function pickPaths(obj: unknown, paths: readonly string[]): ConfigObject {
  const out: ConfigObject = {};
  for (const path of paths) {
    const value = getPath(obj, path);
    if (value !== undefined) setPath(out, path, structuredClone(value));
  }
  return out;
}
