/**
 * Outbound through the Bot API: text in HTML parse mode with a plain-text retry when Telegram
 * cannot parse the entities; media by URL (Telegram fetches it) or uploaded from a data: URL, as a
 * photo when it is an image and as a document otherwise, with the text as caption when it fits.
 */
import { InputFile, type Api } from "grammy";
import type { Message } from "grammy/types";
import { markdownToTelegramHtml } from "./format.js";
import { isParseEntitiesError } from "./errors.js";
import type { SendMediaRequest, SendResult, SendTextRequest } from "../channels/contract.js";

/** Telegram's caption limit. */
const CAPTION_LIMIT = 1024;
const PHOTO_MIME = /^image\/(jpeg|jpg|png|webp)$/i;
const PHOTO_EXT = /\.(jpe?g|png|webp)$/i;

export function chatIdOf(to: string): string {
  return to.trim().replace(/^(telegram|tg):/i, "");
}

function common(req: SendTextRequest): Record<string, unknown> {
  return {
    ...(req.threadId ? { message_thread_id: Number(req.threadId) } : {}),
    ...(req.replyToId ? { reply_parameters: { message_id: Number(req.replyToId), allow_sending_without_reply: true } } : {}),
  };
}

function result(m: Message): SendResult {
  return { messageId: String(m.message_id), chatId: String(m.chat.id) };
}

/** Sends with HTML formatting, once more as plain text if Telegram rejects the markup. */
async function withHtmlFallback(send: (html: boolean) => Promise<Message>): Promise<Message> {
  try {
    return await send(true);
  } catch (err) {
    if (!isParseEntitiesError(err)) throw err;
    return send(false);
  }
}

export async function sendText(api: Api, req: SendTextRequest): Promise<SendResult> {
  const chatId = chatIdOf(req.to);
  const m = await withHtmlFallback((html) =>
    api.sendMessage(chatId, html ? markdownToTelegramHtml(req.text) : req.text, { ...common(req), ...(html ? { parse_mode: "HTML" } : {}) }),
  );
  return result(m);
}

export interface ParsedMedia {
  file: string | InputFile;
  photo: boolean;
}

/** http(s) URLs go to Telegram as they are; a data: URL becomes an upload. */
export function parseMedia(mediaUrl: string): ParsedMedia {
  const data = /^data:([^;,]*)((?:;[^;,]*)*),(.*)$/is.exec(mediaUrl);
  if (data) {
    const mime = data[1] || "application/octet-stream";
    const base64 = /;base64/i.test(data[2]);
    const bytes = base64 ? Buffer.from(data[3], "base64") : Buffer.from(decodeURIComponent(data[3]), "utf8");
    const name = /;name=([^;,]+)/i.exec(data[2])?.[1];
    const filename = name ? decodeURIComponent(name) : `file.${extensionOf(mime)}`;
    return { file: new InputFile(bytes, filename), photo: PHOTO_MIME.test(mime) };
  }
  if (/^https?:\/\//i.test(mediaUrl)) {
    let path = mediaUrl;
    try {
      path = new URL(mediaUrl).pathname;
    } catch {
      // an odd URL is still Telegram's to judge
    }
    return { file: mediaUrl, photo: PHOTO_EXT.test(path) };
  }
  throw new Error("media must be an http(s) URL or a data: URL");
}

export async function sendMedia(api: Api, req: SendMediaRequest): Promise<SendResult> {
  const chatId = chatIdOf(req.to);
  const media = parseMedia(req.mediaUrl);
  const caption = req.text && req.text.length <= CAPTION_LIMIT ? req.text : undefined;
  const m = await withHtmlFallback((html) => {
    const other = { ...common(req), ...(caption ? { caption: html ? markdownToTelegramHtml(caption) : caption, ...(html ? { parse_mode: "HTML" as const } : {}) } : {}) };
    // A Buffer-backed InputFile can be sent again for the plain-text retry.
    return media.photo ? api.sendPhoto(chatId, media.file, other) : api.sendDocument(chatId, media.file, other);
  });
  if (req.text && !caption) await sendText(api, { ...req, replyToId: undefined });
  return result(m);
}

function extensionOf(mime: string): string {
  const sub = mime.split("/")[1]?.toLowerCase() ?? "bin";
  return ({ jpeg: "jpg", "svg+xml": "svg", plain: "txt", "octet-stream": "bin" } as Record<string, string>)[sub] ?? (sub.replace(/[^a-z0-9]/g, "") || "bin");
}
