/**
 * Turns one run's stream into protocol events: `agent` (lifecycle/assistant/tool, per-run seq from 1;
 * protocol 3 gets cumulative `text`, protocol 4 also the `delta`) and `chat` (delta at most every 150 ms,
 * then final, aborted or error; protocol 4 deltas carry `deltaText`).
 */
import type { EventPayload, ProtocolVersion } from "../../core/sdk/plugin.js";
import type { AgentStreamEvent } from "./contract.js";

export const CHAT_DELTA_INTERVAL_MS = 150;

type Emit = (event: "agent" | "chat", payload: EventPayload) => void;

export class RunEvents {
  private agentSeq = 0;
  private chatSeq = 0;
  private text = "";
  /** Text already announced in a chat delta (protocol 4's deltaText is the part after it). */
  private chatSentLength = 0;
  private chatTimer: NodeJS.Timeout | undefined;
  private lastChatAt = 0;
  /** Set by finish(): a tool that ignores its signal cannot add events after the run's last one. */
  private finished = false;

  constructor(
    private readonly emit: Emit,
    private readonly runId: string,
    private readonly sessionKey: string,
    private readonly onEvent?: (event: AgentStreamEvent) => void,
  ) {}

  stream(event: AgentStreamEvent): void {
    if (this.finished) return;
    const seq = ++this.agentSeq;
    const base = { runId: this.runId, seq, stream: event.stream, ts: Date.now(), sessionKey: this.sessionKey };
    if (event.stream === "assistant") {
      const { text, delta } = event.data;
      this.text = text;
      this.emit("agent", (protocol: ProtocolVersion) => ({ ...base, data: protocol >= 4 ? { text, delta } : { text } }));
      this.scheduleChatDelta();
    } else {
      this.emit("agent", { ...base, data: event.data });
    }
    try {
      this.onEvent?.(event);
    } catch {
      // A caller's listener must not break the run.
    }
  }

  /** The final chat event of the run. `text` overrides the streamed text (e.g. a built-in reply). */
  finish(state: "final" | "aborted" | "error", options: { text?: string; errorMessage?: string } = {}): void {
    this.finished = true;
    clearTimeout(this.chatTimer);
    this.chatTimer = undefined;
    const text = options.text ?? this.text;
    const message = text ? this.message(text) : undefined;
    this.emit("chat", {
      runId: this.runId,
      sessionKey: this.sessionKey,
      seq: ++this.chatSeq,
      state,
      ...(message ? { message } : {}),
      ...(options.errorMessage ? { errorMessage: options.errorMessage } : {}),
    });
  }

  private message(text: string) {
    return { role: "assistant", content: [{ type: "text", text }], timestamp: Date.now() };
  }

  private scheduleChatDelta(): void {
    if (this.chatTimer) return;
    const wait = Math.max(0, this.lastChatAt + CHAT_DELTA_INTERVAL_MS - Date.now());
    this.chatTimer = setTimeout(() => this.flushChatDelta(), wait);
  }

  private flushChatDelta(): void {
    this.chatTimer = undefined;
    const text = this.text;
    if (text.length === this.chatSentLength) return;
    const deltaText = text.slice(this.chatSentLength);
    this.chatSentLength = text.length;
    this.lastChatAt = Date.now();
    const payload = { runId: this.runId, sessionKey: this.sessionKey, seq: ++this.chatSeq, state: "delta", message: this.message(text) };
    this.emit("chat", (protocol: ProtocolVersion) => (protocol >= 4 ? { ...payload, deltaText } : payload));
  }
}
