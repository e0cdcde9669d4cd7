// node.invoke round trip and presence fan-out (issue 4, Performance).
//  (a) node.invoke, one in flight: operator → gateway → node → gateway → operator, against a minimal node in
//      this process (answers at once) and, separately, the real `openclaw node run` host (system.which).
//      Baseline: two direct request/response hops on the bare ws echo server (req → res → req → res).
//      Measured in alternating 1 s slices; ratio = baseline p50 ÷ ours p50 (≥ 0.5 means at most 2× the two hops).
//  (b) presence fan-out: 500 connected clients; an admin sends `system-event`; time until the `presence`
//      event has reached each client (per client) and all 500 (per change). Baseline: the bare ws broadcast
//      server fanning out the same payload. Small list (2 entries) and full list (200 entries, the bound).
// Usage: node bench/node-invoke.mjs [--seconds 3] [--clients 500] [--changes 40]
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import WebSocket from "ws";
import { ROOT, TOKEN, argValue, closeWs, fmt, handshake, isMain, latencyStats, median, sleep, spawnGateway, freePort, startServer } from "./lib.mjs";

/** A raw protocol socket with role node (no device, so no pairing): nodeId = client.instanceId. */
function nodeSocket(url, instanceId) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { perMessageDeflate: false });
    ws.on("error", reject);
    ws.on("message", function onMessage(data) {
      const f = JSON.parse(data);
      if (f.event === "connect.challenge") {
        const client = { id: "node-host", version: "bench", platform: "linux", mode: "node", instanceId };
        ws.send(JSON.stringify({ type: "req", id: "connect", method: "connect", params: { minProtocol: 3, maxProtocol: 4, client, role: "node", scopes: [], caps: [], commands: ["system.which"], auth: { token: TOKEN } } }));
      } else if (f.id === "connect") {
        if (!f.ok) return reject(new Error(f.error?.message));
        ws.off("message", onMessage);
        // Answer every invoke at once with a small payload.
        let n = 0;
        ws.on("message", (d) => {
          const m = JSON.parse(d);
          if (m.event !== "node.invoke.request") return;
          const { id, nodeId } = m.payload;
          ws.send(JSON.stringify({ type: "req", id: `r${++n}`, method: "node.invoke.result", params: { id, nodeId, ok: true, payloadJSON: '{"bins":{"sh":"/usr/bin/sh"}}' } }));
        });
        resolve(ws);
      }
    });
  });
}

/** Sends requests one at a time on `ws` for `ms`; `hops` requests make one round (the echo baseline uses 2). */
function drive(ws, makeReq, ms, hops = 1) {
  return new Promise((resolve) => {
    const lat = [];
    const end = performance.now() + ms;
    let id = 0;
    let hop = 0;
    let t0 = 0;
    let errors = 0;
    const send = () => ws.send(makeReq(String(++id)));
    const onMessage = (data) => {
      const f = JSON.parse(data);
      if (f.type !== "res" || f.id !== String(id)) return;
      if (!f.ok) errors++;
      if (++hop < hops) return send();
      const now = performance.now();
      lat.push(now - t0);
      hop = 0;
      if (now < end) {
        t0 = now;
        send();
      } else {
        ws.off("message", onMessage);
        resolve({ lat, errors });
      }
    };
    ws.on("message", onMessage);
    t0 = performance.now();
    send();
  });
}

const invokeReq = (nodeId, command, params) => (id) =>
  JSON.stringify({ type: "req", id, method: "node.invoke", params: { nodeId, command, params, idempotencyKey: `b${id}`, timeoutMs: 10_000 } });

/** Starts `openclaw node run` against `url` with a temp HOME; resolves with its node id once connected. */
async function startNodeHost(url) {
  const home = mkdtempSync(join(tmpdir(), "oc-bench-node-"));
  mkdirSync(join(home, ".openclaw", "node"), { recursive: true });
  writeFileSync(join(home, ".openclaw", "node", "allowlist.json"), '{"version":1,"commands":[]}');
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("OPENCLAW_")));
  const child = spawn(process.execPath, [join(ROOT, "bin/run.js"), "node", "run", "--url", url, "--token", TOKEN, "--display-name", "bench"], { env: { ...env, HOME: home }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  const deadline = Date.now() + 15_000;
  while (!/as node [0-9a-f]{12}/.test(out)) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`node host did not connect:\n${out}`);
    await sleep(20);
  }
  return { stop: () => (child.kill("SIGTERM"), rmSync(home, { recursive: true, force: true })) };
}

