import { describe, expect, it } from "vitest";
import OpenAI from "openai";
import { useFakeProvider } from "../../helpers/use-fake-provider.js";
import { rawRequest, sdk, startOpenAiGateway } from "./setup.js";

const provider = useFakeProvider();

const EVENT_ORDER = [
  "response.created",
  "response.in_progress",
  "response.output_item.added",
  "response.content_part.added",
  "response.output_text.delta",
  "response.output_text.done",
  "response.content_part.done",
  "response.output_item.done",
  "response.completed",
];

describe("POST /v1/responses through the official openai SDK", () => {
  it("answers non-stream with a completed Response object", async () => {
    const text = "A response, not a completion.";
    provider.setReply(() => ({ text }));
    const gw = await startOpenAiGateway(provider);
    const response = await sdk(gw).responses.create({ model: "openclaw", input: "hello" });
    expect(response.id).toMatch(/^resp_[0-9a-f]{32}$/);
    expect(response.object).toBe("response");
    expect(response.status).toBe("completed");
    expect(response.model).toBe("openclaw");
    expect(response.output_text).toBe(text);
    expect(response.output).toEqual([{ type: "message", id: expect.stringMatching(/^msg_/), status: "completed", role: "assistant", content: [{ type: "output_text", text, annotations: [] }] }]);
    const outputTokens = Math.ceil(text.length / 4);
    expect(response.usage).toMatchObject({ input_tokens: 11, output_tokens: outputTokens, total_tokens: 11 + outputTokens });
    expect(provider.requests.at(-1)?.body.messages.at(-1)).toEqual({ role: "user", content: "hello" });
  });

  it("streams the named events in order with consecutive sequence numbers; the deltas join to the text", async () => {
    const text = "Named events arrive one after another.";
    provider.setReply(() => ({ text, chunkSize: 4, delayMs: 1 }));
    const gw = await startOpenAiGateway(provider);
    const stream = await sdk(gw).responses.create({ model: "openclaw/main", input: "stream please", stream: true });
    const events: OpenAI.Responses.ResponseStreamEvent[] = [];
    for await (const event of stream) events.push(event);
    const types = events.map((e) => e.type);
    const collapsed = types.filter((t, i) => t !== "response.output_text.delta" || types[i - 1] !== t);
    expect(collapsed).toEqual(EVENT_ORDER);
    expect(types.filter((t) => t === "response.output_text.delta").length).toBeGreaterThan(5);
    expect(events.map((e) => e.sequence_number)).toEqual(events.map((_, i) => i));
    const deltas = events.flatMap((e) => (e.type === "response.output_text.delta" ? [e.delta] : []));
    expect(deltas.join("")).toBe(text);
    const done = events.find((e) => e.type === "response.output_text.done");
    expect(done && "text" in done ? done.text : null).toBe(text);
    const completed = events.at(-1) as OpenAI.Responses.ResponseCompletedEvent;
    expect(completed.response.status).toBe("completed");
    expect(completed.response.output).toEqual([{ type: "message", id: expect.stringMatching(/^msg_/), status: "completed", role: "assistant", content: [{ type: "output_text", text, annotations: [] }] }]);
    expect(completed.response.usage?.input_tokens).toBe(11);
    const created = events[0] as OpenAI.Responses.ResponseCreatedEvent;
    expect(created.response.id).toBe(completed.response.id);
    expect(created.response.status).toBe("in_progress");
  });

  it("takes instructions and developer items as the system prompt and flattens earlier items into a stateless turn", async () => {
    const gw = await startOpenAiGateway(provider);
    await sdk(gw).responses.create({
      model: "openclaw",
      instructions: "Answer like a pirate.",
      input: [
        { role: "developer", content: "Keep it short." },
        { type: "message", role: "user", content: [{ type: "input_text", text: "q1" }] },
        { role: "assistant", content: "a1" },
        { role: "user", content: "q2" },
      ],
    });
    const messages = provider.requests.at(-1)?.body.messages ?? [];
    expect(String(messages[0].content)).toContain("Answer like a pirate.\n\nKeep it short.");
    expect(messages.at(-1)).toEqual({ role: "user", content: "[Earlier conversation, as sent by the client]\nUser: q1\nAssistant: a1\n\n[Current message]\nq2" });
  });

  it("treats a trailing function_call_output as the current turn", async () => {
    const gw = await startOpenAiGateway(provider);
    await sdk(gw).responses.create({
      model: "openclaw",
      input: [
        { role: "user", content: "what's the weather?" },
        { type: "function_call", call_id: "call_1", name: "weather", arguments: '{"city":"Paris"}' },
        { type: "function_call_output", call_id: "call_1", output: "sunny, 21 °C" },
      ],
    });
    expect(provider.requests.at(-1)?.body.messages.at(-1)?.content).toBe(
      '[Earlier conversation, as sent by the client]\nUser: what\'s the weather?\nAssistant: called tool weather({"city":"Paris"})\n\n[Current message]\nTool result (call_1): sunny, 21 °C',
    );
  });

  it("a stream that fails after text ends with response.failed carrying the error", async () => {
    provider.setReply(() => ({ hang: true, text: "half" }));
    const gw = await startOpenAiGateway(provider, { timeoutSeconds: 1 });
    const stream = await sdk(gw).responses.create({ model: "openclaw", input: "hang", stream: true });
    const events: OpenAI.Responses.ResponseStreamEvent[] = [];
    for await (const event of stream) events.push(event);
    const last = events.at(-1) as OpenAI.Responses.ResponseFailedEvent;
    expect(last.type).toBe("response.failed");
    expect(last.response.status).toBe("failed");
    expect(last.response.error).toEqual({ code: "agent_timeout", message: expect.stringContaining("longer than 1 s") });
    expect(events.some((e) => e.type === "response.output_text.delta" && e.delta === "half")).toBe(true);
  });

  it("a failure before any output answers with the HTTP status and a failed Response object", async () => {
    provider.setReply(() => ({ status: 500, error: { message: "the model crashed", type: "server_error" } }));
    const gw = await startOpenAiGateway(provider);
    const err = (await sdk(gw).responses.create({ model: "openclaw", input: "hi" }).catch((e: unknown) => e)) as OpenAI.APIError;
    expect(err).toBeInstanceOf(OpenAI.InternalServerError);
    expect(err.status).toBe(502);
    expect(err.message).toContain("the model crashed");
    const raw = await rawRequest(gw, "POST", "/v1/responses", { body: JSON.stringify({ input: "hi", stream: true }) });
    expect(raw.status).toBe(502);
    expect(raw.json()).toMatchObject({ object: "response", status: "failed", output: [], error: { code: "upstream_failed", message: expect.stringContaining("the model crashed") } });
  });

  it("refuses input without a user turn, unsupported items and images with 400", async () => {
    const gw = await startOpenAiGateway(provider);
    const client = sdk(gw);
    const cases: Array<[OpenAI.Responses.ResponseCreateParamsNonStreaming["input"], string]> = [
      [[], "Missing user message in `input`."],
      [[{ role: "system", content: "only a system prompt" }], "Missing user message in `input`."],
      [[{ role: "user", content: [{ type: "input_image", image_url: "data:image/png;base64,AAAA", detail: "auto" }] }], "image input is not supported yet"],
      [[{ type: "web_search_call", id: "ws_1", status: "completed", action: { type: "search", query: "x" } } as never], 'input item type "web_search_call" is not supported'],
    ];
    for (const [input, message] of cases) {
      const err = await client.responses.create({ model: "openclaw", input }).catch((e: unknown) => e);
      expect(err, message).toBeInstanceOf(OpenAI.BadRequestError);
      expect((err as Error).message).toContain(message);
    }
  });
});
