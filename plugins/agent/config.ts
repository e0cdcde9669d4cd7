/**
 * The agent plugin's config: `models.providers.<id>` (upstream-compatible keys) and `agents.defaults` /
 * `agents.entries.<id>` (upstream's shape; `agents.list` is our round-1 spelling, still accepted, see
 * agent-entries.ts). Defaults live here and nowhere else.
 */
import { Type, type Static } from "../../core/sdk/plugin.js";
import { agentEntryList } from "./agent-entries.js";

const closed = { additionalProperties: false } as const;

/** Retry policy per model before falling back: about 3 s of overload retries, 429 waits up to 5 s. */
export const DEFAULT_PROVIDER_RETRY = { overloadRetries: 2, overloadBackoffMs: 1000, maxRetryAfterMs: 5_000 } as const;
export interface ProviderRetryPolicy {
  overloadRetries: number;
  overloadBackoffMs: number;
  maxRetryAfterMs: number;
}

/** 256 KiB ≈ 64k tokens: more than any chat app sends, and a message that alone fills a typical model window. */
export const DEFAULT_MAX_MESSAGE_BYTES = 256 * 1024;
/** Below the 25 MiB WebSocket frame limit and the 20 MB HTTP body cap, so the agent's limit is the one that speaks. */
const MAX_MESSAGE_BYTES_CEILING = 16 * 1024 * 1024;
export const DEFAULT_TRANSCRIPT_CACHE_BYTES = 32 * 1024 * 1024;
export const DEFAULT_TRANSCRIPT_ROTATE_BYTES = 16 * 1024 * 1024;
/** "<provider>/<model>", e.g. "openrouter/anthropic/claude-sonnet" (the model part may contain slashes). */
const ModelRef = Type.String({ minLength: 3, pattern: "^[A-Za-z0-9_.-]+/.+$" });
const ModelSelection = Type.Object({ primary: Type.Optional(ModelRef), fallbacks: Type.Optional(Type.Array(ModelRef, { maxItems: 10 })) }, closed);
const AgentId = Type.String({ pattern: "^[a-z0-9][a-z0-9_-]{0,63}$" });

const ProviderModel = Type.Object(
  {
    id: Type.String({ minLength: 1 }),
    name: Type.Optional(Type.String()),
    /** Tokens the model accepts; history is trimmed to fit. */
    contextWindow: Type.Optional(Type.Integer({ minimum: 1024 })),
    /** Tokens reserved for (and requested as) the reply. */
    maxTokens: Type.Optional(Type.Integer({ minimum: 16 })),
    reasoning: Type.Optional(Type.Boolean()),
    input: Type.Optional(Type.Array(Type.String())),
    /** Prices per 1M tokens (upstream's units); without them usage is recorded in tokens only. */
    cost: Type.Optional(
      Type.Object(
        {
          input: Type.Number({ minimum: 0 }),
          output: Type.Number({ minimum: 0 }),
          cacheRead: Type.Optional(Type.Number({ minimum: 0 })),
          cacheWrite: Type.Optional(Type.Number({ minimum: 0 })),
        },
        closed,
      ),
    ),
  },
  closed,
);

/** The wire APIs a provider may speak (upstream's names). */
export const PROVIDER_APIS = ["openai-completions", "openai-responses", "anthropic-messages"] as const;
export type ProviderApi = (typeof PROVIDER_APIS)[number];

const Provider = Type.Object(
  {
    baseUrl: Type.String({ pattern: "^https?://" }),
    /** The provider's key; `${VAR}` in the file keeps it out of the config. Optional for local servers (Ollama, llama.cpp). */
    apiKey: Type.Optional(Type.String({ sensitive: true })),
    /** The wire API: OpenAI chat completions (default), OpenAI Responses, or Anthropic Messages. */
    api: Type.Union(PROVIDER_APIS.map((a) => Type.Literal(a)), { default: "openai-completions" }),
    models: Type.Array(ProviderModel, { default: [] }),
    /** Extra request headers; every value is treated as a secret (Authorization, x-api-key, …). */
    headers: Type.Optional(Type.Record(Type.String(), Type.String({ sensitive: true }))),
    /** Per-request timeout to this provider (the run's own budget still applies). */
    timeoutSeconds: Type.Optional(Type.Integer({ minimum: 1, maximum: 3600 })),
  },
  closed,
);

