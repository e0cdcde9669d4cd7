/**
 * "openai-responses": OpenAI's Responses API through the official `openai` SDK. The system prompt goes in
 * `instructions`, tool calls are `function_call` / `function_call_output` items, text streams from
 * `response.output_text.delta` and reasoning summaries (when the model gives them) from
 * `response.reasoning_summary_text.delta`. Nothing is stored at OpenAI (`store: false`).
 */
import type OpenAI from "openai";
import { mapProviderError } from "../provider-errors.js";
import { sumUsage, type ModelProvider, type ProviderRequest, type ProviderResult, type StopReason, type TokenUsage, type TurnMessage } from "./types.js";

type InputItem = OpenAI.Responses.ResponseInputItem;
type Response = OpenAI.Responses.Response;

function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) return content.map((p: { text?: string }) => p.text ?? "").join("");
  return "";
}

export function toResponsesInput(messages: readonly TurnMessage[]): InputItem[] {
  const out: InputItem[] = [];
  for (const m of messages) {
    if (m.role === "user") out.push({ role: "user", content: textOf(m.content) });
    else if (m.role === "assistant") {
      const text = textOf(m.content);
      if (text) out.push({ role: "assistant", content: text });
      for (const call of m.tool_calls ?? []) {
        if (call.type === "function") out.push({ type: "function_call", call_id: call.id, name: call.function.name, arguments: call.function.arguments });
      }
    } else if (m.role === "tool") out.push({ type: "function_call_output", call_id: m.tool_call_id, output: textOf(m.content) });
  }
  return out;
}

export function responsesRequest(request: ProviderRequest): OpenAI.Responses.ResponseCreateParamsNonStreaming {
  const { model } = request;
  return {
    model: model.modelId,
    instructions: request.system,
    input: toResponsesInput(request.messages),
    max_output_tokens: model.maxTokens,
    store: false,
    ...(request.tools.length ? { tools: request.tools.map((t) => ({ type: "function" as const, name: t.name, description: t.description, parameters: t.parameters, strict: false })) } : {}),
    ...(model.entry?.reasoning ? { reasoning: { summary: "auto" as const } } : {}),
  };
}

function usageOf(u: Response["usage"]): TokenUsage | undefined {
  if (!u) return undefined;
  const cached = u.input_tokens_details?.cached_tokens ?? 0;
  return sumUsage({ input: Math.max(0, u.input_tokens - cached), output: u.output_tokens, cacheRead: cached, cacheWrite: 0 });
}

function resultOf(response: Response): ProviderResult {
  const toolCalls: ProviderResult["toolCalls"] = [];
  let text = "";
  for (const item of response.output ?? []) {
    if (item.type === "function_call") toolCalls.push({ id: item.call_id, name: item.name, arguments: item.arguments });
    else if (item.type === "message") for (const part of item.content) if (part.type === "output_text") text += part.text;
  }
  const incomplete = response.status === "incomplete" && response.incomplete_details?.reason === "max_output_tokens";
  const refused = response.status === "incomplete" && response.incomplete_details?.reason === "content_filter";
  const stopReason: StopReason = toolCalls.length ? "toolUse" : incomplete ? "length" : refused ? "refusal" : "stop";
  const usage = usageOf(response.usage);
  return { text, toolCalls, stopReason, ...(usage ? { usage } : {}) };
}

/** A `response.failed` event as the error the SDK would have thrown for the same body (mapped like any other). */
function failure(response: Response): Error {
  const err = new Error(response.error?.message ?? "the response failed") as Error & { code?: string; status?: number };
  err.code = response.error?.code ?? undefined;
  return err;
}

export function openAiResponses(client: OpenAI): ModelProvider {
  return {
    async call(request) {
      try {
        return request.streaming ? await streamed(client, request) : await once(client, request);
      } catch (err) {
        throw mapProviderError(err, request.model);
      }
    },
    async listModels(signal) {
      const page = await client.models.list({ signal });
      return page.data.map((m) => ({ id: m.id }));
    },
  };
}

async function streamed(client: OpenAI, request: ProviderRequest): Promise<ProviderResult> {
  const stream = await client.responses.create({ ...responsesRequest(request), stream: true }, { signal: request.signal });
  let final: Response | undefined;
  for await (const event of stream) {
    if (event.type === "response.output_text.delta") request.onDelta(event.delta);
    else if (event.type === "response.reasoning_summary_text.delta") request.onThinking(event.delta);
    else if (event.type === "response.completed" || event.type === "response.incomplete") final = event.response;
    else if (event.type === "response.failed") throw failure(event.response);
  }
  request.signal.throwIfAborted();
  if (!final) throw new Error("the stream ended without response.completed");
  return resultOf(final);
}

async function once(client: OpenAI, request: ProviderRequest): Promise<ProviderResult> {
  const response = await client.responses.create(responsesRequest(request), { signal: request.signal });
  if (response.status === "failed") throw failure(response);
  const result = resultOf(response);
  if (result.text) request.onDelta(result.text);
  return result;
}
