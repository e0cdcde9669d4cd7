/** Crash leftovers, aborts during tool calls, refused chat.send, and queued budgets. */
import { describe, expect, it } from "vitest";
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startTestGateway, waitFor } from "../../helpers/gateway.js";
import { fakeProviderConfig, lastUserText } from "../../helpers/fake-provider.js";
import { useFakeProvider } from "../../helpers/use-fake-provider.js";
import agentPlugin from "../../../plugins/agent/index.js";
import { definePlugin } from "../../../core/plugin-types.js";
import type { AgentService } from "../../../plugins/agent/contract.js";

const provider = useFakeProvider();

describe("agent robustness", () => {
  it("a transcript line torn by a crash costs only that line: the next turns are kept", async () => {
    const stateDir = mkdtempSync(join(tmpdir(), "ocgw-torn-"));
    try {
      const first = await startTestGateway({ plugins: [agentPlugin], config: fakeProviderConfig(provider), stateDir });
      await (await first.client()).request("agent", { message: "one", idempotencyKey: "torn-1" }, { expectFinal: true });
      await first.stop();
      const dir = join(stateDir, "agents", "main", "sessions");
      const file = join(dir, readdirSync(dir).find((f) => f.endsWith(".jsonl"))!);
      appendFileSync(file, '{"type":"message","message":{"role":"user","con'); // a crash mid-append

      const second = await startTestGateway({ plugins: [agentPlugin], config: fakeProviderConfig(provider), stateDir });
      const c = await second.client();
      await c.request("agent", { message: "two", idempotencyKey: "torn-2" }, { expectFinal: true });
      await second.stop();
      const third = await startTestGateway({ plugins: [agentPlugin], config: fakeProviderConfig(provider), stateDir });
      const history = await (await third.client()).request<{ messages: Array<{ content: Array<{ text: string }> }> }>("chat.history", { sessionKey: "main" });
      expect(history.messages.map((m) => m.content[0].text)).toEqual(["one", "Echo: one", "two", "Echo: two"]);
      expect(readFileSync(file, "utf8").split("\n").filter(Boolean).length).toBe(6); // header, 4 messages, the torn line on its own
    } finally {
      rmSync(stateDir, { recursive: true, force: true });
    }
  });

  it("an abort mid-stream is not taken for a finished answer, and the tool call after the text never runs", async () => {
    const calls: string[] = [];
    const tool = definePlugin({
      name: "side-effect-tool",
      requires: ["agent"],
      setup(api) {
        api.use<AgentService>("agent").tools.register({ name: "launch", description: "has side effects", parameters: { type: "object", properties: {} }, execute: () => void calls.push("launched") }, { signal: api.signal });
      },
    });
    provider.setReply(() => ({ text: "Working on it... ".repeat(10), chunkSize: 2, delayMs: 10, toolCalls: [{ name: "launch", arguments: {} }] }));
    const gw = await startTestGateway({ plugins: [agentPlugin, tool], config: fakeProviderConfig(provider) });
    const client = await gw.client();
    const states: string[] = [];
    client.on("event:chat", (p: { state: string }) => states.push(p.state));
    await client.request("chat.send", { sessionKey: "main", message: "go", idempotencyKey: "ab-1" });
    await waitFor(() => states.includes("delta"));
    await client.request("chat.abort", { sessionKey: "main" });
    await waitFor(() => states.includes("aborted"));
    await new Promise((r) => setTimeout(r, 100));
    expect(calls).toEqual([]);
    const history = await client.request<{ messages: Array<{ role: string; model?: string }> }>("chat.history", { sessionKey: "main" });
    expect(history.messages.at(-1)).toMatchObject({ role: "assistant", model: "partial" });
  });

  it("chat.send to an unknown agent is refused up front instead of answering started", async () => {
    const gw = await startTestGateway({ plugins: [agentPlugin], config: fakeProviderConfig(provider) });
    const client = await gw.client();
    await expect(client.request("chat.send", { sessionKey: "agent:typo:main", message: "hi", idempotencyKey: "u-1" })).rejects.toMatchObject({ code: "INVALID_REQUEST", message: expect.stringContaining('unknown agent "typo"') });
  });

  it("a queued turn's time budget starts when it runs, not while it waits", async () => {
    provider.setReply((req) => (lastUserText(req) === "slow" ? { text: "s".repeat(60), chunkSize: 1, delayMs: 20 } : { text: "quick" }));
    const gw = await startTestGateway({ plugins: [agentPlugin], config: fakeProviderConfig(provider) });
    const client = await gw.client();
    const slow = client.request("agent", { message: "slow", idempotencyKey: "b-1" }, { expectFinal: true });
    const quick = client.request<{ status: string }>("agent", { message: "quick", idempotencyKey: "b-2", timeout: 1 }, { expectFinal: true });
    await slow; // ≈ 1.2 s: longer than the queued turn's 1 s budget
    expect((await quick).status).toBe("ok");
  });
});
