// Baseline: a bare `ws` server on 127.0.0.1. It sends a connect.challenge on open and answers every
// request frame with a res. It ignores the method and does no auth, so it is a transport upper bound,
// not an equivalent workload. Usage: node bench/echo-server.mjs [port] [replies.json]
//
// By default each answer is tiny (a small hello for `connect`, `{ok, ts}` otherwise). With a replies file
// (`{"<method>": <payload>, …}`, e.g. our gateway's own `status`, `health` and hello-ok payloads captured
// by the bench) the methods it names are answered with that payload, serialized per request like any
// server would: the same bytes on the wire and in the client's parser as ours, with no work behind them.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { WebSocketServer } from "ws";

const replies = process.argv[3] ? JSON.parse(readFileSync(process.argv[3], "utf8")) : {};
const wss = new WebSocketServer({ host: "127.0.0.1", port: Number(process.argv[2] ?? 0), perMessageDeflate: false });
wss.on("listening", () => console.log(`listening on ws://127.0.0.1:${wss.address().port}`));
wss.on("connection", (ws) => {
  ws.send(JSON.stringify({ type: "event", event: "connect.challenge", payload: { nonce: randomUUID(), ts: Date.now() } }));
  ws.on("message", (data) => {
    const f = JSON.parse(data);
    const payload = replies[f.method] ?? (f.method === "connect" ? { type: "hello-ok", protocol: 3 } : { ok: true, ts: Date.now() });
    ws.send(JSON.stringify({ type: "res", id: f.id, ok: true, payload }));
  });
});
process.on("SIGTERM", () => process.exit(0));
process.on("SIGINT", () => process.exit(0));
