/** `message.action` params and result, field names as upstream's message actions use them. */
import { Type } from "../../core/sdk/plugin.js";

const closed = { additionalProperties: false } as const;
const NonEmpty = Type.String({ minLength: 1 });

/** Routing hints a caller may pass; this gateway reads none of them but accepts them as upstream does. */
const ToolContext = Type.Object({
  currentChannelId: Type.Optional(Type.String()),
  currentMessagingTarget: Type.Optional(Type.String()),
  currentGraphChannelId: Type.Optional(Type.String()),
  currentChannelProvider: Type.Optional(Type.String()),
  currentThreadTs: Type.Optional(Type.String()),
  currentMessageId: Type.Optional(Type.Union([Type.String(), Type.Number()])),
  replyToMode: Type.Optional(Type.Union([Type.Literal("off"), Type.Literal("first"), Type.Literal("all"), Type.Literal("batched")])),
  hasRepliedRef: Type.Optional(Type.Object({ value: Type.Boolean() }, closed)),
  sameChannelThreadRequired: Type.Optional(Type.Boolean()),
  skipCrossContextDecoration: Type.Optional(Type.Boolean()),
}, closed);

const Reply = Type.Union([
  Type.Object({ replyToId: NonEmpty, source: Type.Literal("explicit") }, closed),
  Type.Object({ replyToId: NonEmpty, source: Type.Literal("implicit"), mode: Type.Union([Type.Literal("first"), Type.Literal("all")]) }, closed),
]);

export const MessageActionParams = Type.Object({
  channel: NonEmpty,
  /** "send" here; other upstream actions (react, edit, delete, poll, …) are refused by name. */
  action: NonEmpty,
  /** The action's own arguments: for send `target` (or `to`), `message`, `media`/`mediaUrl`/`mediaUrls`, `threadId`, `accountId`. */
  params: Type.Record(Type.String(), Type.Unknown()),
  reply: Type.Optional(Reply),
  accountId: Type.Optional(Type.String()),
  requesterAccountId: Type.Optional(Type.String()),
  requesterSenderId: Type.Optional(Type.String()),
  senderIsOwner: Type.Optional(Type.Boolean()),
  sessionKey: Type.Optional(Type.String()),
  sessionId: Type.Optional(Type.String()),
  inboundTurnKind: Type.Optional(Type.Union([Type.Literal("user_request"), Type.Literal("room_event")])),
  agentId: Type.Optional(Type.String()),
  toolContext: Type.Optional(ToolContext),
  conversationReadOrigin: Type.Optional(Type.Literal("direct-operator")),
  idempotencyKey: NonEmpty,
}, closed);

/** What a send delivered (the same facts as the `send` method's result, plus upstream's delivery fields). */
export const MessageActionResult = Type.Object({
  ok: Type.Boolean(),
  action: Type.String(),
  channel: Type.String(),
  accountId: Type.String(),
  to: Type.String(),
  messageId: Type.String(),
  chatId: Type.String(),
  messageIds: Type.Optional(Type.Array(Type.String())),
  deliveryStatus: Type.Literal("sent"),
  runId: Type.String(),
});