async function invokeBench(ms) {
  const ours = await startServer("ours");
  const echo = await startServer("echo");
  let host;
  try {
    const node = await nodeSocket(ours.url, "bench-node");
    host = await startNodeHost(ours.url);
    const op = await handshake(ours.url, { clientId: "cli", mode: "cli" });
    const list = await new Promise((resolve) => {
      op.once("message", (d) => resolve(JSON.parse(d).payload));
      op.send(JSON.stringify({ type: "req", id: "list", method: "node.list", params: {} }));
    });
    const hostId = list.nodes.find((n) => n.displayName === "bench").nodeId;
    const echoOp = await handshake(echo.url);
    const configs = [
      { key: "echo", ws: echoOp, req: (id) => `{"type":"req","id":"${id}","method":"status","params":{}}`, hops: 2, lat: [] },
      { key: "ours", ws: op, req: invokeReq("bench-node", "system.which", { bins: ["sh"] }), hops: 1, lat: [] },
      { key: "host", ws: op, req: invokeReq(hostId, "system.which", { bins: ["sh"] }), hops: 1, lat: [] },
    ];
    for (const c of configs) await drive(c.ws, c.req, 300, c.hops); // warm-up
    const slices = Math.max(1, Math.round(ms / 1000));
    let errors = 0;
    for (let i = 0; i < slices; i++) {
      for (const c of configs) {
        const r = await drive(c.ws, c.req, ms / slices, c.hops);
        c.lat.push(...r.lat);
        errors += r.errors;
      }
    }
    for (const ws of [op, echoOp, node]) await closeWs(ws);
    const stats = Object.fromEntries(configs.map((c) => [c.key, { n: c.lat.length, ...latencyStats(c.lat) }]));
    return { ...stats, errors, ratio: stats.echo.p50 / stats.ours.p50, hostRatio: stats.echo.p50 / stats.host.p50 };
  } finally {
    host?.stop();
    await Promise.all([ours.stop(), echo.stop()]);
  }
}

/** Opens `count` receivers, then times `changes` broadcasts from trigger to arrival at every receiver. */
async function fanout(url, { count, changes, trigger, openOpts }) {
  const receivers = [];
  for (let i = 0; i < count; i += 25) receivers.push(...(await Promise.all(Array.from({ length: Math.min(25, count - i) }, () => handshake(url, openOpts)))));
  const admin = await handshake(url, { clientId: "cli", mode: "cli" });
  const perClient = [];
  const perChange = [];
  let bytes = 0;
  for (let c = 0; c < changes + 2; c++) {
    const arrivals = [];
    const t0 = performance.now();
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`change ${c}: ${arrivals.length}/${receivers.length} clients got presence within 10 s`)), 10_000);
      for (const ws of receivers) {
        const on = (d) => {
          if (!d.includes('"event":"presence"')) return;
          ws.off("message", on);
          bytes = d.length;
          arrivals.push(performance.now() - t0);
          if (arrivals.length === receivers.length) {
            clearTimeout(timer);
            resolve();
          }
        };
        ws.on("message", on);
      }
      admin.send(trigger(c));
    });
    if (c >= 2) { // the first two are warm-up
      perClient.push(...arrivals);
      perChange.push(Math.max(...arrivals));
    }
    await sleep(120); // presence coalesces changes within 100 ms; keep each change its own broadcast
  }
  await Promise.all([admin, ...receivers].map((ws) => ws.terminate()));
  return { perClient: latencyStats(perClient), perChange: { ...latencyStats(perChange), median: median(perChange) }, eventBytes: bytes };
}

