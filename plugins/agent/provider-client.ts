/**
 * One streamed chat completion against an OpenAI-compatible provider ("openai-completions"), through the
 * official `openai` SDK (loaded on first use so start-up does not pay for it). Text deltas are reported as they
 * arrive; streamed tool-call fragments are assembled; usage is taken from the final chunk when reported.
 */
import type OpenAI from "openai";
import { mapProviderError } from "./provider-errors.js";
import type { ResolvedModel } from "./config.js";

export type ChatMessage = OpenAI.Chat.Completions.ChatCompletionMessageParam;
export type ChatTool = OpenAI.Chat.Completions.ChatCompletionTool;

export interface CompletionRequest {
  model: ResolvedModel;
  messages: ChatMessage[];
  tools?: ChatTool[];
  signal: AbortSignal;
  onDelta(delta: string): void;
  /** false: one complete response instead of a stream (less work when nobody watches the text arrive). */
  streaming?: boolean;
}

export interface CompletionResult {
  text: string;
  toolCalls: Array<{ id: string; name: string; arguments: string }>;
  finishReason: string | null;
  usage?: { promptTokens: number; completionTokens: number; totalTokens: number };
}

/** Caches one SDK client per provider config object (a reload brings new objects, hence new clients). */
export function createProviderClients(): (model: ResolvedModel) => Promise<OpenAI> {
  const clients = new WeakMap<object, OpenAI>();
  let sdk: Promise<typeof import("openai")> | undefined;
  return async (model) => {
    let client = clients.get(model.provider);
    if (!client) {
      const { default: OpenAIClient } = await (sdk ??= import("openai"));
      client = new OpenAIClient({
        baseURL: model.provider.baseUrl,
        // Local servers (Ollama, llama.cpp) need no key, but the SDK insists on one.
        apiKey: model.provider.apiKey || "no-key",
        defaultHeaders: model.provider.headers,
        maxRetries: 0, // fallbacks and the caller decide about retries
        timeout: (model.provider.timeoutSeconds ?? 600) * 1000,
      });
      clients.set(model.provider, client);
    }
    return client;
  };
}

export async function streamCompletion(client: OpenAI, request: CompletionRequest): Promise<CompletionResult> {
  if (request.streaming === false) return completeOnce(client, request);
  const { model } = request;
  const result: CompletionResult = { text: "", toolCalls: [], finishReason: null };
  try {
    const stream = await client.chat.completions.create(
      {
        model: model.modelId,
        messages: request.messages,
        stream: true,
        stream_options: { include_usage: true },
        max_tokens: model.maxTokens,
        ...(request.tools?.length ? { tools: request.tools } : {}),
      },
      { signal: request.signal },
    );
    const calls: Array<{ id: string; name: string; arguments: string }> = [];
    for await (const chunk of stream) {
      if (chunk.usage) {
        result.usage = { promptTokens: chunk.usage.prompt_tokens, completionTokens: chunk.usage.completion_tokens, totalTokens: chunk.usage.total_tokens };
      }
      const choice = chunk.choices?.[0];
      if (!choice) continue;
      const delta = choice.delta;
      if (delta?.content) {
        result.text += delta.content;
        request.onDelta(delta.content);
      }
      for (const part of delta?.tool_calls ?? []) {
        const call = (calls[part.index] ??= { id: "", name: "", arguments: "" });
        if (part.id) call.id = part.id;
        if (part.function?.name) call.name = part.function.name; // some servers repeat the name in every delta
        if (part.function?.arguments) call.arguments += part.function.arguments;
      }
      if (choice.finish_reason) result.finishReason = choice.finish_reason;
    }
    // The SDK's stream ends quietly when aborted: a cut-off answer must not pass for a finished one.
    request.signal.throwIfAborted();
    result.toolCalls = calls.filter(Boolean).map((c, i) => ({ ...c, id: c.id || `call_${i}` }));
    return result;
  } catch (err) {
    throw mapProviderError(err, model);
  }
}

async function completeOnce(client: OpenAI, request: CompletionRequest): Promise<CompletionResult> {
  const { model } = request;
  try {
    const completion = await client.chat.completions.create(
      {
        model: model.modelId,
        messages: request.messages,
        max_tokens: model.maxTokens,
        ...(request.tools?.length ? { tools: request.tools } : {}),
      },
      { signal: request.signal },
    );
    const choice = completion.choices?.[0];
    const text = choice?.message?.content ?? "";
    if (text) request.onDelta(text);
    const toolCalls = (choice?.message?.tool_calls ?? [])
      .filter((c): c is OpenAI.Chat.Completions.ChatCompletionMessageFunctionToolCall => c.type === "function")
      .map((c, i) => ({ id: c.id || `call_${i}`, name: c.function.name, arguments: c.function.arguments ?? "" }));
    const usage = completion.usage;
    return {
      text,
      toolCalls,
      finishReason: choice?.finish_reason ?? null,
      ...(usage ? { usage: { promptTokens: usage.prompt_tokens, completionTokens: usage.completion_tokens, totalTokens: usage.total_tokens } } : {}),
    };
  } catch (err) {
    throw mapProviderError(err, model);
  }
}
