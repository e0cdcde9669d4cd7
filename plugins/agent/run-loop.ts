/**
 * One agent turn: ask the model (retries and fallbacks per providers/fallback-runner.ts, only before any text
 * was streamed), run the tool calls it asks for, feed the results back, repeat up to `maxToolSteps`, and
 * return the reply, the turn's usage and every message the turn added to the transcript.
 */
import { buildMessages, estimateTokens } from "./prompt.js";
import { runWithFallbacks } from "./providers/fallback-runner.js";
import { priceUsage } from "./pricing.js";
import type { ProviderFactory } from "./providers/index.js";
import type { ProviderResult, TokenUsage, ToolDefinition, TurnMessage } from "./providers/types.js";
import type { ProviderRetryPolicy, ResolvedAgent, ResolvedModel } from "./config.js";
import type { AgentStreamEvent, AgentUsage, ToolRegistry, TranscriptMessage } from "./contract.js";
import type { Logger } from "../../core/sdk/plugin.js";

/** Tool results longer than this are cut before they reach the model. */
const MAX_TOOL_RESULT_CHARS = 64_000;

export interface TurnInput {
  agent: ResolvedAgent;
  runId: string;
  sessionKey: string;
  message: string;
  history: readonly TranscriptMessage[];
  extraSystemPrompt?: string;
  maxToolSteps: number;
  tools: ToolRegistry;
  providers: ProviderFactory;
  retry: ProviderRetryPolicy;
  signal: AbortSignal;
  /** false: ask the provider for complete responses instead of streams. */
  streaming?: boolean;
  stream(event: AgentStreamEvent): void;
  log?: Logger;
}

/** One provider call's usage, with the model that answered it (for the usage log). */
export interface CallUsage {
  model: ResolvedModel;
  usage: TokenUsage;
  /** Names of the tools this call asked for, one per tool call (absent: none). */
  tools?: string[];
}

export interface TurnOutput {
  text: string;
  model: string;
  usage?: AgentUsage;
  /** Per provider call: a turn with fallbacks or tool steps may span several models. */
  calls: CallUsage[];
  stopReason: string;
  /** Assistant tool-call messages, tool results and the final reply, in order (the user message is stored by the caller). */
  added: TranscriptMessage[];
}

function toolResultText(result: unknown): string {
  const text = typeof result === "string" ? result : JSON.stringify(result ?? null);
  return text.length > MAX_TOOL_RESULT_CHARS ? `${text.slice(0, MAX_TOOL_RESULT_CHARS)}… [truncated]` : text;
}

/** Sums the calls' tokens; cost only when every call's model is priced (a partial sum would mislead). */
export function turnUsage(calls: readonly CallUsage[]): AgentUsage | undefined {
  if (!calls.length) return undefined;
  const sum = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0, total: 0 };
  const cost = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0, total: 0 };
  let priced = true;
  for (const { model, usage } of calls) {
    for (const k of Object.keys(sum) as Array<keyof typeof sum>) sum[k] += usage[k];
    const c = priceUsage(usage, model.entry);
    if (!c) priced = false;
    else for (const k of Object.keys(cost) as Array<keyof typeof cost>) cost[k] += c[k];
  }
  return { ...sum, ...(priced ? { cost } : {}), promptTokens: sum.input + sum.cacheRead + sum.cacheWrite, completionTokens: sum.output, totalTokens: sum.total };
}

