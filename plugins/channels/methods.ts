/** `send`, `channels.status`, `channels.logout`, `web.login.start` and `web.login.wait`. */
import { Type, invalidRequest, IdempotencyCache, type PluginApi } from "../../core/sdk/plugin.js";
import { sendMessage } from "./send-message.js";
import { accountStatuses, summarize } from "./status.js";
import {
  ChannelsStatusResult, LoginStartParams, LoginStartResult, LoginWaitParams, LoginWaitResult, LogoutParams, LogoutResult, SendParams, SendResult, StatusParams,
} from "./schemas.js";
import type { ChannelRegistry, RegisteredChannel } from "./registry.js";

export function registerMethods(api: PluginApi<unknown>, registry: ChannelRegistry): void {
  const sends = new IdempotencyCache<typeof SendResult.static>();

  api.registerMethod("send", {
    scope: "operator.write",
    params: SendParams,
    result: SendResult,
    description: "Sends a message (text and/or media) through a channel; idempotent per idempotencyKey.",
    handler: (p) => sends.run(`send:${p.idempotencyKey}`, () => sendMessage(registry, p)).promise,
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
