/**
 * The WebChat transcript as a pure reducer over `chat.history` and `chat` events. Streaming text comes
 * either as the cumulative `message` (protocol 3, and protocol 4 alongside the delta) or only as
 * `deltaText` (protocol 4): the cumulative text wins when present, else the delta is appended.
 */
import { messageText, type ChatEvent, type ChatMessage } from "./protocol";

export interface ChatLine {
  id: string;
  role: "user" | "assistant" | "system";
  text: string;
  runId?: string;
  state?: "streaming" | "done" | "aborted" | "error";
  error?: string;
  /** Last applied event seq of this run (older or repeated events are ignored). */
  seq?: number;
}

export function fromHistory(messages: ChatMessage[]): ChatLine[] {
  return messages
    .filter((m) => m.role === "user" || m.role === "assistant" || m.role === "system")
    .map((m, i) => ({ id: `h${i}`, role: m.role as ChatLine["role"], text: messageText(m) ?? "", state: "done" as const }));
}

export function isFinished(line: ChatLine | undefined): boolean {
  return line !== undefined && line.state !== "streaming";
}

export function applyChatEvent(lines: readonly ChatLine[], ev: ChatEvent): ChatLine[] {
  const i = lines.findIndex((l) => l.role === "assistant" && l.runId === ev.runId);
  const line: ChatLine = i >= 0 ? { ...lines[i] } : { id: `run-${ev.runId}`, role: "assistant", text: "", runId: ev.runId, state: "streaming" };
  if (typeof ev.seq === "number" && typeof line.seq === "number" && ev.seq <= line.seq) return [...lines];
  if (isFinished(line) && i >= 0) return [...lines]; // a late delta after the end changes nothing
  if (typeof ev.seq === "number") line.seq = ev.seq;
  const full = messageText(ev.message);
  switch (ev.state) {
    case "delta":
      line.text = full ?? line.text + (ev.deltaText ?? "");
      break;
    case "final":
      line.text = full ?? line.text;
      line.state = "done";
      break;
    case "aborted":
      line.text = full ?? line.text;
      line.state = "aborted";
      break;
    case "error":
      line.state = "error";
      line.error = ev.errorMessage ?? "the run failed";
      break;
  }
  const next = [...lines];
  if (i >= 0) next[i] = line;
  else next.push(line);
  return next;
}
