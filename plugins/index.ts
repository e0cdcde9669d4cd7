/**
 * The composition root: the built-in plugins, in the order they are listed to users.
 * The CLI's gateway command hands this list to the core; the core never imports a plugin.
 */
import type { AnyPlugin } from "../core/sdk/plugin.js";
import presence from "./presence/index.js";
import nodes from "./nodes/index.js";
import canvas from "./canvas/index.js";
import agent from "./agent/index.js";
import openaiHttp from "./openai-http/index.js";
import channels from "./channels/index.js";
import telegram from "./telegram/index.js";
import whatsapp from "./whatsapp/index.js";
import controlUi from "./control-ui/index.js";
import automations from "./automations/index.js";
import hostInfo from "./host-info/index.js";
import userPrefs from "./user-prefs/index.js";
import uiThemes from "./ui-themes/index.js";
import absentFeatures from "./absent-features/index.js";
import execApprovals from "./exec-approvals/index.js";

export function builtinPlugins(): AnyPlugin[] {
  return [presence, nodes, canvas, agent, execApprovals, openaiHttp, channels, telegram, whatsapp, automations, controlUi, hostInfo, userPrefs, uiThemes, absentFeatures];
}
