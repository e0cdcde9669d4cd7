/**
 * One agent turn: ask the model (primary, then fallbacks on provider failures before any text was streamed),
 * run the tool calls it asks for, feed the results back, repeat up to `maxToolSteps`, and return the reply
 * with every message the turn added to the transcript.
 */
import type OpenAI from "openai";
import { GatewayError, toGatewayError } from "../../core/sdk/plugin.js";
import { shouldFallBack } from "./provider-errors.js";
import { buildMessages, estimateTokens } from "./prompt.js";
import { streamCompletion, type ChatMessage, type ChatTool, type CompletionResult } from "./provider-client.js";
import type { ResolvedAgent, ResolvedModel } from "./config.js";
import type { AgentStreamEvent, AgentUsage, ToolRegistry, TranscriptMessage } from "./contract.js";

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
  client(model: ResolvedModel): Promise<OpenAI>;
  signal: AbortSignal;
  /** false: ask the provider for complete responses instead of streams. */
  streaming?: boolean;
  stream(event: AgentStreamEvent): void;
}

export interface TurnOutput {
  text: string;
  model: string;
  usage?: AgentUsage;
  /** Assistant tool-call messages, tool results and the final reply, in order (the user message is stored by the caller). */
  added: TranscriptMessage[];
}

function toolResultText(result: unknown): string {
  const text = typeof result === "string" ? result : JSON.stringify(result ?? null);
  return text.length > MAX_TOOL_RESULT_CHARS ? `${text.slice(0, MAX_TOOL_RESULT_CHARS)}… [truncated]` : text;
}

export async function runTurn(input: TurnInput): Promise<TurnOutput> {
  const turn: ChatMessage[] = [{ role: "user", content: input.message }];
  const added: TranscriptMessage[] = [];
  const usage: AgentUsage = { promptTokens: 0, completionTokens: 0, totalTokens: 0 };
  let sawUsage = false;
  let text = "";
  let usedModel = input.agent.models[0];
  let maxToolSteps = input.maxToolSteps;

  for (let step = 0; ; step++) {
    const offerTools = step < maxToolSteps;
    const tools: ChatTool[] = offerTools
      ? input.tools.list().map((t) => ({ type: "function", function: { name: t.name, description: t.description, parameters: t.parameters } }))
      : [];
    const toolTokens = Math.ceil(JSON.stringify(tools).length / 4);
    const streamedBefore = text;
    let result: CompletionResult | undefined;
    let lastError: GatewayError | undefined;
    for (const model of input.agent.models) {
      const { messages } = buildMessages({ model, history: input.history, turn, agentPrompt: input.agent.systemPrompt, extraSystemPrompt: input.extraSystemPrompt, toolTokens });
      let streamed = false;
      try {
        result = await streamCompletion(await input.client(model), {
          model,
          messages,
          tools,
          signal: input.signal,
          streaming: input.streaming,
          onDelta: (delta) => {
            streamed = true;
            text += delta;
            input.stream({ stream: "assistant", data: { text, delta } });
          },
        });
        usedModel = model;
        break;
      } catch (err) {
        lastError = toGatewayError(err);
        if (input.signal.aborted || streamed || !shouldFallBack(lastError)) throw lastError;
        text = streamedBefore;
      }
    }
    if (!result) throw lastError ?? new GatewayError("UNAVAILABLE", "no model answered");
    if (result.usage) {
      sawUsage = true;
      usage.promptTokens += result.usage.promptTokens;
      usage.completionTokens += result.usage.completionTokens;
      usage.totalTokens += result.usage.totalTokens;
    }
    const stepText = text.slice(streamedBefore.length);
    if (!result.toolCalls.length || !offerTools) {
      added.push({ role: "assistant", content: [{ type: "text", text: stepText }], timestamp: Date.now(), runId: input.runId, model: usedModel.ref });
      return { text, model: usedModel.ref, usage: sawUsage ? usage : undefined, added };
    }

    const calls = result.toolCalls;
    turn.push({ role: "assistant", content: stepText || null, tool_calls: calls.map((c) => ({ id: c.id, type: "function" as const, function: { name: c.name, arguments: c.arguments } })) });
    added.push({ role: "assistant", content: [{ type: "text", text: stepText }], toolCalls: calls, timestamp: Date.now(), runId: input.runId, model: usedModel.ref });
    for (const call of calls) {
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
