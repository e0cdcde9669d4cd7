/**
 * `models.list` (the catalog, upstream's shape; advertises "published-model-catalog", which the official
 * CLI's `openclaw models list` requires) and `models.authStatus` (whether each provider has a key configured;
 * it never calls a provider).
 */
import { invalidRequest, type PluginApi } from "../../core/sdk/plugin.js";
import { ModelsAuthStatusParams, ModelsAuthStatusResult, ModelsListParams, ModelsListResult } from "./usage-schemas.js";
import { hasKey, type ModelCatalog } from "./model-catalog.js";
import type { AgentConfig } from "./config.js";

export const PUBLISHED_MODEL_CATALOG = "published-model-catalog";

export function registerModelMethods(api: PluginApi<unknown>, config: AgentConfig, catalog: ModelCatalog, agentIds: () => string[]): void {
  const checkAgent = (agentId: string | undefined) => {
    if (agentId && !agentIds().includes(agentId)) throw invalidRequest(`unknown agent "${agentId}"; configured agents: ${agentIds().join(", ")}`);
  };

  api.registerMethod("models.list", {
    params: ModelsListParams,
    result: ModelsListResult,
    scope: "operator.read",
    capabilities: [PUBLISHED_MODEL_CATALOG],
    description: "The model catalog: configured models (and, after refresh, what providers report), with context window, input kinds and auth",
    async handler(p) {
      checkAgent(p.agentId);
      if (p.preparedOnly && p.refresh) throw invalidRequest("preparedOnly and refresh cannot be combined");
      const outcomes = p.refresh ? await catalog.refresh(p.provider) : undefined;
      const models = catalog.list({ agentId: p.agentId, provider: p.provider, view: p.refresh ? "all" : p.view });
      return {
        models,
        ...(p.includeDefaultModels ? { defaultModels: { automaticUtilityModel: catalog.defaultModel(p.agentId) } } : {}),
        ...(outcomes ? { providerOutcomes: outcomes, refreshFailed: outcomes.some((o) => o.status !== "ready") } : {}),
      };
    },
  });

  api.registerMethod("models.authStatus", {
    params: ModelsAuthStatusParams,
    result: ModelsAuthStatusResult,
    scope: "operator.read",
    description: "Per configured provider: whether an API key is configured (status static) or not (missing); no provider is called",
    handler(p) {
      checkAgent(p.agentId || undefined);
      const providers = Object.entries(config.models?.providers ?? {}).map(([id, provider]) => ({
        provider: id,
        authProvider: id,
        displayName: id,
        status: hasKey(provider) ? ("static" as const) : ("missing" as const),
        profiles: [],
      }));
      return { ts: Date.now(), providers };
    },
  });
}
