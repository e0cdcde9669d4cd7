/** The Responses API objects we send: the Response, its one assistant message item, usage and errors. */
import type { AgentUsage } from "../agent/contract.js";

export interface ResponseBase {
  id: string;
  createdAt: number;
  model: string;
  instructions?: string;
  user?: string;
}

export type ResponseStatus = "in_progress" | "completed" | "failed";

export const outputText = (text: string) => ({ type: "output_text", text, annotations: [] as unknown[] });

export function messageItem(id: string, status: "in_progress" | "completed", text: string | null) {
  return { type: "message", id, status, role: "assistant", content: text === null ? [] : [outputText(text)] };
}

export function usageOf(u: AgentUsage | undefined) {
  return {
    input_tokens: u?.promptTokens ?? 0,
    input_tokens_details: { cached_tokens: 0 },
    output_tokens: u?.completionTokens ?? 0,
    output_tokens_details: { reasoning_tokens: 0 },
    total_tokens: u?.totalTokens ?? 0,
  };
}

export function responseObject(
  base: ResponseBase,
  status: ResponseStatus,
  extra: { output?: unknown[]; usage?: ReturnType<typeof usageOf> | null; error?: { code: string; message: string } | null } = {},
) {
  return {
    id: base.id,
    object: "response",
    created_at: base.createdAt,
    status,
    error: extra.error ?? null,
    incomplete_details: null,
    instructions: base.instructions ?? null,
    max_output_tokens: null,
    model: base.model,
    output: extra.output ?? [],
    parallel_tool_calls: false,
    previous_response_id: null,
    store: false,
    temperature: null,
    text: { format: { type: "text" } },
    tool_choice: "none",
    tools: [],
    top_p: null,
    truncation: "disabled",
    usage: extra.usage ?? null,
    user: base.user ?? null,
    metadata: {},
  };
}
