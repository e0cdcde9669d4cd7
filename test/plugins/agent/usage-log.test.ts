import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { UsageLog, type UsageRecord } from "../../../plugins/agent/usage-log.js";

const dirs: string[] = [];
afterEach(() => {
  vi.useRealTimers();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const rec = (n: number): UsageRecord => ({ ts: n, agentId: "main", sessionKey: "agent:main:main", sessionId: "s", runId: `r${n}`, provider: "p", model: "m", input: n, output: 1, cacheRead: 0, cacheWrite: 0, total: n + 1 });

describe("usage log", () => {
  it("appends without loading the file; a query reads it once, in order with appends around it, and lets it go later", async () => {
    const dir = mkdtempSync(join(tmpdir(), "usage-log-"));
    dirs.push(dir);
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const log = new UsageLog(dir, "main");
    await log.append([rec(1), rec(2)]);
    expect((log as unknown as { records?: unknown }).records).toBeUndefined(); // appending alone keeps nothing in memory
    const pending = log.append([rec(3)]);
    const first = log.all(); // queued behind the pending append
    const later = log.append([rec(4)]); // queued behind the load: kept once, not twice
    expect((await first).map((r) => r.ts)).toEqual([1, 2, 3]);
    await Promise.all([pending, later]);
    expect((await log.all()).map((r) => r.ts)).toEqual([1, 2, 3, 4]);
    vi.advanceTimersByTime(2 * 60_000 + 1);
    expect((log as unknown as { records?: unknown }).records).toBeUndefined(); // released after the last query
    await log.append([rec(5)]);
    expect((await log.all()).map((r) => r.ts)).toEqual([1, 2, 3, 4, 5]);
    await log.flush();
    const lines = readFileSync(join(dir, "agents", "main", "usage", "usage.jsonl"), "utf8").trim().split("\n");
    expect(lines.map((l) => (JSON.parse(l) as UsageRecord).ts)).toEqual([1, 2, 3, 4, 5]);
  });
});
