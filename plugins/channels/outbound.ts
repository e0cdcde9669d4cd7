/**
 * Outbound delivery shared by `send`, the `message` tool and agent replies: pick the channel and
 * account, refuse with NOT_LINKED when the account cannot send, split the text at the account's
 * limit and hand each part to the channel.
 */
import { GatewayError, invalidRequest, unavailable, ERROR_CODES } from "../../core/sdk/plugin.js";
import { chunkText, DEFAULT_TEXT_CHUNK_LIMIT } from "./chunk.js";
import type { ChannelRegistry, RegisteredChannel } from "./registry.js";
import type { ChannelAccount, SendResult } from "./contract.js";

export interface OutboundTarget {
  entry: RegisteredChannel;
  account: ChannelAccount;
}

export interface OutboundMessage {
  to: string;
  text?: string;
  mediaUrl?: string;
  replyToId?: string;
  threadId?: string;
}

/** The channel (given, else the only one, else the first whose default account is linked) and the account (given, else the channel's default). */
export function resolveTarget(registry: ChannelRegistry, channelId?: string, accountId?: string): OutboundTarget {
  const all = registry.list();
  let entry: RegisteredChannel | undefined;
  if (channelId) {
    entry = registry.get(channelId.trim().toLowerCase());
    if (!entry) {
      throw invalidRequest(`unknown channel "${channelId}" (available: ${all.map((e) => e.channel.id).join(", ") || "none — enable a channel plugin such as telegram or whatsapp"})`);
    }
  } else {
    if (!all.length) throw unavailable("no channel is available: enable and configure a channel plugin (telegram, whatsapp)");
    entry = all.length === 1 ? all[0] : all.find((e) => registry.isLinked(e, safeDefault(e))) ?? all[0];
  }
  const id = accountId?.trim() || safeDefault(entry);
  const account = registry.account(entry, id);
  if (!account) {
    const known = registry.accounts(entry).map((a) => a.accountId);
    throw invalidRequest(`unknown ${entry.channel.id} account "${id}" (configured: ${known.join(", ") || "none"})`);
  }
  return { entry, account };
}

/** Throws NOT_LINKED unless the account can send right now. */
export function assertLinked(registry: ChannelRegistry, { entry, account }: OutboundTarget): void {
  const channel = entry.channel;
  let why: string | undefined;
  if (!account.enabled) why = `it is disabled (channels.${channel.id}${account.accountId === "default" ? "" : `.accounts.${account.accountId}`}.enabled)`;
  else if (!account.configured) why = account.unconfiguredReason ?? "it is not configured";
  else if (!registry.isLinked(entry, account.accountId)) why = channel.loginStart ? `run \`openclaw channels login --channel ${channel.id}${account.accountId === "default" ? "" : ` --account ${account.accountId}`}\`` : "it has no working credentials (see `openclaw channels status`)";
  if (why) {
    throw new GatewayError(ERROR_CODES.NOT_LINKED, `${channel.label} account "${account.accountId}" is not linked: ${why}`, {
      details: { channel: channel.id, accountId: account.accountId },
    });
  }
}

export function chunkLimit({ entry, account }: OutboundTarget): number {
  return account.textChunkLimit ?? entry.channel.capabilities.textChunkLimit ?? DEFAULT_TEXT_CHUNK_LIMIT;
}

/** Sends text (split at the limit) and/or media; returns one result per message sent, in order. */
export async function deliver(registry: ChannelRegistry, target: OutboundTarget, msg: OutboundMessage): Promise<SendResult[]> {
  const { entry, account } = target;
  const channel = entry.channel;
  const base = { accountId: account.accountId, to: msg.to, ...(msg.threadId ? { threadId: msg.threadId } : {}) };
  const chunks = msg.text ? chunkText(msg.text, chunkLimit(target)) : [];
  const results: SendResult[] = [];
  let replyToId = msg.replyToId;
  const sent = (r: SendResult) => {
    results.push(r);
    replyToId = undefined; // only the first message quotes the original
    registry.touch(channel.id, account.accountId, { lastOutboundAt: Date.now() });
  };
  if (msg.mediaUrl) {
    if (!channel.sendMedia) throw invalidRequest(`${channel.label} cannot send media`);
    // The channel decides whether the first part fits as a caption.
    sent(await channel.sendMedia({ ...base, text: chunks.shift() ?? "", mediaUrl: msg.mediaUrl, ...(replyToId ? { replyToId } : {}) }));
  }
  for (const text of chunks) sent(await channel.sendText({ ...base, text, ...(replyToId ? { replyToId } : {}) }));
  return results;
}

function safeDefault(entry: RegisteredChannel): string {
  try {
    return entry.channel.defaultAccountId();
  } catch {
    return "default";
  }
}
