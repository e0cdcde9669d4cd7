/** channels: the channel host — registry and account lifecycle, send, status, DM pairing, inbound → agent → reply. */
import { definePlugin, type PluginApi } from "../../core/sdk/plugin.js";
import { ChannelRegistry } from "./registry.js";
import { InboundDedupe } from "./dedupe-store.js";
import { PairingStore } from "./pairing-store.js";
import { InboundRouter } from "./router.js";
import { registerMethods } from "./methods.js";
import { registerMessageAction } from "./message-action.js";
import { registerPairingMethods } from "./pairing-methods.js";
import { healthSection, statusSection } from "./status.js";
import { messageTool } from "./tool.js";
import { assertLinked, deliver, resolveTarget } from "./outbound.js";
import type { ChannelsService } from "./contract.js";
import type { AgentService } from "../agent/contract.js";

export type * from "./contract.js";

export default definePlugin({
  name: "channels",
  description: "Channel host: send, channels.status, DM pairing, inbound messages → agent → reply",
  requires: ["agent"],
  provides: ["channels"],
  async setup(api) {
    const agent = api.use<AgentService>("agent");
    const dedupe = new InboundDedupe(api.stateDir, api.log);
    dedupe.load(); // an unreadable file fails the plugin and is left untouched
    const pairing = new PairingStore(api.stateDir);
    const router: InboundRouter = new InboundRouter({ registry: () => registry, dedupe, pairing, agent, log: api.log, signal: api.signal });
    const registry: ChannelRegistry = new ChannelRegistry({
      log: api.log,
      skipStart: process.env.OPENCLAW_SKIP_CHANNELS === "1",
      onChange: () => api.healthChanged(),
      receive: (entry, message) => router.receive(entry, message),
    });

    const service: ChannelsService = {
      register: (channel, { signal }) => registry.register(channel, signal),
      checkTarget: ({ channel, accountId }) => void resolveTarget(registry, channel, accountId),
      sendText: async ({ channel, accountId, to, text, threadId }) => {
        const target = resolveTarget(registry, channel, accountId);
        assertLinked(registry, target);
        return deliver(registry, target, { to, text, ...(threadId ? { threadId } : {}) });
      },
    };
    api.provide("channels", service);
    registerMethods(api as PluginApi<unknown>, registry);
    registerMessageAction(api as PluginApi<unknown>, registry);
    registerPairingMethods(api as PluginApi<unknown>, registry, pairing);
    api.registerHealth(() => healthSection(registry));
    api.registerStatus(() => statusSection(registry));
    agent.tools.register(messageTool(() => registry), { signal: api.signal });

    return async () => {
      await registry.stopAll();
      await router.drain();
      await Promise.all([dedupe.flush(), pairing.flush()]);
    };
  },
});
