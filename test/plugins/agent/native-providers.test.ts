/**
 * Anthropic Messages and OpenAI Responses providers, driven through the official SDKs inside the gateway
 * against loopback fakes that speak each real wire format: request bodies, streaming order, thinking,
 * tool round trips, each error class, fallback across provider kinds and recorded usage.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startTestGateway, stopAllTestGateways, waitFor } from "../../helpers/gateway.js";
import { startFakeAnthropic, startFakeResponses, type NativeFake, type NativeReply, type NativeRequest } from "../../helpers/fake-native-providers.js";
import agentPlugin from "../../../plugins/agent/index.js";
import type { GatewayClient } from "../../../core/client.js";

const plugins = [agentPlugin];
let claude: NativeFake;
let gpt: NativeFake;
const echo = (prefix: string) => (r: NativeRequest): NativeReply => ({ text: `${prefix} ok` });

beforeAll(async () => {
  claude = await startFakeAnthropic(echo("claude"));
  gpt = await startFakeResponses(echo("gpt"));
});
afterEach(async () => {
  claude.release();
  gpt.release();
  claude.requests.length = 0;
  gpt.requests.length = 0;
  await stopAllTestGateways();
});
afterAll(async () => {
  await claude.close();
  await gpt.close();
});

function config(options: { fallbacks?: string[]; claudeModel?: Record<string, unknown>; retry?: Record<string, number> } = {}) {
  return {
    models: {
      providers: {
        claude: {
          baseUrl: claude.origin,
          apiKey: "sk-ant-test-key",
          api: "anthropic-messages",
          headers: { "x-proxy-tag": "tag-123456" },
          models: [{ id: "claude-x", contextWindow: 200000, maxTokens: 2048, reasoning: true, cost: { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 }, ...options.claudeModel }],
        },
        gpt: { baseUrl: `${gpt.origin}/v1`, apiKey: "sk-openai-test", api: "openai-responses", models: [{ id: "gpt-x", maxTokens: 1000, reasoning: true }] },
      },
    },
    agents: {
      defaults: {
        model: { primary: "claude/claude-x", fallbacks: options.fallbacks ?? [] },
        providerRetry: { overloadRetries: 1, overloadBackoffMs: 50, maxRetryAfterMs: 2000, ...options.retry },
      },
    },
  };
}

type Final = { result: { payloads: Array<{ text: string }>; meta: { stopReason?: string; agentMeta: { provider: string; model: string; usage?: Record<string, unknown> } } } };

function events(client: GatewayClient): Array<{ stream: string; data: Record<string, unknown> }> {
  const seen: Array<{ stream: string; data: Record<string, unknown> }> = [];
  client.on("event", (e: { event: string; payload: { stream: string; data: Record<string, unknown> } }) => {
    if (e.event === "agent") seen.push(e.payload);
  });
  return seen;
}

const agent = (client: GatewayClient, message: string, key: string) => client.request<Final>("agent", { message, idempotencyKey: key }, { expectFinal: true });

describe("anthropic-messages", () => {
  it("streams text and thinking while the provider is still sending, with system, max_tokens, tools and cache_control in the request", async () => {
    claude.setReply(() => ({ thinking: "Let me think.", text: "Hello from Claude, streamed.", holdLast: true }));
    const gw = await startTestGateway({ plugins, config: config() });
    const client = await gw.client();
    const seen = events(client);
    let settled = false;
    const final = agent(client, "hi there", "a-1").finally(() => (settled = true));
    await waitFor(() => seen.some((e) => e.stream === "assistant"), 5000, "a text delta");
    expect(settled).toBe(false); // the fake still holds its last chunk
    expect(seen.filter((e) => e.stream === "thinking").map((e) => e.data.delta).join("")).toBe("Let me think.");
    claude.release();
    const out = await final;
    expect(out.result.payloads[0].text).toBe("Hello from Claude, streamed.");
    expect(out.result.meta.stopReason).toBe("stop");
    const cost = (20 * 3 + 8 * 15) / 1e6;
    expect(out.result.meta.agentMeta).toMatchObject({ provider: "claude", model: "claude-x", usage: { input: 20, output: 8, cacheRead: 0, cacheWrite: 0, total: 28 } });
    expect((out.result.meta.agentMeta.usage?.cost as { total: number }).total).toBeCloseTo(cost, 10);

    const req = claude.requests[0];
    expect(req.path).toBe("/v1/messages");
    expect(req.headers.authorization).toBe("Bearer sk-ant-test-key"); // how this SDK version sends the key
    expect(req.headers["x-proxy-tag"]).toBe("tag-123456");
    expect(req.body.max_tokens).toBe(2048);
    expect(req.body.stream).toBe(true);
    expect(req.body.thinking).toEqual({ type: "enabled", budget_tokens: 1024 });
    expect(req.body.system).toEqual([{ type: "text", text: expect.stringContaining("personal assistant"), cache_control: { type: "ephemeral" } }]);
    expect(req.body.messages).toEqual([{ role: "user", content: [{ type: "text", text: "hi there" }] }]);
    expect(req.body.tools.map((t: { name: string }) => t.name)).toContain("session_status");
    expect(req.body.tools.at(-1).cache_control).toEqual({ type: "ephemeral" });
    expect(req.body.tools[0].input_schema.type).toBe("object");

    // The second turn's older messages are the cached prefix: its last block carries the breakpoint.
    claude.setReply(() => ({ text: "Second." }));
    await agent(client, "again", "a-2");
    const second = claude.requests[1].body.messages;
    expect(second.map((m: { role: string }) => m.role)).toEqual(["user", "assistant", "user"]);
    expect(second[1].content.at(-1)).toEqual({ type: "text", text: "Hello from Claude, streamed.", cache_control: { type: "ephemeral" } });
    expect(second[2].content).toEqual([{ type: "text", text: "again" }]);

    const status = await client.request<{ providers: Array<{ provider: string; usage: { totalTokens: number; totalCost: number }; calls: number }>; totals: { totalTokens: number; missingCostEntries: number } }>("usage.status", {});
    expect(status.totals.totalTokens).toBe(56);
    expect(status.totals.missingCostEntries).toBe(0);
    expect(status.providers).toEqual([expect.objectContaining({ provider: "claude", calls: 2, windows: [] })]);
    expect(status.providers[0].usage.totalCost).toBeCloseTo(2 * cost, 10);
  });

  it("runs a tool_use → tool_result round trip, sending signed thinking back unchanged", async () => {
    claude.setReply((_r, i) => (i === 0 ? { thinking: "Need status.", toolCalls: [{ id: "toolu_1", name: "session_status", input: {} }] } : { text: "You have a session." }));
    const gw = await startTestGateway({ plugins, config: config() });
    const client = await gw.client();
    const seen = events(client);
    const out = await agent(client, "status?", "t-1");
    expect(out.result.payloads[0].text).toBe("You have a session.");
    expect(seen.filter((e) => e.stream === "tool").map((e) => e.data.phase)).toEqual(["start", "result"]);
    const [assistant, results] = claude.requests[1].body.messages.slice(1);
    expect(assistant.role).toBe("assistant");
    expect(assistant.content[0]).toEqual({ type: "thinking", thinking: "Need status.", signature: "sig-abc" });
    expect(assistant.content[1]).toEqual({ type: "tool_use", id: "toolu_1", name: "session_status", input: {} });
    expect(results.role).toBe("user");
    expect(results.content[0]).toMatchObject({ type: "tool_result", tool_use_id: "toolu_1", content: expect.stringContaining("agent:main:main") });
    // Usage of both calls adds up in the agent's meta.
    expect(out.result.meta.agentMeta.usage).toMatchObject({ input: 40, output: 16, total: 56 });
  });

  it("maps 401 to an auth error naming provider and model", async () => {
    claude.setReply(() => ({ status: 401, type: "authentication_error", message: "invalid x-api-key" }));
    const gw = await startTestGateway({ plugins, config: config() });
    const client = await gw.client();
    await expect(agent(client, "hi", "e-1")).rejects.toMatchObject({ code: "UNAVAILABLE", details: { kind: "auth", provider: "claude", model: "claude-x", status: 401 }, message: expect.stringMatching(/provider "claude" \(model claude-x\).*invalid x-api-key.*ANTHROPIC_API_KEY/) });
    expect(claude.requests).toHaveLength(1);
  });

  it("waits out a 429 whose retry-after fits the budget, and surfaces retryAfterMs for a longer one", async () => {
    claude.setReply((_r, i) => (i === 0 ? { status: 429, type: "rate_limit_error", message: "slow down", headers: { "retry-after": "1" } } : { text: "after the wait" }));
    const gw = await startTestGateway({ plugins, config: config() });
    const client = await gw.client();
    const started = Date.now();
    const out = await agent(client, "hi", "r-1");
    expect(out.result.payloads[0].text).toBe("after the wait");
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(claude.requests).toHaveLength(2);

    claude.setReply(() => ({ status: 429, type: "rate_limit_error", message: "slow down", headers: { "retry-after": "60" } }));
    await expect(agent(client, "hi", "r-2")).rejects.toMatchObject({ details: { kind: "rate_limit", provider: "claude" }, retryAfterMs: 60_000 });
    expect(claude.requests).toHaveLength(3);
  });

  it("retries an overload (529), then falls back to an OpenAI Responses model within seconds", async () => {
    claude.setReply(() => ({ status: 529, type: "overloaded_error", message: "Overloaded" }));
    gpt.setReply(() => ({ text: "gpt to the rescue" }));
    const gw = await startTestGateway({ plugins, config: config({ fallbacks: ["gpt/gpt-x"] }) });
    const client = await gw.client();
    const started = Date.now();
    const out = await agent(client, "hi", "o-1");
    expect(Date.now() - started).toBeLessThan(25_000);
    expect(out.result.payloads[0].text).toBe("gpt to the rescue");
    expect(out.result.meta.agentMeta).toMatchObject({ provider: "gpt", model: "gpt-x" });
    expect(claude.requests).toHaveLength(2); // one retry, then the fallback
    expect(gpt.requests).toHaveLength(1);
  });

  it("trims the history and retries once when the context is too long, then gives a clear error", async () => {
    // A small window: two earlier turns fit the full budget, only one fits the trimmed one.
    const gw = await startTestGateway({ plugins, config: config({ claudeModel: { contextWindow: 1400, maxTokens: 16, reasoning: false } }) });
    const client = await gw.client();
    claude.setReply(() => ({ text: "ok" }));
    await agent(client, `first ${"x".repeat(1900)}`, "c-1");
    await agent(client, `second ${"y".repeat(1900)}`, "c-2");
    const tooLong = { status: 400, type: "invalid_request_error", message: "prompt is too long: 250000 tokens > 200000 maximum" } as const;
    claude.setReply((_r, i) => (i === 0 ? tooLong : { text: "fits now" }));
    const out = await agent(client, "third", "c-3");
    expect(out.result.payloads[0].text).toBe("fits now");
    const [full, trimmed] = claude.requests.slice(2).map((r) => r.body.messages.length);
    expect(trimmed).toBeLessThan(full);
    claude.setReply(() => tooLong);
    await expect(agent(client, "fourth", "c-4")).rejects.toMatchObject({ details: { kind: "context_length", provider: "claude" }, message: expect.stringContaining("/new") });
  });
});

describe("openai-responses", () => {
  it("streams output_text and reasoning summaries, and runs a function call round trip", async () => {
    gpt.setReply((_r, i) => (i === 0 ? { toolCalls: [{ id: "call_9", name: "session_status", input: {} }] } : { thinking: "Summary of thought.", text: "Status checked.", holdLast: true }));
    const gw = await startTestGateway({ plugins, config: { ...config(), agents: { defaults: { model: "gpt/gpt-x" } } } });
    const client = await gw.client();
    const seen = events(client);
    let settled = false;
    const final = agent(client, "check", "g-1").finally(() => (settled = true));
    await waitFor(() => seen.some((e) => e.stream === "assistant"), 5000, "a text delta");
    expect(settled).toBe(false);
    gpt.release();
    const out = await final;
    expect(out.result.payloads[0].text).toBe("Status checked.");
    expect(seen.filter((e) => e.stream === "thinking").map((e) => e.data.delta).join("")).toBe("Summary of thought.");

    const first = gpt.requests[0];
    expect(first.path).toBe("/v1/responses");
    expect(first.headers.authorization).toBe("Bearer sk-openai-test");
    expect(first.body).toMatchObject({ model: "gpt-x", instructions: expect.stringContaining("personal assistant"), max_output_tokens: 1000, store: false, stream: true, reasoning: { summary: "auto" } });
    expect(first.body.input).toEqual([{ role: "user", content: "check" }]);
    expect(first.body.tools).toContainEqual(expect.objectContaining({ type: "function", name: "session_status", parameters: expect.objectContaining({ type: "object" }) }));
    const input = gpt.requests[1].body.input;
    expect(input[1]).toEqual({ type: "function_call", call_id: "call_9", name: "session_status", arguments: "{}" });
    expect(input[2]).toMatchObject({ type: "function_call_output", call_id: "call_9", output: expect.stringContaining("agent:main:main") });
    // cached input is reported apart from fresh input; gpt-x has no price: tokens only.
    expect(out.result.meta.agentMeta.usage).toEqual({ input: 60, output: 12, cacheRead: 20, cacheWrite: 0, total: 92 });
    const cost = await client.request<{ days: number; daily: Array<{ date: string; totalTokens: number }>; totals: { totalTokens: number; missingCostEntries: number; missingCostByModel: Record<string, number> } }>("usage.cost", { days: 7 });
    expect(cost.days).toBe(7);
    expect(cost.daily).toEqual([expect.objectContaining({ date: new Date().toISOString().slice(0, 10), totalTokens: 92 })]);
    expect(cost.totals).toMatchObject({ totalTokens: 92, missingCostEntries: 2, missingCostByModel: { "gpt/gpt-x": 2 } });
  });
});