export async function runTurn(input: TurnInput): Promise<TurnOutput> {
  const turn: TurnMessage[] = [{ role: "user", content: input.message }];
  const added: TranscriptMessage[] = [];
  const calls: CallUsage[] = [];
  let text = "";
  let thinking = "";
  let maxToolSteps = input.maxToolSteps;

  for (let step = 0; ; step++) {
    const offerTools = step < maxToolSteps;
    const tools: ToolDefinition[] = offerTools ? input.tools.list().map((t) => ({ name: t.name, description: t.description, parameters: t.parameters })) : [];
    const toolTokens = Math.ceil(JSON.stringify(tools).length / 4);
    const streamedBefore = text;
    let streamed = false;
    const { result, model: usedModel } = await runWithFallbacks<ProviderResult>({
      models: input.agent.models,
      policy: input.retry,
      signal: input.signal,
      streamed: () => streamed,
      onRetry: (r) => input.log?.info(`provider "${r.model.providerId}" (model ${r.model.modelId}): ${r.kind}; ${r.next ? `falling back to ${r.next.ref}` : r.waitMs ? `retrying in ${r.waitMs} ms` : "retrying"}`),
      attempt: async (model, { trimmed }) => {
        text = streamedBefore;
        const built = buildMessages({ model, history: input.history, turn, agentPrompt: input.agent.systemPrompt, extraSystemPrompt: input.extraSystemPrompt, toolTokens, historyShare: trimmed ? 0.5 : 1 });
        const provider = await input.providers(model);
        return provider.call({
          model,
          system: String(built.messages[0].content),
          messages: built.messages.slice(1) as TurnMessage[],
          stablePrefix: built.historyCount,
          tools,
          signal: input.signal,
          streaming: input.streaming !== false,
          onDelta: (delta) => {
            if (!delta) return;
            streamed = true;
            text += delta;
            input.stream({ stream: "assistant", data: { text, delta } });
          },
          onThinking: (delta) => {
            if (!delta) return;
            thinking += delta;
            input.stream({ stream: "thinking", data: { text: thinking, delta } });
          },
        });
      },
    });
    if (result.usage) calls.push({ model: usedModel, usage: result.usage, ...(result.toolCalls.length ? { tools: result.toolCalls.map((c) => c.name) } : {}) });
    const stepText = text.slice(streamedBefore.length);
    if (!result.toolCalls.length || !offerTools) {
      added.push({ role: "assistant", content: [{ type: "text", text: stepText }], timestamp: Date.now(), runId: input.runId, model: usedModel.ref });
      return { text, model: usedModel.ref, usage: turnUsage(calls), calls, stopReason: result.stopReason, added };
    }

    const toolCalls = result.toolCalls;
    turn.push({
      role: "assistant",
      content: stepText || null,
      tool_calls: toolCalls.map((c) => ({ id: c.id, type: "function" as const, function: { name: c.name, arguments: c.arguments } })),
      ...(result.native ? { native: result.native } : {}),
    });
    added.push({ role: "assistant", content: [{ type: "text", text: stepText }], toolCalls, timestamp: Date.now(), runId: input.runId, model: usedModel.ref });
    for (const call of toolCalls) {
      let args: unknown;
      let output: string;
      try {
        args = call.arguments.trim() ? JSON.parse(call.arguments) : {};
        if (typeof args !== "object" || args === null || Array.isArray(args)) throw new Error("tool arguments must be a JSON object");
        input.signal.throwIfAborted(); // a stopped run runs no more tools
        input.stream({ stream: "tool", data: { phase: "start", name: call.name, toolCallId: call.id, args } });
        const value = await input.tools.invoke(call.name, args as Record<string, unknown>, { agentId: input.agent.id, sessionKey: input.sessionKey, runId: input.runId, signal: input.signal });
        output = toolResultText(value);
        input.stream({ stream: "tool", data: { phase: "result", name: call.name, toolCallId: call.id, result: value ?? null, isError: false } });
      } catch (err) {
        if (input.signal.aborted) throw err;
        output = `Error: ${err instanceof Error ? err.message : String(err)}`;
        input.stream({ stream: "tool", data: { phase: "result", name: call.name, toolCallId: call.id, result: output, isError: true } });
      }
      turn.push({ role: "tool", tool_call_id: call.id, content: output });
      added.push({ role: "tool", content: [{ type: "text", text: output }], toolCallId: call.id, toolName: call.name, timestamp: Date.now(), runId: input.runId });
    }
    // Keep the estimate honest for very chatty tools: if the turn alone no longer fits, stop offering tools.
    if (turn.reduce((n, m) => n + estimateTokens(m), 0) > usedModel.contextWindow - usedModel.maxTokens) maxToolSteps = step + 1;
  }
}
