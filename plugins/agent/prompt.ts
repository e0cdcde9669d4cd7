/**
 * Builds the provider request's messages: system prompt, as much recent history as fits the model's context
 * budget (newest kept, cut only at a user turn so tool calls keep their results), then the new turn.
 */
import type { ChatMessage } from "./providers/types.js";
import type { ResolvedModel } from "./config.js";
import type { TranscriptMessage } from "./contract.js";

const BASE_PROMPT =
  "You are a personal assistant reached through the OpenClaw gateway (chat apps, the CLI, the web UI and an OpenAI-compatible API). " +
  "Answer helpfully and concisely. Use the tools you are given when they help; never claim to have done something a tool did not do.";

/** Rough token estimate (≈ 4 characters per token plus per-message overhead); good enough to stay under a window. */
export function estimateTokens(message: ChatMessage): number {
  const content = typeof message.content === "string" ? message.content : JSON.stringify(message.content ?? "");
  const calls = "tool_calls" in message && message.tool_calls ? JSON.stringify(message.tool_calls) : "";
  return Math.ceil((content.length + calls.length) / 4) + 4;
}

export function toChatMessage(m: TranscriptMessage): ChatMessage | undefined {
  const text = m.content.map((c) => c.text).join("");
  if (m.role === "user") return { role: "user", content: text };
  if (m.role === "assistant") {
    if (m.model === "offline") return undefined; // the built-in offline notice is not part of the conversation
    if (m.toolCalls?.length) {
      return { role: "assistant", content: text || null, tool_calls: m.toolCalls.map((c) => ({ id: c.id, type: "function" as const, function: { name: c.name, arguments: c.arguments } })) };
    }
    return { role: "assistant", content: text };
  }
  if (m.role === "tool" && m.toolCallId) return { role: "tool", tool_call_id: m.toolCallId, content: text };
  return undefined;
}

/** What a stored message costs in the model context (0 for what is never sent, like the offline notice). */
export function historyTokens(m: TranscriptMessage): number {
  const chat = toChatMessage(m);
  return chat ? estimateTokens(chat) : 0;
}

/** The most history any of these models could take: reading more of a transcript than this is never needed. */
export function historyBudget(models: readonly ResolvedModel[]): number {
  return Math.max(0, ...models.map((m) => m.contextWindow - m.maxTokens));
}

export interface PromptInput {
  model: ResolvedModel;
  history: readonly TranscriptMessage[];
  /** Messages of the current turn (the user message, then tool round trips of this run). */
  turn: readonly ChatMessage[];
  agentPrompt?: string;
  extraSystemPrompt?: string;
  toolTokens: number;
  /** Share of the history budget to use (0.5 on the retry after a context-length error). */
  historyShare?: number;
}

/** `messages[0]` is the system message; `historyCount` messages of older turns follow it (the stable prefix). */
export function buildMessages(input: PromptInput): { messages: ChatMessage[]; droppedHistory: number; historyCount: number } {
  const system = [BASE_PROMPT, input.agentPrompt, input.extraSystemPrompt].filter(Boolean).join("\n\n");
  const systemMessage: ChatMessage = { role: "system", content: system };
  let budget = input.model.contextWindow - input.model.maxTokens - input.toolTokens - estimateTokens(systemMessage);
  for (const m of input.turn) budget -= estimateTokens(m);
  budget = Math.floor(budget * (input.historyShare ?? 1));

  const history = withCompleteToolCalls(input.history.map(toChatMessage).filter((m): m is ChatMessage => m !== undefined));
  let start = history.length;
  let used = 0;
  for (let i = history.length - 1; i >= 0; i--) {
    used += estimateTokens(history[i]);
    if (used > budget) break;
    start = i;
  }
  // Never begin mid-exchange: a tool result without its call (or a reply without its question) confuses models.
  while (start < history.length && history[start].role !== "user") start++;
  return { messages: [systemMessage, ...history.slice(start), ...input.turn], droppedHistory: start, historyCount: history.length - start };
}

/**
 * Providers refuse a history where an assistant's tool call has no result (a crash or abort mid-turn can
 * leave one): such calls are dropped (the assistant's text, if any, is kept), and stray results with them.
 */
function withCompleteToolCalls(history: ChatMessage[]): ChatMessage[] {
  const out: ChatMessage[] = [];
  for (let i = 0; i < history.length; i++) {
    const m = history[i];
    if (m.role === "assistant" && m.tool_calls?.length) {
      const results = new Set<string>();
      for (let j = i + 1; j < history.length && history[j].role === "tool"; j++) results.add((history[j] as { tool_call_id: string }).tool_call_id);
      const complete = m.tool_calls.every((c) => results.has(c.id));
      if (complete) {
        out.push(m);
        continue;
      }
      if (typeof m.content === "string" && m.content) out.push({ role: "assistant", content: m.content });
      while (history[i + 1]?.role === "tool") i++; // their partial results go too
      continue;
    }
    if (m.role === "tool" && out.at(-1)?.role !== "tool" && !(out.at(-1)?.role === "assistant" && (out.at(-1) as { tool_calls?: unknown[] }).tool_calls)) continue;
    out.push(m);
  }
  return out;
}
