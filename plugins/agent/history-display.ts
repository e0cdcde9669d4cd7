/**
 * Transcript messages as chat.history and chat.startup send them: each carries upstream's `__openclaw`
 * metadata block with the run that wrote it, and a user message also the `idempotencyKey` of the
 * chat.send / agent call that sent it (here the run id IS that key). The official Control UI matches
 * a message it sent against this key to confirm delivery after a reload or reconnect; without it the
 * message stays marked "waiting for reconnect".
 */
import type { TranscriptMessage } from "./contract.js";

export interface DisplayMessage extends TranscriptMessage {
  __openclaw?: { runId: string; idempotencyKey?: string };
}

export function toDisplayMessages(messages: readonly TranscriptMessage[]): DisplayMessage[] {
  return messages.map((m) => (m.runId ? { ...m, __openclaw: { runId: m.runId, ...(m.role === "user" ? { idempotencyKey: m.runId } : {}) } } : m));
}
