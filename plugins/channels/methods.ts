/** `send`, `channels.status`, `channels.logout`, `web.login.start` and `web.login.wait`. */
import { Type, invalidRequest, toGatewayError, IdempotencyCache, type PluginApi } from "../../core/sdk/plugin.js";
import { assertLinked, deliver, resolveTarget } from "./outbound.js";
import { accountStatuses, summarize } from "./status.js";
import {
  ChannelsStatusResult, LoginStartParams, LoginStartResult, LoginWaitParams, LoginWaitResult, LogoutParams, LogoutResult, SendParams, SendResult, StatusParams,
} from "./schemas.js";
import type { ChannelRegistry, RegisteredChannel } from "./registry.js";

/** Media the gateway may hand to a channel: a URL the channel fetches, or inline data. Never a path on the gateway host. */
function checkMediaUrl(url: string): string {
  if (/^https?:\/\//i.test(url) || /^data:[^,]*,/i.test(url)) return url;
  throw invalidRequest(`mediaUrl must be an http(s) URL or a data: URL (a local file is sent by the CLI as a data: URL), got ${JSON.stringify(url.slice(0, 80))}`);
}

export function registerMethods(api: PluginApi<unknown>, registry: ChannelRegistry): void {
  const sends = new IdempotencyCache<typeof SendResult.static>();

  api.registerMethod("send", {
    scope: "operator.write",
    params: SendParams,
    result: SendResult,
    description: "Sends a message (text and/or media) through a channel; idempotent per idempotencyKey.",
    handler: (p) => sends.run(`send:${p.idempotencyKey}`, async () => {
      const text = p.message?.trim() ? p.message : undefined;
      const media = [...(p.mediaUrl ? [p.mediaUrl] : []), ...(p.mediaUrls ?? [])].map(checkMediaUrl);
      if (!text && !media.length) throw invalidRequest("send needs a message or a mediaUrl");
      const target = resolveTarget(registry, p.channel, p.accountId);
      assertLinked(registry, target);
      const to = p.to.trim();
      const threadId = p.threadId === undefined ? undefined : String(p.threadId);
      try {
        const results = [];
        if (!media.length) results.push(...await deliver(registry, target, { to, text, threadId }));
        for (const [i, mediaUrl] of media.entries()) {
          results.push(...await deliver(registry, target, { to, mediaUrl, threadId, text: i === 0 ? text : undefined }));
        }
        const first = results[0];
        return {
          runId: p.idempotencyKey,
          messageId: first.messageId,
          channel: target.entry.channel.id,
          accountId: target.account.accountId,
          chatId: first.chatId,
          ...(results.length > 1 ? { messageIds: results.map((r) => r.messageId) } : {}),
        };
      } catch (err) {
        throw toGatewayError(err);
      }
    }).promise,
  });

  api.registerMethod("channels.status", {
    scope: "operator.read",
    params: StatusParams,
    result: ChannelsStatusResult,
    description: "Every channel and account: configured, linked, running, connected, errors and activity; probe: a live check.",
    handler: async ({ probe, timeoutMs = 5000 }) => {
      const channels: ChannelsStatusResult["channels"] = {};
      const channelAccounts: ChannelsStatusResult["channelAccounts"] = {};
      const channelLabels: Record<string, string> = {};
      const channelDefaultAccountId: Record<string, string> = {};
      for (const entry of registry.list()) {
        const id = entry.channel.id;
        const accounts = accountStatuses(registry, entry);
        const { label, defaultAccountId, ...summary } = summarize(entry, accounts);
        channelLabels[id] = label;
        channelDefaultAccountId[id] = defaultAccountId;
        channels[id] = summary;
        channelAccounts[id] = probe && entry.channel.probe
          ? await Promise.all(accounts.map(async (a) => (a.configured ? { ...a, probe: await runProbe(entry, a.accountId, timeoutMs) } : a)))
          : accounts;
      }
      return { ts: Date.now(), channelOrder: Object.keys(channels), channelLabels, channels, channelAccounts, channelDefaultAccountId };
    },
  });

  api.registerMethod("channels.logout", {
    scope: "operator.admin",
    params: LogoutParams,
    result: LogoutResult,
    description: "Logs an account out (WhatsApp: unlinks and deletes its auth state) and stops it.",
    handler: async ({ channel, accountId }) => {
      const entry = pickChannel(registry, channel, "logout");
      const id = accountId ?? entry.channel.defaultAccountId();
      if (!entry.channel.logout) throw invalidRequest(lacks(entry, "logout"));
      await registry.stop(entry, id);
      const result = await entry.channel.logout(id);
      api.healthChanged();
      return { channel: entry.channel.id, accountId: id, ...result };
    },
  });

  api.registerMethod("web.login.start", {
    scope: "operator.admin",
    params: LoginStartParams,
    result: LoginStartResult,
    description: "Starts linking an account by QR code (WhatsApp); returns the QR as a data URL and as text.",
    handler: async ({ channel, accountId, force, timeoutMs }) => {
      const entry = pickChannel(registry, channel, "login");
      if (!entry.channel.loginStart) throw invalidRequest(lacks(entry, "login"));
      const id = accountId ?? entry.channel.defaultAccountId();
      const result = await entry.channel.loginStart({ accountId: id, force, timeoutMs });
      return { channel: entry.channel.id, accountId: id, ...result };
    },
  });

  api.registerMethod("web.login.wait", {
    scope: "operator.admin",
    params: LoginWaitParams,
    result: LoginWaitResult,
    description: "Waits for the QR code from web.login.start to be scanned; then starts the account.",
    handler: async ({ channel, accountId, timeoutMs }) => {
      const entry = pickChannel(registry, channel, "login");
      if (!entry.channel.loginWait) throw invalidRequest(lacks(entry, "login"));
      const id = accountId ?? entry.channel.defaultAccountId();
      const result = await entry.channel.loginWait({ accountId: id, timeoutMs });
      if (result.connected) {
        const account = registry.account(entry, id);
        if (account?.enabled && account.configured) registry.start(entry, id);
        api.healthChanged();
      }
      return { channel: entry.channel.id, accountId: id, ...result };
    },
  });
}

function lacks(entry: RegisteredChannel, what: "login" | "logout"): string {
  return `${entry.channel.label} has no ${what}${entry.channel.setupHint ? `: ${entry.channel.setupHint}` : ""}`;
}

/** The named channel, else the only one that supports `what`. */
function pickChannel(registry: ChannelRegistry, channel: string | undefined, what: "login" | "logout"): RegisteredChannel {
  if (channel) {
    const entry = registry.get(channel.trim().toLowerCase());
    if (!entry) throw invalidRequest(`unknown channel "${channel}" (available: ${registry.list().map((e) => e.channel.id).join(", ") || "none"})`);
    return entry;
  }
  const capable = registry.list().filter((e) => (what === "login" ? e.channel.loginStart : e.channel.logout));
  if (capable.length === 1) return capable[0];
  if (!capable.length) throw invalidRequest(`no channel with a ${what} is available${registry.list().length ? ` (${registry.list().map((e) => lacks(e, what)).join("; ")})` : ""}`);
  throw invalidRequest(`several channels support ${what}: pass channel (${capable.map((e) => e.channel.id).join(", ")})`);
}

async function runProbe(entry: RegisteredChannel, accountId: string, timeoutMs: number): Promise<{ ok: boolean; detail?: string }> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      (entry.channel.probe as NonNullable<typeof entry.channel.probe>)(accountId, timeoutMs),
      new Promise<{ ok: boolean; detail: string }>((resolve) => {
        timer = setTimeout(() => resolve({ ok: false, detail: `no answer within ${timeoutMs} ms` }), timeoutMs + 500);
      }),
    ]);
  } catch (err) {
    return { ok: false, detail: (err as Error).message };
  } finally {
    clearTimeout(timer);
  }
}