const AgentEntry = Type.Object(
  {
    id: AgentId,
    default: Type.Optional(Type.Boolean()),
    name: Type.Optional(Type.String()),
    model: Type.Optional(Type.Union([ModelRef, ModelSelection])),
    /** Extra instructions for this agent, added to the system prompt. */
    systemPrompt: Type.Optional(Type.String({ maxLength: 100_000 })),
  },
  closed,
);

export const AgentConfigSchema = Type.Object(
  {
    models: Type.Optional(
      Type.Object(
        {
          mode: Type.Optional(Type.Union([Type.Literal("merge"), Type.Literal("replace")])),
          providers: Type.Record(Type.String({ pattern: "^[A-Za-z0-9_.-]+$" }), Provider, { default: {} }),
        },
        closed,
      ),
    ),
    agents: Type.Optional(
      Type.Object(
        {
          defaults: Type.Optional(
            Type.Object(
              {
                model: Type.Optional(Type.Union([ModelRef, ModelSelection])),
                /** Whole-run budget for one agent turn. */
                timeoutSeconds: Type.Integer({ minimum: 1, maximum: 86_400, default: 600 }),
                /** Model ↔ tool round trips per turn before the agent must answer. */
                maxToolSteps: Type.Integer({ minimum: 0, maximum: 50, default: 8 }),
                /** Extra instructions for every agent, added to the system prompt. */
                systemPrompt: Type.Optional(Type.String({ maxLength: 100_000 })),
                workspace: Type.Optional(Type.String()),
                /** Largest user message (UTF-8 bytes) a turn accepts, from any way in; larger ones are refused. */
                maxMessageBytes: Type.Integer({ minimum: 1024, maximum: MAX_MESSAGE_BYTES_CEILING, default: DEFAULT_MAX_MESSAGE_BYTES }),
                /** Memory for cached transcript tails, across every agent and session (least recently used dropped first). */
                transcriptCacheBytes: Type.Integer({ minimum: 0, maximum: 4 * 1024 ** 3, default: DEFAULT_TRANSCRIPT_CACHE_BYTES }),
                /** A transcript file about to pass this size is archived and a new segment started (nothing is deleted). */
                transcriptRotateBytes: Type.Integer({ minimum: 64 * 1024, maximum: 4 * 1024 ** 3, default: DEFAULT_TRANSCRIPT_ROTATE_BYTES }),
                /** How long one model is retried before the next fallback is tried (short, so an overload falls back in seconds). */
                providerRetry: Type.Optional(
                  Type.Object(
                    {
                      /** Extra attempts on the same model after an overload (529/503). */
                      overloadRetries: Type.Integer({ minimum: 0, maximum: 5, default: DEFAULT_PROVIDER_RETRY.overloadRetries }),
                      /** First backoff after an overload, doubled per attempt. */
                      overloadBackoffMs: Type.Integer({ minimum: 0, maximum: 60_000, default: DEFAULT_PROVIDER_RETRY.overloadBackoffMs }),
                      /** A 429 whose retry-after is at most this long is waited out; a longer one moves on (or surfaces retryAfterMs). */
                      maxRetryAfterMs: Type.Integer({ minimum: 0, maximum: 600_000, default: DEFAULT_PROVIDER_RETRY.maxRetryAfterMs }),
                    },
                    closed,
                  ),
                ),
                /** Owned and validated by the automations plugin (its configPaths); accepted here so this closed object allows it. */
                heartbeat: Type.Optional(Type.Unknown()),
              },
              closed,
            ),
          ),
          /** Upstream's shape: the key is the agent id. */
          entries: Type.Optional(Type.Record(AgentId, Type.Omit(AgentEntry, ["id"]), { maxProperties: 100 })),
          /** Deprecated (round-1 spelling of agents.entries), still accepted. */
          list: Type.Array(AgentEntry, { default: [], maxItems: 100 }),
        },
        closed,
      ),
    ),
  },
  closed,
);

