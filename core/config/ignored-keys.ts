/**
 * The three kinds of config key: one our schemas know is used; one only upstream OpenClaw defines is
 * accepted and ignored (so a migrating user's working config starts); one neither knows is a typo and
 * refused with the closest key. Generic by construction: whatever a schema (core or plugin) learns is
 * "implemented" from then on, with no list to update here.
 */
import type { ErrorObject, ValidateFunction } from "ajv";
import { isPlainObject, type ConfigObject } from "../config-paths.js";
import { keysUnknownToUpstream, upstreamDefines } from "./upstream-keys.js";

/** An issue as validate.ts reports it (same shape as ConfigIssue). */
interface Issue {
  path: string;
  message: string;
}

export const dottedSegments = (segments: readonly string[]) => segments.join(".");

function instanceSegments(instancePath: string): string[] {
  return instancePath.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
}

function getSegments(obj: unknown, segments: readonly string[]): unknown {
  let cur = obj;
  for (const seg of segments) {
    if (Array.isArray(cur)) cur = cur[Number(seg)];
    else if (isPlainObject(cur)) cur = cur[seg];
    else return undefined;
  }
  return cur;
}

/** Deletes the key at `segments` (through arrays too); absent paths are fine. */
export function deleteSegments(obj: unknown, segments: readonly string[]): void {
  const parent = getSegments(obj, segments.slice(0, -1));
  if (isPlainObject(parent)) delete parent[segments[segments.length - 1]];
}

export interface UnknownKeyOutcome {
  /** Paths upstream defines and we do not, with the value each held: removed from `data`, reported as ignored. */
  ignored: Array<{ segments: string[]; value: unknown }>;
  /** Keys inside such a path that upstream does not define either: typos. */
  typos: Issue[];
  /** The errors left after the last validation (anything but an ignorable unknown key). */
  errors: ErrorObject[];
}

/**
 * Validates `data` in place; each "unknown key" upstream defines is removed from `data` and the
 * validation repeated (so defaults fill and the remaining errors are the real ones).
 */
export function validateIgnoringUpstreamKeys(validate: ValidateFunction, data: ConfigObject): UnknownKeyOutcome {
  const outcome: UnknownKeyOutcome = { ignored: [], typos: [], errors: [] };
  // Removing keys cannot create new unknown keys, so two rounds settle it; the bound is a guard.
  for (let round = 0; round < 4; round++) {
    if (validate(data)) {
      outcome.errors = [];
      return outcome;
    }
    const errors = validate.errors ?? [];
    let removed = 0;
    for (const e of errors) {
      if (e.keyword !== "additionalProperties") continue;
      const segments = [...instanceSegments(e.instancePath), String(e.params.additionalProperty)];
      if (!upstreamDefines(segments)) continue;
      const value = getSegments(data, segments);
      for (const typo of keysUnknownToUpstream(value, segments)) {
        const path = dottedSegments(typo.segments);
        const hint = typo.hint ? ` (did you mean "${dottedSegments([...typo.segments.slice(0, -1), typo.hint])}"?)` : "";
        outcome.typos.push({ path, message: `unknown key${hint}; upstream OpenClaw does not define it either` });
      }
      // Removed even when it holds a typo: the typo is reported above, not as "unknown <parent>".
      deleteSegments(data, segments);
      outcome.ignored.push({ segments, value });
      removed++;
    }
    outcome.errors = errors.filter((e) => e.keyword !== "additionalProperties" || !upstreamDefines([...instanceSegments(e.instancePath), String(e.params.additionalProperty)]));
    if (removed === 0) return outcome;
  }
  return outcome;
}

/**
 * Removes an ignored core path from the effective config, keeping what plugins own below it
 * (`channels.discord` is ignored, `channels.whatsapp` beside it is the WhatsApp plugin's). `value` is
 * what the core's part held there (plugin-owned paths already taken out). Returns the paths removed.
 */
export function deleteIgnoredCorePath(config: ConfigObject, segments: readonly string[], value: unknown, ownedPaths: readonly string[]): string[] {
  const dotted = dottedSegments(segments);
  if (!ownedPaths.some((p) => p.startsWith(`${dotted}.`)) || !isPlainObject(value)) {
    deleteSegments(config, segments);
    return [dotted];
  }
  return Object.entries(value).flatMap(([key, child]) => deleteIgnoredCorePath(config, [...segments, key], child, ownedPaths));
}

/** At most this many paths in the one start-up line; `openclaw doctor` lists them all. */
const MAX_LISTED = 12;

/** The one line said at start (and in config.get warnings) when the config holds ignored keys. */
export function ignoredKeysWarning(paths: readonly string[]): string | undefined {
  if (!paths.length) return undefined;
  const shown = paths.slice(0, MAX_LISTED).join(", ");
  const more = paths.length > MAX_LISTED ? `, … and ${paths.length - MAX_LISTED} more (openclaw doctor lists them all)` : "";
  return `ignored, not supported by this gateway: ${shown}${more} — see docs/compatibility.md`;
}
