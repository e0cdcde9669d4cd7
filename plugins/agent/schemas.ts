/** Param schemas of the agent plugin's methods (protocol 3 and 4 field sets; unknown fields are refused). */
import { Type, type Static } from "../../core/sdk/plugin.js";

const closed = { additionalProperties: false } as const;
const IdempotencyKey = Type.String({ minLength: 1, maxLength: 256 });
const SessionKey = Type.String({ minLength: 1, maxLength: 512 });
const Attachment = Type.Object(
  { type: Type.Optional(Type.String()), mimeType: Type.Optional(Type.String()), fileName: Type.Optional(Type.String()), content: Type.Optional(Type.String()) },
  closed,
);

export const AgentParams = Type.Object(
  {
    message: Type.String({ minLength: 1 }),
    agentId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    to: Type.Optional(Type.String()),
    replyTo: Type.Optional(Type.String()),
    sessionId: Type.Optional(Type.String()),
    sessionKey: Type.Optional(SessionKey),
    thinking: Type.Optional(Type.String()),
    deliver: Type.Optional(Type.Boolean()),
    attachments: Type.Optional(Type.Array(Attachment, { maxItems: 32 })),
    channel: Type.Optional(Type.String()),
    replyChannel: Type.Optional(Type.String()),
    accountId: Type.Optional(Type.String()),
    replyAccountId: Type.Optional(Type.String()),
    threadId: Type.Optional(Type.String()),
    groupId: Type.Optional(Type.String()),
    groupChannel: Type.Optional(Type.String()),
    groupSpace: Type.Optional(Type.String()),
    /** Seconds. */
    timeout: Type.Optional(Type.Integer({ minimum: 0, maximum: 86_400 })),
    bestEffortDeliver: Type.Optional(Type.Boolean()),
    lane: Type.Optional(Type.String()),
    extraSystemPrompt: Type.Optional(Type.String()),
    inputProvenance: Type.Optional(Type.Unknown()),
    voiceWakeTrigger: Type.Optional(Type.String()),
    idempotencyKey: IdempotencyKey,
    label: Type.Optional(Type.String()),
    spawnedBy: Type.Optional(Type.String()),
    provider: Type.Optional(Type.String()),
    model: Type.Optional(Type.String()),
    promptMode: Type.Optional(Type.String()),
  },
  closed,
);
export type AgentParams = Static<typeof AgentParams>;

export const AgentWaitParams = Type.Object({ runId: Type.String({ minLength: 1 }), timeoutMs: Type.Optional(Type.Integer({ minimum: 0, maximum: 86_400_000 })) }, closed);
export type AgentWaitParams = Static<typeof AgentWaitParams>;

export const ChatSendParams = Type.Object(
  {
    sessionKey: SessionKey,
    /** The agent a short sessionKey (e.g. "main") belongs to. */
    agentId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    /** The session generation the sender is looking at: refused when the session was reset since. */
    sessionId: Type.Optional(Type.String({ minLength: 1 })),
    message: Type.String(),
    thinking: Type.Optional(Type.String()),
    deliver: Type.Optional(Type.Boolean()),
    attachments: Type.Optional(Type.Array(Attachment, { maxItems: 32 })),
    timeoutMs: Type.Optional(Type.Integer({ minimum: 0, maximum: 86_400_000 })),
    idempotencyKey: IdempotencyKey,
  },
  closed,
);
export type ChatSendParams = Static<typeof ChatSendParams>;

/**
 * Upstream's chat.history fields. Beyond sessionKey and limit they page and trim upstream's richer history
 * (cursors, pending inputs); here they are accepted and the newest messages are answered.
 */
export const ChatHistoryFields = {
  sessionKey: SessionKey,
  agentId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  cursor: Type.Optional(Type.String()),
  maxBytes: Type.Optional(Type.Integer({ minimum: 1024 })),
  offset: Type.Optional(Type.Integer({ minimum: 0 })),
  pendingBefore: Type.Optional(Type.Integer({ minimum: 1 })),
  inputRunIds: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 256 }), { minItems: 1, maxItems: 50, uniqueItems: true })),
  messageId: Type.Optional(Type.String({ minLength: 1 })),
  sessionId: Type.Optional(Type.String({ minLength: 1 })),
  maxChars: Type.Optional(Type.Integer({ minimum: 1, maximum: 500_000 })),
};
export const ChatHistoryParams = Type.Object(ChatHistoryFields, closed);
export type ChatHistoryParams = Static<typeof ChatHistoryParams>;

