/**
 * One provider per configured `models.providers.<id>`, by its `api`. The SDKs are imported on first use
 * (start-up does not pay for them); clients are cached per provider config object, so a config reload,
 * which brings new objects, brings new clients.
 */
import type { ResolvedModel } from "../config.js";
import type { ModelProvider } from "./types.js";
import type { ProviderTransport } from "./transport.js";

export type ProviderFactory = (model: ResolvedModel) => Promise<ModelProvider>;

/** Local servers (Ollama, llama.cpp) need no key, but the SDKs insist on one. */
const NO_KEY = "no-key";

export function createProviderFactory(transport: () => ProviderTransport): ProviderFactory {
  const cache = new WeakMap<object, Promise<ModelProvider>>();
  return (model) => {
    let provider = cache.get(model.provider);
    if (!provider) {
      provider = build(model, transport().fetch);
      cache.set(model.provider, provider);
      provider.catch(() => cache.delete(model.provider));
    }
    return provider;
  };
}

async function build(model: ResolvedModel, fetch: typeof globalThis.fetch): Promise<ModelProvider> {
  const config = model.provider;
  const timeout = (config.timeoutSeconds ?? 600) * 1000;
  // Retries are ours (fallback-runner.ts): the SDKs' own would wait minutes on an overloaded provider.
  if (config.api === "anthropic-messages") {
    const [{ default: Anthropic }, { anthropicMessages }] = await Promise.all([import("@anthropic-ai/sdk"), import("./anthropic-messages.js")]);
    // authToken null: an ANTHROPIC_AUTH_TOKEN in the gateway's environment must not add a second credential.
    const client = new Anthropic({ baseURL: config.baseUrl, apiKey: config.apiKey || NO_KEY, authToken: null, defaultHeaders: config.headers, maxRetries: 0, timeout, fetch });
    return anthropicMessages(client);
  }
  const [{ default: OpenAI }, mod] = await Promise.all([
    import("openai"),
    config.api === "openai-responses" ? import("./openai-responses.js").then((m) => m.openAiResponses) : import("./openai-completions.js").then((m) => m.openAiCompletions),
  ]);
  const client = new OpenAI({ baseURL: config.baseUrl, apiKey: config.apiKey || NO_KEY, defaultHeaders: config.headers, maxRetries: 0, timeout, fetch });
  return mod(client);
}
