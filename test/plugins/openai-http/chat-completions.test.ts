import { describe, expect, it } from "vitest";
import OpenAI from "openai";
import { waitFor } from "../../helpers/gateway.js";
import { type FakeRequest } from "../../helpers/fake-provider.js";
import { useFakeProvider } from "../../helpers/use-fake-provider.js";
import { sdk, startOpenAiGateway } from "./setup.js";

const provider = useFakeProvider();

const TWO_AGENTS = { agents: { list: [{ id: "main", default: true }, { id: "ops", systemPrompt: "You are the OPS agent." }] } };
const systemOf = (r: FakeRequest | undefined) => String(r?.body.messages.find((m) => m.role === "system")?.content ?? "");
const userMessages = (r: FakeRequest | undefined) => (r?.body.messages ?? []).filter((m) => m.role === "user").map((m) => m.content);

describe("POST /v1/chat/completions through the official openai SDK", () => {
  it("answers non-stream with the provider's text and usage", async () => {
    const text = "Hello from the fake provider.";
    provider.setReply(() => ({ text }));
    const gw = await startOpenAiGateway(provider);
    const completion = await sdk(gw).chat.completions.create({ model: "openclaw", messages: [{ role: "user", content: "hi" }] });
    expect(completion.object).toBe("chat.completion");
    expect(completion.id).toMatch(/^chatcmpl_[0-9a-f-]{36}$/);
    expect(completion.model).toBe("openclaw");
    expect(completion.choices).toHaveLength(1);
    expect(completion.choices[0].message).toMatchObject({ role: "assistant", content: text });
    expect(completion.choices[0].finish_reason).toBe("stop");
    // The fake reports prompt 11 and ceil(len/4) completion tokens.
    const completionTokens = Math.ceil(text.length / 4);
    expect(completion.usage).toEqual({ prompt_tokens: 11, completion_tokens: completionTokens, total_tokens: 11 + completionTokens });
    expect(provider.requests.at(-1)?.body.messages.at(-1)).toEqual({ role: "user", content: "hi" });
    // Nobody watches a non-stream answer arrive: the provider is asked for one complete response.
    expect(provider.requests.at(-1)?.body.stream).toBeFalsy();
  });

  it("streams: role chunk first, content deltas that join to the provider's text, finish_reason stop last, usage on request", async () => {
    const text = "Streaming works in many small pieces.";
    provider.setReply(() => ({ text, chunkSize: 3, delayMs: 1 }));
    const gw = await startOpenAiGateway(provider);
    const stream = await sdk(gw).chat.completions.create({ model: "openclaw", messages: [{ role: "user", content: "go" }], stream: true, stream_options: { include_usage: true } });
    const chunks: OpenAI.Chat.Completions.ChatCompletionChunk[] = [];
    for await (const chunk of stream) chunks.push(chunk); // the loop ends: [DONE] arrived and the response closed
    expect(chunks[0].choices[0].delta.role).toBe("assistant");
    expect(chunks.every((c) => c.object === "chat.completion.chunk" && c.id === chunks[0].id)).toBe(true);
    const content = chunks.map((c) => c.choices[0]?.delta.content ?? "");
    expect(content.join("")).toBe(text);
    expect(content.filter(Boolean).length).toBeGreaterThan(5);
    const withChoices = chunks.filter((c) => c.choices.length);
    expect(withChoices.at(-1)?.choices[0].finish_reason).toBe("stop");
    expect(withChoices.slice(0, -1).every((c) => c.choices[0].finish_reason === null)).toBe(true);
    expect(chunks.at(-1)?.choices).toEqual([]);
    expect(chunks.at(-1)?.usage?.prompt_tokens).toBe(11);
  });

  it("turns system/developer messages into the system prompt and flattens a client's history into a stateless turn", async () => {
    const gw = await startOpenAiGateway(provider);
    await sdk(gw).chat.completions.create({
      model: "openclaw",
      messages: [
        { role: "system", content: "Always answer in French." },
        { role: "developer", content: "Be brief." },
        { role: "user", content: "first question" },
        { role: "assistant", content: "first answer" },
        { role: "user", content: [{ type: "text", text: "second " }, { type: "text", text: "question" }] },
      ],
    });
    const request = provider.requests.at(-1);
    expect(systemOf(request)).toContain("Always answer in French.\n\nBe brief.");
    const users = userMessages(request);
    expect(users).toHaveLength(1); // a fresh per-request session: no stored history
    expect(users[0]).toBe("[Earlier conversation, as sent by the client]\nUser: first question\nAssistant: first answer\n\n[Current message]\nsecond \nquestion");
  });

  it("keeps a session per `user`: the second call's provider request carries the first turn from the gateway's store", async () => {
    const gw = await startOpenAiGateway(provider);
    const client = sdk(gw);
    const first = await client.chat.completions.create({ model: "openclaw", user: "alice", messages: [{ role: "user", content: "my name is Alice" }] });
    expect(first.choices[0].message.content).toBe("Echo: my name is Alice");
    // The client resends its history, as OpenAI clients do; the stored session already has it.
    await client.chat.completions.create({
      model: "openclaw",
      user: "alice",
      messages: [
        { role: "user", content: "my name is Alice" },
        { role: "assistant", content: "Echo: my name is Alice" },
        { role: "user", content: "what is my name?" },
      ],
    });
    const messages = provider.requests.at(-1)?.body.messages.filter((m) => m.role !== "system");
    expect(messages).toEqual([
      { role: "user", content: "my name is Alice" },
      { role: "assistant", content: "Echo: my name is Alice" },
      { role: "user", content: "what is my name?" },
    ]);
    // Another user has a session of its own.
    await client.chat.completions.create({ model: "openclaw", user: "bob", messages: [{ role: "user", content: "hello" }] });
    expect(userMessages(provider.requests.at(-1))).toEqual(["hello"]);
  });

  it("selects the agent from x-openclaw-agent-id or model openclaw/<id>, and refuses unknown agents by name", async () => {
    const gw = await startOpenAiGateway(provider, { extra: TWO_AGENTS });
    const client = sdk(gw);
    const messages = [{ role: "user" as const, content: "who are you" }];
    await client.chat.completions.create({ model: "openclaw", messages });
    expect(systemOf(provider.requests.at(-1))).not.toContain("OPS");
    await client.chat.completions.create({ model: "openclaw/ops", messages });
    expect(systemOf(provider.requests.at(-1))).toContain("You are the OPS agent.");
    await client.chat.completions.create({ model: "openclaw:ops", messages });
    expect(systemOf(provider.requests.at(-1))).toContain("You are the OPS agent.");
    await client.chat.completions.create({ model: "openclaw", messages }, { headers: { "x-openclaw-agent-id": "ops" } });
    expect(systemOf(provider.requests.at(-1))).toContain("You are the OPS agent.");
    await client.chat.completions.create({ model: "gpt-4o-mini", messages }); // any other model name: the default agent
    expect(systemOf(provider.requests.at(-1))).not.toContain("OPS");
    const before = provider.requests.length;

    const unknownModel = await client.chat.completions.create({ model: "openclaw/nope", messages }).catch((e: unknown) => e);
    expect(unknownModel).toBeInstanceOf(OpenAI.NotFoundError);
    expect((unknownModel as OpenAI.APIError).code).toBe("model_not_found");
    expect((unknownModel as Error).message).toContain("openclaw/ops");
    const unknownHeader = await client.chat.completions.create({ model: "openclaw", messages }, { headers: { "x-openclaw-agent-id": "nope" } }).catch((e: unknown) => e);
    expect(unknownHeader).toBeInstanceOf(OpenAI.BadRequestError);
    expect((unknownHeader as Error).message).toContain("configured agents: main, ops");
    expect(provider.requests.length).toBe(before);
  });

  it("a session key header selects the session, and its agent when none is named", async () => {
    const gw = await startOpenAiGateway(provider, { extra: TWO_AGENTS });
    const client = sdk(gw);
    await client.chat.completions.create({ model: "openclaw", messages: [{ role: "user", content: "one" }] }, { headers: { "x-openclaw-session-key": "agent:ops:shared" } });
    expect(systemOf(provider.requests.at(-1))).toContain("You are the OPS agent.");
    await client.chat.completions.create({ model: "openclaw", messages: [{ role: "user", content: "two" }] }, { headers: { "x-openclaw-session-key": "agent:ops:shared" } });
    expect(userMessages(provider.requests.at(-1))).toEqual(["one", "two"]);
    const clash = await client.chat.completions.create({ model: "openclaw/main", messages: [{ role: "user", content: "x" }] }, { headers: { "x-openclaw-session-key": "agent:ops:shared" } }).catch((e: unknown) => e);
    expect(clash).toBeInstanceOf(OpenAI.BadRequestError);
    expect((clash as Error).message).toContain('belongs to agent "ops"');
  });

  it("aborts the provider request when the client disconnects mid-stream", async () => {
    provider.setReply(() => ({ text: "x".repeat(400), chunkSize: 1, delayMs: 10 }));
    const gw = await startOpenAiGateway(provider);
    const abortedBefore = provider.aborted;
    const controller = new AbortController();
    const stream = await sdk(gw).chat.completions.create({ model: "openclaw", messages: [{ role: "user", content: "long" }], stream: true }, { signal: controller.signal });
    let seen = 0;
    for await (const chunk of stream) {
      if (chunk.choices[0]?.delta.content) seen++;
      if (seen === 3) controller.abort();
    }
    expect(seen).toBe(3);
    await waitFor(() => provider.aborted === abortedBefore + 1, 3000, "the provider to see the abort");
    await waitFor(() => provider.active === 0, 3000, "no provider request left open");
  });

  it("sends the stream head after headDeferMs when the first text is slow, so clients see the stream start", async () => {
    provider.setReply(() => ({ text: "late", chunkSize: 4, delayMs: 800 }));
    const gw = await startOpenAiGateway(provider, { timings: { headDeferMs: 50 } });
    const started = Date.now();
    const stream = await sdk(gw).chat.completions.create({ model: "openclaw", messages: [{ role: "user", content: "slow" }], stream: true });
    const arrivals: Array<{ role?: string; content?: string | null; ms: number }> = [];
    for await (const chunk of stream) arrivals.push({ ...chunk.choices[0]?.delta, ms: Date.now() - started });
    expect(arrivals[0].role).toBe("assistant");
    expect(arrivals[0].ms).toBeLessThan(600);
    const content = arrivals.find((a) => a.content);
    expect(content?.content).toBe("late");
    expect(content!.ms).toBeGreaterThanOrEqual(750);
  });

  it("maps a provider 429 to RateLimitError with retry-after, stream or not", async () => {
    provider.setReply(() => ({ status: 429, error: { message: "Rate limit reached for requests", type: "requests", code: "rate_limit_exceeded" }, headers: { "retry-after": "7" } }));
    const gw = await startOpenAiGateway(provider);
    const client = sdk(gw);
    for (const stream of [false, true]) {
      const err = await client.chat.completions.create({ model: "openclaw", messages: [{ role: "user", content: "hi" }], stream }).then(() => null, (e: unknown) => e);
      expect(err).toBeInstanceOf(OpenAI.RateLimitError);
      const apiError = err as OpenAI.APIError;
      expect(apiError.status).toBe(429);
      expect(apiError.headers?.get("retry-after")).toBe("7");
      expect(apiError.code).toBe("rate_limit_exceeded");
      expect(apiError.message).toContain("Rate limit reached for requests");
    }
  });

  it("reports a provider that refuses our key as a 502 upstream error without echoing the key, and tells the SDK not to retry", async () => {
    provider.setReply(() => ({ status: 401, error: { message: "Incorrect API key provided: sk-live-abcdefgh12345678XYZ.", code: "invalid_api_key" } }));
    const gw = await startOpenAiGateway(provider);
    const before = provider.requests.length;
    const err = (await sdk(gw, { maxRetries: 2 }).chat.completions.create({ model: "openclaw", messages: [{ role: "user", content: "hi" }] }).catch((e: unknown) => e)) as OpenAI.APIError;
    expect(err).toBeInstanceOf(OpenAI.InternalServerError);
    expect(err.status).toBe(502);
    expect(err.type).toBe("upstream_error");
    expect(err.message).toContain("models.providers.fake.apiKey");
    expect(err.message).not.toContain("abcdefgh12345678XYZ");
    expect(provider.requests.length - before).toBe(1); // x-should-retry: false
  });

  it("ends a stream that fails after text with an error frame the SDK raises", async () => {
    provider.setReply(() => ({ hang: true, text: "partial answer" }));
    const gw = await startOpenAiGateway(provider, { timeoutSeconds: 1 });
    const stream = await sdk(gw).chat.completions.create({ model: "openclaw", messages: [{ role: "user", content: "hang" }], stream: true });
    let text = "";
    const err = await (async () => {
      for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? "";
    })().then(() => null, (e: unknown) => e);
    expect(text).toBe("partial answer");
    expect(err).toBeInstanceOf(OpenAI.APIError);
    expect((err as Error).message).toContain("longer than 1 s");
    expect((err as OpenAI.APIError).type).toBe("timeout_error");
  });

  it("refuses image input with a clear 400 and nothing reaches the provider", async () => {
    const gw = await startOpenAiGateway(provider);
    const before = provider.requests.length;
    const err = await sdk(gw)
      .chat.completions.create({ model: "openclaw", messages: [{ role: "user", content: [{ type: "text", text: "what is this" }, { type: "image_url", image_url: { url: "data:image/png;base64,AAAA" } }] }] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect((err as Error).message).toContain("image input is not supported yet");
    expect(provider.requests.length).toBe(before);
  });
});
