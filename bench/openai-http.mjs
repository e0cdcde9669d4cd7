// OpenAI-compatible HTTP overhead: POST /v1/chat/completions through our gateway (openai-http → agent → the
// provider over the official SDK) vs the same fake upstream (bench/openai-upstream.mjs) called directly, in the
// same run, in alternating 1 s slices. Figures: time to first token (first non-empty content delta) and to the
// last byte, median and p99, at 1 and 32 concurrent requests, stream and non-stream; completed requests/s at 32
// and the ratio gateway/direct. Each request is a fresh stateless session (no `user`), as most clients send.
// The upstream paces its chunks like a model (`--interval` ms apart, default 2; `--chunks` 16); a run with
// `--interval 0` shows the CPU-bound case.
// Usage: node bench/openai-http.mjs [--seconds 3] [--chunks 16] [--interval 2]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, TOKEN, argValue, startChild, cpuMicros, fmt, freePort, isMain, latencyStats, median, sleep } from "./lib.mjs";

const FIRST_CONTENT = /"delta":\{"content":"[^"]/;


/** One request; resolves {first, last} in ms (first = NaN for non-stream). */
function complete(agent, target, stream) {
  const body = JSON.stringify({ model: target.model, messages: [{ role: "user", content: "hi" }], stream });
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let first = NaN;
    let head = "";
    const req = request(
      { host: "127.0.0.1", port: target.port, path: "/v1/chat/completions", method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), authorization: `Bearer ${target.key}` } },
      (res) => {
        res.setEncoding("utf8");
        res.on("data", (d) => {
          if (stream && Number.isNaN(first)) {
            head += d;
            if (FIRST_CONTENT.test(head)) first = performance.now() - t0;
          }
        });
        res.on("end", () => (res.statusCode === 200 ? resolve({ first, last: performance.now() - t0 }) : reject(new Error(`${target.name}: HTTP ${res.statusCode}`))));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** `conns` clients, one request in flight each, for `ms`. */
async function drive(target, conns, stream, ms, acc) {
  const agent = new Agent({ keepAlive: true, maxSockets: conns });
  const start = performance.now();
  const end = start + ms;
  let last = start;
  const cpu0 = target.pid ? cpuMicros(target.pid) : 0;
  await Promise.all(
    Array.from({ length: conns }, async () => {
      while (performance.now() < end) {
        const r = await complete(agent, target, stream);
        acc.first.push(r.first);
        acc.last.push(r.last);
        acc.n++;
        last = performance.now();
      }
    }),
  );
  acc.wallMs += last - start;
  if (target.pid) acc.cpuUs += cpuMicros(target.pid) - cpu0;
  agent.destroy();
}

async function compare(direct, gateway, conns, stream, ms) {
  const empty = () => ({ first: [], last: [], n: 0, wallMs: 0, cpuUs: 0 });
  const acc = { direct: empty(), gateway: empty() };
  for (const t of [direct, gateway]) await drive(t, conns, stream, 300, empty()); // warm-up
  const slices = Math.max(1, Math.round(ms / 1000));
  for (let i = 0; i < slices; i++) {
    await drive(direct, conns, stream, ms / slices, acc.direct);
    await drive(gateway, conns, stream, ms / slices, acc.gateway);
  }
  const summary = (a) => {
    const first = a.first.filter(Number.isFinite);
    const f = latencyStats(first.length ? first : [NaN]);
    const l = latencyStats(a.last);
    return { rps: a.n / (a.wallMs / 1000), firstP50: stream ? f.p50 : NaN, firstP99: stream ? f.p99 : NaN, lastP50: l.p50, lastP99: l.p99, n: a.n, cpuUsPerReq: a.cpuUs / a.n };
  };
  const d = summary(acc.direct);
  const g = summary(acc.gateway);
  return {
    direct: d,
    gateway: g,
    addedFirstP50: g.firstP50 - d.firstP50,
    addedFirstP99: g.firstP99 - d.firstP99,
    addedLastP50: g.lastP50 - d.lastP50,
    addedLastP99: g.lastP99 - d.lastP99,
    ratio: g.rps / d.rps,
  };
}

export async function run({ seconds = 3, chunks = 16, interval = 2 } = {}) {
  const home = mkdtempSync(join(tmpdir(), "oc-bench-openai-"));
  const upstream = startChild("upstream", [join(ROOT, "bench/openai-upstream.mjs"), String(chunks), String(interval)], process.env);
  let ours;
  try {
    const upstreamUrl = (await upstream.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/))[1];
    const port = await freePort();
    const stateDir = join(home, ".openclaw");
    mkdirSync(stateDir, { recursive: true, mode: 0o700 });
    const config = {
      gateway: { http: { endpoints: { chatCompletions: { enabled: true } } } },
      models: { providers: { bench: { baseUrl: `${upstreamUrl}/v1`, apiKey: "sk-bench", models: [{ id: "m", contextWindow: 32000, maxTokens: 1024 }] } } },
      agents: { defaults: { model: { primary: "bench/m" } } },
    };
    writeFileSync(join(stateDir, "openclaw.json"), JSON.stringify(config), { mode: 0o600 });
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("OPENCLAW_")));
    Object.assign(env, { HOME: home, OPENCLAW_STATE_DIR: stateDir });
    ours = startChild("ours", [join(ROOT, "bin/run.js"), "gateway", "--port", String(port), "--token", TOKEN, "--allow-unconfigured"], env);
    await ours.waitFor(/\] ready in \d+ ms/);
    const direct = { name: "direct", port: Number(new URL(upstreamUrl).port), model: "m", key: "sk-bench", pid: upstream.pid };
    const gateway = { name: "gateway", port, model: "openclaw", key: TOKEN, pid: ours.pid };
    const ms = seconds * 1000;
    const out = { chunks, interval };
    for (const conns of [1, 32]) {
      for (const stream of [true, false]) out[`${stream ? "stream" : "json"}${conns}`] = await compare(direct, gateway, conns, stream, ms);
    }
    return out;
  } finally {
    await Promise.all([ours?.stop(), upstream.stop()]);
    rmSync(home, { recursive: true, force: true });
  }
}