/** The bare ws broadcast baseline as a child process (stopped with SIGTERM). */
async function startBroadcast() {
  const child = spawn(process.execPath, [join(ROOT, "bench/broadcast-server.mjs"), "0"], { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  const deadline = Date.now() + 10_000;
  let m;
  while (!(m = /listening on (ws:\/\/[0-9.:]+)/.exec(out))) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`broadcast server did not start:\n${out}`);
    await sleep(10);
  }
  const exited = new Promise((r) => child.once("exit", r));
  return { url: m[1], stop: () => (child.kill("SIGTERM"), exited) };
}

const beacon = (host) => ({ text: `Node: ${host} (10.1.0.1) · app 1.0 · last input 1s ago · mode ui · reason periodic` });

async function fanoutBench({ clients, changes }) {
  const out = {};
  for (const full of [false, true]) {
    const port = await freePort();
    const ours = spawnGateway(port);
    await ours.waitForListening();
    try {
      if (full) { // fill presence to its bound (199 beacons + the gateway's own entry)
        const seed = await handshake(ours.url, { clientId: "cli", mode: "cli" });
        for (let i = 0; i < 199; i++) seed.send(JSON.stringify({ type: "req", id: `s${i}`, method: "system-event", params: beacon(`seed-${i}`) }));
        await sleep(500);
        await closeWs(seed);
      }
      const trigger = (c) => JSON.stringify({ type: "req", id: `t${c}`, method: "system-event", params: beacon(`bench-${c % 2}`) });
      const o = await fanout(ours.url, { count: clients, changes, trigger, openOpts: { clientId: "cli", mode: "cli" } });
      const payload = { presence: Array.from({ length: Math.max(1, Math.round(o.eventBytes / 330)) }, (_, i) => ({ ...beacon(`x-${i}`), host: `x-${i}`, ts: Date.now(), mode: "ui", reason: "periodic", version: "1.0", ip: "10.1.0.1" })) };
      const echo = await startBroadcast();
      try {
        const e = await fanout(echo.url, { count: clients, changes, trigger: (c) => JSON.stringify({ type: "req", id: `t${c}`, method: "x", params: payload }), openOpts: {} });
        out[full ? "full" : "small"] = { ours: o, baseline: e, ratio: e.perChange.p50 / o.perChange.p50 };
      } finally {
        await echo.stop();
      }
    } finally {
      await ours.stop();
    }
  }
  return out;
}

export async function run({ seconds = 3, clients = argValue("clients", 500), changes = argValue("changes", 40) } = {}) {
  const invoke = await invokeBench(seconds * 1000);
  const presence = await fanoutBench({ clients, changes });
  return { invoke, presence, clients };
}

const ms = (s) => `p50 ${fmt(s.p50, 3)} ms  p99 ${fmt(s.p99, 3)} ms`;

export function report(r) {
  const i = r.invoke;
  const out = [
    `(a) node.invoke round trip, one in flight: ratio (two echo hops p50 ÷ ours p50) ${fmt(i.ratio, 3)}; with the real node host ${fmt(i.hostRatio, 3)}${i.errors ? `  errors ${i.errors}` : ""}`,
    `    ours, bench node      ${ms(i.ours)}  (${i.ours.n} invokes)`,
    `    ours, openclaw node run ${ms(i.host)}  (${i.host.n} invokes, system.which)`,
    `    echo, 2 hops          ${ms(i.echo)}  (${i.echo.n} pairs)`,
  ];
  for (const [key, title] of [["small", "2-entry list"], ["full", "200-entry list"]]) {
    const p = r.presence[key];
    out.push(
      `(b) presence fan-out to ${r.clients} clients, ${title} (${p.ours.eventBytes} B/event): all reached ratio (baseline p50 ÷ ours p50) ${fmt(p.ratio, 3)}`,
      `    ours      all clients ${ms(p.ours.perChange)}   per client ${ms(p.ours.perClient)}`,
      `    baseline  all clients ${ms(p.baseline.perChange)}   per client ${ms(p.baseline.perClient)}`,
    );
  }
  return out;
}

if (isMain(import.meta.url)) {
  console.log(report(await run({ seconds: argValue("seconds", 3) })).join("\n"));
  process.exit(0);
}
