// Soak: one gateway (default plugin set, a fake OpenAI-compatible provider) under a steady mix for a long
// time, printing VmRSS and open fds every --every seconds. The mix, per round (about 4 rounds/s):
//  - RPCs: health, status, system-presence on a long-lived connection;
//  - reconnects: a fresh client connects, calls health, closes;
//  - presence churn: a node-like client (listed in presence) connects, sends system-event, leaves;
//  - an agent turn (`agent`, expectFinal) and a chat turn (`chat.send`) on rotating session keys, both
//    answered by the fake provider (bench/openai-upstream.mjs);
//  - cron runs when the gateway has cron (`cron.add` a job every minute once, `cron.run` it each round);
//    without cron (an older build) this part is skipped and said so.
// Every cron run is isolated, so it leaves a session (index entry + transcript) behind. The soak's config sets
// `cron.sessionRetention: "2m"` (the default is "24h") so those sessions are pruned inside the run and their
// number reaches a steady state (about 2 min × 4 runs/s) before the warm-up ends; with the default, a
// 30-minute soak would only ever add sessions. `--retention <duration|off>` changes it ("off": the default config).
// After the warm-up (the first 20 % of the run) RSS should stay within ±10 % and the fd count flat.
// Usage: node bench/soak.mjs [--minutes 30] [--every 10] [--retention 2m]
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GatewayClient } from "../dist/core/client.js";
import { ROOT, TOKEN, argValue, fmt, freePort, isMain, median, rssKiB, sleep, startChild } from "./lib.mjs";

const fdCount = (pid) => readdirSync(`/proc/${pid}/fd`).length;

function client(url, id = "gateway-client", mode = "backend", extra = {}) {
  return new GatewayClient({ url, token: TOKEN, scopes: ["operator.admin"], client: { id, mode, ...extra }, connectTimeoutMs: 5000, requestTimeoutMs: 30000 });
}