export const ChatAbortParams = Type.Object({ sessionKey: SessionKey, agentId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })), runId: Type.Optional(Type.String({ minLength: 1 })) }, closed);
export type ChatAbortParams = Static<typeof ChatAbortParams>;

// Result and event payload schemas: what the handlers return and the plugin emits (open objects:
// clients ignore fields they do not know, so later additions are not breaking).

/** A transcript message as chat.history and `chat` events carry it. */
export const ChatMessage = Type.Object({
  role: Type.String(),
  content: Type.Optional(Type.Union([Type.String(), Type.Array(Type.Object({ type: Type.String(), text: Type.Optional(Type.String()) }))])),
  timestamp: Type.Optional(Type.Number()),
  /** Upstream's message metadata (chat.history): the run that wrote it; on a user message the idempotencyKey it was sent with. */
  __openclaw: Type.Optional(Type.Object({ runId: Type.Optional(Type.String()), idempotencyKey: Type.Optional(Type.String()) })),
});
export type ChatMessage = Static<typeof ChatMessage>;

/** `agent`: the second response (the first is the `{runId, status: "accepted", acceptedAt}` ack). */
export const AgentResult = Type.Object({
  runId: Type.String(),
  status: Type.String(),
  summary: Type.String(),
  result: Type.Object({
    payloads: Type.Array(Type.Object({ text: Type.String() })),
    meta: Type.Object({
      durationMs: Type.Number(),
      /** Why the model stopped: "stop", "length" (max_tokens), "toolUse" (tool steps ran out), "refusal". */
      stopReason: Type.Optional(Type.String()),
      agentMeta: Type.Object({
        agentId: Type.String(),
        sessionId: Type.String(),
        sessionKey: Type.String(),
        provider: Type.Optional(Type.String()),
        model: Type.String(),
        /** Tokens of the whole turn (`input` excludes cached input); `cost` in USD when the model has a price. */
        usage: Type.Optional(
          Type.Object({
            input: Type.Number(),
            output: Type.Number(),
            cacheRead: Type.Number(),
            cacheWrite: Type.Number(),
            total: Type.Number(),
            cost: Type.Optional(Type.Object({ input: Type.Number(), output: Type.Number(), cacheRead: Type.Number(), cacheWrite: Type.Number(), total: Type.Number() })),
          }),
        ),
      }),
    }),
  }),
});

export const AgentWaitResult = Type.Object({
  runId: Type.String(),
  status: Type.Union([Type.Literal("running"), Type.Literal("ok"), Type.Literal("error"), Type.Literal("timeout")]),
  startedAt: Type.Optional(Type.Number()),
  endedAt: Type.Optional(Type.Number()),
  error: Type.Optional(Type.String()),
});

const AbortResult = Type.Object({ ok: Type.Boolean(), aborted: Type.Boolean(), runIds: Type.Array(Type.String()) });

/** `chat.send`: started (or in flight, or a replayed outcome), or the abort answer of `/stop`. */
export const ChatSendResult = Type.Union([
  Type.Object({ runId: Type.String(), status: Type.Union([Type.Literal("started"), Type.Literal("in_flight"), Type.Literal("ok"), Type.Literal("error")]), summary: Type.Optional(Type.String()) }),
  AbortResult,
]);

export const ChatHistoryResult = Type.Object({ sessionKey: Type.String(), sessionId: Type.Optional(Type.String()), messages: Type.Array(ChatMessage) });
export const ChatAbortResult = AbortResult;

/** `agent` event: one streamed step of a run (lifecycle, assistant text, tool call). */
export const AgentEventPayload = Type.Object({
  runId: Type.String(),
  seq: Type.Integer(),
  stream: Type.String(),
  ts: Type.Number(),
  sessionKey: Type.String(),
  data: Type.Record(Type.String(), Type.Unknown()),
});

/** `chat` event: the WebChat view of a run (deltas, then final / aborted / error). */
export const ChatEventPayload = Type.Object({
  runId: Type.String(),
  sessionKey: Type.String(),
  seq: Type.Integer(),
  state: Type.Union([Type.Literal("delta"), Type.Literal("final"), Type.Literal("aborted"), Type.Literal("error")]),
  message: Type.Optional(ChatMessage),
  deltaText: Type.Optional(Type.String()),
  errorMessage: Type.Optional(Type.String()),
});
export type ChatEventPayload = Static<typeof ChatEventPayload>;
