// Transcript memory under big messages: the built gateway (bin/run.js) with a fake upstream
// (bench/openai-upstream.mjs) takes `--turns` `agent` turns on ONE session, each message exactly
// agents.defaults.maxMessageBytes (default 262,144 bytes). Prints the gateway's VmRSS / VmHWM as it goes,
// the transcript cache's bytes against its budget (from `status`), one message over the limit (refused),
// chat.history latencies, and the transcript files left on disk (segments and sizes). `--heap-mib N` runs the
// gateway with --max-old-space-size=N: the turns then show whether memory stays bounded or the process dies.
// The baseline is the same gateway after its first 100 turns: VmRSS at the end ÷ VmRSS then.
// Usage: node bench/transcripts.mjs [--turns 500] [--context 128000] [--rotate-mib 16] [--cache-mib 32] [--heap-mib N]
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, TOKEN, argValue, closeWs, fmt, freePort, handshake, isMain, rssKiB, startChild } from "./lib.mjs";

const LIMIT = 262_144;

function peakKiB(pid) {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) : NaN;
}

/** One request; for `agent`, resolves on the final response (the one after `accepted`). */
function call(ws, method, params) {
  const id = `r${Math.random().toString(36).slice(2)}`;
  return new Promise((resolve, reject) => {
    const onClose = () => reject(new Error(`the gateway closed the socket during ${method}`));
    const onMessage = (data) => {
      const f = JSON.parse(data);
      if (f.type !== "res" || f.id !== id || f.payload?.status === "accepted") return;
      ws.off("message", onMessage);
      ws.off("close", onClose);
      resolve(f);
    };
    ws.on("message", onMessage);
    ws.once("close", onClose);
    ws.send(JSON.stringify({ type: "req", id, method, params }));
  });
}

async function timed(fn) {
  const t0 = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t0 };
}

export async function run({ turns = 500, context = 128_000, rotateMiB = 16, cacheMiB = 32, heapMiB = 0 } = {}) {
  const home = mkdtempSync(join(tmpdir(), "oc-bench-transcripts-"));
  const upstream = startChild("upstream", [join(ROOT, "bench/openai-upstream.mjs"), "4", "0"], process.env);
  let ours;
  let ws;
  try {
    const upstreamUrl = (await upstream.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/))[1];
    const port = await freePort();
    const stateDir = join(home, ".openclaw");
    mkdirSync(stateDir, { recursive: true, mode: 0o700 });
    const defaults = { model: { primary: "bench/m" }, transcriptRotateBytes: rotateMiB * 1024 * 1024, transcriptCacheBytes: cacheMiB * 1024 * 1024 };
    const config = {
      models: { providers: { bench: { baseUrl: `${upstreamUrl}/v1`, apiKey: "sk-bench", models: [{ id: "m", contextWindow: context, maxTokens: 4096 }] } } },
      agents: { defaults },
    };
    writeFileSync(join(stateDir, "openclaw.json"), JSON.stringify(config), { mode: 0o600 });
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("OPENCLAW_")));
    Object.assign(env, { HOME: home, OPENCLAW_STATE_DIR: stateDir });
    if (heapMiB) env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ""} --max-old-space-size=${heapMiB}`.trim();
    ours = startChild("ours", [join(ROOT, "bin/run.js"), "gateway", "--port", String(port), "--token", TOKEN, "--allow-unconfigured"], env);
    await ours.waitFor(/\] ready in \d+ ms/);
    ws = await handshake(`ws://127.0.0.1:${port}`, { clientId: "cli", mode: "cli" });

    const samples = [{ turn: 0, rssMiB: rssKiB(ours.pid) / 1024 }];
    const turnMs = [];
    const t0 = performance.now();
    for (let i = 1; i <= turns; i++) {
      const message = `turn ${i} `.padEnd(LIMIT, "x");
      const { value: res, ms } = await timed(() => call(ws, "agent", { message, sessionKey: "bench", idempotencyKey: `t${i}` }));
      if (!res.ok) throw new Error(`turn ${i}: ${res.error?.code} ${res.error?.message}`);
      turnMs.push(ms);
      if (i % 100 === 0 || i === turns) {
        const status = await call(ws, "status", {});
        samples.push({ turn: i, rssMiB: rssKiB(ours.pid) / 1024, cache: status.payload.agent.transcriptCache });
      }
    }
    const wallS = (performance.now() - t0) / 1000;
    const over = await call(ws, "agent", { message: "y".repeat(LIMIT + 1), sessionKey: "bench", idempotencyKey: "over" });
    const history10 = await timed(() => call(ws, "chat.history", { sessionKey: "bench", limit: 10 }));
    const history1000 = await timed(() => call(ws, "chat.history", { sessionKey: "bench", limit: 1000 }));
    const dir = join(stateDir, "agents", "main", "sessions");
    const files = readdirSync(dir).filter((f) => f.endsWith(".jsonl")).map((f) => ({ f, size: statSync(join(dir, f)).size }));
    turnMs.sort((a, b) => a - b);
    return {
      heapMiB,
      turns,
      wallS,
      turnP50: turnMs[turnMs.length >> 1],
      turnP99: turnMs[Math.floor(turnMs.length * 0.99)],
      samples,
      peakRssMiB: peakKiB(ours.pid) / 1024,
      over: over.error,
      history10: { ms: history10.ms, messages: history10.value.payload?.messages?.length },
      history1000: { ms: history1000.ms, messages: history1000.value.payload?.messages?.length, bytes: JSON.stringify(history1000.value.payload ?? {}).length },
      segments: files.length,
      largestSegmentMiB: Math.max(...files.map((x) => x.size)) / 1024 / 1024,
      totalMiB: files.reduce((n, x) => n + x.size, 0) / 1024 / 1024,
    };
  } finally {
    if (ws) await closeWs(ws);
    await Promise.all([ours?.stop(), upstream.stop()]);
    rmSync(home, { recursive: true, force: true });
  }
}

