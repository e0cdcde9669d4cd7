import { describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startTestGateway, waitFor } from "../../helpers/gateway.js";
import { startFakeProvider, fakeProviderConfig } from "../../helpers/fake-provider.js";
import { useFakeProvider } from "../../helpers/use-fake-provider.js";
import agentPlugin from "../../../plugins/agent/index.js";
import type { GatewayClient } from "../../../core/client.js";

const plugins = [agentPlugin];
const provider = useFakeProvider();

/** Records responses and events of one client in arrival order. */
function recordFrames(client: GatewayClient): string[] {
  const order: string[] = [];
  client.on("accepted", () => order.push("accepted"));
  client.on("event", (e: { event: string; payload?: { stream?: string; state?: string } }) => {
    if (e.event === "agent") order.push(`agent:${e.payload?.stream}`);
    if (e.event === "chat") order.push(`chat:${e.payload?.state}`);
  });
  return order;
}

describe("agent method", () => {
  it("acks before any agent event and answers the final after the last one, with the provider's streamed text", async () => {
    provider.setReply(() => ({ text: "Hello there, how can I help?", chunkSize: 3, delayMs: 2 }));
    const gw = await startTestGateway({ plugins, config: fakeProviderConfig(provider) });
    const client = await gw.client();
    const order = recordFrames(client);
    const final = await client.request<{ runId: string; status: string; result: { payloads: Array<{ text: string }>; meta: { agentMeta: { sessionKey: string; usage?: { total: number } } } } }>(
      "agent",
      { message: "hi", idempotencyKey: "run-1" },
      { expectFinal: true },
    );
    order.push("final");
    expect(final.runId).toBe("run-1");
    expect(final.status).toBe("ok");
    expect(final.result.payloads[0].text).toBe("Hello there, how can I help?");
    expect(final.result.meta.agentMeta.sessionKey).toBe("agent:main:main");
    expect(final.result.meta.agentMeta.usage?.total).toBeGreaterThan(0);
    expect(order[0]).toBe("accepted");
    expect(order.indexOf("agent:lifecycle")).toBe(1);
    expect(order.filter((o) => o === "agent:assistant").length).toBeGreaterThan(3);
    // The final res comes after the lifecycle end event (events queued before it were delivered first).
    expect(order.lastIndexOf("agent:lifecycle")).toBeLessThan(order.indexOf("final"));
    expect(provider.requests.at(-1)?.body.messages.at(-1)).toEqual({ role: "user", content: "hi" });
  });

  it("protocol 3 gets cumulative assistant text; protocol 4 also gets the delta", async () => {
    provider.setReply(() => ({ text: "abcdefgh", chunkSize: 2 }));
    const gw = await startTestGateway({ plugins, config: fakeProviderConfig(provider) });
    const v3 = await gw.client({ minProtocol: 3, maxProtocol: 3 });
    const v4 = await gw.client({ minProtocol: 4, maxProtocol: 4 });
    const seen: Record<string, Array<{ seq: number; data: { text: string; delta?: string } }>> = { v3: [], v4: [] };
    v3.on("event:agent", (p: { stream: string; seq: number; data: { text: string; delta?: string } }) => p.stream === "assistant" && seen.v3.push(p));
    v4.on("event:agent", (p: { stream: string; seq: number; data: { text: string; delta?: string } }) => p.stream === "assistant" && seen.v4.push(p));
    await v4.request("agent", { message: "go", idempotencyKey: "run-v" }, { expectFinal: true });
    await waitFor(() => seen.v3.length === 4 && seen.v4.length === 4);
    expect(seen.v3.map((e) => e.data)).toEqual([{ text: "ab" }, { text: "abcd" }, { text: "abcdef" }, { text: "abcdefgh" }]);
    expect(seen.v4.map((e) => e.data.delta)).toEqual(["ab", "cd", "ef", "gh"]);
    expect(seen.v4.map((e) => e.seq)).toEqual([2, 3, 4, 5]); // per-run seq; 1 was lifecycle start
  });

  it("a key fired 50 times concurrently makes exactly one provider call and every caller gets the same final", async () => {
    provider.setReply(() => ({ text: "once", delayMs: 20 }));
    const gw = await startTestGateway({ plugins, config: fakeProviderConfig(provider) });
    const client = await gw.client();
    const before = provider.requests.length;
    const results = await Promise.all(Array.from({ length: 50 }, () => client.request<{ runId: string; result: { payloads: Array<{ text: string }> } }>("agent", { message: "x", idempotencyKey: "same-key" }, { expectFinal: true })));
    expect(provider.requests.length - before).toBe(1);
    expect(new Set(results.map((r) => JSON.stringify(r))).size).toBe(1);
    expect(results[0].result.payloads[0].text).toBe("once");
    // A later repeat replays the cached final as a single response.
    const again = await client.request("agent", { message: "x", idempotencyKey: "same-key" }, { expectFinal: true });
    expect(again).toEqual(results[0]);
    expect(provider.requests.length - before).toBe(1);
  });

  it("answers with a clear offline notice when no provider is configured", async () => {
    const gw = await startTestGateway({ plugins });
    const client = await gw.client();
    const final = await client.request<{ status: string; result: { payloads: Array<{ text: string }>; meta: { agentMeta: { provider: string } } } }>("agent", { message: "hi", idempotencyKey: "off-1" }, { expectFinal: true });
    expect(final.status).toBe("ok");
    expect(final.result.meta.agentMeta.provider).toBe("offline");
    expect(final.result.payloads[0].text).toMatch(/No model provider is configured/);
    expect(final.result.payloads[0].text).toMatch(/models\.providers/);
    expect(final.result.payloads[0].text).toMatch(/agents\.defaults\.model\.primary/);
  });

  it("a provider that hangs ends in AGENT_TIMEOUT and agent.wait reports it", async () => {
    provider.setReply(() => ({ hang: true }));
    const gw = await startTestGateway({ plugins, config: fakeProviderConfig(provider) });
    const client = await gw.client();
    const aborted = provider.aborted;
    const err = await client.request("agent", { message: "hi", idempotencyKey: "hang-1", timeout: 1 }, { expectFinal: true }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "AGENT_TIMEOUT", payload: { runId: "hang-1", status: "error" } });
    expect((err as Error).message).toMatch(/longer than 1 s/);
    const waited = await client.request<{ status: string; error?: string }>("agent.wait", { runId: "hang-1", timeoutMs: 1000 });
    expect(waited.status).toBe("timeout");
    await waitFor(() => provider.aborted > aborted); // the provider request was cancelled, not left hanging
  });

  it.each([
    [401, { message: "Incorrect API key provided.", code: "invalid_api_key" }, {}, /refused the credentials \(401.*apiKey/],
    [429, { message: "Rate limit reached", code: "rate_limit_exceeded" }, { "retry-after": "7" }, /rate limiting.*retry after 7 s/],
    [500, { message: "The server had an error", code: null }, {}, /failed \(500: The server had an error\)/],
    [400, { message: "This model's maximum context length is 8192 tokens", code: "context_length_exceeded" }, {}, /longer than the model's context/],
  ])("a provider %i surfaces as a clear error and the gateway keeps serving", async (status, error, headers, pattern) => {
    provider.setReply(() => ({ status, error: { ...error, type: "invalid_request_error" }, headers }));
    const gw = await startTestGateway({ plugins, config: fakeProviderConfig(provider) });
    const client = await gw.client();
    const err = (await client.request("agent", { message: "hi", idempotencyKey: `err-${status}` }, { expectFinal: true }).catch((e: unknown) => e)) as { code: string; message: string; retryAfterMs?: number; details?: { kind: string } };
    expect(err.code).toBe("UNAVAILABLE");
    expect(err.message).toMatch(pattern);
    if (status === 429) expect(err.retryAfterMs).toBe(7000);
    expect((await client.request<{ ok: boolean }>("health")).ok).toBeDefined();
    provider.setReply(() => ({ text: "back" }));
    const ok = await client.request<{ status: string }>("agent", { message: "again", idempotencyKey: `ok-${status}` }, { expectFinal: true });
    expect(ok.status).toBe("ok");
  });

  it("falls back to the next model when the primary's provider fails", async () => {
    const broken = await startFakeProvider({ reply: () => ({ status: 503, error: { message: "overloaded", type: "server_error" } }) });
    try {
      const config = {
        models: {
          providers: {
            broken: { baseUrl: broken.baseUrl, apiKey: "k", api: "openai-completions", models: [{ id: "big" }] },
            fake: { baseUrl: provider.baseUrl, apiKey: "k", api: "openai-completions", models: [{ id: "m1" }] },
          },
        },
        // An overload (503) is retried on the same model first (once here, quickly), then the fallback answers.
        agents: { defaults: { model: { primary: "broken/big", fallbacks: ["fake/m1"] }, providerRetry: { overloadRetries: 1, overloadBackoffMs: 10, maxRetryAfterMs: 0 } } },
      };
      provider.setReply(() => ({ text: "from the fallback" }));
      const gw = await startTestGateway({ plugins, config });
      const client = await gw.client();
      const final = await client.request<{ result: { payloads: Array<{ text: string }>; meta: { agentMeta: { provider: string; model: string } } } }>("agent", { message: "hi", idempotencyKey: "fb-1" }, { expectFinal: true });
      expect(final.result.payloads[0].text).toBe("from the fallback");
      expect(final.result.meta.agentMeta).toMatchObject({ provider: "fake", model: "m1" });
      expect(broken.requests.length).toBe(2);
    } finally {
      await broken.close();
    }
  });
});

describe("chat methods", () => {
  it("chat.send streams chat deltas then a final, and chat.history has both turns", async () => {
    provider.setReply(() => ({ text: "A fairly long streamed answer for the chat pane.", chunkSize: 4, delayMs: 15 }));
    const gw = await startTestGateway({ plugins, config: fakeProviderConfig(provider) });
    const client = await gw.client({ minProtocol: 4, maxProtocol: 4 });
    const chat: Array<{ state: string; seq: number; deltaText?: string; message?: { content: Array<{ text: string }> } }> = [];
    client.on("event:chat", (p: (typeof chat)[number]) => chat.push(p));
    const res = await client.request<{ runId: string; status: string }>("chat.send", { sessionKey: "main", message: "hello", idempotencyKey: "c-1" });
    expect(res).toEqual({ runId: "c-1", status: "started" });
    await waitFor(() => chat.some((c) => c.state === "final"), 5000);
    const deltas = chat.filter((c) => c.state === "delta");
    expect(deltas.length).toBeGreaterThanOrEqual(2);
    expect(deltas.length).toBeLessThan(12); // throttled: ~180 ms of streaming in 12 chunks, at most one delta per 150 ms
    expect(deltas.map((d) => d.deltaText).join("")).toBe(deltas.at(-1)?.message?.content[0].text);
    expect(chat.at(-1)?.message?.content[0].text).toBe("A fairly long streamed answer for the chat pane.");
    expect(chat.map((c) => c.seq)).toEqual(chat.map((_, i) => i + 1));

    const history = await client.request<{ sessionKey: string; messages: Array<{ role: string; content: Array<{ text: string }> }> }>("chat.history", { sessionKey: "agent:main:main" });
    expect(history.sessionKey).toBe("agent:main:main");
    expect(history.messages.map((m) => [m.role, m.content[0].text])).toEqual([
      ["user", "hello"],
      ["assistant", "A fairly long streamed answer for the chat pane."],
    ]);
    // The same key again while done: replayed, no new run.
    const before = provider.requests.length;
    expect(await client.request("chat.send", { sessionKey: "main", message: "hello", idempotencyKey: "c-1" })).toEqual({ runId: "c-1", status: "ok" });
    expect(provider.requests.length).toBe(before);
  });

  it("an in-flight repeat answers in_flight; chat.abort stops the provider stream and emits aborted", async () => {
    provider.setReply(() => ({ text: "x".repeat(400), chunkSize: 1, delayMs: 10 }));
    const gw = await startTestGateway({ plugins, config: fakeProviderConfig(provider) });
    const client = await gw.client();
    const states: string[] = [];
    client.on("event:chat", (p: { state: string }) => states.push(p.state));
    const aborted = provider.aborted;
    await client.request("chat.send", { sessionKey: "main", message: "long", idempotencyKey: "c-2" });
    expect(await client.request("chat.send", { sessionKey: "main", message: "long", idempotencyKey: "c-2" })).toEqual({ runId: "c-2", status: "in_flight" });
    await waitFor(() => states.includes("delta"));
    const res = await client.request("chat.abort", { sessionKey: "main" });
    expect(res).toEqual({ ok: true, aborted: true, runIds: ["c-2"] });
    await waitFor(() => states.includes("aborted"));
    await waitFor(() => provider.aborted > aborted);
    expect(states).not.toContain("final");
    expect(await client.request("chat.abort", { sessionKey: "main" })).toEqual({ ok: true, aborted: false, runIds: [] });
    const err = await client.request("chat.abort", { sessionKey: "agent:main:other", runId: "c-2" }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "INVALID_REQUEST", message: "runId does not match sessionKey" });
  });

  it("runs on one session queue one after another", async () => {
    let active = 0;
    let maxActive = 0;
    provider.setReply(() => ({ text: "ok ok ok", chunkSize: 1, delayMs: 10 }));
    const gw = await startTestGateway({ plugins, config: fakeProviderConfig(provider) });
    const client = await gw.client();
    client.on("event:agent", (p: { stream: string; data: { phase?: string } }) => {
      if (p.stream !== "lifecycle") return;
      if (p.data.phase === "start") maxActive = Math.max(maxActive, ++active);
      else active--;
    });
    await Promise.all([1, 2, 3].map((i) => client.request("agent", { message: `m${i}`, idempotencyKey: `q-${i}` }, { expectFinal: true })));
    // lifecycle start is emitted when a run begins executing, so overlap would show here
    expect(maxActive).toBe(1);
    const history = await client.request<{ messages: unknown[] }>("chat.history", { sessionKey: "main" });
    expect(history.messages).toHaveLength(6);
  });

  it("rejects an empty message with a specific error and /new starts a fresh session", async () => {
    const gw = await startTestGateway({ plugins, config: fakeProviderConfig(provider) });
    const client = await gw.client();
    await expect(client.request("chat.send", { sessionKey: "main", message: "  ", idempotencyKey: "e-1" })).rejects.toMatchObject({ code: "INVALID_REQUEST", message: "message or attachment required" });
    await client.request("agent", { message: "first", idempotencyKey: "n-1" }, { expectFinal: true });
    const before = await client.request<{ sessionId: string }>("chat.history", { sessionKey: "main" });
    await client.request("agent", { message: "/new", idempotencyKey: "n-2" }, { expectFinal: true });
    const after = await client.request<{ sessionId: string; messages: unknown[] }>("chat.history", { sessionKey: "main" });
    expect(after.sessionId).not.toBe(before.sessionId);
    expect(after.messages).toEqual([]);
  });
});

