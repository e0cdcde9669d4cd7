/**
 * Loopback fakes for the native provider APIs, speaking their real wire formats, for tests:
 * - Anthropic Messages (`POST /v1/messages`): SSE `message_start`, `content_block_start/delta/stop` with
 *   `text_delta` / `thinking_delta` / `signature_delta` / `input_json_delta`, `message_delta` with usage,
 *   `message_stop`; or one JSON message; errors as `{type:"error", error:{type, message}}` with retry-after.
 * - OpenAI Responses (`POST /v1/responses`): SSE `response.created`, `response.output_text.delta`,
 *   `response.reasoning_summary_text.delta`, `response.output_item.done`, `response.completed`.
 * Both list models at `GET /v1/models`. A reply may hold its last chunk until `release()` is called, so a
 * test can see deltas reach a client while the provider is still streaming.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface NativeRequest {
  path: string;
  body: Record<string, any>;
  headers: IncomingMessage["headers"];
}

export type NativeReply =
  | { text: string; thinking?: string; chunkSize?: number; delayMs?: number; holdLast?: boolean; usage?: { input: number; output: number; cacheRead?: number; cacheWrite?: number } }
  | { toolCalls: Array<{ id: string; name: string; input: Record<string, unknown> }>; text?: string; thinking?: string }
  | { status: number; type: string; message: string; headers?: Record<string, string> };

export interface NativeFake {
  /** Anthropic-style base (no /v1): http://127.0.0.1:port */
  readonly origin: string;
  readonly requests: NativeRequest[];
  setReply(reply: (request: NativeRequest, index: number) => NativeReply): void;
  /** Lets held replies send their last chunk. */
  release(): void;
  close(): Promise<void>;
}

