/**
 * The channel contract: what a channel plugin (telegram, whatsapp, a third party's) implements and
 * registers through the `channels` service (`api.use<ChannelsService>("channels").register(channel, {signal: api.signal})`).
 * The channels plugin (the host) owns policy, pairing, dedupe, routing to the agent, idempotent `send`,
 * status and the per-account lifecycle; a channel only moves messages.
 *
 * Types only. Third-party channel plugins get the same types from the SDK entry
 * (`openclaw-gateway-host/plugin`), which re-exports this file; they are part of the versioned plugin API.
 */
import type { ChannelAccessConfig, DmPolicy, Logger } from "../../core/sdk/plugin.js";
import type { ChannelAccountStatus } from "./schemas.js";

export type { ChannelAccessConfig, DmPolicy, GroupPolicy } from "../../core/sdk/plugin.js";

export type ChatType = "direct" | "group";

export interface ChannelCapabilities {
  chatTypes: ChatType[];
  media: boolean;
  /** Outbound text longer than this is split (default 4000). */
  textChunkLimit?: number;
}

/** What the host needs to know about one configured account. */
export interface ChannelAccount {
  accountId: string;
  enabled: boolean;
  /** Has what it needs to start (a token, or saved auth state for WhatsApp). */
  configured: boolean;
  /** Why it is not configured, with the key to set (shown in status). */
  unconfiguredReason?: string;
  /** Where the credential came from ("config", "tokenFile", "env", "authDir"), never the secret. */
  tokenSource?: string;
  /** The account's DM/group access settings (the host applies them). */
  access: ChannelAccessConfig;
  /** Outbound text limit of this account (overrides `capabilities.textChunkLimit`). */
  textChunkLimit?: number;
}

/** One inbound message, normalised by the channel. */
export interface InboundMessage {
  accountId: string;
  /** Chat id (Telegram chat id, WhatsApp JID). Replies go here. */
  chatId: string;
  chatType: ChatType;
  /** Sender id used by policies and pairing (Telegram user id, WhatsApp E.164). */
  senderId: string;
  senderName?: string;
  /** Channel message id; (channel, account, chat, messageId) is the durable dedupe key. */
  messageId: string;
  text: string;
  /** True when the bot was @mentioned (or replied to) in a group. */
  mentioned?: boolean;
  /** From the linked account itself (WhatsApp): bypasses the DM policy. */
  fromSelf?: boolean;
  timestamp: number;
  /** Forum topic / thread id, when the channel has them. */
  threadId?: string;
}

export interface SendTextRequest {
  accountId: string;
  to: string;
  text: string;
  replyToId?: string;
  threadId?: string;
}

export interface SendMediaRequest extends SendTextRequest {
  /** http(s) URL, data: URL or a local file path (the CLI resolves `--media path`). */
  mediaUrl: string;
}

export interface SendResult {
  messageId: string;
  chatId: string;
}

/** Live state of one account, reported by the channel through `ctx.setStatus`. */
export interface AccountStatusPatch {
  linked?: boolean;
  running?: boolean;
  connected?: boolean;
  reconnectAttempts?: number;
  lastConnectedAt?: number;
  lastError?: string | null;
  /** e.g. "polling", "webhook", "degraded", "conflict", "logged-out" */
  mode?: string;
  /** The bot's own name/number once known. */
  self?: string;
}

/** One account's status: the `channels.status` account entry (schemas.ts) without `probe`, which only `channels.status {probe:true}` adds. */
export type AccountStatus = Omit<ChannelAccountStatus, "probe">;

/** Given to `startAccount`: the running account's link to the host. */
export interface AccountRuntime {
  readonly accountId: string;
  /** Aborted when the account must stop (plugin reload, logout, gateway stop). */
  readonly signal: AbortSignal;
  readonly log: Logger;
  /**
   * Hands an inbound message to the host (dedupe → policy → agent → reply through `sendText`).
   * Resolves once the message is taken (deduped durably, policy applied, a pairing code sent);
   * the agent turn and its reply continue in the background, so a slow answer never holds the
   * channel's receive loop. Never rejects.
   */
  receive(message: InboundMessage): Promise<void>;
  setStatus(patch: AccountStatusPatch): void;
}

export interface LoginStartResult {
  /** A data: URL (PNG) of the QR code, for UIs. */
  qrDataUrl?: string;
  /** The raw QR string, for terminals. */
  qr?: string;
  message: string;
}

export interface LoginWaitResult {
  connected: boolean;
  message: string;
}

/** A channel implementation. */
export interface ChannelPlugin {
  /** "telegram", "whatsapp". */
  id: string;
  label: string;
  capabilities: ChannelCapabilities;
  /** Accounts from the channel's config section; called again after a reload. */
  listAccounts(): ChannelAccount[];
  defaultAccountId(): string;
  /** Runs the account until `runtime.signal` aborts; resolves when fully stopped (old poller gone). */
  startAccount(runtime: AccountRuntime): Promise<void>;
  sendText(request: SendTextRequest): Promise<SendResult>;
  sendMedia?(request: SendMediaRequest): Promise<SendResult>;
  /** Is the account linked right now (has a live session / valid token)? Used for NOT_LINKED. */
  isLinked(accountId: string): boolean;
  loginStart?(params: { accountId: string; force?: boolean; timeoutMs?: number }): Promise<LoginStartResult>;
  loginWait?(params: { accountId: string; timeoutMs?: number }): Promise<LoginWaitResult>;
  logout?(accountId: string): Promise<{ cleared: boolean }>;
  /** Optional live check for `channels.status {probe:true}` (e.g. Telegram getMe). */
  probe?(accountId: string, timeoutMs: number): Promise<{ ok: boolean; detail?: string }>;
  /**
   * Canonical form of a sender id or an `allowFrom` entry, so "tg:123" matches sender "123" and
   * "+1 555 0100" matches "+15550100". Default: trimmed as is.
   */
  normalizeAllowEntry?(entry: string): string;
  /** For a channel without `loginStart`: how to link an account (shown by `openclaw channels login`). */
  setupHint?: string;
}

export interface ChannelsService {
  /**
   * Registers a channel; it is removed (and its accounts stopped) when `signal` aborts. When a
   * channel with the same id is still stopping (a plugin reload), its accounts start only after the
   * old ones have fully stopped. After `loginWait` reports `connected`, the host starts that
   * account if it is not running.
   */
  register(channel: ChannelPlugin, options: { signal: AbortSignal }): void;
  /**
   * Checks that a delivery target names a registered channel and a configured account (the default
   * account when `accountId` is omitted); throws INVALID_REQUEST saying what is unknown. Does not
   * require the account to be linked right now (that is checked when sending).
   */
  checkTarget(target: { channel: string; accountId?: string }): void;
  /** Sends text (split at the account's limit) the way `send` does: NOT_LINKED when the account cannot send now. */
  sendText(request: { channel: string; accountId?: string; to: string; text: string; threadId?: string }): Promise<SendResult[]>;
}
