// The automations scheduler with 10,000 jobs, in one gateway process (built dist/):
// - memory per job: heap + RSS growth after adding the jobs (then GC), divided by the count;
// - idle CPU: process CPU time over a window in which no job is due (one pending timer, no polling);
// - firing drift: with those jobs still scheduled, `--firing` more jobs `every 4 s` (system events queued for the next heartbeat: the cheapest payload,
//   so the figure is the scheduler's), drift = `started` event's runAtMs − the job's scheduled time, p50/p99.
// Usage: node --expose-gc bench/cron-scheduler.mjs [--jobs 10000] [--firing 1000] [--idle 5]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { argValue, fmt, isMain, percentile, sleep, ROOT } from "./lib.mjs";

const dist = (p) => join(ROOT, "dist", p);

async function startGateway(stateDir, config) {
  const { createGateway } = await import(dist("core/gateway.js"));
  const { LogSink } = await import(dist("core/log.js"));
  const { GatewayClient } = await import(dist("core/client.js"));
  const plugins = await Promise.all(["agent", "channels", "automations"].map(async (n) => ({ def: (await import(dist(`plugins/${n}/index.js`))).default, source: "bench", enabled: true })));
  const gateway = createGateway({
    host: "127.0.0.1", port: 0, config, configPath: join(stateDir, "openclaw.json"), stateDir, plugins,
    auth: () => ({ mode: "token", token: "bench-token-cron" }), trustedProxies: () => [], allowedOrigins: () => [],
    logSink: new LogSink({ consoleLevel: "error", write: () => {} }), version: "bench",
  });
  await gateway.start();
  const client = new GatewayClient({ url: gateway.url, token: "bench-token-cron", scopes: ["operator.admin", "operator.read"] });
  await client.connect();
  return { gateway, client };
}

const gc = () => globalThis.gc?.();

export async function run({ jobs = 10_000, firing = 1_000, idleSeconds = 5 } = {}) {
  const stateDir = mkdtempSync(join(tmpdir(), "ocgw-bench-cron-"));
  const { gateway, client } = await startGateway(stateDir, { cron: { maxConcurrentRuns: 64, historyTotal: 20_000 } });
  try {
    // 1. Memory and idle CPU: far-future daily cron jobs (never due during the bench).
    const farHour = (new Date().getUTCHours() + 12) % 24; // never due during the bench
    gc(); await sleep(200); gc();
    const before = process.memoryUsage();
    for (let i = 0; i < jobs; i += 200) {
      await Promise.all(Array.from({ length: Math.min(200, jobs - i) }, (_, k) => client.request("cron.add", {
        name: `idle-${i + k}`, schedule: { kind: "cron", expr: `${(i + k) % 60} ${farHour} * * *`, tz: "UTC" },
        sessionTarget: "main", wakeMode: "next-heartbeat", payload: { kind: "systemEvent", text: "x" },
      })));
    }
    await sleep(500); gc(); await sleep(200); gc();
    const after = process.memoryUsage();
    const status = await client.request("cron.status", {});
    const soonest = status.nextWakeAtMs - Date.now();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await sleep(Math.min(idleSeconds * 1000, Math.max(0, soonest - 500)));
    const cpu1 = process.cpuUsage(cpu0);
    const idleMs = performance.now() - t0;
    const idleCpuPct = ((cpu1.user + cpu1.system) / 1000 / idleMs) * 100;

    // 2. Drift: `firing` jobs every 4 s, anchored across one 4 s window, next to the idle ones; two rounds observed.
    const everyMs = 4_000;
    const scheduled = new Map();
    const drifts = [];
    client.on("event:cron", (p) => {
      if (p.action !== "started") return;
      const expected = scheduled.get(p.jobId);
      if (expected === undefined) return;
      drifts.push(p.runAtMs - expected);
      scheduled.set(p.jobId, expected + everyMs);
    });
    const anchor = Date.now() + 15_000;
    for (let i = 0; i < firing; i += 200) {
      const added = await Promise.all(Array.from({ length: Math.min(200, firing - i) }, (_, k) => client.request("cron.add", {
        name: `tick-${i + k}`, schedule: { kind: "every", everyMs, anchorMs: anchor + Math.floor(((i + k) / firing) * everyMs) },
        sessionTarget: "main", wakeMode: "next-heartbeat", payload: { kind: "systemEvent", text: "tick" },
      })));
      for (const j of added) scheduled.set(j.id, j.state.nextRunAtMs);
    }
    const until = anchor + 2 * everyMs + 1_000;
    while (Date.now() < until) await sleep(200);
    const sorted = drifts.slice().sort((a, b) => a - b);
    return {
      jobs, firing,
      bytesPerJobHeap: (after.heapUsed - before.heapUsed) / jobs,
      bytesPerJobRss: (after.rss - before.rss) / jobs,
      idleCpuPct, idleMs,
      fired: drifts.length, driftP50: percentile(sorted, 50), driftP99: percentile(sorted, 99), driftMax: sorted.at(-1) ?? NaN,
    };
  } finally {
    await client.close();
    await gateway.stop();
    rmSync(stateDir, { recursive: true, force: true });
  }
}

async function listAll(client) {
  const out = [];
  for (let offset = 0; ; ) {
    const page = await client.request("cron.list", { includeDisabled: true, limit: 200, offset });
    out.push(...page.jobs);
    if (page.nextOffset === null) return out;
    offset = page.nextOffset;
  }
}

export function report(r) {
  return [
    `cron scheduler, ${r.jobs} jobs scheduled (+${r.firing} firing every 4 s for the drift figure)`,
    `  memory per job: ${fmt(r.bytesPerJobHeap / 1024, 2)} KiB heap, ${fmt(r.bytesPerJobRss / 1024, 2)} KiB RSS`,
    `  idle CPU: ${fmt(r.idleCpuPct, 3)} % over ${fmt(r.idleMs / 1000, 1)} s (one timer for the next due job)`,
    `  firing drift: p50 ${fmt(r.driftP50)} ms, p99 ${fmt(r.driftP99)} ms, max ${fmt(r.driftMax)} ms over ${r.fired} runs (target p99 ≤ 50 ms)`,
  ].join("\n");
}

if (isMain(import.meta.url)) {
  const r = await run({ jobs: Number(argValue("jobs", 10_000)), firing: Number(argValue("firing", 1_000)), idleSeconds: Number(argValue("idle", 5)) });
  console.log(report(r));
}