describe("sessions on disk", () => {
  it("a restart over the same state dir keeps chat.history", async () => {
    const stateDir = mkdtempSync(join(tmpdir(), "ocgw-agent-"));
    try {
      const first = await startTestGateway({ plugins, config: fakeProviderConfig(provider), stateDir });
      const c1 = await first.client();
      await c1.request("agent", { message: "remember me", idempotencyKey: "p-1" }, { expectFinal: true });
      await first.stop();
      const second = await startTestGateway({ plugins, config: fakeProviderConfig(provider), stateDir });
      const c2 = await second.client();
      const history = await c2.request<{ messages: Array<{ role: string; content: Array<{ text: string }> }> }>("chat.history", { sessionKey: "main" });
      expect(history.messages.map((m) => m.content[0].text)).toEqual(["remember me", "Echo: remember me"]);
      // The provider sees the earlier turn as context.
      await c2.request("agent", { message: "and now?", idempotencyKey: "p-2" }, { expectFinal: true });
      const sent = provider.requests.at(-1)?.body.messages.map((m) => m.content);
      expect(sent?.slice(1)).toEqual(["remember me", "Echo: remember me", "and now?"]);
    } finally {
      rmSync(stateDir, { recursive: true, force: true });
    }
  });

  it("trims history to the model's context window", async () => {
    const config = fakeProviderConfig(provider) as { models: { providers: { fake: { models: Array<{ contextWindow: number; maxTokens: number }> } } } };
    config.models.providers.fake.models[0].contextWindow = 1024;
    config.models.providers.fake.models[0].maxTokens = 256;
    const gw = await startTestGateway({ plugins, config });
    const client = await gw.client();
    for (let i = 0; i < 8; i++) await client.request("agent", { message: `turn ${i} ${"words ".repeat(80)}`, idempotencyKey: `t-${i}` }, { expectFinal: true });
    const sent = provider.requests.at(-1)!.body.messages;
    expect(sent[0].role).toBe("system");
    expect(sent[1].role).toBe("user"); // cut at a user turn
    expect(sent.length).toBeLessThan(16);
    expect(sent.at(-1)?.content).toMatch(/^turn 7/);
  });
});
