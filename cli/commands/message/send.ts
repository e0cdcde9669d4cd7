import { randomUUID } from "node:crypto";
import { Flags } from "@oclif/core";
import { GatewayCommand } from "../../base-command.js";
import type { SendResult } from "../../../generated/protocol-types.js";
import { mediaArgument } from "../../channels-view.js";


export default class MessageSend extends GatewayCommand {
  static summary = "Send a message through a channel (Telegram, WhatsApp) via the running gateway";
  static examples = [
    "<%= config.bin %> message send --target 123456789 --message \"Hello\" --channel telegram",
    "<%= config.bin %> message send --target +15551234567 --message \"See attached\" --media ./report.pdf --channel whatsapp",
  ];
  static flags = {
    target: Flags.string({ char: "t", description: "recipient: Telegram chat id, WhatsApp number (E.164) or JID", required: true }),
    message: Flags.string({ char: "m", description: "text to send (optional with --media)" }),
    channel: Flags.string({ description: "channel id (default: the only or first linked channel)" }),
    account: Flags.string({ description: "account id (default: the channel's default account)" }),
    media: Flags.string({ description: "attachment: a local file (at most 16 MB) or an http(s) URL" }),
    "idempotency-key": Flags.string({ description: "repeat-safe key (default: a random UUID)" }),
  };
  protected scopes = ["operator.write"];

  async run(): Promise<void> {
    const { flags } = await this.parse(MessageSend);
    if (!flags.message && !flags.media) this.fail(new Error("pass --message, --media or both"), flags);
    let mediaUrl: string | undefined;
    try {
      mediaUrl = flags.media ? await mediaArgument(flags.media) : undefined;
    } catch (err) {
      this.fail(err, flags);
    }
    const client = await this.connect(flags);
    let result: SendResult;
    try {
      result = await client.request<SendResult>("send", {
        to: flags.target,
        ...(flags.message ? { message: flags.message } : {}),
        ...(mediaUrl ? { mediaUrl } : {}),
        ...(flags.channel ? { channel: flags.channel } : {}),
        ...(flags.account ? { accountId: flags.account } : {}),
        idempotencyKey: flags["idempotency-key"] ?? randomUUID(),
      });
    } catch (err) {
      this.fail(err, flags, "send failed");
    }
    if (flags.json) return this.printJson(result);
    const parts = result.messageIds?.length ? `${result.messageIds.length} messages` : `message ${result.messageId}`;
    this.log(`Sent via ${result.channel}${result.accountId && result.accountId !== "default" ? ` (${result.accountId})` : ""} to ${result.chatId} (${parts}).`);
  }
}