export type AgentConfig = Static<typeof AgentConfigSchema>;
export type ProviderConfig = Static<typeof Provider>;
export type ProviderModelConfig = Static<typeof ProviderModel>;
export type AgentEntryConfig = Static<typeof AgentEntry>;

export const DEFAULT_AGENT_ID = "main";
export const DEFAULT_TIMEOUT_SECONDS = 600;
export const DEFAULT_MAX_TOOL_STEPS = 8;
/** Used when a provider's model entry does not say (conservative: most local models manage this). */
export const DEFAULT_CONTEXT_WINDOW = 32_000;
export const DEFAULT_MAX_TOKENS = 4096;

/** One model the agent may call, resolved against the provider table. */
export interface ResolvedModel {
  ref: string;
  providerId: string;
  modelId: string;
  provider: ProviderConfig;
  contextWindow: number;
  maxTokens: number;
  /** The configured model entry, when there is one (name, reasoning, input kinds, cost). */
  entry?: ProviderModelConfig;
}

export interface ResolvedAgent {
  id: string;
  name?: string;
  /** Primary first, then fallbacks; empty when no provider is configured (offline reply). */
  models: ResolvedModel[];
  /** Model refs that name an unknown provider (reported, not fatal). */
  unresolved: string[];
  systemPrompt?: string;
}

function selection(model: string | Static<typeof ModelSelection> | undefined): string[] {
  if (model === undefined) return [];
  if (typeof model === "string") return [model];
  return [...(model.primary ? [model.primary] : []), ...(model.fallbacks ?? [])];
}

export function resolveModel(config: AgentConfig, ref: string): ResolvedModel | undefined {
  const slash = ref.indexOf("/");
  const providerId = ref.slice(0, slash);
  const modelId = ref.slice(slash + 1);
  const provider = config.models?.providers?.[providerId];
  if (!provider) return undefined;
  const entry = provider.models.find((m) => m.id === modelId);
  return {
    ref,
    providerId,
    modelId,
    provider,
    contextWindow: entry?.contextWindow ?? DEFAULT_CONTEXT_WINDOW,
    maxTokens: entry?.maxTokens ?? DEFAULT_MAX_TOKENS,
    ...(entry ? { entry } : {}),
  };
}

/** The first provider's first model: what a one-provider config means when no primary is named. */
function implicitModel(config: AgentConfig): string[] {
  const providers = Object.entries(config.models?.providers ?? {});
  for (const [id, provider] of providers) if (provider.models[0]) return [`${id}/${provider.models[0].id}`];
  return [];
}

export function resolveAgents(config: AgentConfig): { agents: Map<string, ResolvedAgent>; defaultId: string } {
  const defaults = config.agents?.defaults;
  const list = agentEntryList(config);
  const entries = list.length ? list : [{ id: DEFAULT_AGENT_ID }];
  const agents = new Map<string, ResolvedAgent>();
  for (const entry of entries) {
    const refs = selection("model" in entry ? entry.model : undefined);
    const chosen = refs.length ? refs : selection(defaults?.model).length ? selection(defaults?.model) : implicitModel(config);
    const models: ResolvedModel[] = [];
    const unresolved: string[] = [];
    for (const ref of chosen) {
      const model = resolveModel(config, ref);
      if (model) models.push(model);
      else unresolved.push(ref);
    }
    const prompts = [defaults?.systemPrompt, "systemPrompt" in entry ? entry.systemPrompt : undefined].filter((p): p is string => !!p);
    agents.set(entry.id, { id: entry.id, name: "name" in entry ? entry.name : undefined, models, unresolved, systemPrompt: prompts.join("\n\n") || undefined });
  }
  const defaultId = list.find((a) => a.default)?.id ?? entries[0].id;
  return { agents, defaultId };
}
