/**
 * A small OpenAI-compatible model provider on 127.0.0.1 for tests and benchmarks: `POST /v1/chat/completions`
 * answers in the real API's wire format (SSE `chat.completion.chunk` frames ending in `data: [DONE]`, or one
 * `chat.completion` object), including streamed tool calls, usage, HTTP errors with OpenAI error bodies and
 * `retry-after`, and a provider that hangs. `GET /v1/models` lists the configured models.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeToolCall {
  name: string;
  arguments: string | Record<string, unknown>;
  id?: string;
}

export type FakeReply =
  /** Streams `text` in pieces of `chunkSize` characters, `delayMs` apart. */
  | { text: string; chunkSize?: number; delayMs?: number; usage?: boolean }
  /** Asks for tool calls (finish_reason "tool_calls"). */
  | { toolCalls: FakeToolCall[]; text?: string; chunkSize?: number; delayMs?: number }
  /** An HTTP error with the API's error body. */
  | { status: number; error: { message: string; type?: string; code?: string | null }; headers?: Record<string, string> }
  /** Accepts the request and never answers (after `text`, if given). */
  | { hang: true; text?: string };

export interface FakeRequest {
  body: {
    model: string;
    messages: Array<{ role: string; content?: unknown; tool_calls?: unknown[]; tool_call_id?: string; name?: string }>;
    stream?: boolean;
    tools?: Array<{ type: string; function: { name: string; description?: string; parameters?: unknown } }>;
    stream_options?: { include_usage?: boolean };
    max_tokens?: number;
    max_completion_tokens?: number;
    [key: string]: unknown;
  };
  headers: IncomingMessage["headers"];
}

