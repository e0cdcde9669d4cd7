// RPC throughput and latency after the handshake, ours vs the bare ws echo baseline (same client code):
//  (a) sequential `status` (one request in flight), (b) 8 connections x 32 in flight of `status`,
//  (c) sequential `health`. Server CPU per request comes from /proc/<pid>/stat over the measured window.
// The baseline replays our own `status`/`health` payloads (echo-sized); the tiny-reply echo is a diagnostic.
// Usage: node bench/rpc.mjs [--seconds 3]
import { argValue, captureReplies, closeWs, cpuMicros, fmt, handshake, isMain, latencyStats, startServer } from "./lib.mjs";

const reqText = (id, method) => `{"type":"req","id":"${id}","method":"${method}","params":{}}`;

/** Keeps `depth` requests in flight on each socket for `ms`, then drains. Records every latency. */
function drive(sockets, method, depth, ms) {
  const start = performance.now();
  const end = start + ms;
  const lat = [];
  let errors = 0;
  let last = start;
  const perSocket = (ws) =>
    new Promise((resolve) => {
      const sentAt = new Map();
      let id = 0;
      const send = () => {
        const rid = String(++id);
        sentAt.set(rid, performance.now());
        ws.send(reqText(rid, method));
      };
      const onMessage = (data) => {
        const f = JSON.parse(data);
        if (f.type !== "res") return; // ticks, broadcasts
        const now = performance.now();
        const t = sentAt.get(f.id);
        if (t === undefined) return;
        sentAt.delete(f.id);
        lat.push(now - t);
        if (!f.ok) errors++;
        last = Math.max(last, now);
        if (now < end) send();
        else if (sentAt.size === 0) {
          ws.off("message", onMessage);
          resolve();
        }
      };
      ws.on("message", onMessage);
      ws.once("close", () => resolve()); // a dropped socket ends its share early (counted as missing replies)
      for (let i = 0; i < depth; i++) send();
    });
  return Promise.all(sockets.map(perSocket)).then(() => ({ lat, errors, wallMs: last - start }));
}

/** One measurement configuration: its server, sockets and the figures summed over its slices. */
async function open(server, method, conns = 1, depth = 1) {
  const sockets = await Promise.all(Array.from({ length: conns }, () => handshake(server.url)));
  await drive(sockets, method, depth, 300); // warm-up
  return { server, method, depth, sockets, lat: [], errors: 0, wallMs: 0, cpuUs: 0 };
}

async function slice(cfg, ms) {
  const cpu0 = cpuMicros(cfg.server.pid);
  const r = await drive(cfg.sockets, cfg.method, cfg.depth, ms);
  cfg.cpuUs += cpuMicros(cfg.server.pid) - cpu0;
  cfg.wallMs += r.wallMs;
  cfg.errors += r.errors;
  for (const x of r.lat) cfg.lat.push(x);
}

async function finish(cfg) {
  await Promise.all(cfg.sockets.map(closeWs));
  const n = cfg.lat.length;
  return { n, rps: n / (cfg.wallMs / 1000), ...latencyStats(cfg.lat), cpuUsPerReq: cfg.cpuUs / n, errors: cfg.errors };
}

/**
 * Measures configurations in alternating 1 s slices (A B C A B C ...) so drift in CPU frequency or
 * neighbour load hits ours and the baseline alike.
 */
export async function compare(configs, ms) {
  const cfgs = [];
  for (const c of configs) cfgs.push(await open(c.server, c.method, c.conns, c.depth));
  const slices = Math.max(1, Math.round(ms / 1000));
  for (let i = 0; i < slices; i++) for (const cfg of cfgs) await slice(cfg, ms / slices);
  const out = [];
  for (const cfg of cfgs) out.push(await finish(cfg));
  return out;
}

export async function run({ seconds = 3 } = {}) {
  const ms = seconds * 1000;
  const ours = await startServer("ours");
  let echo, tiny;
  try {
    // The baseline answers `status` and `health` with our own payloads (same bytes, no work behind them);
    // the tiny echo (`{ok, ts}`) is kept as a diagnostic: against it the ratio mostly measures payload size.
    echo = await startServer("echo-sized", await captureReplies(ours.url, ["status", "health"]));
    tiny = await startServer("echo");
    const [seqEcho, seqStatus, seqHealth, seqEchoHealth, seqTiny] = await compare([
      { server: echo, method: "status" },
      { server: ours, method: "status" },
      { server: ours, method: "health" },
      { server: echo, method: "health" },
      { server: tiny, method: "status" },
    ], ms);
    const pipe = { conns: 8, depth: 32 };
    const [pipeEcho, pipeStatus, pipeTiny] = await compare([
      { server: echo, method: "status", ...pipe },
      { server: ours, method: "status", ...pipe },
      { server: tiny, method: "status", ...pipe },
    ], ms);
    return {
      seqStatus: { ours: seqStatus, echo: seqEcho, ratio: seqStatus.rps / seqEcho.rps, tiny: seqTiny, tinyRatio: seqStatus.rps / seqTiny.rps },
      pipeStatus: { ours: pipeStatus, echo: pipeEcho, ratio: pipeStatus.rps / pipeEcho.rps, tiny: pipeTiny, tinyRatio: pipeStatus.rps / pipeTiny.rps },
      seqHealth: { ours: seqHealth, echo: seqEchoHealth, ratio: seqHealth.rps / seqEchoHealth.rps, tiny: seqTiny, tinyRatio: seqHealth.rps / seqTiny.rps },
    };
  } finally {
    await Promise.all([ours.stop(), echo?.stop(), tiny?.stop()]);
  }
}

const line = (m) => `${fmt(m.rps)} req/s  p50 ${fmt(m.p50, 3)} ms  p99 ${fmt(m.p99, 3)} ms  cpu ${fmt(m.cpuUsPerReq, 1)} µs/req${m.errors ? `  errors ${m.errors}` : ""}`;

export function report(r) {
  const out = [];
  for (const [key, title] of [["seqStatus", "(a) sequential status"], ["pipeStatus", "(b) 8x32 pipelined status"], ["seqHealth", "(c) sequential health"]]) {
    out.push(
      `${title}: ratio ${fmt(r[key].ratio, 3)} (vs the tiny-reply echo: ${fmt(r[key].tinyRatio, 3)})`,
      `    ours        ${line(r[key].ours)}`,
      `    echo-sized  ${line(r[key].echo)}`,
      `    echo-tiny   ${line(r[key].tiny)}`,
    );
  }
  return out;
}

if (isMain(import.meta.url)) {
  console.log(report(await run({ seconds: argValue("seconds", 3) })).join("\n"));
  process.exit(0);
}
