import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startTestGateway, stopAllTestGateways } from "../../helpers/gateway.js";
import { startFakeProvider, fakeProviderConfig, type FakeProvider } from "../../helpers/fake-provider.js";
import agentPlugin from "../../../plugins/agent/index.js";
import { definePlugin } from "../../../core/plugin-types.js";
import type { AgentService } from "../../../plugins/agent/contract.js";

let provider: FakeProvider;
beforeAll(async () => {
  provider = await startFakeProvider();
});
afterAll(() => provider.close());
afterEach(() => stopAllTestGateways());

const calls: Array<Record<string, unknown>> = [];
/** A third-party plugin adding a tool through the agent service. */
const weather = definePlugin({
  name: "weather-tool",
  requires: ["agent"],
  setup(api) {
    api.use<AgentService>("agent").tools.register(
      {
        name: "get_weather",
        description: "Current weather for a city",
        parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"], additionalProperties: false },
        execute(args) {
          calls.push(args);
          return { city: args.city, tempC: 21 };
        },
      },
      { signal: api.signal },
    );
  },
});

describe("agent tools", () => {
  it("offers registered tools, runs the calls the model asks for and feeds the results back", async () => {
    provider.setReply((req, i) => {
      const last = req.body.messages.at(-1);
      if (last?.role !== "tool") return { toolCalls: [{ name: "get_weather", arguments: { city: "Lisbon" } }, { name: "session_status", arguments: {} }] };
      return { text: "It is 21 °C in Lisbon." };
    });
    const gw = await startTestGateway({ plugins: [agentPlugin, weather], config: fakeProviderConfig(provider) });
    const client = await gw.client();
    const toolEvents: Array<{ phase: string; name: string; isError?: boolean }> = [];
    client.on("event:agent", (p: { stream: string; data: { phase: string; name: string; isError?: boolean } }) => p.stream === "tool" && toolEvents.push(p.data));
    const before = provider.requests.length;
    const final = await client.request<{ result: { payloads: Array<{ text: string }> } }>("agent", { message: "weather?", idempotencyKey: "tool-1" }, { expectFinal: true });
    expect(final.result.payloads[0].text).toBe("It is 21 °C in Lisbon.");
    expect(calls).toEqual([{ city: "Lisbon" }]);
    const first = provider.requests[before].body;
    expect(first.tools?.map((t) => t.function.name).sort()).toEqual(["get_weather", "session_status"]);
    const second = provider.requests[before + 1].body.messages;
    const toolMessages = second.filter((m) => m.role === "tool");
    expect(JSON.parse(String(toolMessages[0].content))).toEqual({ city: "Lisbon", tempC: 21 });
    expect(JSON.parse(String(toolMessages[1].content))).toMatchObject({ sessionKey: "agent:main:main", exists: true });
    expect(toolEvents.map((e) => `${e.phase}:${e.name}`)).toEqual(["start:get_weather", "result:get_weather", "start:session_status", "result:session_status"]);
    // The tool round trip is in the transcript, so the next turn's context is complete.
    const history = await client.request<{ messages: Array<{ role: string }> }>("chat.history", { sessionKey: "main" });
    expect(history.messages.map((m) => m.role)).toEqual(["user", "assistant", "tool", "tool", "assistant"]);
  });

  it("bad tool arguments go back to the model as an error instead of failing the run", async () => {
    provider.setReply((req) => (req.body.messages.at(-1)?.role === "tool" ? { text: "sorry" } : { toolCalls: [{ name: "get_weather", arguments: { town: 1 } }] }));
    const gw = await startTestGateway({ plugins: [agentPlugin, weather], config: fakeProviderConfig(provider) });
    const client = await gw.client();
    const final = await client.request<{ status: string }>("agent", { message: "weather?", idempotencyKey: "tool-2" }, { expectFinal: true });
    expect(final.status).toBe("ok");
    const toolMsg = provider.requests.at(-1)!.body.messages.find((m) => m.role === "tool");
    expect(String(toolMsg?.content)).toMatch(/^Error: invalid arguments for tool "get_weather"/);
  });

  it("stops offering tools after maxToolSteps so a looping model must answer", async () => {
    provider.setReply((req) => (req.body.tools?.length ? { toolCalls: [{ name: "session_status", arguments: {} }] } : { text: "done" }));
    const config = fakeProviderConfig(provider) as { agents: { defaults: Record<string, unknown> } };
    config.agents.defaults.maxToolSteps = 2;
    const gw = await startTestGateway({ plugins: [agentPlugin], config });
    const client = await gw.client();
    const before = provider.requests.length;
    const final = await client.request<{ result: { payloads: Array<{ text: string }> } }>("agent", { message: "loop", idempotencyKey: "tool-3" }, { expectFinal: true });
    expect(final.result.payloads[0].text).toBe("done");
    expect(provider.requests.length - before).toBe(3);
  });

  it("a tool is removed when the plugin that registered it is disposed", async () => {
    const gw = await startTestGateway({ plugins: [agentPlugin, weather], config: fakeProviderConfig(provider) });
    const status = async () => (await (await gw.client()).request<{ agent: { tools: string[] } }>("status")).agent.tools;
    expect(await status()).toContain("get_weather");
    await gw.gateway.plugins.setEnabled("weather-tool", false, fakeProviderConfig(provider));
    expect(await status()).not.toContain("get_weather");
  });
});
