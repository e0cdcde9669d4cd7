import { afterEach, describe, expect, it } from "vitest";
import { startCronRig, isolatedJob, type CronRig } from "./helpers.js";
import { waitFor } from "../../helpers/gateway.js";
import { USER } from "../telegram/helpers.js";

let rig: CronRig | undefined;
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

type Job = { id: string; enabled: boolean; state: { nextRunAtMs?: number; lastRunStatus?: string; consecutiveErrors?: number } };

describe("cron methods", () => {
  it("adds, lists (paged), gets, updates and removes jobs, emitting cron events", async () => {
    rig = await startCronRig();
    const c = rig.client;
    const before = Date.now();
    const a = await c.request<Job>("cron.add", isolatedJob({ name: "a" }));
    expect(a.id).toBeTruthy();
    expect(a.state.nextRunAtMs).toBeGreaterThanOrEqual(before + 60_000);
    const b = await c.request<Job>("cron.add", isolatedJob({ name: "b", enabled: false }));
    const cronJob = await c.request<Job>("cron.add", isolatedJob({ name: "c", schedule: { kind: "cron", expr: "0 8 * * *", tz: "Europe/Oslo" } }));
    expect(cronJob.state.nextRunAtMs).toBeGreaterThan(before);

    const page1 = await c.request<{ jobs: Job[]; total: number; hasMore: boolean; nextOffset: number | null; snapshotRevision: string }>("cron.list", { limit: 1 });
    expect(page1).toMatchObject({ total: 2, hasMore: true, nextOffset: 1, offset: 0, limit: 1 });
    const all = await c.request<{ jobs: Job[]; total: number }>("cron.list", { includeDisabled: true });
    expect(all.jobs.map((j) => j.id).sort()).toEqual([a.id, b.id, cronJob.id].sort());
    // The official UI's filters: enabled state, schedule kind, last run status, trigger, sort order, agent.
    const ids = async (params: Record<string, unknown>) => (await c.request<{ jobs: Job[] }>("cron.list", params)).jobs.map((j) => j.id);
    expect(await ids({ enabled: "disabled" })).toEqual([b.id]);
    expect((await ids({ enabled: "all", scheduleKind: "cron" }))).toEqual([cronJob.id]);
    expect(await ids({ enabled: "all", scheduleKind: "stream" })).toEqual([]);
    expect((await ids({ enabled: "all", lastRunStatus: "unknown" })).length).toBe(3);
    expect(await ids({ enabled: "all", lastRunStatus: "ok" })).toEqual([]);
    expect(await ids({ enabled: "all", trigger: "conditional" })).toEqual([]);
    expect(await ids({ enabled: "all", sortBy: "name", sortDir: "desc", includeDeliveryPreviews: true })).toEqual([cronJob.id, b.id, a.id]);
    expect((await ids({ enabled: "all", agentId: "main" })).length).toBe(3); // jobs naming no agent run as the default one
    expect(await ids({ enabled: "all", agentId: "other" })).toEqual([]);
    await expect(c.request("cron.list", { sortBy: "colour" })).rejects.toThrow(/sortBy/);
    expect(await c.request("cron.runs", { scope: "all", agentId: "main", statuses: ["ok", "error"] })).toMatchObject({ entries: [], total: 0 });
    expect(await c.request<Job>("cron.get", { id: b.id })).toMatchObject({ id: b.id, enabled: false });
    await expect(c.request("cron.get", { id: "nope" })).rejects.toThrow(/cron job not found: nope/);

    const enabled = await c.request<Job>("cron.update", { id: b.id, patch: { enabled: true, payload: { kind: "agentTurn", message: "pong" } } });
    expect(enabled.enabled).toBe(true);
    expect(enabled.state.nextRunAtMs).toBeGreaterThan(before);
    expect(await c.request("cron.remove", { id: a.id })).toEqual({ ok: true, removed: true });
    expect(await c.request("cron.remove", { id: a.id })).toEqual({ ok: true, removed: false });
    const status = await c.request<{ enabled: boolean; jobs: number; nextWakeAtMs: number }>("cron.status", {});
    expect(status).toMatchObject({ enabled: true, jobs: 2 });
    expect(status.nextWakeAtMs).toBe(Math.min(enabled.state.nextRunAtMs as number, cronJob.state.nextRunAtMs as number));
    await waitFor(() => rig!.events.filter((e) => e.event === "cron").length >= 5, 3000, "cron events");
    expect(rig.events.filter((e) => e.event === "cron").map((e) => e.payload.action)).toEqual(["added", "added", "added", "updated", "removed"]);
  });

  it("refuses bad schedules, unknown agents and channel targets naming the field", async () => {
    rig = await startCronRig();
    const c = rig.client;
    await expect(c.request("cron.add", isolatedJob({ schedule: { kind: "cron", expr: "99 * * * *" } }))).rejects.toThrow(/invalid cron.add params: schedule.expr: .*minute: 99/);
    await expect(c.request("cron.add", isolatedJob({ schedule: { kind: "cron", expr: "0 8 * * *", tz: "Mars/Base" } }))).rejects.toThrow(/invalid cron.add params: schedule.tz: unknown time zone "Mars\/Base"/);
    await expect(c.request("cron.add", isolatedJob({ schedule: { kind: "at", at: "2001-01-01T00:00:00Z" } }))).rejects.toThrow(/invalid cron.add params: schedule.at: .*in the past/);
    await expect(c.request("cron.add", isolatedJob({ schedule: { kind: "every", everyMs: 5 } }))).rejects.toThrow(/everyMs/);
    await expect(c.request("cron.add", isolatedJob({ agentId: "ghost" }))).rejects.toThrow(/agentId: unknown agent "ghost"/);
    await expect(c.request("cron.add", isolatedJob({ delivery: { mode: "announce", channel: "pigeon", to: "1" } }))).rejects.toThrow(/delivery.channel: unknown channel "pigeon"/);
    await expect(c.request("cron.add", isolatedJob({ delivery: { mode: "announce", channel: "telegram", to: "1", accountId: "other" } }))).rejects.toThrow(/unknown telegram account "other"/);
    await expect(c.request("cron.add", isolatedJob({ sessionTarget: "main" }))).rejects.toThrow(/payload.kind: main-session jobs take a systemEvent/);
    expect((await c.request<{ total: number }>("cron.list", { includeDisabled: true })).total).toBe(0);
  });

  it("fires on a real timer, force-runs, records history and delivers to Telegram", async () => {
    rig = await startCronRig();
    const c = rig.client;
    const job = await c.request<Job>("cron.add", isolatedJob({ name: "tick", schedule: { kind: "every", everyMs: 1000 }, delivery: { mode: "announce", channel: "telegram", to: String(USER) } }));
    await waitFor(() => rig!.tg.callsOf("sendMessage").length >= 1, 8000, "a timed run delivered");
    const forced = await c.request<{ ok: boolean; enqueued: boolean; runId: string }>("cron.run", { id: job.id, mode: "force" });
    expect(forced).toMatchObject({ ok: true, enqueued: true });
    await waitFor(() => rig!.events.some((e) => e.event === "cron" && e.payload.action === "finished" && e.payload.runId === forced.runId), 8000, "the forced run");
    const runs = await c.request<{ entries: Array<Record<string, unknown>>; total: number }>("cron.runs", { id: job.id, limit: 50 });
    expect(runs.total).toBeGreaterThanOrEqual(2);
    const forcedEntry = runs.entries.find((e) => e.runId === forced.runId);
    expect(forcedEntry).toMatchObject({ jobId: job.id, action: "finished", status: "ok", deliveryStatus: "delivered", delivered: true });
    expect(String(forcedEntry?.summary)).toContain("done: ping");
    expect(typeof forcedEntry?.durationMs).toBe("number");
    const one = await c.request<{ entries: Array<Record<string, unknown>> }>("cron.runs", { id: job.id, runId: forced.runId, limit: 1 });
    expect(one.entries).toHaveLength(1);
    expect(rig.tg.callsOf("sendMessage")[0].body).toMatchObject({ chat_id: String(USER) });
    expect(String(rig.tg.callsOf("sendMessage")[0].body.text)).toContain("done: ping");
  });

  it("a failing job records why, stays scheduled and backs off visibly in cron.status", async () => {
    rig = await startCronRig({ reply: () => ({ status: 500, error: { message: "provider exploded" } }) });
    const c = rig.client;
    const job = await c.request<Job>("cron.add", isolatedJob({ name: "bad", schedule: { kind: "every", everyMs: 1000 } }));
    const { runId } = await c.request<{ runId: string }>("cron.run", { id: job.id });
    await waitFor(() => rig!.events.some((e) => e.event === "cron" && e.payload.runId === runId && e.payload.action === "finished"), 15_000, "the failing run");
    const got = await c.request<Job & { state: { lastError?: string } }>("cron.get", { id: job.id });
    expect(got).toMatchObject({ enabled: true, state: { lastRunStatus: "error", consecutiveErrors: 1 } });
    expect(got.state.lastError).toBeTruthy();
    expect(got.state.nextRunAtMs).toBeGreaterThanOrEqual(Date.now() + 20_000); // backoff (30 s) beats the 1 s interval
    const status = await c.request<{ backingOff: Array<{ id: string; consecutiveErrors: number }> }>("cron.status", {});
    expect(status.backingOff).toEqual([expect.objectContaining({ id: job.id, consecutiveErrors: 1 })]);
  });
});
