/**
 * Schedules: validation (with the field and the reason) and the next run time. Cron expressions go
 * to croner, loaded on first use so a gateway without cron-kind jobs never pays for it.
 */
import { invalidRequest } from "../../core/sdk/plugin.js";
import type { CronSchedule } from "./schemas.js";

type CronerModule = typeof import("croner");
type CronInstance = InstanceType<CronerModule["Cron"]>;

let croner: CronerModule | undefined;
/** Parsed expressions by `expr\u0000tz`; bounded so a churn of distinct expressions cannot grow it forever. */
const parsed = new Map<string, CronInstance>();
const PARSED_CAP = 2_000;

/** Loads croner once (dynamic import: it is only needed once a cron-kind job exists). */
export async function loadCroner(): Promise<void> {
  croner ??= await import("croner");
}

function cronFor(expr: string, tz: string | undefined): CronInstance {
  if (!croner) throw new Error("croner is not loaded: call loadCroner() first");
  const key = `${expr}\u0000${tz ?? ""}`;
  let c = parsed.get(key);
  if (!c) {
    c = new croner.Cron(expr, { paused: true, ...(tz ? { timezone: tz } : {}) });
    if (parsed.size >= PARSED_CAP) parsed.delete(parsed.keys().next().value as string);
    parsed.set(key, c);
  }
  return c;
}

/** Throws INVALID_REQUEST naming `field` (e.g. "invalid cron.add params: schedule.tz: unknown time zone \"Mars/Base\""). */
export async function validateSchedule(schedule: CronSchedule, method: string, nowMs: number): Promise<void> {
  const bad = (field: string, why: string) => invalidRequest(`invalid ${method} params: ${field}: ${why}`, { details: { field } });
  if (schedule.kind === "at") {
    const at = parseAt(schedule.at);
    if (at === undefined) throw bad("schedule.at", `"${schedule.at}" is not an ISO 8601 time (e.g. 2026-05-01T08:00:00Z)`);
    if (at <= nowMs) throw bad("schedule.at", `${new Date(at).toISOString()} is in the past; use a future time`);
    return;
  }
  if (schedule.kind === "every") return; // the schema bounds everyMs
  const tz = schedule.tz?.trim() || undefined;
  if (tz && !isTimeZone(tz)) throw bad("schedule.tz", `unknown time zone "${tz}" (use an IANA name such as Europe/Oslo)`);
  const fields = schedule.expr.trim().split(/\s+/).length;
  if (fields !== 5 && fields !== 6) throw bad("schedule.expr", `"${schedule.expr}" has ${fields} fields; use 5 (minute hour day month weekday) or 6 (with seconds first)`);
  await loadCroner();
  let next: Date | null;
  try {
    next = cronFor(schedule.expr.trim(), tz).nextRun(new Date(nowMs));
  } catch (err) {
    throw bad("schedule.expr", (err as Error).message.replace(/^CronPattern: /, ""));
  }
  if (!next) throw bad("schedule.expr", `"${schedule.expr}" never fires`);
}

/** Milliseconds since the epoch of an ISO time, or undefined. An offset-less time is UTC (as upstream). */
export function parseAt(at: string): number | undefined {
  const text = at.trim();
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i.test(text)) return undefined;
  const withZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(text) || text.length === 10 ? text : `${text}Z`;
  const ms = Date.parse(withZone);
  return Number.isFinite(ms) ? ms : undefined;
}

/** Time zones already seen valid: constructing a DateTimeFormat costs ~0.2 ms, too much for a burst of adds. */
const knownZones = new Set<string>();
const KNOWN_ZONES_CAP = 1_000;

function isTimeZone(tz: string): boolean {
  if (knownZones.has(tz)) return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
  } catch {
    return false;
  }
  if (knownZones.size < KNOWN_ZONES_CAP) knownZones.add(tz);
  return true;
}

/**
 * The first run strictly after `afterMs`, or undefined when the schedule has no more runs.
 * `every` runs are anchored (to `anchorMs`, else the job's creation), so they do not drift.
 * Needs croner loaded for cron-kind schedules.
 */
export function nextRunAfter(schedule: CronSchedule, afterMs: number, createdAtMs: number): number | undefined {
  if (schedule.kind === "at") {
    const at = parseAt(schedule.at);
    return at !== undefined && at > afterMs ? at : undefined;
  }
  if (schedule.kind === "every") {
    const anchor = schedule.anchorMs ?? createdAtMs;
    if (afterMs < anchor) return anchor;
    return anchor + (Math.floor((afterMs - anchor) / schedule.everyMs) + 1) * schedule.everyMs;
  }
  const next = cronFor(schedule.expr.trim(), schedule.tz?.trim() || undefined).nextRun(new Date(afterMs));
  return next ? next.getTime() : undefined;
}

/** Backoff after consecutive failures (upstream's ladder): 30 s, 1 m, 5 m, 15 m, then 60 m. */
export function backoffMs(consecutiveErrors: number): number {
  const ladder = [30_000, 60_000, 300_000, 900_000, 3_600_000];
  return ladder[Math.min(Math.max(consecutiveErrors, 1), ladder.length) - 1];
}
