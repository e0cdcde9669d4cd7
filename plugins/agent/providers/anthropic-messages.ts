/**
 * "anthropic-messages": Claude through the official `@anthropic-ai/sdk`. The system prompt is the top-level
 * `system` field, `max_tokens` comes from the model entry, tools are `tool_use` → `tool_result` round trips,
 * text and thinking stream as deltas, and prompt caching marks the stable prefix (system, tool definitions,
 * older turns) with `cache_control`.
 */
import type Anthropic from "@anthropic-ai/sdk";
import { mapProviderError } from "../provider-errors.js";
import { sumUsage, type ModelProvider, type ProviderRequest, type ProviderResult, type StopReason, type TokenUsage, type TurnMessage } from "./types.js";

type MessageParam = Anthropic.MessageParam;
type ContentBlockParam = Anthropic.ContentBlockParam;
type Usage = { input_tokens?: number | null; output_tokens?: number | null; cache_read_input_tokens?: number | null; cache_creation_input_tokens?: number | null };

const API = "anthropic-messages";
const EPHEMERAL = { type: "ephemeral" } as const;
/** Thinking is asked for (on models marked `reasoning: true`) with this share of max_tokens as its budget. */
const MIN_THINKING_BUDGET = 1024;

function stopReason(reason: string | null | undefined): StopReason {
  switch (reason) {
    case "tool_use":
      return "toolUse";
    case "max_tokens":
    case "model_context_window_exceeded":
      return "length";
    case "refusal":
      return "refusal";
    default:
      return "stop"; // end_turn, stop_sequence, pause_turn
  }
}

function parseArgs(text: string): Record<string, unknown> {
  try {
    const value = text.trim() ? (JSON.parse(text) as unknown) : {};
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) return content.map((p: { text?: string }) => p.text ?? "").join("");
  return "";
}

/** Our neutral messages → Anthropic turns: tool results become user `tool_result` blocks, same-role neighbours merge. */
export function toAnthropicMessages(messages: readonly TurnMessage[]): MessageParam[] {
  const out: MessageParam[] = [];
  const push = (role: "user" | "assistant", blocks: ContentBlockParam[]) => {
    if (!blocks.length) return;
    const last = out.at(-1);
    if (last && last.role === role) (last.content as ContentBlockParam[]).push(...blocks);
    else out.push({ role, content: blocks });
  };
  for (const m of messages) {
    if (m.role === "user") {
      const text = textOf(m.content);
      if (text) push("user", [{ type: "text", text }]);
    } else if (m.role === "assistant") {
      if (m.native?.api === API) {
        push("assistant", m.native.content as ContentBlockParam[]);
        continue;
      }
      const blocks: ContentBlockParam[] = [];
      const text = textOf(m.content);
      if (text) blocks.push({ type: "text", text });
      for (const call of m.tool_calls ?? []) {
        if (call.type === "function") blocks.push({ type: "tool_use", id: call.id, name: call.function.name, input: parseArgs(call.function.arguments) });
      }
      push("assistant", blocks);
    } else if (m.role === "tool") {
      push("user", [{ type: "tool_result", tool_use_id: m.tool_call_id, content: textOf(m.content) }]);
    }
  }
  return out;
}

/** Marks the last block of the stable prefix (older turns) as a cache breakpoint. */
function markPrefix(messages: MessageParam[], stableMessages: number): void {
  const index = stableMessages - 1;
  if (index < 0 || index >= messages.length) return;
  const content = messages[index].content;
  const last = Array.isArray(content) ? content.at(-1) : undefined;
  if (last && last.type !== "thinking" && last.type !== "redacted_thinking") (last as { cache_control?: unknown }).cache_control = EPHEMERAL;
}

export function anthropicRequest(request: ProviderRequest): Anthropic.MessageCreateParamsNonStreaming {
  const { model } = request;
  // The prefix count is in neutral messages; convert that prefix alone to find where it ends in Anthropic turns.
  const messages = toAnthropicMessages(request.messages);
  markPrefix(messages, toAnthropicMessages(request.messages.slice(0, request.stablePrefix)).length);
  const tools: Anthropic.Tool[] = request.tools.map((t) => ({ name: t.name, description: t.description, input_schema: t.parameters as Anthropic.Tool["input_schema"] }));
  if (tools.length) tools[tools.length - 1].cache_control = EPHEMERAL;
  const thinking = model.entry?.reasoning && model.maxTokens > MIN_THINKING_BUDGET + 1 ? { type: "enabled" as const, budget_tokens: Math.max(MIN_THINKING_BUDGET, Math.floor(model.maxTokens / 2)) } : undefined;
  return {
    model: model.modelId,
    max_tokens: model.maxTokens,
    system: [{ type: "text", text: request.system, cache_control: EPHEMERAL }],
    messages,
    ...(tools.length ? { tools } : {}),
    ...(thinking ? { thinking } : {}),
  };
}

