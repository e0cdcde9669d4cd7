/** The agent tool `message`: lets the model send a message through a channel. */
import { assertLinked, deliver, resolveTarget } from "./outbound.js";
import type { ChannelRegistry } from "./registry.js";
import type { AgentTool } from "../agent/contract.js";

interface MessageArgs {
  to: string;
  message?: string;
  mediaUrl?: string;
  channel?: string;
  accountId?: string;
}

export function messageTool(registry: () => ChannelRegistry): AgentTool {
  return {
    name: "message",
    description:
      "Send a message to a chat through a messaging channel (telegram, whatsapp). `to` is the chat id: a Telegram chat id, or a WhatsApp number in E.164 (+15551234567) or JID. " +
      "Omit `channel` to use the default channel. Use this only to reach someone other than the current conversation; your normal answer is delivered automatically.",
    parameters: {
      type: "object",
      properties: {
        to: { type: "string", minLength: 1, description: "chat id, phone number (E.164) or JID" },
        message: { type: "string", description: "the text to send" },
        mediaUrl: { type: "string", description: "optional http(s) URL of an image or file to attach" },
        channel: { type: "string", description: "channel id, e.g. telegram or whatsapp" },
        accountId: { type: "string", description: "account id when the channel has several" },
      },
      required: ["to"],
      additionalProperties: false,
    },
    async execute(raw) {
      const args = raw as unknown as MessageArgs;
      if (!args.message?.trim() && !args.mediaUrl) throw new Error("message needs `message` text or a `mediaUrl`");
      if (args.mediaUrl && !/^https?:\/\//i.test(args.mediaUrl)) throw new Error("mediaUrl must be an http(s) URL");
      const reg = registry();
      const target = resolveTarget(reg, args.channel, args.accountId);
      assertLinked(reg, target);
      const results = await deliver(reg, target, { to: args.to.trim(), text: args.message?.trim() ? args.message : undefined, mediaUrl: args.mediaUrl });
      return { ok: true, channel: target.entry.channel.id, accountId: target.account.accountId, chatId: results[0]?.chatId, messageId: results[0]?.messageId };
    },
  };
}
