/** whatsapp: the WhatsApp Web channel (Baileys) — QR login, atomic auth state, reconnect with backoff, text and media. */
import { definePlugin, type PluginDefinition } from "../../core/sdk/plugin.js";
import type { ChannelsService } from "../channels/contract.js";
import { configSchema, resolveWhatsApp } from "./config.js";
import { createWhatsAppChannel, type WhatsAppChannelOptions } from "./channel.js";
import { createWaSocket } from "./socket.js";

export type { WaSocket, WaSocketFactory, WaSocketOptions } from "./socket.js";

/** Seams for tests (and embedders): the socket factory and timing. Defaults are the real ones. */
export type WhatsAppPluginOptions = Partial<
  Pick<WhatsAppChannelOptions, "createSocket" | "socketOptions" | "random" | "sleep" | "now" | "stableAfterMs" | "allowPrivateMediaNetwork" | "renderQr" | "remoteLogoutTimeoutMs">
>;

export function createWhatsAppPlugin(options: WhatsAppPluginOptions = {}): PluginDefinition<typeof configSchema> {
  return definePlugin({
    name: "whatsapp",
    description: "WhatsApp channel (Baileys): QR login, reconnect with backoff, text and media",
    configPaths: ["channels.whatsapp"],
    configSchema,
    requires: ["channels"],
    async setup(api) {
      const settings = resolveWhatsApp(api.config, { stateDir: api.stateDir, configPath: api.gateway.configPath });
      // Baileys is imported by the socket factory only when an account connects or logs in.
      const wa = createWhatsAppChannel({ ...options, createSocket: options.createSocket ?? createWaSocket, settings, log: api.log, signal: api.signal });
      api.use<ChannelsService>("channels").register(wa.channel, { signal: api.signal });
      return () => wa.close();
    },
  });
}

export default createWhatsAppPlugin();
