/** One outbound message (text and/or media) through a channel account: behind `send` and `message.action` send. */
import { invalidRequest, toGatewayError } from "../../core/sdk/plugin.js";
import { assertLinked, deliver, resolveTarget } from "./outbound.js";
import type { ChannelRegistry } from "./registry.js";
import type { SendResult } from "./schemas.js";

export interface OutboundMessage {
  to: string;
  message?: string;
  mediaUrl?: string;
  mediaUrls?: string[];
  channel?: string;
  accountId?: string;
  threadId?: string | number;
  idempotencyKey: string;
}

/** Media the gateway may hand to a channel: a URL the channel fetches, or inline data. Never a path on the gateway host. */
function checkMediaUrl(url: string): string {
  if (/^https?:\/\//i.test(url) || /^data:[^,]*,/i.test(url)) return url;
  throw invalidRequest(`mediaUrl must be an http(s) URL or a data: URL (a local file is sent by the CLI as a data: URL), got ${JSON.stringify(url.slice(0, 80))}`);
}

export async function sendMessage(registry: ChannelRegistry, p: OutboundMessage): Promise<typeof SendResult.static> {
  const text = p.message?.trim() ? p.message : undefined;
  const media = [...(p.mediaUrl ? [p.mediaUrl] : []), ...(p.mediaUrls ?? [])].map(checkMediaUrl);
  if (!text && !media.length) throw invalidRequest("send needs a message or a mediaUrl");
  const target = resolveTarget(registry, p.channel, p.accountId);
  assertLinked(registry, target);
  const to = p.to.trim();
  const threadId = p.threadId === undefined ? undefined : String(p.threadId);
  try {
    const results = [];
    if (!media.length) results.push(...await deliver(registry, target, { to, text, threadId }));
    for (const [i, mediaUrl] of media.entries()) {
      results.push(...await deliver(registry, target, { to, mediaUrl, threadId, text: i === 0 ? text : undefined }));
    }
    const first = results[0];
    return {
      runId: p.idempotencyKey,
      messageId: first.messageId,
      channel: target.entry.channel.id,
      accountId: target.account.accountId,
      chatId: first.chatId,
      ...(results.length > 1 ? { messageIds: results.map((r) => r.messageId) } : {}),
    };
  } catch (err) {
    throw toGatewayError(err);
  }
}
