/** What the method files share: the stores, the registry, the forwarder and the plugin api. */
import type { PluginApi } from "../../core/sdk/plugin.js";
import type { PresenceService } from "../presence/contract.js";
import type { CommandPolicy } from "./command-policy.js";
import type { DeviceStore } from "./device-store.js";
import type { InvokeForwarder } from "./invoke.js";
import type { NodeStore } from "./node-store.js";
import type { NodeRegistry } from "./registry.js";
import type { SystemRunGate } from "./contract.js";

export interface NodesContext {
  api: PluginApi<unknown>;
  nodes: NodeStore;
  devices: DeviceStore;
  registry: NodeRegistry;
  forwarder: InvokeForwarder;
  policy: CommandPolicy;
  presence: PresenceService;
  /** The exec-approvals gate for approved system.run requests, while one is installed. */
  runGate: { current?: SystemRunGate };
}
