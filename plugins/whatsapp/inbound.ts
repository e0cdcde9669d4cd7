/** Maps a Baileys `messages.upsert` message to the host's InboundMessage (or says why it is skipped). */
import type { InboundMessage } from "../channels/contract.js";
import { isGroupJid, isIgnoredJid, jidToE164, normalizeJid } from "./jid.js";
import type { WaContextInfo, WaMessage, WaMessageContent } from "./socket.js";

/** Who the linked account is (to detect mentions, replies to the bot, and the self chat). */
export interface SelfIdentity {
  jid?: string;
  lid?: string;
}

export type InboundMapping = { ok: true; message: InboundMessage } | { ok: false; reason: string };

const MEDIA_KINDS = [
  ["imageMessage", "image"],
  ["videoMessage", "video"],
  ["audioMessage", "audio"],
  ["documentMessage", "document"],
  ["stickerMessage", "sticker"],
] as const;

/** Ephemeral, view-once and captioned-document messages wrap the real content. */
function unwrap(content: WaMessageContent): WaMessageContent {
  let current = content;
  for (let depth = 0; depth < 4; depth++) {
    const inner =
      current.ephemeralMessage?.message ?? current.viewOnceMessage?.message ?? current.viewOnceMessageV2?.message ?? current.documentWithCaptionMessage?.message;
    if (!inner) break;
    current = inner;
  }
  return current;
}

/** The text of a message; media without a caption becomes `<media:image>` etc. */
export function messageText(content: WaMessageContent): { text: string; context?: WaContextInfo } | undefined {
  const c = unwrap(content);
  if (c.conversation) return { text: c.conversation };
  if (c.extendedTextMessage?.text) return { text: c.extendedTextMessage.text, context: c.extendedTextMessage.contextInfo ?? undefined };
  for (const [field, kind] of MEDIA_KINDS) {
    const media = c[field];
    if (media) return { text: media.caption?.trim() ? media.caption : `<media:${kind}>`, context: media.contextInfo ?? undefined };
  }
  return undefined;
}

function timestampMs(value: WaMessage["messageTimestamp"], now: number): number {
  if (typeof value === "number" && value > 0) return value * 1000;
  if (value && typeof value === "object" && typeof value.toNumber === "function") return value.toNumber() * 1000;
  return now;
}

function isSelf(jid: string | null | undefined, self: SelfIdentity): boolean {
  if (!jid) return false;
  const n = normalizeJid(jid);
  return (self.jid !== undefined && n === normalizeJid(self.jid)) || (self.lid !== undefined && n === normalizeJid(self.lid));
}

export function toInbound(msg: WaMessage, accountId: string, self: SelfIdentity, now = Date.now()): InboundMapping {
  const key = msg.key;
  const remoteJid = key.remoteJid ?? "";
  if (!remoteJid || !key.id) return { ok: false, reason: "no chat or message id" };
  if (isIgnoredJid(remoteJid)) return { ok: false, reason: `ignored chat ${remoteJid}` };
  if (!msg.message) return { ok: false, reason: "no content (a receipt, or a message WhatsApp could not decrypt)" };
  const body = messageText(msg.message);
  if (!body) return { ok: false, reason: "no text or media (reaction, protocol or unsupported message)" };

  const group = isGroupJid(remoteJid);
  const fromSelf = key.fromMe === true;
  // Messages the owner sends from the phone to other people are not prompts: only the self chat counts.
  if (fromSelf && !group && !isSelf(remoteJid, self) && !isSelf(key.remoteJidAlt, self)) return { ok: false, reason: "own outgoing message" };
  if (fromSelf && group) return { ok: false, reason: "own outgoing group message" };

  // Baileys 7 may address people by LID; the phone-number JID then sits in the *Alt field.
  const senderJid = group ? (key.participant ?? "") : remoteJid;
  const senderAlt = group ? key.participantAlt : key.remoteJidAlt;
  const senderE164 = jidToE164(senderJid) ?? jidToE164(senderAlt);
  const senderId = fromSelf && self.jid ? (jidToE164(self.jid) ?? senderE164) : senderE164;
  const chatId = group ? remoteJid : (senderE164 ?? normalizeJid(remoteJid));

  const mentioned = group
    ? (body.context?.mentionedJid ?? []).some((jid) => isSelf(jid, self)) || isSelf(body.context?.participant, self)
    : undefined;

  const message: InboundMessage = {
    accountId,
    chatId,
    chatType: group ? "group" : "direct",
    senderId: senderId ?? normalizeJid(senderJid || remoteJid),
    messageId: key.id,
    text: body.text,
    timestamp: timestampMs(msg.messageTimestamp, now),
  };
  if (msg.pushName) message.senderName = msg.pushName;
  if (mentioned !== undefined) message.mentioned = mentioned;
  if (fromSelf) message.fromSelf = true;
  return { ok: true, message };
}
