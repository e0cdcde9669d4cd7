/** The built-in reply when no model provider is configured: says so plainly and names the keys to set. */
import type { ResolvedAgent } from "./config.js";

export function offlineReply(agent: ResolvedAgent): string {
  const unresolved = agent.unresolved.length
    ? ` The configured model ${agent.unresolved.map((r) => `"${r}"`).join(", ")} names a provider that is not in models.providers.`
    : "";
  return (
    `[gateway] No model provider is configured for agent "${agent.id}", so no model can answer.${unresolved} ` +
    `To connect one, add models.providers.<id> {baseUrl, apiKey, api: "openai-completions", models: [{id}]} and ` +
    `agents.defaults.model.primary "<id>/<model>" to the config (for example with \`openclaw config set\`); ` +
    `any OpenAI-compatible server works (OpenAI, OpenRouter, Ollama, LM Studio, vLLM, llama.cpp). See docs/agent.md.`
  );
}
