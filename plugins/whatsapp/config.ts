/** `channels.whatsapp.*`: the strict schema (defaults live here) and the accounts derived from it. */
import { Type, type Static, configDefaults, expandHome, accessProblem, accessProperties, openNeedsWildcard, resolveAccess } from "../../core/sdk/plugin.js";
import { dirname, isAbsolute, join, resolve } from "node:path";
import type { ChannelAccessConfig } from "../channels/contract.js";
import type { ReconnectPolicy } from "./backoff.js";

const closed = { additionalProperties: false } as const;

export const DEFAULT_ACCOUNT_ID = "default";
/** Account ids become directory names: keep them to a safe alphabet. */
export const ACCOUNT_ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$";
const ACCOUNT_ID_RULE = "account ids are 1-64 letters, digits, - and _, starting with a letter or digit (each names a directory)";

/** Per-account overrides: every key is optional and falls back to the channel-level value. */
const AccountOverrides = {
  enabled: Type.Optional(Type.Boolean()),
  /** Display name for status output. */
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  /** dmPolicy, allowFrom (E.164 numbers or "*"), groupPolicy, groupAllowFrom, groups: shared by every channel. */
  ...accessProperties,
  sendReadReceipts: Type.Optional(Type.Boolean()),
  textChunkLimit: Type.Optional(Type.Integer({ minimum: 1, maximum: 65_536 })),
  /** Where this account's Baileys auth state lives; default `<stateDir>/credentials/whatsapp/<accountId>`. */
  authDir: Type.Optional(Type.String({ minLength: 1 })),
};

const accessRules = openNeedsWildcard(); // dmPolicy "open" needs "*" in allowFrom
const AccountSchema = Type.Object(AccountOverrides, { ...closed, ...openNeedsWildcard({ inherits: true }) });
type AccountConfig = Static<typeof AccountSchema>;

export const ReconnectSchema = Type.Object(
  {
    initialMs: Type.Integer({ minimum: 100, maximum: 600_000, default: 2000 }),
    maxMs: Type.Integer({ minimum: 100, maximum: 3_600_000, default: 30_000 }),
    factor: Type.Number({ minimum: 1, maximum: 10, default: 1.8 }),
    jitter: Type.Number({ minimum: 0, maximum: 1, default: 0.25 }),
    maxAttempts: Type.Integer({ minimum: 1, maximum: 1000, default: 12 }),
  },
  { ...closed, default: {} },
);

export const WhatsAppSection = Type.Object(
  {
    enabled: Type.Boolean({ default: true }),
    /** No defaults here so accounts inherit them; the host's defaults: pairing, allowlist, mention required. */
    ...accessProperties,
    /** Outbound text is split into chunks of at most this many characters. */
    textChunkLimit: Type.Integer({ minimum: 1, maximum: 65_536, default: 4000 }),
    sendReadReceipts: Type.Boolean({ default: true }),
    /** Auth dir of the default account (other accounts: `accounts.<id>.authDir`). */
    authDir: Type.Optional(Type.String({ minLength: 1 })),
    reconnect: ReconnectSchema,
    accounts: Type.Optional(
      Type.Record(Type.String(), AccountSchema, {
        propertyNames: { type: "string", pattern: ACCOUNT_ID_PATTERN, errorMessage: ACCOUNT_ID_RULE },
      }),
    ),
  },
  { ...closed, ...accessRules, default: {} },
);

export const configSchema = Type.Object(
  { channels: Type.Optional(Type.Object({ whatsapp: Type.Optional(WhatsAppSection) }, closed)) },
  closed,
);
export type WhatsAppConfig = Static<typeof configSchema>;
export type WhatsAppSectionConfig = Static<typeof WhatsAppSection>;

export interface ResolvedAccount {
  accountId: string;
  name?: string;
  enabled: boolean;
  /** Why the account must not start although it may be linked (e.g. dmPolicy "open" without "*"). */
  problem?: string;
  authDir: string;
  sendReadReceipts: boolean;
  textChunkLimit: number;
  access: ChannelAccessConfig;
}

export interface ResolvedWhatsApp {
  textChunkLimit: number;
  reconnect: ReconnectPolicy;
  accounts: ResolvedAccount[];
}

export interface ResolveContext {
  stateDir: string;
  configPath: string;
  env?: Record<string, string | undefined>;
}

export function defaultAuthDir(stateDir: string, accountId: string): string {
  return join(stateDir, "credentials", "whatsapp", accountId);
}

/** The section with schema defaults filled (the validated slice has it; direct callers may omit it). */
export function whatsappSection(config: WhatsAppConfig): WhatsAppSectionConfig {
  return config.channels?.whatsapp ?? (configDefaults(WhatsAppSection) as WhatsAppSectionConfig);
}

/**
 * Accounts: `accounts.<id>` when that map has entries, else one account `default` made of the
 * channel-level keys. Account keys override channel-level keys.
 */
export function resolveWhatsApp(config: WhatsAppConfig, ctx: ResolveContext): ResolvedWhatsApp {
  const section = whatsappSection(config);
  const reconnect = (section.reconnect ?? configDefaults(ReconnectSchema)) as ReconnectPolicy;
  const entries = Object.entries(section.accounts ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const list: Array<[string, AccountConfig]> = entries.length ? entries : [[DEFAULT_ACCOUNT_ID, {}]];
  const accounts = list.map(([accountId, own]): ResolvedAccount => {
    const configuredDir = own.authDir ?? (accountId === DEFAULT_ACCOUNT_ID ? section.authDir : undefined);
    const access = resolveAccess(own, section);
    const problem = accessProblem(access);
    return {
      accountId,
      name: own.name,
      enabled: section.enabled && own.enabled !== false,
      authDir: configuredDir ? resolvePath(configuredDir, ctx) : defaultAuthDir(ctx.stateDir, accountId),
      sendReadReceipts: own.sendReadReceipts ?? section.sendReadReceipts,
      textChunkLimit: own.textChunkLimit ?? section.textChunkLimit,
      access,
      ...(problem ? { problem: `${problem} (channels.whatsapp${entries.length ? `.accounts.${accountId}` : ""})` } : {}),
    };
  });
  return { textChunkLimit: section.textChunkLimit, reconnect, accounts };
}

/** `default` when present, else the first id in sorted order. */
export function pickDefaultAccountId(accounts: readonly ResolvedAccount[]): string {
  return accounts.find((a) => a.accountId === DEFAULT_ACCOUNT_ID)?.accountId ?? accounts[0]?.accountId ?? DEFAULT_ACCOUNT_ID;
}

function resolvePath(path: string, ctx: ResolveContext): string {
  const expanded = expandHome(path, ctx.env ?? process.env);
  return isAbsolute(expanded) ? expanded : resolve(dirname(ctx.configPath), expanded);
}
