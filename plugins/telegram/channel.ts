/** The Telegram ChannelPlugin the `channels` host drives: accounts from config, one AccountBot each. */
import { GatewayError, ERROR_CODES } from "../../core/sdk/plugin.js";
import { AccountBot, grammySignal, type BotTimings } from "./account-bot.js";
import { channelBase } from "./channel-base.js";
import type { TelegramAccount } from "./config.js";
import { describeTelegramError, isUnauthorized, toGatewayError } from "./errors.js";
import { sendMedia, sendText } from "./send.js";
import type { ChannelPlugin } from "../channels/contract.js";

export interface TelegramChannel extends ChannelPlugin {
  /** Every account's run (startAccount) still in progress: the plugin's disposer waits for them. */
  readonly runs: Set<Promise<void>>;
  readonly bots: Map<string, AccountBot>;
}

export function createTelegramChannel(accounts: TelegramAccount[], timings?: BotTimings): TelegramChannel {
  const bots = new Map<string, AccountBot>();
  for (const a of accounts) if (a.token && !a.problem) bots.set(a.accountId, new AccountBot({ ...a, token: a.token }, timings));
  const runs = new Set<Promise<void>>();
  const unlinked = new Set<string>();

  const botFor = (accountId: string): AccountBot => {
    const bot = bots.get(accountId);
    if (bot) return bot;
    const account = accounts.find((a) => a.accountId === accountId);
    throw new GatewayError(ERROR_CODES.NOT_LINKED, `telegram (account ${accountId}): ${account?.problem ?? "no such account"}`, { details: { channel: "telegram", accountId } });
  };
  /** Sends through the account's bot; a refused token marks the account unlinked (NOT_LINKED) until the plugin reloads. */
  const guarded = async <T>(accountId: string, send: (bot: AccountBot) => Promise<T>): Promise<T> => {
    const bot = botFor(accountId);
    try {
      const result = await send(bot);
      unlinked.delete(accountId);
      return result;
    } catch (err) {
      if (isUnauthorized(err)) unlinked.add(accountId);
      throw toGatewayError(err, accountId);
    }
  };

  return {
    ...channelBase(accounts, (accountId) => bots.has(accountId)),
    runs,
    bots,
    startAccount(runtime) {
      const run = botFor(runtime.accountId).run(runtime);
      runs.add(run);
      void run.finally(() => runs.delete(run)).catch(() => undefined);
      return run;
    },
    sendText: (req) => guarded(req.accountId, (bot) => sendText(bot.bot.api, req)),
    sendMedia: (req) => guarded(req.accountId, (bot) => sendMedia(bot.bot.api, req)),
    isLinked: (accountId) => {
      const bot = bots.get(accountId);
      return Boolean(bot?.linked) && !unlinked.has(accountId);
    },
    async probe(accountId, timeoutMs) {
      const bot = bots.get(accountId);
      if (!bot) return { ok: false, detail: accounts.find((a) => a.accountId === accountId)?.problem ?? "no such account" };
      try {
        const me = await bot.bot.api.getMe(grammySignal(AbortSignal.timeout(timeoutMs)));
        return { ok: true, detail: `@${me.username}` };
      } catch (err) {
        return { ok: false, detail: describeTelegramError(err) };
      }
    },
  };
}
