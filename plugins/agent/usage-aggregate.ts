/**
 * Sums usage records the way upstream's usage views expect them: totals in tokens and USD (`totalCost`,
 * per-kind costs) plus `missingCostEntries` / `missingCostByModel` for calls whose model has no price, so a
 * view can say "tokens only" instead of showing a wrong $0. Days are UTC dates unless an offset is given.
 */
import type { UsageRecord } from "./usage-log.js";

export interface CostTotals {
  input: number;
  output: number;
  cacheRead: number;
  cacheWrite: number;
  totalTokens: number;
  totalCost: number;
  inputCost: number;
  outputCost: number;
  cacheReadCost: number;
  cacheWriteCost: number;
  /** Calls counted in tokens only (their model has no price in the config). */
  missingCostEntries: number;
  missingCostByModel?: Record<string, number>;
}

export function emptyTotals(): CostTotals {
  return { input: 0, output: 0, cacheRead: 0, cacheWrite: 0, totalTokens: 0, totalCost: 0, inputCost: 0, outputCost: 0, cacheReadCost: 0, cacheWriteCost: 0, missingCostEntries: 0 };
}

export function addRecord(t: CostTotals, r: UsageRecord): void {
  t.input += r.input;
  t.output += r.output;
  t.cacheRead += r.cacheRead;
  t.cacheWrite += r.cacheWrite;
  t.totalTokens += r.total;
  if (r.cost) {
    t.totalCost += r.cost.total;
    t.inputCost += r.cost.input;
    t.outputCost += r.cost.output;
    t.cacheReadCost += r.cost.cacheRead;
    t.cacheWriteCost += r.cost.cacheWrite;
  } else {
    t.missingCostEntries++;
    const key = `${r.provider}/${r.model}`;
    t.missingCostByModel = { ...t.missingCostByModel, [key]: (t.missingCostByModel?.[key] ?? 0) + 1 };
  }
}

export function totalsOf(records: Iterable<UsageRecord>): CostTotals {
  const t = emptyTotals();
  for (const r of records) addRecord(t, r);
  return t;
}

/** `YYYY-MM-DD` of a timestamp, shifted by `offsetMinutes` (0 = UTC). */
export function dayOf(ts: number, offsetMinutes: number): string {
  return new Date(ts + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** Groups records by a key, each group with its totals and call count, largest total first. */
export function groupBy<K extends string>(records: readonly UsageRecord[], key: (r: UsageRecord) => K): Array<{ key: K; count: number; totals: CostTotals }> {
  const groups = new Map<K, { key: K; count: number; totals: CostTotals }>();
  for (const r of records) {
    const k = key(r);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { key: k, count: 0, totals: emptyTotals() }));
    g.count++;
    addRecord(g.totals, r);
  }
  return [...groups.values()].sort((a, b) => b.totals.totalTokens - a.totals.totalTokens);
}

export interface DateRange {
  startMs: number;
  endMs: number;
  startDate: string;
  endDate: string;
  days: number;
  offsetMinutes: number;
}

const DAY_MS = 86_400_000;
const RANGE_DAYS: Record<string, number> = { "7d": 7, "30d": 30, "90d": 90, "1y": 365 };

/** "UTC+5:30" → 330. */
function parseOffset(text: string | undefined): number {
  const m = text ? /^UTC([+-])(\d{1,2})(?::([0-5]\d))?$/.exec(text) : null;
  if (!m) return 0;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/**
 * The requested range: explicit `startDate`/`endDate` (inclusive days), else `days`, else `range`
 * ("all" = everything kept), else the last 30 days. `mode: "gateway"` uses this host's offset.
 */
export function resolveRange(p: { startDate?: string; endDate?: string; days?: number; range?: string; mode?: string; utcOffset?: string }, now = Date.now()): DateRange {
  const offsetMinutes = p.mode === "gateway" ? -new Date(now).getTimezoneOffset() : p.mode === "specific" ? parseOffset(p.utcOffset) : 0;
  const dayStart = (date: string) => Date.parse(`${date}T00:00:00Z`) - offsetMinutes * 60_000;
  const today = dayOf(now, offsetMinutes);
  const endDate = p.endDate ?? today;
  const span = p.days ?? (p.range === "all" ? undefined : RANGE_DAYS[p.range ?? "30d"] ?? 30);
  const startDate = p.startDate ?? (span === undefined ? "1970-01-01" : dayOf(dayStart(endDate) + offsetMinutes * 60_000 - (span - 1) * DAY_MS, 0));
  const startMs = dayStart(startDate);
  const endMs = dayStart(endDate) + DAY_MS - 1;
  return { startMs, endMs, startDate, endDate, days: Math.max(1, Math.round((endMs + 1 - startMs) / DAY_MS)), offsetMinutes };
}
