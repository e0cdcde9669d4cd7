// Runs every bench N times (round-robin, so slow drift on the box is spread over all of them), prints each
// run, then the medians and each target's PASS/MISS, and writes bench/results/latest.json.
// Usage: node bench/run-all.mjs [--runs 3] [--seconds 3] [--spawns 1] [--only rpc,handshake,idleMemory,startupCost,openaiHttp]
// (`startup`, the older 5-spawn start-up bench, runs only when named in --only; startupCost covers it.)
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import * as rpc from "./rpc.mjs";
import * as handshake from "./handshake.mjs";
import * as idleMemory from "./idle-memory.mjs";
import * as startup from "./startup.mjs";
import * as openaiHttp from "./openai-http.mjs";
import * as startupCost from "./startup-cost.mjs";
import { CLEARED_ENV, ROOT, argValue, fmt, median } from "./lib.mjs";

const BENCHES = { rpc, handshake, idleMemory, startupCost, openaiHttp, startup };
const DEFAULT_BENCHES = ["rpc", "handshake", "idleMemory", "startupCost", "openaiHttp"];

// Targets of issue 18 (docs/performance.md): default plugin set, medians of the per-run values.
const CHECKS = [
  { bench: "rpc", name: "(a) sequential status req/s, ours/echo", get: (r) => r.seqStatus.ratio, op: ">=", target: 0.9 },
  { bench: "rpc", name: "(b) 8x32 pipelined status req/s, ours/echo", get: (r) => r.pipeStatus.ratio, op: ">=", target: 0.8 },
  { bench: "rpc", name: "(c) sequential health req/s, ours/echo", get: (r) => r.seqHealth.ratio, op: ">=", target: 0.9 },
  { bench: "handshake", name: "handshakes/s (token), ours/echo", get: (r) => r.ratio, op: ">=", target: 0.8 },
  { bench: "handshake", name: "handshakes/s (signed device), ours/echo", get: (r) => r.deviceRatio, op: ">=", target: 0.4 },
  { bench: "idleMemory", name: "idle KiB/conn, ours/echo", get: (r) => r.ratio, op: "<=", target: 1.1 },
  { bench: "startupCost", name: "spawn → first hello-ok, Node 20, ms", get: (r) => r.node20.readyMs, op: "<=", target: 150 },
  { bench: "startupCost", name: "spawn → first hello-ok, Node 24, ms", get: (r) => r.node24?.readyMs ?? NaN, op: "<=", target: 150 },
  { bench: "startupCost", name: "idle VmRSS 3 s after ready, Node 20, MiB", get: (r) => r.node20.rssMiB, op: "<=", target: 62 },
  { bench: "startupCost", name: "idle VmRSS, ours/echo", get: (r) => r.node20.rssMiB / r.echo.rssMiB, op: "<=", target: 1.1 },
  { bench: "startupCost", name: "openclaw health (whole CLI process), ms wall", get: (r) => r.health.wallMs, op: "<=", target: 150 },
  { bench: "startupCost", name: "costliest unconfigured plugin, ms of setup (timed by the gateway)", get: (r) => Math.max(...Object.values(r.plugins.each).map((c) => c.setupMs)), op: "<=", target: 5 },
  { bench: "startupCost", name: "costliest unconfigured plugin, MiB", get: (r) => Math.max(...Object.values(r.plugins.each).map((c) => c.rssMiB)), op: "<=", target: 1 },
  { bench: "startupCost", name: "start-up slope, ms per trivial third-party plugin", get: (r) => r.slope.msPerPlugin, op: "<=", target: 2 },
  { bench: "startup", name: "spawn → first hello-ok (startup bench), ms", get: (r) => r.ours.medianMs, op: "<=", target: 150 },
  { bench: "startup", name: "idle VmRSS 3 s after ready (startup bench), MiB", get: (r) => r.ours.idleRssMiB, op: "<=", target: 62 },
  { bench: "openaiHttp", name: "/v1/chat/completions stream x1, added ms to first token (median)", get: (r) => r.stream1.addedFirstP50, op: "<=", target: 2 },
  { bench: "openaiHttp", name: "/v1/chat/completions stream x1, added ms to last byte (median)", get: (r) => r.stream1.addedLastP50, op: "<=", target: 2 },
  { bench: "openaiHttp", name: "/v1/chat/completions stream x32 req/s, gateway/direct", get: (r) => r.stream32.ratio, op: ">=", target: 0.7 },
  { bench: "openaiHttp", name: "/v1/chat/completions non-stream x32 req/s, gateway/direct", get: (r) => r.json32.ratio, op: ">=", target: 0.7 },
];

