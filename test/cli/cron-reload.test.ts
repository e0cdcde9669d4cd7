/**
 * Hot reload of the `cron` section on a running `openclaw gateway`: the automations plugin is set up
 * again with the new values, its jobs survive, and a run in progress at that moment is recorded in
 * the history as interrupted (not silently lost).
 */
import { afterEach, describe, expect, it } from "vitest";
import { cliHome, freePort, spawnGateway, type RunningGateway } from "../helpers/cli.js";
import { waitFor } from "../helpers/gateway.js";
import { startFakeProvider, fakeProviderConfig, type FakeProvider } from "../helpers/fake-provider.js";
import { GatewayClient } from "../../core/client.js";

const TOKEN = "tok-cron-reload-123456";
const running: RunningGateway[] = [];
let provider: FakeProvider | undefined;
afterEach(async () => {
  await Promise.all(running.splice(0).map((g) => g.stop("SIGKILL")));
  await provider?.close();
  provider = undefined;
});

type Status = { enabled: boolean; jobs: number; maxConcurrentRuns: number; nextWakeAtMs: number | null };
type Runs = { entries: Array<{ runId?: string; status?: string; error?: string }> };

describe("cron config hot reload", () => {
  it("enabled and maxConcurrentRuns apply without a restart; jobs stay; a run in progress is recorded as interrupted", async () => {
    // The first agent turn never answers, so it is still running when the config changes.
    provider = await startFakeProvider({ reply: (_r, i) => (i === 0 ? { hang: true } : { text: "done" }) });
    const h = cliHome();
    const port = await freePort();
    const config = (cron: Record<string, unknown>) => ({
      gateway: { mode: "local", port, auth: { token: TOKEN }, reload: { debounceMs: 50 } },
      ...fakeProviderConfig(provider!),
      cron,
    });
    h.writeConfig(config({ enabled: true, maxConcurrentRuns: 1 }));
    const g = await spawnGateway([], h.env);
    running.push(g);
    expect(g.output(), g.output()).toMatch(/ready in/);
    const c = new GatewayClient({ url: `ws://127.0.0.1:${port}`, token: TOKEN, reconnect: false, client: { id: "test", mode: "test" } });
    await c.connect();
    const finished: string[] = [];
    c.on("event:cron", (p: { action: string; jobId: string }) => {
      if (p.action === "finished") finished.push(p.jobId);
    });

    const slow = await c.request<{ id: string }>("cron.add", { name: "slow", schedule: { kind: "every", everyMs: 3_600_000 }, sessionTarget: "isolated", wakeMode: "now", payload: { kind: "agentTurn", message: "think long" } });
    const { runId } = await c.request<{ runId: string }>("cron.run", { id: slow.id });
    await waitFor(() => provider!.requests.length >= 1, 10_000, "the slow run to reach the provider");

    // 1. maxConcurrentRuns 1 → 3 while the slow run is under way.
    let reloads = 0;
    const reloaded = async () => {
      reloads++;
      await waitFor(() => (g.output().match(/reloaded plugins: automations/g) ?? []).length >= reloads, 10_000, `reload ${reloads}`);
    };
    h.writeConfig(config({ enabled: true, maxConcurrentRuns: 3 }));
    await reloaded();
    expect(await c.request<Status>("cron.status", {})).toMatchObject({ enabled: true, jobs: 1, maxConcurrentRuns: 3 });
    const runs = await c.request<Runs>("cron.runs", { id: slow.id });
    expect(runs.entries).toEqual([expect.objectContaining({ runId, status: "error", error: expect.stringContaining("interrupted") })]);
    expect(await c.request("cron.get", { id: slow.id })).toMatchObject({ enabled: true, state: { lastRunStatus: "error", nextRunAtMs: expect.any(Number) } });
    expect(JSON.stringify(await c.request("cron.status", {}))).not.toContain("backingOff\":[{"); // an interruption is not the job's failure

    // 2. enabled false: jobs kept and editable, nothing fires on its own.
    const ticker = await c.request<{ id: string }>("cron.add", { name: "ticker", schedule: { kind: "every", everyMs: 1_000 }, sessionTarget: "main", wakeMode: "next-heartbeat", payload: { kind: "systemEvent", text: "tick" } });
    await waitFor(() => finished.includes(ticker.id), 10_000, "the ticker to fire while enabled");
    h.writeConfig(config({ enabled: false, maxConcurrentRuns: 3 }));
    await reloaded();
    expect(await c.request<Status>("cron.status", {})).toMatchObject({ enabled: false, jobs: 2, nextWakeAtMs: null });
    const before = finished.length;
    await new Promise((r) => setTimeout(r, 2_500));
    expect(finished.length).toBe(before);

    // 3. enabled true again: the ticker fires again; both jobs are still there.
    h.writeConfig(config({ enabled: true, maxConcurrentRuns: 3 }));
    await reloaded();
    await waitFor(() => finished.length > before, 10_000, "the ticker to fire again");
    const status = await c.request<Status>("cron.status", {});
    expect(status).toMatchObject({ enabled: true, jobs: 2 });
    expect(status.nextWakeAtMs).not.toBeNull();
    await c.close();
  }, 90_000);
});
