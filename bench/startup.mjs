// Start-up: spawn `node bin/run.js gateway ...` and time spawn → first successful hello-ok
// (GatewayClient, poll-connect every 10 ms), 5 times. Idle VmRSS is read 3 s after the last one was ready.
// Reference: the same for the bare ws echo server (a floor for "node + ws", not a target).
// Usage: node bench/startup.mjs [--spawns 5] [--settle 3]
import { GatewayClient } from "../dist/core/client.js";
import { TOKEN, argValue, closeWs, fmt, freePort, handshake, isMain, median, rssKiB, sleep, spawnEcho, spawnGateway } from "./lib.mjs";

async function pollUntil(server, attempt, timeoutMs = 15000) {
  const t0 = performance.now();
  while (performance.now() - t0 < timeoutMs) {
    if (server.exited()) throw new Error(`${server.name} exited during start-up:\n${server.output()}`);
    if (server.url) {
      try {
        await attempt(server.url);
        return;
      } catch {}
    }
    await sleep(10);
  }
  throw new Error(`${server.name}: no hello-ok within ${timeoutMs} ms:\n${server.output()}`);
}

async function helloOk(url) {
  const c = new GatewayClient({ url, token: TOKEN, scopes: ["operator.admin"], client: { id: "gateway-client", mode: "backend" }, connectTimeoutMs: 2000 });
  const hello = await c.connect();
  await c.close();
  if (hello.type !== "hello-ok") throw new Error("not a hello-ok");
}

/** Spawns one server and resolves with { server, readyMs } once a handshake succeeds. */
async function timeStart(kind) {
  const port = await freePort();
  const t0 = performance.now();
  const server = kind === "ours" ? spawnGateway(port) : spawnEcho(port);
  server.url = `ws://127.0.0.1:${port}`;
  try {
    await pollUntil(server, kind === "ours" ? helloOk : async (url) => closeWs(await handshake(url)));
  } catch (err) {
    await server.stop();
    throw err;
  }
  return { server, readyMs: performance.now() - t0 };
}

async function series(kind, spawns, settleMs) {
  const times = [];
  let rss = NaN;
  for (let i = 0; i < spawns; i++) {
    const { server, readyMs } = await timeStart(kind);
    times.push(readyMs);
    try {
      if (i === spawns - 1) {
        await sleep(settleMs);
        rss = rssKiB(server.pid);
      }
    } finally {
      await server.stop();
    }
  }
  return { times, medianMs: median(times), idleRssMiB: rss / 1024 };
}

export async function run({ spawns = 5, settleSeconds = 3 } = {}) {
  const ours = await series("ours", spawns, settleSeconds * 1000);
  const echo = await series("echo", spawns, settleSeconds * 1000);
  return { ours, echo };
}

const line = (m) => `median ${fmt(m.medianMs)} ms (${m.times.map((t) => fmt(t)).join(", ")})  idle VmRSS ${fmt(m.idleRssMiB, 1)} MiB`;

export function report(r) {
  return [`start-up to first hello-ok`, `    ours  ${line(r.ours)}`, `    echo  ${line(r.echo)}`];
}

if (isMain(import.meta.url)) {
  console.log(report(await run({ spawns: argValue("spawns", 5), settleSeconds: argValue("settle", 3) })).join("\n"));
  process.exit(0);
}
