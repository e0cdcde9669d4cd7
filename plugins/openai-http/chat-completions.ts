/** `POST /v1/chat/completions`: one agent turn as a `chat.completion`, or streamed as `chat.completion.chunk` SSE frames. */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { parseChatRequest, type ChatRequest } from "./chat-request.js";
import { prepareTurn, type TurnParams } from "./prepare-turn.js";
import { runAgentTurn } from "./agent-turn.js";
import { httpErrorFromAgent } from "./agent-errors.js";
import { HttpError, SseWriter, readJsonBody, sendJson } from "./http-io.js";
import { ENABLE_KEYS } from "./config.js";
import type { EndpointContext } from "./context.js";
import type { AgentUsage } from "../agent/contract.js";

/** What upstream answers when the agent produced no text. */
export const EMPTY_REPLY = "No response from OpenClaw.";

const usageOf = (u: AgentUsage | undefined) => ({ prompt_tokens: u?.promptTokens ?? 0, completion_tokens: u?.completionTokens ?? 0, total_tokens: u?.totalTokens ?? 0 });

export function chatCompletionsHandler(ctx: EndpointContext) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const settings = ctx.settings.chatCompletions;
    if (!settings.enabled) throw new HttpError(404, `the OpenAI chat completions endpoint is disabled; set ${ENABLE_KEYS.chatCompletions} to true`, "not_found");
    const request = parseChatRequest(await readJsonBody(req, { maxBytes: settings.maxBodyBytes, timeoutMs: ctx.bodyTimeoutMs }));
    const requestId = randomUUID();
    const params = await prepareTurn(req, ctx.agent, { model: request.model, user: request.user, conversation: request.conversation, field: "messages", requestId });
    const base = { id: `chatcmpl_${requestId}`, created: Math.floor(Date.now() / 1000), model: request.model };
    if (request.stream) return stream(ctx, res, request, params, base);

    const outcome = await runAgentTurn(ctx.agent, res, { ...params, streaming: false }); // nobody watches the text arrive: one provider response
    if (outcome.kind === "gone") return;
    if (outcome.kind === "error") throw httpErrorFromAgent(outcome.error);
    sendJson(res, 200, {
      ...base,
      object: "chat.completion",
      choices: [{ index: 0, message: { role: "assistant", content: outcome.result.text || EMPTY_REPLY, refusal: null }, logprobs: null, finish_reason: "stop" }],
      usage: usageOf(outcome.result.usage),
    });
  };
}

async function stream(ctx: EndpointContext, res: ServerResponse, request: ChatRequest, params: TurnParams, base: { id: string; created: number; model: string }): Promise<void> {
  const sse = new SseWriter(res);
  // Every chunk shares its envelope: serialise it once, and only the delta per chunk.
  const head = `${JSON.stringify({ ...base, object: "chat.completion.chunk" }).slice(0, -1)},"choices":[{"index":0,"delta":`;
  const chunk = (delta: Record<string, unknown>, finish: string | null = null) => sse.dataJson(`${head}${JSON.stringify(delta)},"logprobs":null,"finish_reason":${JSON.stringify(finish)}}]}`);
  let streamed = false;
  const outcome = await runAgentTurn(ctx.agent, res, params, {
    headDeferMs: ctx.headDeferMs,
    start() {
      sse.open();
      chunk({ role: "assistant", content: "" });
    },
    delta(text) {
      streamed = true;
      chunk({ content: text });
    },
  });
  if (outcome.kind === "gone") return;
  if (outcome.kind === "error") {
    const err = httpErrorFromAgent(outcome.error);
    if (!outcome.started) throw err;
    // Mid-stream: the SDK raises an APIError for a data frame carrying `error` (what OpenAI sends).
    sse.data(err.body());
    return sse.end();
  }
  if (!outcome.started) {
    sse.open();
    chunk({ role: "assistant", content: "" });
  }
  if (!streamed) chunk({ content: outcome.result.text || EMPTY_REPLY });
  chunk({}, "stop");
  if (request.includeUsage) sse.data({ ...base, object: "chat.completion.chunk", choices: [], usage: usageOf(outcome.result.usage) });
  sse.done();
}
