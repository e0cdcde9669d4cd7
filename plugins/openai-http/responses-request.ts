/**
 * Validates a `/v1/responses` body: `input` (a string, or items: messages with role system/developer/user/
 * assistant, `function_call`, `function_call_output`; `reasoning` and `item_reference` are skipped),
 * `instructions`, `user`, `stream`. Client `tools`, `previous_response_id` and sampling fields are ignored.
 */
import { contentText, type Conversation } from "./conversation.js";
import { invalidRequest } from "./http-io.js";
import { isObject, optionalBoolean, optionalString } from "./fields.js";

export interface ResponsesRequest {
  model: string;
  stream: boolean;
  user?: string;
  instructions?: string;
  conversation: Conversation;
}

const SKIPPED_ITEMS = ["reasoning", "item_reference"];

function addItem(conversation: Conversation, item: unknown, where: string): void {
  if (!isObject(item)) throw invalidRequest(`${where} must be an input item object`);
  const type = item.type ?? (item.role !== undefined ? "message" : undefined);
  if (type === "message") {
    const text = contentText(item.content, where);
    if (item.role === "system" || item.role === "developer") conversation.system.push(text);
    else if (item.role === "user" || item.role === "assistant") conversation.entries.push({ role: item.role, text });
    else throw invalidRequest(`${where}.role must be one of system, developer, user, assistant`);
  } else if (type === "function_call") {
    conversation.entries.push({ role: "assistant", text: `called tool ${String(item.name ?? "?")}(${String(item.arguments ?? "")})` });
  } else if (type === "function_call_output") {
    const text = typeof item.output === "string" ? item.output : contentText(item.output, `${where}.output`);
    conversation.entries.push({ role: "tool", text, ...(typeof item.call_id === "string" ? { label: item.call_id } : {}) });
  } else if (typeof type === "string" && SKIPPED_ITEMS.includes(type)) {
    return;
  } else {
    throw invalidRequest(`${where}: input item type ${JSON.stringify(type ?? null)} is not supported (use message, function_call or function_call_output)`, "unsupported_input");
  }
}

export function parseResponsesRequest(body: unknown): ResponsesRequest {
  if (!isObject(body)) throw invalidRequest("the request body must be a JSON object with `input`");
  const instructions = optionalString(body, "instructions");
  const conversation: Conversation = { system: instructions ? [instructions] : [], entries: [] };
  const input = body.input;
  if (typeof input === "string") conversation.entries.push({ role: "user", text: input });
  else if (Array.isArray(input)) input.forEach((item, i) => addItem(conversation, item, `input[${i}]`));
  else if (input !== undefined && input !== null) throw invalidRequest("`input` must be a string or an array of input items");
  return {
    model: optionalString(body, "model") || "openclaw",
    stream: optionalBoolean(body, "stream"),
    user: optionalString(body, "user"),
    ...(instructions ? { instructions } : {}),
    conversation,
  };
}
