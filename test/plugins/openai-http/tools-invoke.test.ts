import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { stopAllTestGateways } from "../../helpers/gateway.js";
import { startFakeProvider, type FakeProvider } from "../../helpers/fake-provider.js";
import { definePlugin, type PluginDefinition } from "../../../core/plugin-types.js";
import type { AgentService } from "../../../plugins/agent/contract.js";
import { rawRequest, sdk, startOpenAiGateway } from "./setup.js";

let provider: FakeProvider;
beforeAll(async () => {
  provider = await startFakeProvider();
});
afterAll(() => provider.close());
afterEach(() => stopAllTestGateways());

/** A plugin with a dangerous-sounding `exec` tool, a tool with an `action` property, and a tool that throws. */
function testTools(calls: Array<{ tool: string; args: unknown; sessionKey: string }>): PluginDefinition {
  return definePlugin({
    name: "test-tools",
    requires: ["agent"],
    setup(api) {
      const agent = api.use<AgentService>("agent");
      const record = (tool: string) => (args: Record<string, unknown>, ctx: { sessionKey: string }) => {
        calls.push({ tool, args, sessionKey: ctx.sessionKey });
        return { ran: tool, args };
      };
      agent.tools.register({ name: "exec", description: "runs a command", parameters: { type: "object", properties: { cmd: { type: "string" } }, required: ["cmd"], additionalProperties: false }, execute: record("exec") }, { signal: api.signal });
      agent.tools.register({ name: "notes", description: "notes", parameters: { type: "object", properties: { action: { type: "string", enum: ["list", "add"] }, text: { type: "string" } }, additionalProperties: false }, execute: record("notes") }, { signal: api.signal });
      agent.tools.register({ name: "plain", description: "no action", parameters: { type: "object", properties: {}, additionalProperties: false }, execute: record("plain") }, { signal: api.signal });
      agent.tools.register({ name: "broken", description: "fails", parameters: { type: "object" }, execute: () => { throw new Error("disk on fire (token sk-live-abcdefghijklmnop)"); } }, { signal: api.signal });
    },
  });
}

const invoke = (gw: Awaited<ReturnType<typeof startOpenAiGateway>>, body: unknown) => rawRequest(gw, "POST", "/tools/invoke", { body: JSON.stringify(body) });
const notFound = (tool: string) => ({ ok: false, error: { type: "not_found", message: `Tool not available: ${tool}` } });

describe("POST /tools/invoke", () => {
  it("runs session_status on the main session by default, and on a named session", async () => {
    const gw = await startOpenAiGateway(provider, { endpoints: {} }); // always on, whatever the OpenAI flags say
    const main = await invoke(gw, { tool: "session_status", args: {} });
    expect(main.status).toBe(200);
    expect(main.json()).toMatchObject({ ok: true, result: { sessionKey: "agent:main:main", agentId: "main", exists: false } });

    const gw2 = await startOpenAiGateway(provider);
    await sdk(gw2).chat.completions.create({ model: "openclaw", user: "bob", messages: [{ role: "user", content: "hello" }] });
    const bob = await invoke(gw2, { tool: "session_status", sessionKey: "agent:main:openai-user:bob" });
    expect(bob.json()).toMatchObject({ ok: true, result: { sessionKey: "agent:main:openai-user:bob", exists: true, messages: 2 } });
    const short = await invoke(gw2, { tool: "session_status", sessionKey: "openai-user:bob" });
    expect(short.json()).toMatchObject({ ok: true, result: { sessionKey: "agent:main:openai-user:bob", exists: true } });
  });

  it("answers an unknown tool and a denied tool with the same 404; exec never runs by default", async () => {
    const calls: Array<{ tool: string; args: unknown; sessionKey: string }> = [];
    const gw = await startOpenAiGateway(provider, { plugins: [testTools(calls)] });
    const unknown = await invoke(gw, { tool: "no_such_tool" });
    expect(unknown.status).toBe(404);
    expect(unknown.json()).toEqual(notFound("no_such_tool"));
    const exec = await invoke(gw, { tool: "exec", args: { cmd: "rm -rf /" } });
    expect(exec.status).toBe(404);
    expect(exec.json()).toEqual(notFound("exec"));
    expect(calls).toEqual([]);
  });

  it("gateway.tools.allow lifts a default denial, gateway.tools.deny adds one, and deny wins when both name a tool", async () => {
    const calls: Array<{ tool: string; args: unknown; sessionKey: string }> = [];
    const allowed = await startOpenAiGateway(provider, { plugins: [testTools(calls)], tools: { allow: ["exec"], deny: ["session_status"] } });
    const exec = await invoke(allowed, { tool: "exec", args: { cmd: "ls" } });
    expect(exec.status).toBe(200);
    expect(exec.json()).toEqual({ ok: true, result: { ran: "exec", args: { cmd: "ls" } } });
    expect(calls).toEqual([{ tool: "exec", args: { cmd: "ls" }, sessionKey: "agent:main:main" }]);
    expect((await invoke(allowed, { tool: "session_status" })).json()).toEqual(notFound("session_status"));

    const both = await startOpenAiGateway(provider, { plugins: [testTools([])], tools: { allow: ["exec"], deny: ["exec"] } });
    expect((await invoke(both, { tool: "exec", args: { cmd: "ls" } })).status).toBe(404);
  });

  it("copies `action` into args when the tool's schema has one and args lack it", async () => {
    const calls: Array<{ tool: string; args: unknown; sessionKey: string }> = [];
    const gw = await startOpenAiGateway(provider, { plugins: [testTools(calls)] });
    expect((await invoke(gw, { tool: "notes", action: "list" })).json()).toEqual({ ok: true, result: { ran: "notes", args: { action: "list" } } });
    expect((await invoke(gw, { tool: "notes", action: "list", args: { action: "add", text: "x" } })).json().result.args).toEqual({ action: "add", text: "x" });
    // No `action` property in the schema: not copied (the strict schema would refuse it).
    expect((await invoke(gw, { tool: "plain", action: "list" })).json()).toEqual({ ok: true, result: { ran: "plain", args: {} } });
  });

  it("answers bad requests, bad arguments and tool failures with 400 {ok:false, error:{type, message}}", async () => {
    const calls: Array<{ tool: string; args: unknown; sessionKey: string }> = [];
    const gw = await startOpenAiGateway(provider, { plugins: [testTools(calls)] });
    const cases: Array<[unknown, string, string]> = [
      [{ args: {} }, "invalid_request", "`tool` is required"],
      [{ tool: "session_status", args: [1] }, "invalid_request", "`args` must be a JSON object"],
      [{ tool: "session_status", args: { bogus: 1 } }, "invalid_request", 'invalid arguments for tool "session_status"'],
      [{ tool: "session_status", sessionKey: "agent:ghost:main" }, "invalid_request", "unknown agent"],
      [{ tool: "notes", dryRun: true }, "invalid_request", "`dryRun` is not supported: the tool was not run"],
      [{ tool: "broken" }, "tool_error", 'tool "broken" failed: disk on fire'],
    ];
    for (const [body, type, message] of cases) {
      const r = await invoke(gw, body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.json()).toEqual({ ok: false, error: { type, message: expect.stringContaining(message) } });
      expect(r.text).not.toContain("abcdefghijklmnop");
    }
    expect(calls).toEqual([]);
  });
});
