// Baseline: a bare `ws` server on 127.0.0.1. It sends a connect.challenge on open and answers every
// request frame with a tiny res (a small hello for `connect`). It ignores the method and does no auth,
// so it is a transport upper bound, not an equivalent workload. Usage: node bench/echo-server.mjs [port]
import { randomUUID } from "node:crypto";
import { WebSocketServer } from "ws";

const wss = new WebSocketServer({ host: "127.0.0.1", port: Number(process.argv[2] ?? 0), perMessageDeflate: false });
wss.on("listening", () => console.log(`listening on ws://127.0.0.1:${wss.address().port}`));
wss.on("connection", (ws) => {
  ws.send(JSON.stringify({ type: "event", event: "connect.challenge", payload: { nonce: randomUUID(), ts: Date.now() } }));
  ws.on("message", (data) => {
    const f = JSON.parse(data);
    const payload = f.method === "connect" ? { type: "hello-ok", protocol: 3 } : { ok: true, ts: Date.now() };
    ws.send(JSON.stringify({ type: "res", id: f.id, ok: true, payload }));
  });
});
process.on("SIGTERM", () => process.exit(0));
