/** nodes: the node registry, node.invoke forwarding, node and device pairing (the handshake's device gate). */
import { definePlugin, type PluginApi } from "../../core/sdk/plugin.js";
import { NodesConfigSchema, commandOverrides } from "./config.js";
import { CommandPolicy } from "./command-policy.js";
import { createDeviceGate, createDeviceTokenIssuer } from "./device-gate.js";
import { DeviceStore } from "./device-store.js";
import { InvokeForwarder } from "./invoke.js";
import { NodeStore } from "./node-store.js";
import { NodeRegistry } from "./registry.js";
import { registerNodeMethods } from "./node-methods.js";
import { registerPairingMethods } from "./pairing-methods.js";
import { startExpirySweep } from "./expiry.js";
import { createNodesService } from "./service.js";
import type { PresenceService } from "../presence/contract.js";
import { NodeInvokeRequestPayload, PairResolvedPayload, PendingDevice, PendingNode } from "./schemas.js";

export default definePlugin({
  name: "nodes",
  description: "Node registry, node.invoke forwarding, node and device pairing",
  configPaths: ["gateway.nodes"],
  configSchema: NodesConfigSchema,
  requires: ["presence"],
  provides: ["nodes"],
  async setup(api) {
    const nodes = new NodeStore(api.stateDir);
    const devices = new DeviceStore(api.stateDir);
    await Promise.all([nodes.load(), devices.load()]); // an unreadable store fails the plugin; the file is left alone
    const policy = new CommandPolicy(commandOverrides(api.config));
    const registry = new NodeRegistry(api.connections, { nodes, devices }, () => policy);
    const forwarder = new InvokeForwarder((connId, payload) => api.emit("node.invoke.request", payload, { to: connId }) > 0);
    const presence = api.use<PresenceService>("presence");
    // After a reload (e.g. a gateway.nodes change) nodes that stayed connected are still nodes.
    for (const conn of api.connections.list()) if (conn.role === "node") registry.add(conn);

    api.declareEvent("node.invoke.request", { payload: NodeInvokeRequestPayload }); // always targeted at one node (no seq)
    for (const [event, payload] of [
      ["node.pair.requested", PendingNode],
      ["node.pair.resolved", PairResolvedPayload],
      ["device.pair.requested", PendingDevice],
      ["device.pair.resolved", PairResolvedPayload],
    ] as const) {
      api.declareEvent(event, { scope: "operator.pairing", droppable: event.endsWith("requested"), payload });
    }

    api.hooks.onConnect.tap(createDeviceGate({ devices, emit: (event, payload) => api.emit(event, payload) }));
    api.hooks.helloExtras.tap(createDeviceTokenIssuer(devices));
    api.hooks.onConnected.tap(({ conn }) => void (conn.role === "node" && registry.add(conn)));
    api.hooks.onDisconnect.tap(({ conn }) => {
      if (conn.role === "node") registry.remove(conn);
      if (forwarder.size) forwarder.connectionClosed(conn.id);
    });

    const ctx = { api: api as PluginApi<unknown>, nodes, devices, registry, forwarder, policy, presence, runGate: {} };
    registerNodeMethods(ctx);
    registerPairingMethods(ctx);
    api.provide("nodes", createNodesService(ctx));
    api.registerStatus(() => ({
      nodes: { known: registry.list().length, pendingInvokes: forwarder.size, pendingPairings: nodes.pending.map.size + devices.pending.map.size },
    }));

    const stopSweep = startExpirySweep(ctx.api, nodes, devices);

    return async () => {
      stopSweep();
      forwarder.rejectAll("the nodes plugin is stopping");
      await Promise.all([nodes.pending.flush(), nodes.paired.flush(), devices.pending.flush(), devices.paired.flush()]);
    };
  },
});
