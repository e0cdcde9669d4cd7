/**
 * Upstream OpenClaw's config key paths (core/config/upstream-config-keys.json, generated from the
 * official CLI's `openclaw config schema` by scripts/gen-upstream-config-keys.mjs). They tell a key
 * upstream defines but this gateway does not implement (accepted and ignored) from a key neither
 * knows (a typo: refused). The list is read only when a config holds a key our schemas do not know,
 * so a config of ours alone never pays for parsing it.
 */
import { createRequire } from "node:module";
import { closestKey } from "./suggest.js";
import { isPlainObject } from "../config-paths.js";

/** A subtree of upstream's keys: each key maps to its own subtree, or 0 when nothing is below it. */
export type KeyTree = { [key: string]: KeyTree | 0 };

/** The committed list: upstream package and version it came from, and the key paths as a tree. */
export interface UpstreamKeyList {
  package: string;
  version: string;
  /** YYYY-MM-DD the list was generated. */
  generated: string;
  /** How many key paths the tree holds. */
  count: number;
  /** Keys; `*` any key, `[]` array items, `**` anything below. Already a tree: reading it is one JSON.parse. */
  keys: KeyTree;
}

let cached: UpstreamKeyList | undefined;

/** The pinned list (version and date it was generated from). */
export function upstreamKeyList(): UpstreamKeyList {
  cached ??= createRequire(import.meta.url)("./upstream-config-keys.json") as UpstreamKeyList;
  return cached;
}

type KeyNode = KeyTree | 0;
const child = (node: KeyNode, key: string): KeyNode | undefined => (node !== 0 && Object.hasOwn(node, key) ? node[key] : undefined);
const has = (node: KeyNode, key: string) => child(node, key) !== undefined;

const isIndex = (seg: string) => /^\d+$/.test(seg);

/** Every node `seg` may lead to from `node` (a literal key, a map entry, an array item). */
function step(node: KeyNode, seg: string): KeyNode[] {
  const out: KeyNode[] = [];
  // A digit string is an array index or a map key (Discord guild ids are digits too).
  for (const key of isIndex(seg) ? [seg, "*", "[]"] : [seg, "*"]) {
    const next = child(node, key);
    if (next !== undefined) out.push(next);
  }
  return out;
}

/**
 * Nodes reached by `segments`; "open" when a key no schema names falls under a `**` (an object upstream
 * leaves free-form, such as `channels.<any channel plugin>`). Named keys beside a `**` are still checked:
 * `channels.telegram.bot_token` is a typo even though `channels` accepts unknown channels.
 */
function reach(segments: readonly string[]): KeyNode[] | "open" {
  let nodes: KeyNode[] = [upstreamKeyList().keys];
  for (const seg of segments) {
    const next = nodes.flatMap((n) => step(n, seg));
    if (next.length === 0) return nodes.some((n) => has(n, "**")) ? "open" : [];
    nodes = next;
  }
  return nodes;
}

/** True when upstream's schema defines the key at `segments` (array indices as digits). */
export function upstreamDefines(segments: readonly string[]): boolean {
  const nodes = reach(segments);
  return nodes === "open" || nodes.length > 0;
}

/** The literal keys upstream defines directly under `segments` (for "did you mean"). */
export function upstreamChildKeys(segments: readonly string[]): string[] {
  const nodes = reach(segments);
  if (nodes === "open") return [];
  return [...new Set(nodes.flatMap((n) => (n === 0 ? [] : Object.keys(n))))].filter((k) => k !== "*" && k !== "**" && k !== "[]");
}

/** A key inside an upstream-defined subtree that upstream does not define either. */
export interface UnknownToBoth {
  segments: string[];
  /** Closest key upstream defines at that level, if any is close. */
  hint?: string;
}

/**
 * Walks `value` (found at `segments`, a path upstream defines) and returns every key below it that
 * upstream does not define: those are typos even though their parent is a real upstream key.
 */
export function keysUnknownToUpstream(value: unknown, segments: readonly string[]): UnknownToBoth[] {
  const out: UnknownToBoth[] = [];
  const visit = (v: unknown, path: string[]) => {
    if (reach(path) === "open") return;
    if (Array.isArray(v)) {
      // Items carry no key of their own: only the keys inside object items are checked.
      v.forEach((item, i) => visit(item, [...path, String(i)]));
      return;
    }
    if (!isPlainObject(v)) return;
    for (const [key, child] of Object.entries(v)) {
      const childPath = [...path, key];
      if (!upstreamDefines(childPath)) {
        out.push({ segments: childPath, hint: closestKey(key, upstreamChildKeys(path)) });
        continue;
      }
      visit(child, childPath);
    }
  };
  visit(value, [...segments]);
  return out;
}