const ms = (n) => `${fmt(n, 2)} ms`;

export function report(r) {
  const out = [`upstream: ${r.chunks} chunks, ${r.interval} ms apart; fresh session per request`];
  for (const key of ["stream1", "json1", "stream32", "json32"]) {
    const x = r[key];
    const stream = key.startsWith("stream");
    const conns = key.endsWith("32") ? 32 : 1;
    out.push(`${stream ? "stream" : "non-stream"} x${conns}: gateway/direct ${fmt(x.ratio, 3)} req/s${conns === 32 ? " (target >= 0.7)" : ""}`);
    if (stream) out.push(`    added to first token: median ${ms(x.addedFirstP50)}${conns === 1 ? " (target <= 2)" : ""}, p99 ${ms(x.addedFirstP99)}`);
    out.push(`    added to last byte:   median ${ms(x.addedLastP50)}${conns === 1 && !stream ? " (target <= 2)" : ""}, p99 ${ms(x.addedLastP99)}`);
    for (const side of ["gateway", "direct"]) {
      const s = x[side];
      out.push(`    ${side.padEnd(7)} ${fmt(s.rps)} req/s${stream ? `  first p50 ${ms(s.firstP50)} p99 ${ms(s.firstP99)}` : ""}  last p50 ${ms(s.lastP50)} p99 ${ms(s.lastP99)}  server cpu ${fmt(s.cpuUsPerReq)} µs/req  (n=${s.n})`);
    }
  }
  return out;
}

if (isMain(import.meta.url)) {
  console.log(report(await run({ seconds: argValue("seconds", 3), chunks: argValue("chunks", 16), interval: argValue("interval", 2) })).join("\n"));
  process.exit(0);
}
