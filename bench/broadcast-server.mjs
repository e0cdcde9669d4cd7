// Baseline for fan-out: a bare `ws` server on 127.0.0.1 that sends connect.challenge on open, answers
// `connect` with a tiny hello, and on any other request broadcasts its params as the payload of one event
// to every socket (then answers the request). No auth, no validation, no seq: a transport upper bound.
// Usage: node bench/broadcast-server.mjs [port]
import { randomUUID } from "node:crypto";
import { WebSocketServer } from "ws";

const wss = new WebSocketServer({ host: "127.0.0.1", port: Number(process.argv[2] ?? 0), perMessageDeflate: false });
wss.on("listening", () => console.log(`listening on ws://127.0.0.1:${wss.address().port}`));
wss.on("connection", (ws) => {
  ws.send(JSON.stringify({ type: "event", event: "connect.challenge", payload: { nonce: randomUUID(), ts: Date.now() } }));
  ws.on("message", (data) => {
    const f = JSON.parse(data);
    if (f.method !== "connect") {
      const event = JSON.stringify({ type: "event", event: "presence", payload: f.params });
      for (const client of wss.clients) client.send(event);
    }
    ws.send(JSON.stringify({ type: "res", id: f.id, ok: true, payload: f.method === "connect" ? { type: "hello-ok", protocol: 3 } : { ok: true } }));
  });
});
process.on("SIGTERM", () => process.exit(0));
