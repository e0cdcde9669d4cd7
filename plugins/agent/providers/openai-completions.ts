/**
 * "openai-completions": streamed chat completions through the official `openai` SDK (OpenAI, OpenRouter,
 * Ollama, vLLM, llama.cpp, …). Text deltas are reported as they arrive, streamed tool-call fragments are
 * assembled, usage comes from the final chunk when the server reports it.
 */
import type OpenAI from "openai";
import { mapProviderError } from "../provider-errors.js";
import { sumUsage, type ModelProvider, type ProviderRequest, type ProviderResult, type StopReason, type TokenUsage } from "./types.js";

type Completion = OpenAI.Chat.Completions.ChatCompletion;
type Usage = NonNullable<Completion["usage"]>;

function usageOf(u: Usage): TokenUsage {
  const cached = u.prompt_tokens_details?.cached_tokens ?? 0;
  return sumUsage({ input: Math.max(0, u.prompt_tokens - cached), output: u.completion_tokens, cacheRead: cached, cacheWrite: 0 });
}

function stopReason(finish: string | null | undefined, hasCalls: boolean): StopReason {
  if (hasCalls || finish === "tool_calls" || finish === "function_call") return "toolUse";
  if (finish === "length") return "length";
  if (finish === "content_filter") return "refusal";
  return "stop";
}

function body(request: ProviderRequest) {
  const { model } = request;
  return {
    model: model.modelId,
    messages: [{ role: "system" as const, content: request.system }, ...request.messages.map(({ native: _native, ...m }) => m as OpenAI.Chat.Completions.ChatCompletionMessageParam)],
    max_tokens: model.maxTokens,
    ...(request.tools.length ? { tools: request.tools.map((t) => ({ type: "function" as const, function: { name: t.name, description: t.description, parameters: t.parameters } })) } : {}),
  };
}

export function openAiCompletions(client: OpenAI): ModelProvider {
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
  const stream = await client.chat.completions.create({ ...body(request), stream: true, stream_options: { include_usage: true } }, { signal: request.signal });
  let text = "";
  let finish: string | null = null;
  let usage: TokenUsage | undefined;
  const calls: Array<{ id: string; name: string; arguments: string }> = [];
  for await (const chunk of stream) {
    if (chunk.usage) usage = usageOf(chunk.usage);
    const choice = chunk.choices?.[0];
    if (!choice) continue;
    const delta = choice.delta;
    if (delta?.content) {
      text += delta.content;
      request.onDelta(delta.content);
    }
    for (const part of delta?.tool_calls ?? []) {
      const call = (calls[part.index] ??= { id: "", name: "", arguments: "" });
      if (part.id) call.id = part.id;
      if (part.function?.name) call.name = part.function.name; // some servers repeat the name in every delta
      if (part.function?.arguments) call.arguments += part.function.arguments;
    }
    if (choice.finish_reason) finish = choice.finish_reason;
  }
  // The SDK's stream ends quietly when aborted: a cut-off answer must not pass for a finished one.
  request.signal.throwIfAborted();
  const toolCalls = calls.filter(Boolean).map((c, i) => ({ ...c, id: c.id || `call_${i}` }));
  return { text, toolCalls, stopReason: stopReason(finish, toolCalls.length > 0), ...(usage ? { usage } : {}) };
}

async function once(client: OpenAI, request: ProviderRequest): Promise<ProviderResult> {
  const completion = await client.chat.completions.create(body(request), { signal: request.signal });
  const choice = completion.choices?.[0];
  const text = choice?.message?.content ?? "";
  if (text) request.onDelta(text);
  const toolCalls = (choice?.message?.tool_calls ?? [])
    .filter((c): c is OpenAI.Chat.Completions.ChatCompletionMessageFunctionToolCall => c.type === "function")
    .map((c, i) => ({ id: c.id || `call_${i}`, name: c.function.name, arguments: c.function.arguments ?? "" }));
  return { text, toolCalls, stopReason: stopReason(choice?.finish_reason, toolCalls.length > 0), ...(completion.usage ? { usage: usageOf(completion.usage) } : {}) };
}
