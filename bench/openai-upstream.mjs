// A fake OpenAI-compatible model server for bench/openai-http.mjs (a small JS port of the streaming part of
// test/helpers/fake-provider.ts, which is TypeScript outside dist/). POST /v1/chat/completions answers `chunks`
// pieces of `piece` text, `intervalMs` apart (0 = back to back), as SSE `chat.completion.chunk` frames ending in
// `data: [DONE]`, or as one `chat.completion` JSON after the same total time. The bench calls it directly and
// through the gateway in the same run.
// Usage: node bench/openai-upstream.mjs [chunks=16] [intervalMs=0] [piece="tok "]
import { createServer } from "node:http";

const chunks = Number(process.argv[2] ?? 16);
const intervalMs = Number(process.argv[3] ?? 0);
const piece = process.argv[4] ?? "tok ";
const text = piece.repeat(chunks);
let seq = 0;

const server = createServer((req, res) => {
  if (req.method !== "POST" || !req.url.startsWith("/v1/chat/completions")) {
    res.writeHead(404, { "content-type": "application/json" });
    return res.end('{"error":{"message":"not found","type":"invalid_request_error"}}');
  }
  const body = [];
  req.on("data", (c) => body.push(c));
  req.on("end", async () => {
    const request = JSON.parse(Buffer.concat(body).toString("utf8"));
    const id = `chatcmpl-bench${++seq}`;
    const created = Math.floor(Date.now() / 1000);
    const model = request.model;
    const usage = { prompt_tokens: 12, completion_tokens: chunks, total_tokens: 12 + chunks };
    if (!request.stream) {
      // A model takes as long to write the whole answer whether or not it streams it.
      if (intervalMs) await new Promise((r) => setTimeout(r, chunks * intervalMs));
      const json = JSON.stringify({ id, object: "chat.completion", created, model, choices: [{ index: 0, message: { role: "assistant", content: text, refusal: null }, logprobs: null, finish_reason: "stop" }], usage });
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(json) });
      return res.end(json);
    }
    res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache", connection: "keep-alive" });
    const frame = (choices, extra = {}) => res.write(`data: ${JSON.stringify({ id, object: "chat.completion.chunk", created, model, system_fingerprint: null, choices, ...extra })}\n\n`);
    frame([{ index: 0, delta: { role: "assistant", content: "", refusal: null }, logprobs: null, finish_reason: null }]);
    for (let i = 0; i < chunks; i++) {
      if (intervalMs) await new Promise((r) => setTimeout(r, intervalMs));
      if (res.destroyed) return;
      frame([{ index: 0, delta: { content: piece }, logprobs: null, finish_reason: null }]);
    }
    frame([{ index: 0, delta: {}, logprobs: null, finish_reason: "stop" }]);
    if (request.stream_options?.include_usage) frame([], { usage });
    res.end("data: [DONE]\n\n");
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => console.log(`listening on http://127.0.0.1:${server.address().port}`));
process.on("SIGTERM", () => process.exit(0));