/** Median of every numeric leaf across runs with the same shape; arrays are concatenated. */
function medianTree(items) {
  const first = items[0];
  if (typeof first === "number") return median(items);
  if (Array.isArray(first)) return items.flat();
  if (first && typeof first === "object") {
    return Object.fromEntries(Object.keys(first).map((k) => [k, medianTree(items.map((x) => x[k]))]));
  }
  return first;
}

const runs = argValue("runs", 3);
const seconds = argValue("seconds", 3);
const onlyIdx = process.argv.indexOf("--only");
const only = onlyIdx > 0 ? process.argv[onlyIdx + 1].split(",") : DEFAULT_BENCHES;
const spawns = argValue("spawns", 1);
const started = Date.now();
const perRun = Object.fromEntries(only.map((k) => [k, []]));
const failures = [];

console.log(`node ${process.version}, ${cpus().length} CPUs, load ${loadavg().map((l) => l.toFixed(2)).join(" ")}; ${runs} runs, ${seconds} s sections`);
if (CLEARED_ENV.length) console.log(`(cleared for the processes the benches start: ${CLEARED_ENV.join(", ")}; see bench/lib.mjs)`);
console.log("");
for (let i = 1; i <= runs; i++) {
  for (const key of only) {
    const bench = BENCHES[key];
    if (!bench) throw new Error(`unknown bench ${key} (use ${Object.keys(BENCHES).join(", ")})`);
    const t0 = Date.now();
    try {
      const result = await bench.run({ seconds, ...(key === "startupCost" ? { spawns } : {}) });
      perRun[key].push(result);
      console.log(`[run ${i}/${runs}] ${key} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      for (const l of bench.report(result)) console.log(`  ${l}`);
    } catch (err) {
      failures.push({ run: i, bench: key, error: String(err?.stack ?? err) });
      console.log(`[run ${i}/${runs}] ${key} FAILED: ${err?.message ?? err}`);
    }
  }
  console.log("");
}

const medians = {};
console.log(`==== medians over ${runs} runs ====`);
for (const key of only) {
  if (!perRun[key].length) continue;
  medians[key] = medianTree(perRun[key]);
  for (const l of BENCHES[key].report(medians[key])) console.log(`  ${l}`);
}

console.log(`\n==== targets (median of the per-run values) ====`);
const checks = [];
for (const c of CHECKS.filter((c) => perRun[c.bench]?.length)) {
  const values = perRun[c.bench].map(c.get);
  if (values.every((v) => Number.isNaN(v))) {
    console.log(`  n/a   ${c.name} (not measured on this machine)`);
    continue;
  }
  const m = median(values);
  const pass = c.op === ">=" ? m >= c.target : m <= c.target;
  checks.push({ bench: c.bench, name: c.name, op: c.op, target: c.target, values, median: m, pass });
  const digits = c.target >= 10 ? 1 : 3;
  console.log(`  ${pass ? "PASS" : "MISS"}  ${c.name}: ${fmt(m, digits)} (target ${c.op} ${c.target}; runs ${values.map((v) => fmt(v, digits)).join(", ")})`);
}
for (const f of failures) console.log(`  FAIL  ${f.bench} run ${f.run}: ${f.error.split("\n")[0]}`);

const dir = join(ROOT, "bench/results");
mkdirSync(dir, { recursive: true });
const summary = {
  date: new Date(started).toISOString(),
  durationS: (Date.now() - started) / 1000,
  node: process.version,
  cpus: cpus().length,
  loadavg: loadavg(),
  runs,
  seconds,
  checks,
  medians,
  perRun,
  failures,
};
writeFileSync(join(dir, "latest.json"), `${JSON.stringify(summary, null, 2)}\n`);
console.log(`\nwrote bench/results/latest.json (${summary.durationS.toFixed(0)} s)`);
process.exit(failures.length ? 1 : 0);
