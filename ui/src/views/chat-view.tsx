/** WebChat: history on open, chat.send with an idempotency key, streamed replies, Stop → chat.abort. */
import { useEffect, useRef, useState } from "preact/hooks";
import { errorText } from "../controller";
import { useAppState, useController } from "../hooks";
import { uuid } from "../format";
import { applyChatEvent, fromHistory, type ChatLine } from "../chat-state";
import type { ChatEvent, ChatMessage } from "../protocol";

export const SESSION_KEY = "agent:main:main";

export function ChatView() {
  const c = useController();
  const { epoch, status } = useAppState();
  const [lines, setLines] = useState<ChatLine[]>([]);
  const [input, setInput] = useState("");
  const [runId, setRunId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const logRef = useRef<HTMLOListElement>(null);
  /** Runs whose end was seen, updated synchronously: chat.send's answer can arrive after the final event. */
  const finished = useRef(new Set<string>());
  const available = c.has("chat.send");
  const connected = status.phase === "connected";

  useEffect(() => {
    if (!available || !connected) return;
    let live = true;
    c.request<{ messages?: ChatMessage[] }>("chat.history", { sessionKey: SESSION_KEY, limit: 200 })
      .then((h) => live && setLines(fromHistory(h.messages ?? [])))
      .catch((err: unknown) => live && setError(`Could not load the history: ${errorText(err)}`));
    return () => void (live = false);
  }, [c, epoch, available, connected]);

  useEffect(
    () =>
      c.on("chat", (payload) => {
        const ev = payload as ChatEvent;
        if (ev.sessionKey !== SESSION_KEY) return;
        setLines((prev) => applyChatEvent(prev, ev));
        if (ev.state !== "delta") {
          finished.current.add(ev.runId);
          setRunId((current) => (current === ev.runId ? null : current));
        }
      }),
    [c],
  );

  useEffect(() => {
    const el = logRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [lines]);

  const send = async () => {
    const message = input.trim();
    if (!message || runId) return;
    setError(null);
    setInput("");
    setLines((prev) => [...prev, { id: `u-${uuid()}`, role: "user", text: message, state: "done" }]);
    try {
      const res = await c.request<{ runId: string }>("chat.send", { sessionKey: SESSION_KEY, message, idempotencyKey: uuid() });
      if (!finished.current.has(res.runId)) setRunId(res.runId);
    } catch (err) {
      setError(`Not sent: ${errorText(err)}`);
    }
  };

  const stop = async () => {
    if (!runId) return;
    try {
      await c.request("chat.abort", { sessionKey: SESSION_KEY, runId });
    } catch (err) {
      setError(`Could not stop: ${errorText(err)}`);
    }
  };

  return (
    <section class="card wide chat" aria-labelledby="chat-title">
      <h2 id="chat-title">WebChat</h2>
      {!available ? (
        <p class="muted">WebChat needs the agent plugin, which is not running.</p>
      ) : (
        <>
          <p class="hint">
            Session <code>{SESSION_KEY}</code>
          </p>
          <ol class="transcript" ref={logRef} role="log" aria-live="polite" aria-label="Conversation" tabIndex={0}>
            {lines.length === 0 && <li class="muted">No messages yet.</li>}
            {lines.map((l) => (
              <li key={l.id} class={`msg ${l.role} ${l.state ?? ""}`} data-state={l.state}>
                <span class="who">{l.role === "user" ? "You" : l.role === "assistant" ? "Agent" : "System"}</span>
                <span class="text">{l.text}</span>
                {l.state === "aborted" && <span class="note">(stopped)</span>}
                {l.state === "error" && <span class="note error">{l.error}</span>}
              </li>
            ))}
          </ol>
          <form
            class="composer"
            onSubmit={(e) => {
              e.preventDefault();
              void send();
            }}
          >
            <label for="chat-input" class="sr-only">
              Message
            </label>
            <textarea
              id="chat-input"
              rows={2}
              placeholder="Message the agent (Enter sends, Shift+Enter for a new line)"
              value={input}
              disabled={!connected}
              onInput={(e) => setInput(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
                  e.preventDefault();
                  void send();
                }
              }}
            />
            {runId ? (
              <button type="button" class="danger" onClick={() => void stop()}>
                Stop
              </button>
            ) : (
              <button type="submit" disabled={!connected || !input.trim()}>
                Send
              </button>
            )}
          </form>
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
        </>
      )}
    </section>
  );
}
