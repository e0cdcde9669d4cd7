/** What a turn's tokens cost at the model entry's configured prices (per 1M tokens, as upstream writes them). */
import type { ProviderModelConfig } from "./config.js";
import type { TokenUsage } from "./providers/types.js";

export interface UsageCost {
  input: number;
  output: number;
  cacheRead: number;
  cacheWrite: number;
  total: number;
}

const PER = 1_000_000;

/** undefined when the model has no price: usage is then kept in tokens only. */
export function priceUsage(usage: TokenUsage, entry: ProviderModelConfig | undefined): UsageCost | undefined {
  const price = entry?.cost;
  if (!price) return undefined;
  const input = (usage.input * price.input) / PER;
  const output = (usage.output * price.output) / PER;
  // An unpriced cache tier costs like plain input (what providers without cache pricing bill).
  const cacheRead = (usage.cacheRead * (price.cacheRead ?? price.input)) / PER;
  const cacheWrite = (usage.cacheWrite * (price.cacheWrite ?? price.input)) / PER;
  return { input, output, cacheRead, cacheWrite, total: input + output + cacheRead + cacheWrite };
}
