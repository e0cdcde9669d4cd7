/** The WhatsApp ChannelPlugin: accounts from config, their connections, send, login and logout. */
import { GatewayError, ERROR_CODES } from "../../core/sdk/plugin.js";
import type { ChannelAccount, ChannelPlugin, SendMediaRequest, SendResult, SendTextRequest } from "../channels/contract.js";
import { WhatsAppAccount, type AccountDeps } from "./account.js";
import { clearAuthDir, hasSavedCreds, savedCredsProbe } from "./auth-store.js";
import { pickDefaultAccountId, type ResolvedWhatsApp } from "./config.js";
import { normalizeAllowEntry, toWhatsAppJid } from "./jid.js";
import { WhatsAppLogin } from "./login.js";
import { REMOTE_LOGOUT_TIMEOUT_MS, unlinkRemotely } from "./remote-logout.js";
import { captionNeedsOwnMessage, loadMedia, mediaContent } from "./media.js";
import type { WaOutboundContent, WaSocket } from "./socket.js";

export interface WhatsAppChannelOptions extends Omit<AccountDeps, "policy"> {
  settings: ResolvedWhatsApp;
  /** Aborted when the plugin is disposed: every account connection stops. */
  signal: AbortSignal;
  /** How long logout waits for a connection to unlink the device on WhatsApp's side (default 10 s). */
  remoteLogoutTimeoutMs?: number;
  /** Let http(s) media come from private addresses (tests only; off = SSRF guard). */
  allowPrivateMediaNetwork?: boolean;
  renderQr?: (qr: string) => Promise<string>;
}

export interface WhatsAppChannel {
  channel: ChannelPlugin;
  /** Ends logins and waits for every account connection to stop. */
  close(): Promise<void>;
}

const notLinked = (accountId: string) =>
  new GatewayError(
    ERROR_CODES.NOT_LINKED,
    `WhatsApp account ${accountId} is not linked; run \`openclaw channels login --channel whatsapp --account ${accountId}\``,
    { details: { channel: "whatsapp", accountId } },
  );

