/**
 * `openclaw cron status|list|add|edit|rm|run|runs`: the official CLI and ours against our gateway, a
 * real process (offline agent: no provider configured, so turns answer with the built-in reply).
 * The official half is skipped when the official CLI is not installed in .cache/official-cli.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { OFFICIAL_CLI_INSTALLED, runOfficialCli } from "../helpers/official-cli.js";
import { cliHome, freePort, runCli, spawnGateway, type RunningGateway } from "../helpers/cli.js";

const TOKEN = "e2e-cron-token-0123456789";
const gateways: RunningGateway[] = [];
const home = mkdtempSync(join(tmpdir(), "ocgw-official-cron-"));
afterAll(async () => {
  for (const g of gateways) await g.stop("SIGKILL");
  rmSync(home, { recursive: true, force: true });
});

async function startGateway() {
  const gwHome = cliHome();
  const port = await freePort();
  const gw = await spawnGateway(["--port", String(port), "--token", TOKEN, "--allow-unconfigured"], gwHome.env);
  gateways.push(gw);
  return { url: `ws://127.0.0.1:${port}`, gwHome };
}

const poll = async <T>(fn: () => Promise<T>, ok: (v: T) => boolean, what: string): Promise<T> => {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const v = await fn();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
};

describe("openclaw cron (our CLI)", () => {
  it("status, add, list, edit, run, runs, rm", async () => {
    const { url, gwHome } = await startGateway();
    const ours = async (...args: string[]) => {
      const r = await runCli(["cron", ...args, "--json", "--url", url, "--token", TOKEN], gwHome.env);
      return { ...r, json: r.stdout.trim() ? JSON.parse(r.stdout) : undefined };
    };
    expect((await ours("status")).json).toMatchObject({ enabled: true, jobs: 0, nextWakeAtMs: null });
    const added = await ours("add", "--name", "brief", "--every", "1h", "--message", "Summarize");
    expect(added.code, added.stderr).toBe(0);
    expect(added.json).toMatchObject({ name: "brief", schedule: { kind: "every", everyMs: 3_600_000 }, sessionTarget: "isolated", payload: { kind: "agentTurn", message: "Summarize" } });
    const id = added.json.id as string;
    const bad = await ours("add", "--name", "bad", "--cron", "99 * * * *", "--message", "x");
    expect(bad.code).toBe(1);
    expect(JSON.stringify(bad.json)).toContain("schedule.expr");
    expect((await ours("list")).json.jobs.map((j: { id: string }) => j.id)).toEqual([id]);
    expect((await ours("edit", id, "--cron", "0 8 * * *", "--tz", "Europe/Oslo")).json).toMatchObject({ schedule: { kind: "cron", expr: "0 8 * * *", tz: "Europe/Oslo" } });
    const run = await ours("run", id);
    expect(run.json).toMatchObject({ ok: true, enqueued: true });
    const runs = await poll(() => ours("runs", id), (r) => r.json.entries.length > 0, "the run");
    expect(runs.json.entries[0]).toMatchObject({ jobId: id, action: "finished", status: "ok", runId: run.json.runId });
    expect((await ours("rm", id)).json).toEqual({ ok: true, removed: true });
    expect((await ours("list", "--all")).json.jobs).toEqual([]);
  }, 180_000);
});

describe.skipIf(!OFFICIAL_CLI_INSTALLED)("official openclaw CLI: cron against our gateway", () => {
  it("status, add, list, edit, run, runs, rm", async () => {
    const { url } = await startGateway();
    const official = async (...args: string[]) => {
      const r = await runOfficialCli(home, ["cron", ...args, "--url", url, "--token", TOKEN]);
      return r;
    };
    const json = async (...args: string[]) => {
      const r = await official(...args);
      expect(r.code, `${args.join(" ")}\n${r.stdout}\n${r.stderr}`).toBe(0);
      return JSON.parse(r.stdout);
    };
    expect(await json("status", "--json")).toMatchObject({ enabled: true, jobs: 0 });
    const added = await json("add", "--name", "brief", "--every", "1h", "--message", "Summarize", "--json");
    expect(added).toMatchObject({ name: "brief", schedule: { kind: "every", everyMs: 3_600_000 }, sessionTarget: "isolated", delivery: { mode: "announce", channel: "last" } });
    const id = added.id as string;
    const reminder = await json("add", "--name", "stretch", "--at", "20m", "--session", "main", "--system-event", "Stand up", "--json");
    expect(reminder).toMatchObject({ schedule: { kind: "at" }, sessionTarget: "main", payload: { kind: "systemEvent", text: "Stand up" } });
    const listed = await json("list", "--json");
    expect(listed.jobs.map((j: { id: string }) => j.id).sort()).toEqual([id, reminder.id].sort());
    const human = await official("list");
    expect(human.code, human.stderr).toBe(0);
    expect(human.stdout).toContain("brief");
    expect(await json("edit", id, "--cron", "0 8 * * *", "--tz", "Europe/Oslo")).toMatchObject({ id, schedule: { kind: "cron", expr: "0 8 * * *", tz: "Europe/Oslo" } });
    expect(await json("edit", id, "--disable")).toMatchObject({ enabled: false });
    expect((await json("list", "--json")).jobs.map((j: { id: string }) => j.id)).toEqual([reminder.id]);
    expect((await json("list", "--all", "--json")).jobs).toHaveLength(2);
    const run = await json("run", id);
    expect(run).toMatchObject({ ok: true, enqueued: true });
    const runs = await poll(() => json("runs", id, "--limit", "5"), (r) => r.entries.length > 0, "the run");
    expect(runs.entries[0]).toMatchObject({ jobId: id, action: "finished", status: "ok", runId: run.runId, deliveryStatus: "not-delivered" });
    expect(await json("rm", id)).toMatchObject({ ok: true, removed: true });
    const bad = await official("add", "--name", "bad", "--cron", "99 * * * *", "--message", "x");
    expect(bad.code).not.toBe(0);
    expect(bad.stdout + bad.stderr).toContain("schedule.expr");
  }, 180_000);
});
