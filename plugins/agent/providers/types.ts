/**
 * The provider interface every wire API implements. The run loop keeps the conversation in one neutral form
 * (OpenAI chat-style messages, which the transcript already maps to) and each provider converts it to its
 * own request shape, streams the answer back as text/thinking deltas and returns tool calls, a normalised
 * stop reason and usage in upstream's field names.
 */
import type OpenAI from "openai";
import type { ResolvedModel } from "../config.js";

export type ChatMessage = OpenAI.Chat.Completions.ChatCompletionMessageParam;

/** An assistant message of the current turn may carry the provider's own blocks (e.g. signed thinking) to send back verbatim. */
export type TurnMessage = ChatMessage & { native?: { api: string; content: unknown } };

export interface ToolDefinition {
  name: string;
  description: string;
  /** JSON Schema of the arguments. */
  parameters: Record<string, unknown>;
}

/** Tokens of one provider call: `input` excludes cached input; `total` is the sum of all four. */
export interface TokenUsage {
  input: number;
  output: number;
  cacheRead: number;
  cacheWrite: number;
  total: number;
}

/** Why the model stopped, in upstream's words. */
export type StopReason = "stop" | "length" | "toolUse" | "refusal" | "error";

export interface ProviderRequest {
  model: ResolvedModel;
  system: string;
  /**
   * The conversation without the system prompt. `stablePrefix` messages (older turns) do not change within
   * the turn: providers with prompt caching mark the end of that prefix.
   */
  messages: TurnMessage[];
  stablePrefix: number;
  tools: ToolDefinition[];
  signal: AbortSignal;
  /** false: one complete response instead of a stream. */
  streaming: boolean;
  onDelta(delta: string): void;
  onThinking(delta: string): void;
}

export interface ProviderResult {
  text: string;
  toolCalls: Array<{ id: string; name: string; arguments: string }>;
  stopReason: StopReason;
  usage?: TokenUsage;
  /** The assistant content in the provider's own form, when it must be sent back as is (signed thinking blocks). */
  native?: { api: string; content: unknown };
}

/** One wire API. `call` throws a GatewayError mapped by provider-errors.ts (naming provider and model). */
export interface ModelProvider {
  call(request: ProviderRequest): Promise<ProviderResult>;
  /** Model ids the provider reports (`/v1/models`); throws when it cannot say. */
  listModels(signal: AbortSignal): Promise<Array<{ id: string; name?: string }>>;
}

export function sumUsage(u: Omit<TokenUsage, "total">): TokenUsage {
  return { ...u, total: u.input + u.output + u.cacheRead + u.cacheWrite };
}
