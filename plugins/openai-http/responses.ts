/**
 * `POST /v1/responses`: one agent turn as a Response object, or streamed as named SSE events (response.created,
 * response.in_progress, output_item/content_part added, output_text.delta…, the matching done events,
 * response.completed; response.failed on failure), each with a `sequence_number`, then `data: [DONE]`.
 */
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { parseResponsesRequest } from "./responses-request.js";
import { messageItem, outputText, responseObject, usageOf, type ResponseBase } from "./responses-format.js";
import { prepareTurn, type TurnParams } from "./prepare-turn.js";
import { runAgentTurn } from "./agent-turn.js";
import { httpErrorFromAgent } from "./agent-errors.js";
import { EMPTY_REPLY } from "./chat-completions.js";
import { HttpError, SseWriter, readJsonBody, sendHttpError, sendJson } from "./http-io.js";
import { ENABLE_KEYS } from "./config.js";
import type { EndpointContext } from "./context.js";

const failure = (err: HttpError) => ({ code: err.options.code ?? err.type, message: err.message });

export function responsesHandler(ctx: EndpointContext) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const settings = ctx.settings.responses;
    if (!settings.enabled) throw new HttpError(404, `the OpenResponses endpoint is disabled; set ${ENABLE_KEYS.responses} to true`, "not_found");
    const request = parseResponsesRequest(await readJsonBody(req, { maxBytes: settings.maxBodyBytes, timeoutMs: ctx.bodyTimeoutMs }));
    const hex = randomBytes(16).toString("hex");
    const params = await prepareTurn(req, ctx.agent, { model: request.model, user: request.user, conversation: request.conversation, field: "input", requestId: hex });
    const base: ResponseBase = { id: `resp_${hex}`, createdAt: Math.floor(Date.now() / 1000), model: request.model, instructions: request.instructions, user: request.user };
    const itemId = `msg_${hex}`;
    if (request.stream) return stream(ctx, req, res, params, base, itemId);

    const outcome = await runAgentTurn(ctx.agent, res, { ...params, streaming: false }); // nobody watches the text arrive: one provider response
    if (outcome.kind === "gone") return;
    if (outcome.kind === "error") {
      const err = httpErrorFromAgent(outcome.error);
      return sendHttpError(req, res, err, responseObject(base, "failed", { error: failure(err) }));
    }
    const text = outcome.result.text || EMPTY_REPLY;
    sendJson(res, 200, responseObject(base, "completed", { output: [messageItem(itemId, "completed", text)], usage: usageOf(outcome.result.usage) }));
  };
}

async function stream(ctx: EndpointContext, req: IncomingMessage, res: ServerResponse, params: TurnParams, base: ResponseBase, itemId: string): Promise<void> {
  const sse = new SseWriter(res);
  let seq = 0;
  const send = (type: string, payload: Record<string, unknown>) => sse.event(type, { type, sequence_number: seq++, ...payload });
  const at = { item_id: itemId, output_index: 0, content_index: 0 };
  let text = "";
  const start = () => {
    sse.open();
    send("response.created", { response: responseObject(base, "in_progress") });
    send("response.in_progress", { response: responseObject(base, "in_progress") });
    send("response.output_item.added", { output_index: 0, item: messageItem(itemId, "in_progress", null) });
    send("response.content_part.added", { ...at, part: outputText("") });
  };
  const delta = (piece: string) => {
    text += piece;
    send("response.output_text.delta", { ...at, delta: piece, logprobs: [] });
  };
  const outcome = await runAgentTurn(ctx.agent, res, params, { headDeferMs: ctx.headDeferMs, start, delta });
  if (outcome.kind === "gone") return;
  if (outcome.kind === "error") {
    const err = httpErrorFromAgent(outcome.error);
    if (!outcome.started) return sendHttpError(req, res, err, responseObject(base, "failed", { error: failure(err) }));
    const output = text ? [messageItem(itemId, "in_progress", text)] : [];
    send("response.failed", { response: responseObject(base, "failed", { output, error: failure(err) }) });
    return sse.done();
  }
  if (!outcome.started) start();
  if (!text) delta(outcome.result.text || EMPTY_REPLY);
  send("response.output_text.done", { ...at, text, logprobs: [] });
  send("response.content_part.done", { ...at, part: outputText(text) });
  const item = messageItem(itemId, "completed", text);
  send("response.output_item.done", { output_index: 0, item });
  send("response.completed", { response: responseObject(base, "completed", { output: [item], usage: usageOf(outcome.result.usage) }) });
  sse.done();
}