function usageOf(u: Usage): TokenUsage {
  return sumUsage({ input: u.input_tokens ?? 0, output: u.output_tokens ?? 0, cacheRead: u.cache_read_input_tokens ?? 0, cacheWrite: u.cache_creation_input_tokens ?? 0 });
}

/** The assistant's content blocks as they must be sent back (thinking blocks keep their signatures). */
type Block = { type: string; text?: string; thinking?: string; signature?: string; data?: string; id?: string; name?: string; input?: unknown; json?: string };

function finish(blocks: Block[], reason: string | null | undefined, usage: Usage): ProviderResult {
  const toolCalls = blocks.filter((b) => b.type === "tool_use").map((b) => ({ id: b.id ?? "", name: b.name ?? "", arguments: b.json ?? JSON.stringify(b.input ?? {}) }));
  const native = blocks.map(({ json, ...b }) => (b.type === "tool_use" ? { ...b, input: json !== undefined ? parseArgs(json) : (b.input ?? {}) } : b));
  const hasThinking = blocks.some((b) => b.type === "thinking" || b.type === "redacted_thinking");
  return {
    text: blocks.filter((b) => b.type === "text").map((b) => b.text ?? "").join(""),
    toolCalls,
    stopReason: toolCalls.length ? "toolUse" : stopReason(reason),
    usage: usageOf(usage),
    // Signed thinking must go back unchanged with its tool results; without thinking our neutral form is enough.
    ...(hasThinking ? { native: { api: API, content: native } } : {}),
  };
}

export function anthropicMessages(client: Anthropic): ModelProvider {
  return {
    async call(request) {
      try {
        return request.streaming ? await streamed(client, request) : await once(client, request);
      } catch (err) {
        throw mapProviderError(err, request.model);
      }
    },
    async listModels(signal) {
      const out: Array<{ id: string; name?: string }> = [];
      for await (const m of client.models.list({ limit: 100 }, { signal })) out.push({ id: m.id, name: m.display_name });
      return out;
    },
  };
}

async function streamed(client: Anthropic, request: ProviderRequest): Promise<ProviderResult> {
  const stream = await client.messages.create({ ...anthropicRequest(request), stream: true }, { signal: request.signal });
  const blocks: Block[] = [];
  const usage: Usage = {};
  let reason: string | null | undefined;
  for await (const event of stream) {
    switch (event.type) {
      case "message_start":
        Object.assign(usage, event.message.usage);
        break;
      case "content_block_start": {
        const b = event.content_block as Block;
        blocks[event.index] = b.type === "tool_use" ? { type: "tool_use", id: b.id, name: b.name, json: "" } : { ...b };
        if (b.type === "text" && b.text) request.onDelta(b.text);
        break;
      }
      case "content_block_delta": {
        const block = blocks[event.index];
        const d = event.delta;
        if (!block) break;
        if (d.type === "text_delta") {
          block.text = (block.text ?? "") + d.text;
          request.onDelta(d.text);
        } else if (d.type === "thinking_delta") {
          block.thinking = (block.thinking ?? "") + d.thinking;
          request.onThinking(d.thinking);
        } else if (d.type === "signature_delta") {
          block.signature = (block.signature ?? "") + d.signature;
        } else if (d.type === "input_json_delta") {
          block.json = (block.json ?? "") + d.partial_json;
        }
        break;
      }
      case "message_delta":
        reason = event.delta.stop_reason;
        // message_delta carries cumulative output (and, on some proxies, input) counts.
        for (const [k, v] of Object.entries(event.usage ?? {})) if (typeof v === "number") (usage as Record<string, number>)[k] = v;
        break;
      default:
        break;
    }
  }
  request.signal.throwIfAborted();
  return finish(blocks.filter(Boolean), reason, usage);
}

async function once(client: Anthropic, request: ProviderRequest): Promise<ProviderResult> {
  const message = await client.messages.create(anthropicRequest(request), { signal: request.signal });
  const blocks = message.content as unknown as Block[];
  const result = finish(blocks, message.stop_reason, message.usage);
  if (result.text) request.onDelta(result.text);
  return result;
}
