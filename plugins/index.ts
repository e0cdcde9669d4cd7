/**
 * The composition root: the built-in plugins, in the order they are listed to users.
 * The CLI's gateway command hands this list to the core; the core never imports a plugin.
 */
import type { PluginDefinition } from "../core/index.js";
import presence from "./presence/index.js";
import nodes from "./nodes/index.js";
import canvas from "./canvas/index.js";
import agent from "./agent/index.js";
import openaiHttp from "./openai-http/index.js";
import channels from "./channels/index.js";
import telegram from "./telegram/index.js";
import whatsapp from "./whatsapp/index.js";
import controlUi from "./control-ui/index.js";

export function builtinPlugins(): PluginDefinition[] {
  return [presence as PluginDefinition, nodes as PluginDefinition, canvas as PluginDefinition, agent as PluginDefinition, openaiHttp as PluginDefinition, channels as PluginDefinition, telegram as PluginDefinition, whatsapp as PluginDefinition, controlUi];
}
