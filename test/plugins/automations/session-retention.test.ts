import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startCronRig, isolatedJob, type CronRig } from "./helpers.js";
import { waitFor } from "../../helpers/gateway.js";
import { sessionRetentionMs } from "../../../plugins/automations/config.js";
import { isIsolatedRunSession } from "../../../plugins/automations/runner.js";

let rig: CronRig | undefined;
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

const sessionsDir = (r: CronRig) => join(r.gw.stateDir, "agents", "main", "sessions");
const indexKeys = (r: CronRig) => {
  const path = join(sessionsDir(r), "sessions.json");
  return existsSync(path) ? Object.keys(JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>) : []; // written within a second
};

describe("cron.sessionRetention", () => {
  it("reads durations, false and zero as upstream does", () => {
    expect(sessionRetentionMs(undefined)).toBe(24 * 3_600_000);
    expect(sessionRetentionMs("2m")).toBe(120_000);
    expect(sessionRetentionMs(false)).toBe(0);
    expect(sessionRetentionMs("0h")).toBe(0);
    expect(isIsolatedRunSession("agent:main:cron:job-1:0b0c1d2e-3f40-4152-8364-758697a8b9ca")).toBe(true);
    expect(isIsolatedRunSession("agent:main:cron:my-own-key")).toBe(false);
    expect(isIsolatedRunSession("agent:main:main")).toBe(false);
  });

  it("removes finished isolated run sessions and their transcripts after the period, and nothing else", async () => {
    rig = await startCronRig({ config: { cron: { sessionRetention: "4s" } } });
    const c = rig.client;
    const job = await c.request<{ id: string }>("cron.add", isolatedJob());
    const runIds: string[] = [];
    for (let i = 0; i < 2; i++) {
      const { runId } = await c.request<{ runId: string }>("cron.run", { id: job.id, mode: "force" });
      runIds.push(runId);
      await waitFor(() => rig!.events.some((e) => e.event === "cron" && e.payload.action === "finished" && e.payload.runId === runId), 8000, "the run");
    }
    await c.request("agent", { message: "hello", sessionKey: "main", idempotencyKey: "keep-main" }, { expectFinal: true });
    await waitFor(() => indexKeys(rig!).filter((k) => k.startsWith("agent:main:cron:")).length === 2, 3000, "two isolated sessions in the index");
    const transcripts = () => readdirSync(sessionsDir(rig!)).filter((n) => n.endsWith(".jsonl"));
    expect(transcripts()).toHaveLength(3);

    // The index is written first, then the files go.
    await waitFor(() => !indexKeys(rig!).some((k) => k.startsWith("agent:main:cron:")) && transcripts().length === 1, 10_000, "isolated sessions pruned");
    expect(indexKeys(rig!)).toEqual(["agent:main:main"]);
    const list = await c.request<{ sessions: Array<{ key: string }> }>("sessions.list", {});
    expect(list.sessions.map((s) => s.key)).toEqual(["agent:main:main"]);
    // The run history still names the runs; their sessions are simply gone.
    const runs = await c.request<{ entries: Array<{ runId?: string; sessionKey?: string }> }>("cron.runs", { id: job.id });
    expect(runs.entries.map((e) => e.runId).sort()).toEqual([...runIds].sort());
  });

  it("false keeps every isolated run session", async () => {
    rig = await startCronRig({ config: { cron: { sessionRetention: false } } });
    const c = rig.client;
    const job = await c.request<{ id: string }>("cron.add", isolatedJob());
    const { runId } = await c.request<{ runId: string }>("cron.run", { id: job.id, mode: "force" });
    await waitFor(() => rig!.events.some((e) => e.event === "cron" && e.payload.action === "finished" && e.payload.runId === runId), 8000, "the run");
    await waitFor(() => indexKeys(rig!).length === 1, 3000, "the session in the index");
    expect(indexKeys(rig!)[0]).toMatch(/^agent:main:cron:/);
  });
});
