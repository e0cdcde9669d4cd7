/**
 * What the Telegram channel says about itself and its accounts, without grammY: shared by the live channel
 * and the idle one registered when no account has a token (so start-up does not load grammY for nothing).
 */
import { GatewayError, ERROR_CODES } from "../../core/sdk/plugin.js";
import { DEFAULT_ACCOUNT_ID, normalizeAllowEntry, type TelegramAccount } from "./config.js";
import type { ChannelAccount, ChannelPlugin } from "../channels/contract.js";

type Base = Pick<ChannelPlugin, "id" | "label" | "capabilities" | "setupHint" | "listAccounts" | "defaultAccountId" | "normalizeAllowEntry">;

export function channelBase(accounts: TelegramAccount[], configured: (accountId: string) => boolean): Base {
  return {
    id: "telegram",
    label: "Telegram",
    capabilities: { chatTypes: ["direct", "group"], media: true, textChunkLimit: 4000 },
    setupHint: "Telegram links with a bot token, not a QR code: set channels.telegram.botToken (or tokenFile, or the TELEGRAM_BOT_TOKEN environment variable) and the gateway starts the bot",
    listAccounts: (): ChannelAccount[] =>
      accounts.map((a) => ({
        accountId: a.accountId,
        enabled: a.enabled,
        configured: configured(a.accountId),
        ...(a.problem ? { unconfiguredReason: a.problem } : {}),
        ...(a.tokenSource ? { tokenSource: a.tokenSource } : {}),
        access: a.access,
        textChunkLimit: a.textChunkLimit,
      })),
    defaultAccountId: () => (accounts.some((a) => a.accountId === DEFAULT_ACCOUNT_ID) ? DEFAULT_ACCOUNT_ID : accounts[0]?.accountId ?? DEFAULT_ACCOUNT_ID),
    normalizeAllowEntry,
  };
}

/** The channel when no account has a usable token: visible in status, every send answers NOT_LINKED. */
export function idleTelegramChannel(accounts: TelegramAccount[]): ChannelPlugin {
  const notLinked = (accountId: string) => {
    const account = accounts.find((a) => a.accountId === accountId);
    return new GatewayError(ERROR_CODES.NOT_LINKED, `telegram (account ${accountId}): ${account?.problem ?? "no such account"}`, { details: { channel: "telegram", accountId } });
  };
  return {
    ...channelBase(accounts, () => false),
    startAccount: async (runtime) => {
      throw notLinked(runtime.accountId);
    },
    sendText: async (req) => {
      throw notLinked(req.accountId);
    },
    isLinked: () => false,
  };
}
