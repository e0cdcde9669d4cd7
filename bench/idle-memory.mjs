// Memory per idle connection: a fresh server process, VmRSS before, then 1000 connections that completed
// the handshake (authenticated for ours; challenge + connect + res for the echo baseline), opened in
// batches of 20, a settle wait, VmRSS after. KiB/conn = (after - before) / count. The baseline echo answers
// connect with our own hello-ok (echo-sized); the tiny-hello echo is a diagnostic.
// Diagnostic (no target): ours again with client id/mode "cli", which the presence plugin skips, so
// the connects trigger no presence upsert/broadcast: this isolates the core's own per-connection cost.
// Usage: node bench/idle-memory.mjs [--conns 1000] [--settle 3]
import { argValue, captureReplies, fmt, handshake, isMain, rssKiB, sleep, startServer } from "./lib.mjs";

async function fill(kind, count, settleMs, opts = {}, replies) {
  const server = await startServer(kind, replies);
  const sockets = [];
  try {
    await sleep(500); // let start-up garbage settle before the "before" reading
    const before = rssKiB(server.pid);
    const t0 = performance.now();
    for (let i = 0; i < count; i += 20) {
      const batch = Array.from({ length: Math.min(20, count - i) }, () => handshake(server.url, opts));
      sockets.push(...(await Promise.all(batch)));
    }
    const openMs = performance.now() - t0;
    await sleep(settleMs);
    const after = rssKiB(server.pid);
    return { before, after, count, kibPerConn: (after - before) / count, openMs };
  } finally {
    for (const ws of sockets) ws.terminate();
    await server.stop();
  }
}

export async function run({ conns = 1000, settleSeconds = 3 } = {}) {
  const ours = await fill("ours", conns, settleSeconds * 1000);
  const oursCli = await fill("ours", conns, settleSeconds * 1000, { clientId: "cli", mode: "cli" });
  // The baseline answers connect with our own hello-ok (captured from a gateway of its own); the
  // tiny-hello echo is a diagnostic.
  const capture = await startServer("ours");
  let replies;
  try {
    replies = await captureReplies(capture.url, []);
  } finally {
    await capture.stop();
  }
  const echo = await fill("echo-sized", conns, settleSeconds * 1000, {}, replies);
  const tiny = await fill("echo", conns, settleSeconds * 1000);
  return {
    ours, oursCli, echo, tiny,
    ratio: ours.kibPerConn / echo.kibPerConn, cliRatio: oursCli.kibPerConn / echo.kibPerConn, tinyRatio: ours.kibPerConn / tiny.kibPerConn,
  };
}

const line = (m) => `VmRSS ${m.before} → ${m.after} KiB  ${fmt(m.kibPerConn, 1)} KiB/conn  (${m.count} opened in ${fmt(m.openMs)} ms)`;

export function report(r) {
  return [
    `idle memory: ratio ${fmt(r.ratio, 3)}   (cli-mode diagnostic: ratio ${fmt(r.cliRatio, 3)}; vs the tiny-hello echo: ${fmt(r.tinyRatio, 3)})`,
    `    ours        ${line(r.ours)}`,
    `    ours cli    ${line(r.oursCli)}`,
    `    echo-sized  ${line(r.echo)}`,
    `    echo-tiny   ${line(r.tiny)}`,
  ];
}

if (isMain(import.meta.url)) {
  console.log(report(await run({ conns: argValue("conns", 1000), settleSeconds: argValue("settle", 3) })).join("\n"));
  process.exit(0);
}
