/**
 * `channels.telegram.*`: the strict schema and the accounts derived from it. Named accounts
 * (`accounts.<id>`) inherit the channel-level settings except the token and webhook keys, which
 * belong to the account they are written in. Token precedence: `botToken` > `tokenFile` >
 * `TELEGRAM_BOT_TOKEN` (default account only).
 */
import { readFileSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { Type, type Static, expandHome, accessProblem, accessProperties, openNeedsWildcard, resolveAccess } from "../../core/sdk/plugin.js";
import type { ChannelAccessConfig } from "../channels/contract.js";

export const DEFAULT_ACCOUNT_ID = "default";
export const DEFAULT_API_ROOT = "https://api.telegram.org";
export const DEFAULT_WEBHOOK_PATH = "/telegram-webhook";
/** Telegram's own limit is 4096 characters per message. */
export const TELEGRAM_TEXT_LIMIT = 4096;
export const DEFAULT_TEXT_CHUNK_LIMIT = 4000;

const AccountFields = {
  /** false: the account is not started and cannot send. */
  enabled: Type.Optional(Type.Boolean()),
  /** Shown in status output. */
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  /** The bot token from @BotFather. `${TELEGRAM_BOT_TOKEN}` in the file keeps it out of the config. */
  botToken: Type.Optional(Type.String({ minLength: 1, sensitive: true })),
  /** A file holding the token (trimmed); relative to the config file; `~` expands. */
  tokenFile: Type.Optional(Type.String({ minLength: 1 })),
  /** Bot API server (a self-hosted one, or a test server); no trailing slash. */
  apiRoot: Type.Optional(Type.String({ pattern: "^https?://[^\\s]*[^/\\s]$" })),
  ...accessProperties,
  /** Outbound text is split at this many characters (Telegram allows 4096). */
  textChunkLimit: Type.Optional(Type.Integer({ minimum: 1, maximum: TELEGRAM_TEXT_LIMIT })),
  /** grammY's API throttler (Telegram's flood limits); on by default. */
  throttle: Type.Optional(Type.Boolean()),
  /** Webhook mode (with webhookSecret): the public HTTPS URL Telegram posts updates to. */
  webhookUrl: Type.Optional(Type.String({ pattern: "^https?://" })),
  /** Sent by Telegram in X-Telegram-Bot-Api-Secret-Token; 1–256 of A-Z a-z 0-9 _ -. */
  webhookSecret: Type.Optional(Type.String({ minLength: 1, maxLength: 256, pattern: "^[A-Za-z0-9_-]+$", sensitive: true })),
  /** The gateway path that receives the webhook (default /telegram-webhook, /telegram-webhook/<account> for named accounts). */
  webhookPath: Type.Optional(Type.String({ pattern: "^/[A-Za-z0-9/_.-]*$" })),
};

const rules = openNeedsWildcard();
const AccountSchema = Type.Object(AccountFields, { additionalProperties: false, ...openNeedsWildcard({ inherits: true }) });
export const TelegramSection = Type.Object(
  { ...AccountFields, accounts: Type.Optional(Type.Record(Type.String({ pattern: "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$" }), AccountSchema)) },
  { additionalProperties: false, ...rules },
);

export const configSchema = Type.Object(
  { channels: Type.Optional(Type.Object({ telegram: Type.Optional(TelegramSection) }, { additionalProperties: false })) },
  { additionalProperties: false },
);
export type TelegramConfig = Static<typeof configSchema>;
type Section = Static<typeof TelegramSection>;
type AccountConfig = Static<typeof AccountSchema>;

export interface TelegramAccount {
  accountId: string;
  name?: string;
  enabled: boolean;
  token?: string;
  tokenSource?: "config" | "tokenFile" | "env";
  /** Why the account cannot start (no token, unreadable tokenFile, a token another account uses). */
  problem?: string;
  apiRoot: string;
  access: ChannelAccessConfig;
  textChunkLimit: number;
  throttle: boolean;
  webhook?: { url: string; secret: string; path: string };
}

export interface ResolveContext {
  env: Record<string, string | undefined>;
  configPath: string;
}

const TOKEN_KEYS = ["botToken", "tokenFile", "webhookUrl", "webhookSecret", "webhookPath"] as const;

export function resolveAccounts(config: TelegramConfig, ctx: ResolveContext): TelegramAccount[] {
  const section: Section = config.channels?.telegram ?? {};
  const { accounts: named = {}, ...top } = section;
  const ids = Object.keys(named).sort();
  const hasTopLevelToken = Boolean(top.botToken || top.tokenFile || ctx.env.TELEGRAM_BOT_TOKEN?.trim());
  if (!ids.includes(DEFAULT_ACCOUNT_ID) && (hasTopLevelToken || ids.length === 0)) ids.unshift(DEFAULT_ACCOUNT_ID);

  const byToken = new Map<string, string>();
  return ids.map((accountId) => {
    const own: AccountConfig = named[accountId] ?? {};
    const inherited: AccountConfig = { ...top };
    if (accountId !== DEFAULT_ACCOUNT_ID) for (const key of TOKEN_KEYS) delete inherited[key];
    const merged: AccountConfig = { ...inherited, ...own };
    const account: TelegramAccount = {
      accountId,
      ...(merged.name ? { name: merged.name } : {}),
      enabled: top.enabled !== false && merged.enabled !== false,
      apiRoot: merged.apiRoot ?? DEFAULT_API_ROOT,
      access: resolveAccess(own, top),
      textChunkLimit: merged.textChunkLimit ?? DEFAULT_TEXT_CHUNK_LIMIT,
      throttle: merged.throttle ?? true,
    };
    const token = resolveToken(accountId, merged, ctx);
    if ("token" in token) Object.assign(account, token);
    else account.problem = token.problem;
    const accessIssue = accessProblem(account.access);
    if (accessIssue) account.problem = `${accessIssue} (channels.telegram${accountId === DEFAULT_ACCOUNT_ID ? "" : `.accounts.${accountId}`})`;
    if (account.token) {
      const other = byToken.get(account.token);
      if (other) {
        account.problem = `uses the same bot token as account "${other}"; Telegram allows one poller per token`;
        delete account.token;
      } else byToken.set(account.token, accountId);
    }
    if (merged.webhookUrl && merged.webhookSecret) {
      account.webhook = { url: merged.webhookUrl, secret: merged.webhookSecret, path: merged.webhookPath ?? (accountId === DEFAULT_ACCOUNT_ID ? DEFAULT_WEBHOOK_PATH : `${DEFAULT_WEBHOOK_PATH}/${accountId}`) };
    }
    return account;
  });
}

function resolveToken(accountId: string, c: AccountConfig, ctx: ResolveContext): { token: string; tokenSource: TelegramAccount["tokenSource"] } | { problem: string } {
  const where = accountId === DEFAULT_ACCOUNT_ID ? "channels.telegram" : `channels.telegram.accounts.${accountId}`;
  if (c.botToken?.trim()) return { token: c.botToken.trim(), tokenSource: "config" };
  if (c.tokenFile) {
    const expanded = expandHome(c.tokenFile, ctx.env);
    const path = isAbsolute(expanded) ? expanded : resolve(dirname(ctx.configPath), expanded);
    try {
      const token = readFileSync(path, "utf8").trim();
      if (token) return { token, tokenSource: "tokenFile" };
      return { problem: `${where}.tokenFile ${path} is empty` };
    } catch (err) {
      return { problem: `${where}.tokenFile ${path} cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` };
    }
  }
  const env = ctx.env.TELEGRAM_BOT_TOKEN?.trim();
  if (accountId === DEFAULT_ACCOUNT_ID && env) return { token: env, tokenSource: "env" };
  return { problem: `no bot token: set ${where}.botToken${accountId === DEFAULT_ACCOUNT_ID ? " (or tokenFile, or the TELEGRAM_BOT_TOKEN environment variable)" : " or tokenFile"}` };
}

/** "telegram:123", "tg:123" and "@user" style entries compare as the bare id. */
export function normalizeAllowEntry(entry: string): string {
  return entry.trim().replace(/^(telegram|tg):/i, "").trim();
}
