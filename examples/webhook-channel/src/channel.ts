/** The ChannelPlugin the gateway's `channels` host drives: one account, replies out by HTTP POST. */
import { randomUUID } from "node:crypto";
import { ERROR_CODES, GatewayError, type AccountRuntime, type ChannelPlugin, type SendResult } from "openclaw-gateway-host/plugin";
import { ACCOUNT_ID, type WebhookSettings } from "./config.js";

export interface WebhookChannel extends ChannelPlugin {
  /** The running account's link to the host, while it runs (inbound posts go through it). */
  runtime(): AccountRuntime | undefined;
}

export function createWebhookChannel(settings: WebhookSettings | undefined, signal: AbortSignal): WebhookChannel {
  let running: AccountRuntime | undefined;
  return {
    id: "webhook",
    label: "Webhook",
    capabilities: { chatTypes: ["direct"], media: false, textChunkLimit: 4000 },
    setupHint: "set channels.webhook.outboundUrl and channels.webhook.secret",
    listAccounts: () => [
      {
        accountId: ACCOUNT_ID,
        enabled: true,
        configured: settings !== undefined,
        ...(settings ? {} : { unconfiguredReason: "set channels.webhook.outboundUrl and channels.webhook.secret" }),
        access: settings?.access ?? { dmPolicy: "pairing", allowFrom: [], groupPolicy: "disabled" },
      },
    ],
    defaultAccountId: () => ACCOUNT_ID,
    async startAccount(runtime) {
      running = runtime;
      runtime.setStatus({ running: true, connected: true, linked: true, mode: "webhook" });
      // Nothing to poll: the account is "up" until the host stops it.
      await new Promise<void>((resolve) => runtime.signal.addEventListener("abort", () => resolve(), { once: true }));
      if (running === runtime) running = undefined;
      runtime.setStatus({ running: false, connected: false });
    },
    async sendText(request): Promise<SendResult> {
      if (!settings) throw new GatewayError(ERROR_CODES.NOT_LINKED, "webhook: not configured", { details: { channel: "webhook" } });
      const messageId = randomUUID();
      const response = await fetch(settings.outboundUrl, {
        method: "POST",
        headers: { "content-type": "application/json", "x-webhook-secret": settings.secret },
        body: JSON.stringify({ messageId, chatId: request.to, text: request.text, replyToId: request.replyToId }),
        signal: AbortSignal.any([signal, AbortSignal.timeout(15_000)]),
      }).catch((err: unknown) => {
        throw new GatewayError(ERROR_CODES.UNAVAILABLE, `webhook: ${(err as Error).message}`, { retryable: true });
      });
      if (!response.ok) throw new GatewayError(ERROR_CODES.UNAVAILABLE, `webhook: ${settings.outboundUrl} answered ${response.status}`, { retryable: response.status >= 500 });
      return { messageId, chatId: request.to };
    },
    isLinked: () => running !== undefined,
    runtime: () => running,
  };
}