export async function run({ minutes = 30, everySeconds = 10, retention = "2m", log = console.log } = {}) {
  const home = mkdtempSync(join(tmpdir(), "oc-bench-soak-"));
  const upstream = startChild("upstream", [join(ROOT, "bench/openai-upstream.mjs"), "8", "1"], process.env);
  let ours;
  const series = [];
  const counts = { rpc: 0, reconnect: 0, presence: 0, agent: 0, chat: 0, cron: 0, errors: 0 };
  try {
    const upstreamUrl = (await upstream.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/))[1];
    const port = await freePort();
    const stateDir = join(home, ".openclaw");
    mkdirSync(stateDir, { recursive: true, mode: 0o700 });
    writeFileSync(join(stateDir, "openclaw.json"), JSON.stringify({
      models: { providers: { bench: { baseUrl: `${upstreamUrl}/v1`, apiKey: "sk-bench", models: [{ id: "m", contextWindow: 32000, maxTokens: 1024 }] } } },
      agents: { defaults: { model: { primary: "bench/m" } } },
      ...(retention === "off" ? {} : { cron: { sessionRetention: retention } }),
    }), { mode: 0o600 });
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("OPENCLAW_")));
    Object.assign(env, { HOME: home, OPENCLAW_STATE_DIR: stateDir, OPENCLAW_SKIP_CANVAS_HOST: "1" });
    ours = startChild("ours", [join(ROOT, "bin/run.js"), "gateway", "--port", String(port), "--token", TOKEN, "--allow-unconfigured"], env);
    await ours.waitFor(/\] ready in \d+ ms/);
    const url = `ws://127.0.0.1:${port}`;
    const main = client(url);
    const hello = await main.connect();
    const hasCron = hello.features.methods.includes("cron.add") && hello.features.methods.includes("cron.run");
    let cronJobId;
    if (hasCron) {
      const job = await main.request("cron.add", { name: "soak", schedule: { kind: "every", everyMs: 60_000 }, sessionTarget: "isolated", wakeMode: "now", payload: { kind: "agentTurn", message: "soak tick" } });
      cronJobId = job?.id ?? job?.job?.id;
    } else log("  (this gateway has no cron.* methods: cron runs skipped)");

    const endAt = Date.now() + minutes * 60_000;
    let nextSample = Date.now();
    const t0 = Date.now();
    let round = 0;
    const attempt = async (kind, fn) => {
      try {
        await fn();
        counts[kind]++;
      } catch (err) {
        counts.errors++;
        if (counts.errors <= 5) log(`  ${kind} failed: ${err?.message ?? err}`);
      }
    };
    while (Date.now() < endAt) {
      round++;
      if (Date.now() >= nextSample) {
        const sample = { t: (Date.now() - t0) / 1000, rssMiB: rssKiB(ours.pid) / 1024, fds: fdCount(ours.pid) };
        series.push(sample);
        const status = await main.request("status", {}).catch(() => undefined);
        const cache = status?.agent?.transcriptCache;
        const sessions = status?.sessions?.count;
        const extra = `${cache ? `  cache ${fmt(cache.bytes / 1048576, 1)} MiB/${cache.sessions}` : ""}${sessions !== undefined ? `  sessions ${sessions}` : ""}`;
        log(`  t=${fmt(sample.t).padStart(5)} s  VmRSS ${fmt(sample.rssMiB, 1)} MiB  fds ${sample.fds}${extra}  ${JSON.stringify(counts)}`);
        nextSample += everySeconds * 1000;
      }
      await attempt("rpc", async () => {
        await main.request("health", {});
        await main.request("status", {});
        await main.request("system-presence", {});
      });
      await attempt("reconnect", async () => {
        const c = client(url, "cli", "cli");
        await c.connect();
        await c.request("health", {});
        await c.close();
      });
      await attempt("presence", async () => {
        const c = client(url, "node-host", "node", { displayName: `soak-${round % 50}`, instanceId: `soak-${round % 50}` });
        await c.connect();
        await c.request("system-event", { text: `soak ${round}` });
        await c.close();
      });
      const key = `soak-${round % 20}`;
      await attempt("agent", () => main.request("agent", { message: `turn ${round}`, sessionKey: key, idempotencyKey: `a-${round}` }, { expectFinal: true }));
      await attempt("chat", () => main.request("chat.send", { sessionKey: `chat-${round % 20}`, message: `chat ${round}`, idempotencyKey: `c-${round}` }));
      if (hasCron && cronJobId) await attempt("cron", () => main.request("cron.run", { id: cronJobId, mode: "force" }));
      await sleep(200);
    }
    await main.close();
    const warm = series.filter((s) => s.t >= minutes * 60 * 0.2);
    const base = median(warm.map((s) => s.rssMiB));
    const spread = warm.length ? { min: Math.min(...warm.map((s) => s.rssMiB)), max: Math.max(...warm.map((s) => s.rssMiB)) } : { min: NaN, max: NaN };
    return {
      minutes, retention, series, counts, hasCron,
      rssMedianAfterWarmup: base,
      rssDeviation: Math.max(spread.max - base, base - spread.min) / base,
      fdsFirstLast: warm.length ? [warm[0].fds, warm.at(-1).fds] : [NaN, NaN],
    };
  } finally {
    await Promise.all([ours?.stop(), upstream.stop()]);
    rmSync(home, { recursive: true, force: true });
  }
}

export function report(r) {
  return [
    `soak ${r.minutes} min (cron.sessionRetention ${r.retention}): ${JSON.stringify(r.counts)}${r.hasCron ? "" : " (no cron in this build)"}`,
    `    VmRSS series (MiB): ${r.series.map((s) => fmt(s.rssMiB, 1)).join(" ")}`,
    `    after warm-up: median ${fmt(r.rssMedianAfterWarmup, 1)} MiB, max deviation ±${fmt(r.rssDeviation * 100, 1)} % (target ≤ 10 %); fds ${r.fdsFirstLast.join(" → ")}`,
  ];
}

if (isMain(import.meta.url)) {
  const i = process.argv.indexOf("--retention");
  const r = await run({ minutes: argValue("minutes", 30), everySeconds: argValue("every", 10), retention: i > 0 ? process.argv[i + 1] : "2m" });
  console.log(report(r).join("\n"));
  process.exit(0);
}
