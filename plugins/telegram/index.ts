/** telegram: a Telegram bot per account (grammY), long polling or webhook, driven by the `channels` host. */
import { definePlugin, type PluginDefinition } from "../../core/sdk/plugin.js";
import { configSchema, resolveAccounts } from "./config.js";
import { idleTelegramChannel } from "./channel-base.js";
import { DEFAULT_TIMINGS, type BotTimings } from "./timings.js";
import type { ChannelsService } from "../channels/contract.js";

export interface TelegramPluginOptions {
  /** Poll timeout and retry backoffs (tests shorten them). */
  timings?: Partial<BotTimings>;
}

export function telegramPlugin(options: TelegramPluginOptions = {}): PluginDefinition<typeof configSchema> {
  const timings = { ...DEFAULT_TIMINGS, ...options.timings };
  return definePlugin({
    name: "telegram",
    description: "Telegram bot channel (grammY): long polling or webhook, HTML replies, media",
    configPaths: ["channels.telegram"],
    configSchema,
    requires: ["channels"],
    async setup(api) {
      const accounts = resolveAccounts(api.config, { env: process.env, configPath: api.gateway.configPath });
      for (const account of accounts) {
        // Without a channels.telegram section the channel is simply unused: nothing to warn about.
        if (account.problem && account.enabled && api.config.channels?.telegram) api.log.warn(`account ${account.accountId}: ${account.problem}`);
      }
      const channels = api.use<ChannelsService>("channels");
      // grammY is loaded only when some account has a token (≈ 60 ms and 20 MiB otherwise spent at start-up).
      if (!accounts.some((a) => a.token && !a.problem)) {
        channels.register(idleTelegramChannel(accounts), { signal: api.signal });
        return;
      }
      const [{ createTelegramChannel }, { webhookHandler }] = await Promise.all([import("./channel.js"), import("./webhook.js")]);
      const channel = createTelegramChannel(accounts, timings);
      for (const account of accounts) {
        const bot = channel.bots.get(account.accountId);
        if (account.webhook && bot) api.registerRoute("POST", account.webhook.path, webhookHandler(bot, account.webhook.secret, api.log), { auth: "public" });
      }
      channels.register(channel, { signal: api.signal });
      // The host aborted every account with api.signal; wait until each poller has confirmed its offset and stopped.
      return async () => {
        await Promise.all(channel.runs);
      };
    },
  });
}

export default telegramPlugin();