export function report(r) {
  const out = [`${r.heapMiB ? `gateway heap capped at ${r.heapMiB} MiB; ` : ""}${r.turns} turns of ${LIMIT.toLocaleString("en-US")}-byte messages on one session in ${fmt(r.wallS, 1)} s (turn p50 ${fmt(r.turnP50, 1)} ms, p99 ${fmt(r.turnP99, 1)} ms)`];
  for (const s of r.samples) {
    out.push(`  after ${String(s.turn).padStart(4)}: VmRSS ${fmt(s.rssMiB, 1)} MiB${s.cache ? `, transcript cache ${fmt(s.cache.bytes / 1024 / 1024, 1)} / ${fmt(s.cache.budgetBytes / 1024 / 1024)} MiB (${s.cache.sessions} session)` : ""}`);
  }
  const base = r.samples.find((s) => s.turn === 100);
  if (base && r.turns > 100) out.push(`  VmRSS after ${r.turns} ÷ after 100 turns: ${fmt(r.samples.at(-1).rssMiB / base.rssMiB, 2)} (bounded memory stays near 1)`);
  out.push(`  peak VmHWM ${fmt(r.peakRssMiB, 1)} MiB`);
  out.push(`  over the limit: ${r.over?.code} "${r.over?.message}"`);
  out.push(`  chat.history limit 10: ${fmt(r.history10.ms, 1)} ms (${r.history10.messages} messages); limit 1000: ${fmt(r.history1000.ms, 1)} ms (${r.history1000.messages} messages, ${fmt(r.history1000.bytes / 1024 / 1024, 2)} MiB)`);
  out.push(`  on disk: ${fmt(r.totalMiB, 1)} MiB in ${r.segments} segment(s), largest ${fmt(r.largestSegmentMiB, 2)} MiB`);
  return out.join("\n");
}

if (isMain(import.meta.url)) {
  const r = await run({ turns: argValue("turns", 500), context: argValue("context", 128_000), rotateMiB: argValue("rotate-mib", 16), cacheMiB: argValue("cache-mib", 32), heapMiB: argValue("heap-mib", 0) });
  console.log(report(r));
}
