/** The dependency graph between plugins: services they provide and require. */
import type { PluginDefinition } from "./plugin-types.js";

/** Orders plugins so that providers come before the plugins that require them; cycles keep input order. */
export function orderByDependencies<T extends { def: PluginDefinition }>(records: T[]): T[] {
  const providerOf = new Map<string, T>();
  for (const r of records) for (const s of r.def.provides ?? []) if (!providerOf.has(s)) providerOf.set(s, r);
  const out: T[] = [];
  const visiting = new Set<T>();
  const visit = (r: T) => {
    if (out.includes(r) || visiting.has(r)) return;
    visiting.add(r);
    for (const s of r.def.requires ?? []) {
      const p = providerOf.get(s);
      if (p && p !== r) visit(p);
    }
    visiting.delete(r);
    out.push(r);
  };
  for (const r of records) visit(r);
  return out;
}

/** `names` plus every plugin that requires a service they provide, transitively. */
export function withDependents(records: ReadonlyArray<{ def: PluginDefinition }>, names: ReadonlySet<string>): Set<string> {
  const out = new Set(names);
  let grew = true;
  while (grew) {
    grew = false;
    const provided = new Set(records.filter((r) => out.has(r.def.name)).flatMap((r) => r.def.provides ?? []));
    for (const rec of records) {
      if (!out.has(rec.def.name) && (rec.def.requires ?? []).some((s) => provided.has(s))) {
        out.add(rec.def.name);
        grew = true;
      }
    }
  }
  return out;
}
