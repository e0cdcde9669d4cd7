import { afterEach, describe, expect, it } from "vitest";
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startCronRig, isolatedJob, type CronRig } from "./helpers.js";
import { waitFor } from "../../helpers/gateway.js";

let rig: CronRig | undefined;
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

type Job = { id: string; state: { nextRunAtMs?: number; lastRunStatus?: string } };
type Runs = { entries: Array<{ status?: string; summary?: string }> };

/** Appends a state line per job (the last line of an id wins) so its next run fell due while the gateway was down. */
function backdate(stateDir: string, ms: number): void {
  const path = join(stateDir, "cron", "state.jsonl");
  const lines = readFileSync(path, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { id: string; state: Job["state"] });
  const latest = new Map(lines.map((l) => [l.id, l.state]));
  const backdated = [...latest].map(([id, state]) => JSON.stringify({ id, state: { ...state, nextRunAtMs: Date.now() - ms } }) + "\n");
  appendFileSync(path, backdated.join(""));
}

describe("cron persistence", () => {
  it("keeps jobs and history across a restart and recomputes the next run", async () => {
    const stateDir = mkdtempSync(join(tmpdir(), "ocgw-cron-"));
    rig = await startCronRig({ stateDir });
    const job = await rig.client.request<Job>("cron.add", isolatedJob({ name: "kept", schedule: { kind: "cron", expr: "*/5 * * * *", tz: "UTC" } }));
    const { runId } = await rig.client.request<{ runId: string }>("cron.run", { id: job.id });
    await waitFor(() => rig!.events.some((e) => e.payload.runId === runId && e.payload.action === "finished"), 8000, "the run");
    await rig.stop();
    rig = await startCronRig({ stateDir });
    const again = await rig.client.request<Job>("cron.get", { id: job.id });
    expect(again.state.nextRunAtMs).toBe(job.state.nextRunAtMs);
    expect((await rig.client.request<Runs>("cron.runs", { id: job.id })).entries).toHaveLength(1);
  });

  it("reads a version-1 jobs file (state inside each job) and a state log torn by a crash, then rewrites both", async () => {
    const stateDir = mkdtempSync(join(tmpdir(), "ocgw-cron-"));
    rig = await startCronRig({ stateDir });
    const job = await rig.client.request<Job & Record<string, unknown>>("cron.add", isolatedJob({ name: "old", missedRuns: "skip", schedule: { kind: "every", everyMs: 3_600_000 } }));
    await rig.stop();
    const dir = join(stateDir, "cron");
    writeFileSync(join(dir, "jobs.json"), JSON.stringify({ version: 1, jobs: [{ ...job, state: { nextRunAtMs: Date.now() - 60_000 } }] }));
    writeFileSync(join(dir, "state.jsonl"), `{"id":"${job.id}","sta`);
    rig = await startCronRig({ stateDir });
    const runs = await rig.client.request<Runs>("cron.runs", { id: job.id });
    expect(runs.entries).toEqual([expect.objectContaining({ status: "skipped" })]); // the version-1 state was used
    await rig.stop();
    rig = undefined;
    const doc = JSON.parse(readFileSync(join(dir, "jobs.json"), "utf8")) as { version: number; jobs: Array<Record<string, unknown>> };
    expect(doc.version).toBe(2);
    expect(doc.jobs).toEqual([expect.not.objectContaining({ state: expect.anything() })]);
    const lines = readFileSync(join(dir, "state.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { id: string; state: Job["state"] });
    expect(lines).toEqual([{ id: job.id, state: expect.objectContaining({ lastRunStatus: "skipped", nextRunAtMs: expect.any(Number) }) }]);
  });

  for (const policy of ["run-once", "skip"] as const) {
    it(`a run missed while down: missedRuns ${policy}`, async () => {
      const stateDir = mkdtempSync(join(tmpdir(), "ocgw-cron-"));
      rig = await startCronRig({ stateDir });
      const job = await rig.client.request<Job>("cron.add", isolatedJob({ name: policy, missedRuns: policy, schedule: { kind: "every", everyMs: 3_600_000 } }));
      await rig.stop();
      backdate(stateDir, 10 * 60_000);
      rig = await startCronRig({ stateDir });
      if (policy === "run-once") {
        await waitFor(() => rig!.events.some((e) => e.event === "cron" && e.payload.jobId === job.id && e.payload.action === "finished"), 8000, "the missed run");
        const runs = await rig.client.request<Runs>("cron.runs", { id: job.id });
        expect(runs.entries.map((e) => e.status)).toEqual(["ok"]);
        expect(rig.provider.requests.length).toBe(1);
      } else {
        const runs = await rig.client.request<Runs>("cron.runs", { id: job.id });
        expect(runs.entries).toEqual([expect.objectContaining({ status: "skipped", summary: expect.stringContaining("missedRuns: skip") })]);
        expect(rig.provider.requests.length).toBe(0);
      }
      const after = await rig.client.request<Job>("cron.get", { id: job.id });
      expect(after.state.nextRunAtMs).toBeGreaterThan(Date.now());
    });
  }

  it("a one-shot job runs once at its time and is deleted; kept ones are disabled and hidden from the default list", async () => {
    rig = await startCronRig();
    const at = new Date(Date.now() + 600).toISOString();
    const gone = await rig.client.request<Job>("cron.add", isolatedJob({ name: "once", schedule: { kind: "at", at } }));
    const kept = await rig.client.request<Job>("cron.add", isolatedJob({ name: "kept", deleteAfterRun: false, schedule: { kind: "at", at } }));
    await waitFor(() => rig!.events.filter((e) => e.event === "cron" && e.payload.action === "finished").length >= 2, 8000, "both one-shots");
    await expect(rig.client.request("cron.get", { id: gone.id })).rejects.toThrow(/not found/);
    expect(await rig.client.request("cron.get", { id: kept.id })).toMatchObject({ enabled: false });
    expect((await rig.client.request<{ total: number }>("cron.list", {})).total).toBe(0);
    expect((await rig.client.request<{ total: number }>("cron.list", { includeDisabled: true })).total).toBe(1);
  });

  it("wake now runs a heartbeat turn with the event; last-heartbeat reports it", async () => {
    rig = await startCronRig({ reply: () => ({ text: "HEARTBEAT_OK" }) });
    expect(await rig.client.request("last-heartbeat", {})).toBeNull();
    expect(await rig.client.request("wake", { mode: "now", text: "door opened" })).toEqual({ ok: true });
    await waitFor(() => rig!.events.some((e) => e.event === "heartbeat"), 8000, "the heartbeat event");
    expect(await rig.client.request("last-heartbeat", {})).toMatchObject({ status: "ok-token", reason: "wake" });
    expect(JSON.stringify(rig.provider.requests[0].body.messages)).toContain("System event: door opened");
    expect(await rig.client.request("set-heartbeats", { enabled: false })).toEqual({ ok: true, enabled: false });
  });

  it("agents.defaults.heartbeat.every runs heartbeat turns; outside activeHours they are skipped", async () => {
    rig = await startCronRig({ reply: () => ({ text: "HEARTBEAT_OK" }), config: { agents: { defaults: { model: { primary: "fake/m1" }, heartbeat: { every: "400ms" } } } } });
    await waitFor(() => rig!.events.filter((e) => e.event === "heartbeat").length >= 2, 8000, "two heartbeats");
    await rig.stop();
    const now = new Date();
    const hh = (h: number) => String((now.getUTCHours() + h) % 24).padStart(2, "0");
    rig = await startCronRig({ config: { agents: { defaults: { model: { primary: "fake/m1" }, heartbeat: { every: "300ms", activeHours: { start: `${hh(2)}:00`, end: `${hh(3)}:00`, timezone: "UTC" } } } } } });
    await waitFor(() => rig!.events.some((e) => e.event === "heartbeat"), 8000, "a heartbeat");
    expect(rig.events.find((e) => e.event === "heartbeat")?.payload).toMatchObject({ status: "skipped", reason: "quiet-hours" });
    expect(rig.provider.requests.length).toBe(0);
  });
});
