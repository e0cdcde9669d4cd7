/**
 * The model catalog: every model configured under `models.providers.<id>.models`, plus the agents' model refs
 * that name a configured provider, plus (view "all") what each provider reported from `/v1/models` the last
 * time it was asked (`models.list {refresh: true}`). Entries are in upstream's ModelChoice shape.
 */
import { DEFAULT_CONTEXT_WINDOW, resolveModel, type AgentConfig, type ProviderConfig, type ResolvedAgent } from "./config.js";
import type { ProviderFactory } from "./providers/index.js";

export interface ModelChoice {
  id: string;
  name: string;
  provider: string;
  tags?: string[];
  available?: boolean;
  unavailableReason?: "missing-auth";
  contextWindow?: number;
  local?: boolean;
  reasoning?: boolean;
  supportsTools?: boolean;
  input?: Array<"text" | "image" | "audio" | "video" | "document">;
}

export type ProviderOutcome = { provider: string; status: "ready" | "auth-rejected" | "unavailable" };

const INPUT_KINDS = new Set(["text", "image", "audio", "video", "document"]);
/** /v1/models is asked with this budget per provider: a catalog must not hang on one slow server. */
const DISCOVERY_TIMEOUT_MS = 10_000;

/** A provider on this machine (loopback base URL): it needs no key to be usable. */
export function isLocalProvider(provider: ProviderConfig): boolean {
  try {
    const host = new URL(provider.baseUrl).hostname;
    return host === "localhost" || host === "::1" || host === "[::1]" || /^127\./.test(host);
  } catch {
    return false;
  }
}

export function hasKey(provider: ProviderConfig): boolean {
  return typeof provider.apiKey === "string" && provider.apiKey.trim().length > 0;
}

export class ModelCatalog {
  /** What each provider reported on the last refresh. */
  private readonly discovered = new Map<string, Array<{ id: string; name?: string }>>();

  constructor(
    private readonly config: AgentConfig,
    private readonly agents: ReadonlyMap<string, ResolvedAgent>,
    private readonly defaultAgentId: string,
    private readonly providers: ProviderFactory,
  ) {}

  list(options: { agentId?: string; provider?: string; view?: string } = {}): ModelChoice[] {
    const out = new Map<string, ModelChoice>();
    const tags = this.tags(options.agentId ?? this.defaultAgentId);
    const add = (providerId: string, id: string, name?: string) => {
      const key = `${providerId}/${id}`;
      if (out.has(key) || (options.provider && options.provider !== providerId)) return;
      const provider = this.config.models?.providers?.[providerId];
      if (!provider) return;
      const entry = provider.models.find((m) => m.id === id);
      const local = isLocalProvider(provider);
      const available = hasKey(provider) || local;
      const input = (entry?.input ?? ["text"]).filter((k): k is NonNullable<ModelChoice["input"]>[number] => INPUT_KINDS.has(k));
      out.set(key, {
        id,
        name: entry?.name ?? name ?? id,
        provider: providerId,
        ...(tags.get(key)?.length ? { tags: tags.get(key) } : {}),
        available,
        ...(available ? {} : { unavailableReason: "missing-auth" as const }),
        contextWindow: entry?.contextWindow ?? resolveModel(this.config, key)?.contextWindow ?? DEFAULT_CONTEXT_WINDOW,
        local,
        ...(entry?.reasoning !== undefined ? { reasoning: entry.reasoning } : {}),
        supportsTools: true,
        input,
      });
    };
    for (const [providerId, provider] of Object.entries(this.config.models?.providers ?? {})) for (const m of provider.models) add(providerId, m.id, m.name);
    for (const agent of this.agents.values()) for (const m of agent.models) add(m.providerId, m.modelId);
    if (options.view === "all" || options.provider) for (const [providerId, models] of this.discovered) for (const m of models) add(providerId, m.id, m.name);
    return [...out.values()];
  }

  /** Asks every provider (or one) for its models; what answers is kept for view "all". */
  async refresh(only?: string): Promise<ProviderOutcome[]> {
    const entries = Object.entries(this.config.models?.providers ?? {}).filter(([id]) => !only || id === only);
    return Promise.all(
      entries.map(async ([id, provider]): Promise<ProviderOutcome> => {
        const model = resolveModel(this.config, `${id}/${provider.models[0]?.id ?? "catalog"}`);
        if (!model) return { provider: id, status: "unavailable" };
        try {
          const client = await this.providers(model);
          this.discovered.set(id, await client.listModels(AbortSignal.timeout(DISCOVERY_TIMEOUT_MS)));
          return { provider: id, status: "ready" };
        } catch (err) {
          const status = (err as { status?: number }).status;
          return { provider: id, status: status === 401 || status === 403 ? "auth-rejected" : "unavailable" };
        }
      }),
    );
  }

  /** "default" for the agent's primary model, "fallback#n" for its fallbacks. */
  private tags(agentId: string): Map<string, string[]> {
    const tags = new Map<string, string[]>();
    const agent = this.agents.get(agentId);
    agent?.models.forEach((m, i) => tags.set(m.ref, [i === 0 ? "default" : `fallback#${i}`]));
    return tags;
  }

  /** The default agent's primary model ref, or null. */
  defaultModel(agentId?: string): string | null {
    return this.agents.get(agentId ?? this.defaultAgentId)?.models[0]?.ref ?? null;
  }
}