export function createWhatsAppChannel(options: WhatsAppChannelOptions): WhatsAppChannel {
  const { settings, log } = options;
  const savedCreds = savedCredsProbe();
  const accounts = new Map(settings.accounts.map((a) => [a.accountId, new WhatsAppAccount(a, { ...options, policy: settings.reconnect, savedCreds })]));
  const runs = new Set<Promise<void>>();

  const account = (accountId: string): WhatsAppAccount => {
    const found = accounts.get(accountId);
    if (found) return found;
    throw new GatewayError(ERROR_CODES.INVALID_REQUEST, `unknown WhatsApp account "${accountId}" (configured: ${[...accounts.keys()].join(", ")}); add it under channels.whatsapp.accounts`);
  };
  const liveSocket = (accountId: string): { acc: WhatsAppAccount; sock: WaSocket } => {
    const acc = account(accountId);
    if (acc.live) return { acc, sock: acc.live };
    if (!acc.hasLink()) throw notLinked(accountId);
    const stopped = acc.stopped;
    if (stopped) {
      // Linked, but the account gave up by itself: retrying the send cannot help until it is restarted.
      throw new GatewayError(ERROR_CODES.UNAVAILABLE, `WhatsApp account ${accountId} is linked but stopped (${stopped.mode}): ${stopped.reason}`, { retryable: false, details: { channel: "whatsapp", accountId, code: "NOT_CONNECTED", mode: stopped.mode } });
    }
    // Still linked, just not connected right now (a network drop): worth retrying, no new login needed.
    throw new GatewayError(ERROR_CODES.UNAVAILABLE, `WhatsApp account ${accountId} is linked but not connected right now (reconnecting); try again shortly, or see \`openclaw channels status\``, { retryable: true, details: { channel: "whatsapp", accountId, code: "NOT_CONNECTED" } });
  };
  const send = async (acc: WhatsAppAccount, sock: WaSocket, jid: string, content: WaOutboundContent): Promise<string> => {
    let sent;
    try {
      sent = await sock.sendMessage(jid, content);
    } catch (err) {
      throw new GatewayError(ERROR_CODES.UNAVAILABLE, `WhatsApp account ${acc.accountId} could not send to ${jid}: ${(err as Error).message}`, { retryable: true, cause: err });
    }
    const id = sent?.key.id ?? "";
    acc.rememberSent(id);
    return id;
  };

  const login = new WhatsAppLogin({ ...options, account });

  const channel: ChannelPlugin = {
    id: "whatsapp",
    label: "WhatsApp",
    capabilities: { chatTypes: ["direct", "group"], media: true, textChunkLimit: settings.textChunkLimit },
    listAccounts(): ChannelAccount[] {
      return settings.accounts.map((a) => {
        const linkedOnce = savedCreds.has(a.authDir);
        const configured = linkedOnce && !a.problem;
        const reason = a.problem ?? `run \`openclaw channels login --channel whatsapp --account ${a.accountId}\` and scan the QR code`;
        return {
          accountId: a.accountId,
          enabled: a.enabled,
          configured,
          ...(linkedOnce ? { tokenSource: "authDir" } : {}),
          ...(configured ? {} : { unconfiguredReason: reason }),
          access: a.access,
          textChunkLimit: a.textChunkLimit,
        };
      });
    },
    defaultAccountId: () => pickDefaultAccountId(settings.accounts),
    async startAccount(runtime) {
      const run = account(runtime.accountId).run(runtime, options.signal);
      runs.add(run);
      try {
        await run;
      } finally {
        runs.delete(run);
      }
    },
    async sendText(request: SendTextRequest): Promise<SendResult> {
      const { acc, sock } = liveSocket(request.accountId);
      const jid = toWhatsAppJid(request.to);
      return { messageId: await send(acc, sock, jid, { text: request.text }), chatId: jid };
    },
    async sendMedia(request: SendMediaRequest): Promise<SendResult> {
      liveSocket(request.accountId); // fail fast before downloading anything
      const jid = toWhatsAppJid(request.to);
      const media = await loadMedia(request.mediaUrl, { signal: options.signal, allowPrivateNetwork: options.allowPrivateMediaNetwork });
      const { acc, sock } = liveSocket(request.accountId);
      const content = mediaContent(media, request.text);
      const messageId = await send(acc, sock, jid, content);
      if (captionNeedsOwnMessage(content, request.text)) await send(acc, sock, jid, { text: request.text });
      return { messageId, chatId: jid };
    },
    normalizeAllowEntry: normalizeAllowEntry,
    isLinked: (accountId) => accounts.get(accountId)?.hasLink() ?? false,
    loginStart: (params) => login.start(params),
    loginWait: (params) => login.wait(params),
    async logout(accountId) {
      const acc = account(accountId);
      await login.cancel(accountId);
      const dir = acc.account.authDir;
      // The host usually stopped the account first; then a short-lived connection does the unlinking.
      let remote: string;
      if (acc.live) {
        remote = await acc.live.logout().then(() => "unlinked on WhatsApp", (err: Error) => `not unlinked on WhatsApp (${err.message})`);
      } else if (acc.isLoggedOut || !hasSavedCreds(dir)) {
        remote = "already unlinked";
      } else {
        const ok = await unlinkRemotely({ ...options, accountId, authDir: dir, timeoutMs: options.remoteLogoutTimeoutMs ?? REMOTE_LOGOUT_TIMEOUT_MS });
        remote = ok ? "unlinked on WhatsApp" : "WhatsApp not reachable: remove the device under Linked devices on the phone";
      }
      acc.markLoggedOut();
      const cleared = await clearAuthDir(dir);
      savedCreds.forget();
      log.info(`WhatsApp account ${accountId} logged out (${remote}; ${cleared ? "auth state deleted" : "there was no auth state"})`);
      return { cleared };
    },
  };

  return {
    channel,
    async close() {
      await login.close();
      await Promise.allSettled([...runs]);
    },
  };
}
