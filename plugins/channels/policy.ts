/**
 * Who may talk to the assistant: the DM policy for direct chats and the group policy (with mention
 * gating) for groups. Pure decisions; the pairing flow itself lives in the router.
 */
import type { ChannelAccessConfig, InboundMessage } from "./contract.js";

export type AccessDecision =
  | { action: "accept" }
  | { action: "pair" }
  | { action: "drop"; reason: string };

export interface AccessInput {
  message: InboundMessage;
  access: ChannelAccessConfig;
  /** Approved senders from the pairing store (DMs only). */
  storeAllowFrom: readonly string[];
  /** The channel's normaliser for ids and allowlist entries ("tg:123" → "123"). */
  normalize: (entry: string) => string;
}

export function decideAccess({ message, access, storeAllowFrom, normalize }: AccessInput): AccessDecision {
  if (message.fromSelf) return { action: "accept" };
  const sender = normalize(message.senderId);
  const listed = (list: readonly string[] | undefined) => (list ?? []).some((e) => e.trim() === "*" || normalize(e) === sender);

  if (message.chatType === "direct") {
    switch (access.dmPolicy) {
      case "disabled":
        return { action: "drop", reason: "dmPolicy is disabled" };
      case "open":
        return { action: "accept" };
      case "allowlist":
        return listed(access.allowFrom) || listed(storeAllowFrom) ? { action: "accept" } : { action: "drop", reason: "sender not in allowFrom" };
      case "pairing":
      default:
        return listed(access.allowFrom) || listed(storeAllowFrom) ? { action: "accept" } : { action: "pair" };
    }
  }

  if (access.groupPolicy === "disabled") return { action: "drop", reason: "groupPolicy is disabled" };
  const groups = access.groups;
  const group = groups?.[message.chatId] ?? groups?.["*"];
  if (groups && !group) return { action: "drop", reason: "group not in groups" };
  if (access.groupPolicy !== "open") {
    const senders = access.groupAllowFrom?.length ? access.groupAllowFrom : access.allowFrom;
    if (!listed(senders)) return { action: "drop", reason: "sender not in groupAllowFrom" };
  }
  if ((group?.requireMention ?? true) && !message.mentioned) return { action: "drop", reason: "not mentioned" };
  return { action: "accept" };
}

/** The session a message belongs to: one per DM peer, one per group (and forum topic). */
export function sessionKeyFor(agentId: string, channel: string, message: InboundMessage): string {
  if (message.chatType === "direct") return `agent:${agentId}:${channel}:dm:${message.senderId}`;
  const topic = message.threadId ? `:topic:${message.threadId}` : "";
  return `agent:${agentId}:${channel}:group:${message.chatId}${topic}`;
}
