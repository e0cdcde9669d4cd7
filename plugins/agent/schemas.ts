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

export const ChatHistoryParams = Type.Object({ sessionKey: SessionKey, limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })) }, closed);
export type ChatHistoryParams = Static<typeof ChatHistoryParams>;

export const ChatAbortParams = Type.Object({ sessionKey: SessionKey, runId: Type.Optional(Type.String({ minLength: 1 })) }, closed);
export type ChatAbortParams = Static<typeof ChatAbortParams>;
