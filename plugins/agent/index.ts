/** agent: model providers, sessions, the tool registry and agent runs (methods agent, agent.wait, chat.*). */
import { definePlugin, type PluginApi } from "../../core/sdk/plugin.js";
import {
  AgentConfigSchema,
  resolveAgents,
  resolveModel,
  DEFAULT_MAX_MESSAGE_BYTES,
  DEFAULT_MAX_TOOL_STEPS,
  DEFAULT_TIMEOUT_SECONDS,
  DEFAULT_TRANSCRIPT_CACHE_BYTES,
  DEFAULT_TRANSCRIPT_ROTATE_BYTES,
  DEFAULT_PROVIDER_RETRY,
} from "./config.js";
import { createAgentService, type AgentServiceInternals } from "./agent-service.js";
import { createProviderFactory } from "./providers/index.js";
import { createProviderTransport, type ProviderTransport } from "./providers/transport.js";
import { createToolRegistry } from "./tool-registry.js";
import { registerAgentMethods } from "./methods.js";
import { registerModelMethods } from "./model-methods.js";
import { registerUsageMethods } from "./usage-methods.js";
import { ModelCatalog } from "./model-catalog.js";
import { registerSessionMethods } from "./session-methods.js";
import { registerUiMethods } from "./ui-methods.js";
import { AgentEventPayload, ChatEventPayload } from "./schemas.js";
import { sessionStatusTool } from "./session-status-tool.js";
import { agentStatusSection } from "./status-section.js";
import { agentEntryNotes } from "./agent-entries.js";

export type { AgentService, AgentTool, ToolRegistry, AgentRunParams, AgentRunResult, AgentStreamEvent, TranscriptMessage } from "./contract.js";

export default definePlugin({
  name: "agent",
  description: "Agent runs against model providers (OpenAI chat completions and Responses, Anthropic Messages), sessions, tools, model catalog, usage",
  configPaths: ["models", "agents"],
  configSchema: AgentConfigSchema,
  provides: ["agent"],
  async setup(api) {
    const { agents, defaultId } = resolveAgents(api.config);
    const defaults = api.config.agents?.defaults;
    const tools = createToolRegistry();
    let transport: ProviderTransport | undefined;
    const providers = createProviderFactory(() => (transport ??= createProviderTransport()));
    const service: AgentServiceInternals = await createAgentService({
      stateDir: api.stateDir,
      agents,
      defaultAgentId: defaultId,
      timeoutSeconds: defaults?.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
      maxToolSteps: defaults?.maxToolSteps ?? DEFAULT_MAX_TOOL_STEPS,
      maxMessageBytes: defaults?.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES,
      transcriptCacheBytes: defaults?.transcriptCacheBytes ?? DEFAULT_TRANSCRIPT_CACHE_BYTES,
      transcriptRotateBytes: defaults?.transcriptRotateBytes ?? DEFAULT_TRANSCRIPT_ROTATE_BYTES,
      tools,
      providers,
      retry: { ...DEFAULT_PROVIDER_RETRY, ...defaults?.providerRetry },
      resolveModel: (ref) => resolveModel(api.config, ref),
      emit: (event, payload) => void api.emit(event, payload),
      log: api.log,
      signal: api.signal,
    });
    tools.register(sessionStatusTool(() => service), { signal: api.signal });

    api.declareEvent("agent", { scope: "operator.read", payload: AgentEventPayload });
    api.declareEvent("chat", { scope: "operator.read", payload: ChatEventPayload });
    registerAgentMethods(api as PluginApi<unknown>, service);
    registerModelMethods(api as PluginApi<unknown>, api.config, new ModelCatalog(api.config, agents, defaultId, providers), () => service.agentIds());
    registerUsageMethods(api as PluginApi<unknown>, service);
    const rows = registerSessionMethods(api as PluginApi<unknown>, service);
    registerUiMethods(api as PluginApi<unknown>, service, agents, rows);
    api.provide("agent", service);

    for (const note of agentEntryNotes(api.config)) api.log.warn(note);
    for (const agent of agents.values()) {
      if (agent.unresolved.length) api.log.warn(`agent "${agent.id}": model ${agent.unresolved.join(", ")} names a provider missing from models.providers`);
      if (!agent.models.length) api.log.info(`agent "${agent.id}": no model provider configured; replies are a built-in offline notice (see docs/agent.md)`);
    }
    api.registerStatus(agentStatusSection(api.stateDir, agents, defaultId, service));

    return async () => {
      await service.flush();
      transport?.close();
    };
  },
});