export interface FakeProvider {
  /** e.g. http://127.0.0.1:40123/v1 */
  readonly baseUrl: string;
  readonly requests: FakeRequest[];
  /** Requests whose client went away before the answer was complete. */
  readonly aborted: number;
  /** Requests being answered right now. */
  readonly active: number;
  /** TCP connections accepted so far, and those still open (keep-alive reuse shows as fewer connections than requests). */
  readonly connections: number;
  readonly openSockets: number;
  setReply(reply: (request: FakeRequest, index: number) => FakeReply): void;
  /** Resolves once `n` requests have arrived. */
  waitForRequests(n: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export interface FakeProviderOptions {
  models?: string[];
  /** Required bearer key; a request without it gets a 401 like the real API. */
  apiKey?: string;
  reply?: (request: FakeRequest, index: number) => FakeReply;
}

/** The last user message's text (string content or text parts). */
export function lastUserText(request: FakeRequest): string {
  const users = request.body.messages.filter((m) => m.role === "user");
  const content = users.at(-1)?.content;
  if (typeof content === "string") return content;
  if (Array.isArray(content)) return content.map((p: { text?: string }) => p.text ?? "").join("");
  return "";
}

const echo = (request: FakeRequest): FakeReply => ({ text: `Echo: ${lastUserText(request)}` });

export async function startFakeProvider(options: FakeProviderOptions = {}): Promise<FakeProvider> {
  let reply = options.reply ?? echo;
  const requests: FakeRequest[] = [];
  const waiters: Array<{ n: number; resolve: () => void }> = [];
  const sockets = new Set<import("node:net").Socket>();
  let aborted = 0;
  let active = 0;
  let connections = 0;
  let seq = 0;

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: String(err), type: "server_error" } }));
    });
  });
  server.on("connection", (socket) => {
    connections++;
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "/").split("?")[0];
    if (options.apiKey && req.headers.authorization !== `Bearer ${options.apiKey}`) {
      return sendError(res, 401, { message: "Incorrect API key provided.", type: "invalid_request_error", code: "invalid_api_key" });
    }
    if (req.method === "GET" && path === "/v1/models") {
      const data = (options.models ?? ["m1"]).map((id) => ({ id, object: "model", created: 0, owned_by: "fake" }));
      return sendJson(res, 200, { object: "list", data });
    }
    if (req.method !== "POST" || path !== "/v1/chat/completions") return sendError(res, 404, { message: `Unknown request URL: ${req.method} ${path}`, type: "invalid_request_error", code: "unknown_url" });
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request: FakeRequest = { body: JSON.parse(Buffer.concat(chunks).toString("utf8")), headers: req.headers };
    const index = requests.push(request) - 1;
    for (const w of waiters.splice(0)) (requests.length >= w.n ? w.resolve : () => waiters.push(w))();
    const answer = reply(request, index);
    active++;
    let finished = false;
    res.on("close", () => {
      active--;
      if (!finished) aborted++;
    });
    if ("status" in answer) {
      finished = true;
      return sendError(res, answer.status, answer.error, answer.headers);
    }
    const id = `chatcmpl-fake${++seq}`;
    const created = Math.floor(Date.now() / 1000);
    const model = request.body.model;
    const text = "text" in answer ? (answer.text ?? "") : "";
    const toolCalls = "toolCalls" in answer ? answer.toolCalls.map((c, i) => ({ id: c.id ?? `call_${seq}_${i}`, type: "function", function: { name: c.name, arguments: typeof c.arguments === "string" ? c.arguments : JSON.stringify(c.arguments) } })) : [];
    const usage = { prompt_tokens: 11, completion_tokens: Math.max(1, Math.ceil(text.length / 4)), total_tokens: 11 + Math.max(1, Math.ceil(text.length / 4)) };
    const finishReason = toolCalls.length ? "tool_calls" : "stop";

    if (!request.body.stream) {
      if ("hang" in answer) return; // never answers
      const message = { role: "assistant", content: toolCalls.length && !text ? null : text, refusal: null, ...(toolCalls.length ? { tool_calls: toolCalls } : {}) };
      finished = true;
      return sendJson(res, 200, { id, object: "chat.completion", created, model, choices: [{ index: 0, message, logprobs: null, finish_reason: finishReason }], usage, system_fingerprint: null });
    }

    res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache", connection: "keep-alive" });
    const frame = (choices: unknown[], extra: Record<string, unknown> = {}) =>
      res.write(`data: ${JSON.stringify({ id, object: "chat.completion.chunk", created, model, system_fingerprint: null, choices, ...extra })}\n\n`);
    frame([{ index: 0, delta: { role: "assistant", content: "", refusal: null }, logprobs: null, finish_reason: null }]);
    const size = "chunkSize" in answer && answer.chunkSize ? answer.chunkSize : 4;
    const delayMs = "delayMs" in answer ? (answer.delayMs ?? 0) : 0;
    for (let i = 0; i < text.length; i += size) {
      if (res.destroyed) return;
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      frame([{ index: 0, delta: { content: text.slice(i, i + size) }, logprobs: null, finish_reason: null }]);
    }
    if ("hang" in answer) return;
    toolCalls.forEach((call, i) => {
      // Like the real API: the first chunk names the call, later chunks stream its arguments.
      frame([{ index: 0, delta: { tool_calls: [{ index: i, id: call.id, type: "function", function: { name: call.function.name, arguments: "" } }] }, logprobs: null, finish_reason: null }]);
      const args = call.function.arguments;
      for (let j = 0; j < args.length; j += 8) frame([{ index: 0, delta: { tool_calls: [{ index: i, function: { arguments: args.slice(j, j + 8) } }] }, logprobs: null, finish_reason: null }]);
    });
    frame([{ index: 0, delta: {}, logprobs: null, finish_reason: finishReason }]);
    const wantsUsage = request.body.stream_options?.include_usage === true && !("usage" in answer && answer.usage === false);
    if (wantsUsage) frame([], { usage });
    finished = true;
    res.end("data: [DONE]\n\n");
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    get aborted() {
      return aborted;
    },
    get active() {
      return active;
    },
    get connections() {
      return connections;
    },
    get openSockets() {
      return sockets.size;
    },
    setReply(fn) {
      reply = fn;
    },
    waitForRequests(n, timeoutMs = 5000) {
      if (requests.length >= n) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`fake provider: expected ${n} requests, got ${requests.length}`)), timeoutMs);
        waiters.push({ n, resolve: () => (clearTimeout(timer), resolve()) });
      });
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

function sendError(res: ServerResponse, status: number, error: { message: string; type?: string; code?: string | null }, headers: Record<string, string> = {}): void {
  sendJson(res, status, { error: { message: error.message, type: error.type ?? "invalid_request_error", param: null, code: error.code ?? null } }, headers);
}

/** Provider config for the agent plugin pointing at this fake. */
export function fakeProviderConfig(provider: FakeProvider, extra: { model?: string; timeoutSeconds?: number } = {}): Record<string, unknown> {
  const model = extra.model ?? "m1";
  return {
    models: { providers: { fake: { baseUrl: provider.baseUrl, apiKey: "sk-fake", api: "openai-completions", models: [{ id: model, contextWindow: 32000, maxTokens: 1024 }] } } },
    agents: { defaults: { model: { primary: `fake/${model}` }, ...(extra.timeoutSeconds ? { timeoutSeconds: extra.timeoutSeconds } : {}) } },
  };
}
