// A client that floods one gateway socket with pipelined requests, run as a child process so its own
// parsing never competes with the gateway's event loop (test/core/fairness.test.ts).
// Usage: node flood-client.mjs <ws-url> <token> <method> <batch>
// Keeps up to 2 × <batch> requests outstanding: whenever fewer than <batch> are unanswered it sends
// <batch> more in one burst. Prints JSON lines: {"ready":true} after hello-ok, then every 100 ms
// {"answered":n,"refused":n}. Stops when stdin closes.
import WebSocket from "ws";

const [url, token, method, batchText] = process.argv.slice(2);
const batch = Number(batchText);
const ws = new WebSocket(url, { perMessageDeflate: false, maxPayload: 64 * 1024 * 1024 });
let sent = 0;
let answered = 0;
let refused = 0;

function burst() {
  // Corked: the burst leaves in a few large writes, so the gateway finds thousands of frames per read.
  ws._socket.cork();
  for (let i = 0; i < batch; i++) ws.send(`{"type":"req","id":"f${++sent}","method":"${method}"}`);
  ws._socket.uncork();
}

ws.on("message", (data) => {
  const text = data.toString();
  if (text.includes('"connect.challenge"')) {
    ws.send(JSON.stringify({
      type: "req", id: "connect", method: "connect",
      params: { minProtocol: 3, maxProtocol: 4, client: { id: "test", version: "1", platform: "linux", mode: "test" }, role: "operator", scopes: ["operator.admin"], auth: { token } },
    }));
    return;
  }
  if (text.includes('"id":"connect"')) {
    process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
    burst();
    burst();
    setInterval(() => process.stdout.write(`${JSON.stringify({ answered, refused })}\n`), 100);
    return;
  }
  if (!text.startsWith('{"type":"res"')) return;
  answered += 1;
  if (text.includes('"ok":false')) refused += 1;
  if (sent - answered < batch) burst();
});
ws.on("error", (err) => {
  process.stderr.write(`flood client: ${err.message}\n`);
  process.exit(1);
});
ws.on("close", () => process.exit(0));
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
