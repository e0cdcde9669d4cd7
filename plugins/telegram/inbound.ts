/** A Telegram `Message` → the host's InboundMessage (chat type, sender, text, mention of the bot). */
import type { Message, UserFromGetMe } from "grammy/types";
import type { InboundMessage } from "../channels/contract.js";

const MEDIA: Array<[keyof Message, string]> = [
  ["photo", "image"], ["video", "video"], ["animation", "video"], ["voice", "audio"], ["audio", "audio"],
  ["document", "document"], ["sticker", "sticker"], ["video_note", "video"],
];

export function toInbound(message: Message, me: UserFromGetMe, accountId: string): InboundMessage | undefined {
  const chatType = message.chat.type === "private" ? "direct" : message.chat.type === "group" || message.chat.type === "supergroup" ? "group" : undefined;
  if (!chatType) return undefined; // channel posts are not conversations
  if (message.from?.id === me.id) return undefined;
  const senderId = String(message.from?.id ?? message.sender_chat?.id ?? message.chat.id);
  const media = MEDIA.find(([key]) => message[key] !== undefined);
  const text = [message.text ?? message.caption, media ? `<media:${media[1]}>` : undefined].filter(Boolean).join("\n");
  if (!text) return undefined; // service messages (joins, pins, …)
  const from = message.from;
  const senderName = from ? [from.first_name, from.last_name].filter(Boolean).join(" ") || from.username : message.sender_chat && "title" in message.sender_chat ? message.sender_chat.title : undefined;
  return {
    accountId,
    chatId: String(message.chat.id),
    chatType,
    senderId,
    ...(senderName ? { senderName } : {}),
    messageId: String(message.message_id),
    text,
    ...(chatType === "group" ? { mentioned: mentionsBot(message, me) } : {}),
    timestamp: message.date * 1000,
    ...(message.is_topic_message && message.message_thread_id !== undefined ? { threadId: String(message.message_thread_id) } : {}),
  };
}

/** @username in the text or caption (also `/cmd@username`), a text mention of the bot, or a reply to one of its messages. */
export function mentionsBot(message: Message, me: UserFromGetMe): boolean {
  if (message.reply_to_message?.from?.id === me.id) return true;
  const text = message.text ?? message.caption ?? "";
  const entities = message.entities ?? message.caption_entities ?? [];
  const handle = `@${me.username}`.toLowerCase();
  for (const e of entities) {
    if (e.type === "text_mention" && e.user.id === me.id) return true;
    const slice = text.slice(e.offset, e.offset + e.length).toLowerCase();
    if (e.type === "mention" && slice === handle) return true;
    if (e.type === "bot_command" && slice.endsWith(handle)) return true;
  }
  // Clients that send no entities (or a forwarded text) still count as a mention.
  return new RegExp(`(^|[^\\w])${escapeRegExp(handle)}(?![\\w])`, "i").test(text);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
