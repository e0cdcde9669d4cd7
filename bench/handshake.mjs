// Sequential full handshakes: open socket, wait for connect.challenge, send connect, receive the ok
// res (hello-ok), close and wait for the close to complete. Ours with a token (gateway-client/backend),
// ours with a signed Ed25519 device (cli/cli; the client signs each challenge), and the bare ws echo
// baseline answering connect with our own hello-ok (echo-sized; the tiny-hello echo is kept as a
// diagnostic). Measured in alternating 1 s slices.
// Diagnostic (no target): a second, fresh gateway, handshakes with a token as client id/mode "cli",
// which the presence plugin skips (no upsert, the hello-ok snapshot stays small): the core without presence.
// Usage: node bench/handshake.mjs [--seconds 3]
import { generateDeviceKeys } from "../dist/core/device-keys.js";
import { argValue, captureReplies, closeWs, cpuMicros, fmt, handshake, isMain, latencyStats, startServer } from "./lib.mjs";

async function loop(cfg, ms) {
  const end = performance.now() + ms;
  const lat = [];
  while (performance.now() < end) {
    const t = performance.now();
    const ws = await handshake(cfg.server.url, cfg.opts);
    cfg.helloBytes = ws.helloBytes;
    await closeWs(ws);
    lat.push(performance.now() - t);
  }
  return lat;
}

async function slice(cfg, ms) {
  const cpu0 = cpuMicros(cfg.server.pid);
  const t0 = performance.now();
  const lat = await loop(cfg, ms);
  cfg.wallMs += performance.now() - t0;
  cfg.cpuUs += cpuMicros(cfg.server.pid) - cpu0;
  for (const x of lat) cfg.lat.push(x);
}

function result(cfg) {
  const n = cfg.lat.length;
  return { n, perSec: n / (cfg.wallMs / 1000), ...latencyStats(cfg.lat), cpuUsPerHandshake: cfg.cpuUs / n, helloBytes: cfg.helloBytes };
}

export async function run({ seconds = 3 } = {}) {
  const ours = await startServer("ours");
  let echo, tiny, fresh;
  try {
    // The baseline answers connect with our own hello-ok (echo-sized); the tiny-hello echo is a diagnostic.
    echo = await startServer("echo-sized", await captureReplies(ours.url, []));
    tiny = await startServer("echo");
    fresh = await startServer("ours");
    const device = generateDeviceKeys();
    const cfgs = [
      { key: "echo", server: echo, opts: {} },
      { key: "token", server: ours, opts: {} },
      { key: "device", server: ours, opts: { device, clientId: "cli", mode: "cli" } },
      { key: "cli", server: fresh, opts: { clientId: "cli", mode: "cli" } },
      { key: "tiny", server: tiny, opts: {} },
    ].map((c) => ({ ...c, lat: [], wallMs: 0, cpuUs: 0 }));
    for (const cfg of cfgs) await loop(cfg, 300); // warm-up
    for (let i = 0; i < seconds; i++) for (const cfg of cfgs) await slice(cfg, 1000);
    const [e, t, d, c, y] = cfgs.map(result);
    return {
      echo: e, token: t, device: d, cli: c, tiny: y,
      ratio: t.perSec / e.perSec, deviceRatio: d.perSec / e.perSec, cliRatio: c.perSec / e.perSec, tinyRatio: t.perSec / y.perSec,
    };
  } finally {
    await Promise.all([ours.stop(), echo?.stop(), tiny?.stop(), fresh?.stop()]);
  }
}

const line = (m) => `${fmt(m.perSec)} handshakes/s  p50 ${fmt(m.p50, 3)} ms  p99 ${fmt(m.p99, 3)} ms  cpu ${fmt(m.cpuUsPerHandshake)} µs/handshake  hello ${fmt(m.helloBytes)} B`;

export function report(r) {
  return [
    `handshake (token): ratio ${fmt(r.ratio, 3)}   signed device: ratio ${fmt(r.deviceRatio, 3)}   (cli-mode diagnostic: ${fmt(r.cliRatio, 3)}; token vs the tiny-hello echo: ${fmt(r.tinyRatio, 3)})`,
    `    ours token      ${line(r.token)}`,
    `    ours device     ${line(r.device)}`,
    `    ours token/cli  ${line(r.cli)}`,
    `    echo-sized      ${line(r.echo)}`,
    `    echo-tiny       ${line(r.tiny)}`,
  ];
}

if (isMain(import.meta.url)) {
  console.log(report(await run({ seconds: argValue("seconds", 3) })).join("\n"));
  process.exit(0);
}
