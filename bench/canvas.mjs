// Canvas host: static serving of a 10 KiB and a 1 MiB file over keep-alive connections (8 clients),
// ours (dedicated canvas port and gateway port) vs a bare node:http + fs.createReadStream server
// (bench/static-server.mjs) in the same run, in alternating 1 s slices; plus change → "reload"
// message latency on the live-reload socket (debounce included).
// Usage: node bench/canvas.mjs [--seconds 3] [--conns 8] [--changes 20]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import WebSocket from "ws";
import { ROOT, TOKEN, argValue, startChild, cpuMicros, fmt, freePort, isMain, median, percentile, sleep } from "./lib.mjs";

const FILES = { "10k.bin": 10 * 1024, "1m.bin": 1024 * 1024 };


function get(agent, port, path) {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, agent }, (res) => {
      let n = 0;
      res.on("data", (d) => (n += d.length));
      res.on("end", () => (res.statusCode === 200 ? resolve(n) : reject(new Error(`${port}${path}: ${res.statusCode}`))));
    });
    req.on("error", reject);
    req.end();
  });
}

/** `conns` keep-alive clients, each one request at a time, for `ms`. */
async function drive(target, conns, ms) {
  const agent = new Agent({ keepAlive: true, maxSockets: conns });
  const start = performance.now();
  const end = start + ms;
  let n = 0;
  let bytes = 0;
  let last = start;
  const cpu0 = cpuMicros(target.pid);
  await Promise.all(Array.from({ length: conns }, async () => {
    while (performance.now() < end) {
      bytes += await get(agent, target.port, target.path);
      n++;
      last = performance.now();
    }
  }));
  const cpuUs = cpuMicros(target.pid) - cpu0;
  agent.destroy();
  return { n, bytes, wallMs: last - start, cpuUs };
}

async function compare(targets, conns, ms) {
  const acc = targets.map(() => ({ n: 0, bytes: 0, wallMs: 0, cpuUs: 0 }));
  for (const t of targets) await drive(t, conns, 300); // warm-up
  const slices = Math.max(1, Math.round(ms / 1000));
  for (let i = 0; i < slices; i++) {
    for (const [j, t] of targets.entries()) {
      const r = await drive(t, conns, ms / slices);
      for (const k of Object.keys(r)) acc[j][k] += r[k];
    }
  }
  return acc.map((a) => ({ rps: a.n / (a.wallMs / 1000), mibps: a.bytes / 1048576 / (a.wallMs / 1000), cpuUsPerReq: a.cpuUs / a.n, n: a.n }));
}

async function reloadLatency(port, root, changes) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/__openclaw__/ws`);
  await new Promise((r, j) => ws.once("open", r).once("error", j));
  await sleep(300); // initial scan
  const lat = [];
  for (let i = 0; i < changes; i++) {
    const got = new Promise((r) => ws.once("message", r));
    const t0 = performance.now();
    writeFileSync(join(root, "index.html"), `<!doctype html><body>change ${i}</body>`);
    await got;
    lat.push(performance.now() - t0);
    await sleep(150);
  }
  ws.close();
  const s = Float64Array.from(lat).sort();
  return { n: lat.length, median: median(lat), p90: percentile(s, 90), max: s[s.length - 1] };
}

export async function run({ seconds = 3, conns = 8, changes = 20 } = {}) {
  const home = mkdtempSync(join(tmpdir(), "oc-bench-canvas-"));
  const root = join(home, "canvas");
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, "index.html"), "<!doctype html><body>bench</body>");
  for (const [name, size] of Object.entries(FILES)) writeFileSync(join(root, name), randomBytes(size));
  const [gwPort, canvasPort] = [await freePort(), await freePort()];
  const stateDir = join(home, ".openclaw");
  mkdirSync(stateDir, { recursive: true });
  writeFileSync(join(stateDir, "openclaw.json"), JSON.stringify({ canvasHost: { root, port: canvasPort } }));
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("OPENCLAW_")));
  Object.assign(env, { HOME: home, OPENCLAW_STATE_DIR: stateDir });
  const ours = startChild("ours", [join(ROOT, "bin/run.js"), "gateway", "--port", String(gwPort), "--token", TOKEN, "--allow-unconfigured"], env);
  const bare = startChild("bare", [join(ROOT, "bench/static-server.mjs"), root], process.env);
  try {
    await ours.waitFor(/\] ready in \d+ ms/);
    const bareUrl = await bare.waitFor(/listening on http:\/\/127\.0\.0\.1:(\d+)/);
    const barePort = Number(bareUrl[1]);
    const out = {};
    for (const name of Object.keys(FILES)) {
      const path = `/__openclaw__/canvas/${name}`;
      const [b, c, g] = await compare(
        [{ pid: bare.pid, port: barePort, path }, { pid: ours.pid, port: canvasPort, path }, { pid: ours.pid, port: gwPort, path }],
        conns,
        seconds * 1000,
      );
      out[name] = { bare: b, canvasPort: c, gatewayPort: g, ratio: c.rps / b.rps, gatewayRatio: g.rps / b.rps };
    }
    out.reload = await reloadLatency(canvasPort, root, changes);
    return out;
  } finally {
    await Promise.all([ours.stop(), bare.stop()]);
    rmSync(home, { recursive: true, force: true });
  }
}

const line = (m) => `${fmt(m.rps)} req/s  ${fmt(m.mibps, 1)} MiB/s  server cpu ${fmt(m.cpuUsPerReq, 1)} µs/req`;

export function report(r) {
  const out = [];
  for (const name of Object.keys(FILES)) {
    const x = r[name];
    out.push(
      `static ${name} (keep-alive): canvas port ratio ${fmt(x.ratio, 3)}, gateway port ratio ${fmt(x.gatewayRatio, 3)} (target >= 0.8)`,
      `    canvas port   ${line(x.canvasPort)}`,
      `    gateway port  ${line(x.gatewayPort)}`,
      `    bare          ${line(x.bare)}`,
    );
  }
  const l = r.reload;
  out.push(`change → reload message: median ${fmt(l.median, 1)} ms, p90 ${fmt(l.p90, 1)} ms, max ${fmt(l.max, 1)} ms over ${l.n} changes (target median <= 150, debounce 75 included)`);
  return out;
}

if (isMain(import.meta.url)) {
  console.log(report(await run({ seconds: argValue("seconds", 3), conns: argValue("conns", 8), changes: argValue("changes", 20) })).join("\n"));
  process.exit(0);
}
