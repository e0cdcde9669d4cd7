/**
 * A channel written outside the gateway's repository: messages arrive on a webhook route and replies
 * leave as HTTP POSTs to a configured URL. It uses only the SDK (`openclaw-gateway-host/plugin`) and
 * the `channels` service, which owns policy, pairing, dedupe, the agent turn and `send`.
 */
import { definePlugin, type ChannelsService } from "openclaw-gateway-host/plugin";
import { createWebhookChannel } from "./channel.js";
import { configSchema, webhookSettings } from "./config.js";
import { inboundHandler } from "./inbound.js";

export default definePlugin({
  name: "webhook",
  description: "Webhook channel: messages in through a webhook, replies out by HTTP POST",
  configPaths: ["channels.webhook"],
  configSchema,
  requires: ["channels"],
  setup(api) {
    const settings = webhookSettings(api.config);
    const channel = createWebhookChannel(settings, api.signal);
    api.use<ChannelsService>("channels").register(channel, { signal: api.signal });
    if (settings) api.registerRoute("POST", settings.path, inboundHandler(settings, channel), { auth: "public" });
  },
});
