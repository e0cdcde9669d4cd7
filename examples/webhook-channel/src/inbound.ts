/** The inbound webhook: checks the shared secret, validates the JSON body and hands the message to the host. */
import type { IncomingMessage, ServerResponse } from "node:http";
import { safeEqualSecret, sendJson, type InboundMessage } from "openclaw-gateway-host/plugin";
import { ACCOUNT_ID, type WebhookSettings } from "./config.js";
import type { WebhookChannel } from "./channel.js";

const MAX_BODY_BYTES = 64 * 1024;

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

const str = (value: unknown) => (typeof value === "string" && value.length > 0 ? value : undefined);

/** `POST {chatId, senderId, senderName?, messageId, text}` with header `x-webhook-secret`. */
export function inboundHandler(settings: WebhookSettings, channel: WebhookChannel) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!safeEqualSecret(req.headers["x-webhook-secret"], settings.secret)) return sendJson(res, 401, { error: "bad secret" });
    const text = await readBody(req);
    if (text === undefined) return sendJson(res, 413, { error: "body too large" });
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return sendJson(res, 400, { error: "body must be JSON" });
    }
    const chatId = str(body.chatId), senderId = str(body.senderId), messageId = str(body.messageId), message = str(body.text);
    if (!chatId || !senderId || !messageId || !message) return sendJson(res, 400, { error: "chatId, senderId, messageId and text are required strings" });
    const runtime = channel.runtime();
    if (!runtime) return sendJson(res, 503, { error: "channel not running" });
    const inbound: InboundMessage = {
      accountId: ACCOUNT_ID,
      chatId,
      chatType: "direct",
      senderId,
      ...(str(body.senderName) ? { senderName: str(body.senderName) } : {}),
      messageId,
      text: message,
      timestamp: Date.now(),
    };
    await runtime.receive(inbound); // resolves once the host has taken it; the reply follows through sendText
    sendJson(res, 202, { accepted: true });
  };
}