const pieces = (text: string, size: number) => text.match(new RegExp(`[\\s\\S]{1,${size}}`, "g")) ?? [];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function startServer(handle: (req: NativeRequest, res: ServerResponse, fake: { hold: () => Promise<void> }) => Promise<void>, reply: { current: (r: NativeRequest, i: number) => NativeReply; index: number }): Promise<NativeFake> {
  const requests: NativeRequest[] = [];
  let releaseAll: Array<() => void> = [];
  let released = false;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = req.url ?? "";
      if (req.method === "GET" && url.startsWith("/v1/models")) {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ object: "list", data: [{ id: "listed-model", object: "model", type: "model", display_name: "Listed Model", created_at: "2025-01-01T00:00:00Z", created: 0, owned_by: "fake" }], has_more: false, first_id: "listed-model", last_id: "listed-model" }));
        return;
      }
      const request: NativeRequest = { path: url, body: JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}"), headers: req.headers };
      requests.push(request);
      void handle(request, res, { hold: () => (released ? Promise.resolve() : new Promise<void>((r) => releaseAll.push(r))) }).catch(() => res.destroy());
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    setReply(fn) {
      reply.current = fn;
      reply.index = 0;
      released = false;
    },
    release() {
      released = true;
      for (const r of releaseAll) r();
      releaseAll = [];
    },
    close: () => new Promise((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}

function sendError(res: ServerResponse, r: Extract<NativeReply, { status: number }>, anthropic: boolean): void {
  res.writeHead(r.status, { "content-type": "application/json", ...r.headers });
  res.end(JSON.stringify(anthropic ? { type: "error", error: { type: r.type, message: r.message } } : { error: { message: r.message, type: r.type, code: r.type } }));
}

export async function startFakeAnthropic(reply: (r: NativeRequest, i: number) => NativeReply): Promise<NativeFake> {
  const state = { current: reply, index: 0 };
  return startServer(async (request, res, fake) => {
    const r = state.current(request, state.index++);
    if ("status" in r) return sendError(res, r, true);
    const model = request.body.model as string;
    const usage = "usage" in r && r.usage ? r.usage : { input: 20, output: 8, cacheRead: 0, cacheWrite: 0 };
    const blocks: Array<Record<string, unknown>> = [];
    if (r.thinking) blocks.push({ type: "thinking", thinking: r.thinking, signature: "sig-abc" });
    if (r.text) blocks.push({ type: "text", text: r.text });
    if ("toolCalls" in r) for (const c of r.toolCalls) blocks.push({ type: "tool_use", id: c.id, name: c.name, input: c.input });
    const stopReason = "toolCalls" in r ? "tool_use" : "end_turn";
    if (!request.body.stream) {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ id: "msg_1", type: "message", role: "assistant", model, content: blocks, stop_reason: stopReason, stop_sequence: null, usage: { input_tokens: usage.input, output_tokens: usage.output, cache_read_input_tokens: usage.cacheRead ?? 0, cache_creation_input_tokens: usage.cacheWrite ?? 0 } }));
      return;
    }
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    const send = (event: string, data: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify({ type: event, ...(data as object) })}\n\n`);
    send("message_start", { message: { id: "msg_1", type: "message", role: "assistant", model, content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: usage.input, output_tokens: 1, cache_read_input_tokens: usage.cacheRead ?? 0, cache_creation_input_tokens: usage.cacheWrite ?? 0 } } });
    const chunkSize = "chunkSize" in r && r.chunkSize ? r.chunkSize : 4;
    const delayMs = "delayMs" in r && r.delayMs ? r.delayMs : 1;
    for (const [i, b] of blocks.entries()) {
      if (b.type === "thinking") {
        send("content_block_start", { index: i, content_block: { type: "thinking", thinking: "", signature: "" } });
        for (const p of pieces(b.thinking as string, chunkSize)) send("content_block_delta", { index: i, delta: { type: "thinking_delta", thinking: p } });
        send("content_block_delta", { index: i, delta: { type: "signature_delta", signature: b.signature } });
      } else if (b.type === "text") {
        send("content_block_start", { index: i, content_block: { type: "text", text: "" } });
        const parts = pieces(b.text as string, chunkSize);
        for (const [n, p] of parts.entries()) {
          if (n === parts.length - 1 && "holdLast" in r && r.holdLast) await fake.hold();
          send("content_block_delta", { index: i, delta: { type: "text_delta", text: p } });
          await sleep(delayMs);
        }
      } else {
        send("content_block_start", { index: i, content_block: { type: "tool_use", id: b.id, name: b.name, input: {} } });
        for (const p of pieces(JSON.stringify(b.input), 5)) send("content_block_delta", { index: i, delta: { type: "input_json_delta", partial_json: p } });
      }
      send("content_block_stop", { index: i });
    }
    send("message_delta", { delta: { stop_reason: stopReason, stop_sequence: null }, usage: { output_tokens: usage.output } });
    send("message_stop", {});
    res.end();
  }, state);
}

export async function startFakeResponses(reply: (r: NativeRequest, i: number) => NativeReply): Promise<NativeFake> {
  const state = { current: reply, index: 0 };
  return startServer(async (request, res, fake) => {
    const r = state.current(request, state.index++);
    if ("status" in r) return sendError(res, r, false);
    const usage = "usage" in r && r.usage ? r.usage : { input: 30, output: 6, cacheRead: 10 };
    const output: Array<Record<string, unknown>> = [];
    if (r.thinking) output.push({ type: "reasoning", id: "rs_1", summary: [{ type: "summary_text", text: r.thinking }] });
    if (r.text) output.push({ type: "message", id: "msg_1", role: "assistant", status: "completed", content: [{ type: "output_text", text: r.text, annotations: [] }] });
    if ("toolCalls" in r) for (const c of r.toolCalls) output.push({ type: "function_call", id: `fc_${c.id}`, call_id: c.id, name: c.name, arguments: JSON.stringify(c.input), status: "completed" });
    const response = {
      id: "resp_1",
      object: "response",
      status: "completed",
      model: request.body.model,
      output,
      usage: { input_tokens: usage.input + (usage.cacheRead ?? 0), input_tokens_details: { cached_tokens: usage.cacheRead ?? 0 }, output_tokens: usage.output, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: usage.input + (usage.cacheRead ?? 0) + usage.output },
    };
    if (!request.body.stream) {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(response));
      return;
    }
    res.writeHead(200, { "content-type": "text/event-stream" });
    let seq = 0;
    const send = (type: string, data: object) => res.write(`event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: seq++, ...data })}\n\n`);
    send("response.created", { response: { ...response, status: "in_progress", output: [], usage: null } });
    for (const [i, item] of output.entries()) {
      if (item.type === "reasoning") for (const p of pieces(r.thinking ?? "", 4)) send("response.reasoning_summary_text.delta", { item_id: "rs_1", output_index: i, summary_index: 0, delta: p });
      if (item.type === "message") {
        const parts = pieces(r.text ?? "", "chunkSize" in r && r.chunkSize ? r.chunkSize : 4);
        for (const [n, p] of parts.entries()) {
          if (n === parts.length - 1 && "holdLast" in r && r.holdLast) await fake.hold();
          send("response.output_text.delta", { item_id: "msg_1", output_index: i, content_index: 0, delta: p, logprobs: [] });
          await sleep(1);
        }
      }
      send("response.output_item.done", { output_index: i, item });
    }
    send("response.completed", { response });
    res.end();
  }, state);
}
