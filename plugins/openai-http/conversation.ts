/**
 * The OpenAI request's conversation, reduced to what the agent takes: one message for this turn and an extra
 * system prompt. Earlier turns the client sent are flattened into the message with sender labels, but only
 * when the gateway keeps no history for the session itself (a fresh per-request session, or the first call
 * on a `user` / session-key session); otherwise the stored transcript already holds them.
 */
import { invalidRequest } from "./http-io.js";

export interface ConversationEntry {
  role: "user" | "assistant" | "tool";
  text: string;
  /** e.g. the tool call id of a tool result. */
  label?: string;
}

export interface Conversation {
  /** system / developer messages and `instructions`, in order. */
  system: string[];
  entries: ConversationEntry[];
}

export interface Turn {
  /** The current message (the last user or tool entry). */
  current: ConversationEntry;
  earlier: ConversationEntry[];
  extraSystemPrompt?: string;
}

/** Splits off the current turn; `field` names the request field in the "missing" error (`messages` / `input`). */
export function splitTurn(conversation: Conversation, field: string): Turn {
  let i = conversation.entries.length - 1;
  while (i >= 0 && conversation.entries[i].role === "assistant") i--;
  const current = conversation.entries[i];
  if (!current || !current.text.trim()) throw invalidRequest(`Missing user message in \`${field}\`.`);
  const system = conversation.system.filter((s) => s.trim()).join("\n\n");
  return { current, earlier: conversation.entries.slice(0, i), ...(system ? { extraSystemPrompt: system } : {}) };
}

function line(entry: ConversationEntry): string {
  if (entry.role === "user") return `User: ${entry.text}`;
  if (entry.role === "assistant") return `Assistant: ${entry.text}`;
  return `Tool result${entry.label ? ` (${entry.label})` : ""}: ${entry.text}`;
}

/** The agent's message for this turn; `withEarlier` adds the client's earlier turns as labelled context. */
export function composeMessage(turn: Turn, withEarlier: boolean): string {
  const current = turn.current.role === "user" ? turn.current.text : line(turn.current);
  if (!withEarlier || !turn.earlier.length) return current;
  return `[Earlier conversation, as sent by the client]\n${turn.earlier.map(line).join("\n")}\n\n[Current message]\n${current}`;
}

/** Text of OpenAI content: a string, null, or an array of text parts. Images and audio are refused. */
export function contentText(content: unknown, where: string): string {
  if (content === null || content === undefined) return "";
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) throw invalidRequest(`${where}.content must be a string or an array of content parts`);
  const texts: string[] = [];
  content.forEach((part: unknown, i) => {
    const p = part as { type?: unknown; text?: unknown; refusal?: unknown } | null;
    const at = `${where}.content[${i}]`;
    if (typeof p !== "object" || p === null || typeof p.type !== "string") throw invalidRequest(`${at} must be an object with a "type"`);
    if (p.type === "text" || p.type === "input_text" || p.type === "output_text") {
      if (typeof p.text !== "string") throw invalidRequest(`${at}.text must be a string`);
      texts.push(p.text);
    } else if (p.type === "refusal") {
      texts.push(typeof p.refusal === "string" ? p.refusal : "");
    } else if (p.type === "image_url" || p.type === "input_image") {
      throw invalidRequest(`image input is not supported yet (${at}); send text content only`, "unsupported_content");
    } else {
      throw invalidRequest(`${at}: content type "${p.type}" is not supported; send text content only`, "unsupported_content");
    }
  });
  return texts.join("\n");
}
