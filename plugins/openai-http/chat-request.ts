/** Validates a `/v1/chat/completions` body and reduces its messages to a Conversation. Unknown fields are ignored. */
import { contentText, type Conversation } from "./conversation.js";
import { invalidRequest } from "./http-io.js";
import { isObject, optionalBoolean, optionalString } from "./fields.js";

export interface ChatRequest {
  /** Echoed in the answer; "openclaw" when the client sent none. */
  model: string;
  stream: boolean;
  includeUsage: boolean;
  user?: string;
  conversation: Conversation;
}

const ROLES = ["system", "developer", "user", "assistant", "tool", "function"];

function toolCallsText(calls: unknown): string {
  if (!Array.isArray(calls)) return "";
  return calls
    .map((c: { function?: { name?: unknown; arguments?: unknown } }) => `called tool ${String(c?.function?.name ?? "?")}(${String(c?.function?.arguments ?? "")})`)
    .join("\n");
}

export function parseChatRequest(body: unknown): ChatRequest {
  if (!isObject(body)) throw invalidRequest("the request body must be a JSON object with `messages`");
  const streamOptions = body.stream_options;
  if (streamOptions !== undefined && streamOptions !== null && !isObject(streamOptions)) throw invalidRequest("`stream_options` must be an object");
  const messages = body.messages ?? [];
  if (!Array.isArray(messages)) throw invalidRequest("`messages` must be an array of messages");
  const conversation: Conversation = { system: [], entries: [] };
  messages.forEach((m: unknown, i) => {
    const where = `messages[${i}]`;
    if (!isObject(m)) throw invalidRequest(`${where} must be an object with a role`);
    if (typeof m.role !== "string" || !ROLES.includes(m.role)) throw invalidRequest(`${where}.role must be one of ${ROLES.join(", ")}`);
    const text = contentText(m.content, where);
    if (m.role === "system" || m.role === "developer") conversation.system.push(text);
    else if (m.role === "user") conversation.entries.push({ role: "user", text });
    else if (m.role === "assistant") conversation.entries.push({ role: "assistant", text: [text, toolCallsText(m.tool_calls)].filter(Boolean).join("\n") });
    else {
      const label = typeof m.tool_call_id === "string" ? m.tool_call_id : typeof m.name === "string" ? m.name : undefined;
      conversation.entries.push({ role: "tool", text, ...(label ? { label } : {}) });
    }
  });
  return {
    model: optionalString(body, "model") || "openclaw",
    stream: optionalBoolean(body, "stream"),
    includeUsage: isObject(streamOptions) && streamOptions.include_usage === true,
    user: optionalString(body, "user"),
    conversation,
  };
}
