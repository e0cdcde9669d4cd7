/**
 * models.list (and the published-model-catalog capability in hello-ok), models.authStatus and sessions.usage
 * against a gateway with an Anthropic fake; and our CLI's `openclaw models list` against a spawned gateway.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestGateway, stopAllTestGateways } from "../../helpers/gateway.js";
import { cliHome, freePort, runCli, spawnGateway } from "../../helpers/cli.js";
import { startFakeAnthropic, type NativeFake } from "../../helpers/fake-native-providers.js";
import agentPlugin from "../../../plugins/agent/index.js";

let claude: NativeFake;
beforeAll(async () => {
  claude = await startFakeAnthropic(() => ({ text: "hi" }));
});
afterAll(async () => {
  await stopAllTestGateways();
  await claude.close();
});

const config = () => ({
  models: {
    providers: {
      claude: { baseUrl: claude.origin, apiKey: "sk-ant-catalog", api: "anthropic-messages", models: [{ id: "claude-x", name: "Claude X", contextWindow: 200000, input: ["text", "image"], cost: { input: 3, output: 15 } }] },
      remote: { baseUrl: "https://api.example.invalid/v1", api: "openai-responses", models: [{ id: "gpt-x" }] },
    },
  },
  agents: { defaults: { model: { primary: "claude/claude-x", fallbacks: ["remote/gpt-x"] } } },
});

describe("catalog and usage methods", () => {
  it("advertise the catalog capability, list models with auth state, report keys without calling out, and aggregate session usage", async () => {
    const gw = await startTestGateway({ plugins: [agentPlugin], config: config() });
    const client = await gw.client();
    expect(client.hello?.features.capabilities).toContain("published-model-catalog");

    const list = await client.request<{ models: Array<Record<string, unknown>> }>("models.list", {});
    expect(list.models).toEqual([
      { id: "claude-x", name: "Claude X", provider: "claude", tags: ["default"], available: true, contextWindow: 200000, local: true, supportsTools: true, input: ["text", "image"] },
      { id: "gpt-x", name: "gpt-x", provider: "remote", tags: ["fallback#1"], available: false, unavailableReason: "missing-auth", contextWindow: 32000, local: false, supportsTools: true, input: ["text"] },
    ]);
    const refreshed = await client.request<{ models: Array<{ id: string }>; providerOutcomes: Array<{ provider: string; status: string }> }>("models.list", { refresh: true, provider: "claude" });
    expect(refreshed.models.map((m) => m.id)).toEqual(["claude-x", "listed-model"]);
    expect(refreshed.providerOutcomes).toEqual([{ provider: "claude", status: "ready" }]);
    await expect(client.request("models.list", { view: "everything" })).rejects.toMatchObject({ code: "INVALID_REQUEST", message: expect.stringContaining("view") });

    const requestsBefore = claude.requests.length;
    const auth = await client.request<{ providers: Array<{ provider: string; status: string }> }>("models.authStatus", {});
    expect(auth.providers.map((p) => [p.provider, p.status])).toEqual([["claude", "static"], ["remote", "missing"]]);
    expect(claude.requests.length).toBe(requestsBefore);

    await client.request("agent", { message: "one", idempotencyKey: "u-1" }, { expectFinal: true });
    await client.request("agent", { message: "two", sessionKey: "other", idempotencyKey: "u-2" }, { expectFinal: true });
    const usage = await client.request<{ sessions: Array<{ key: string; model?: string; modelProvider?: string; usage: { totalTokens: number } }>; totals: { totalTokens: number; totalCost: number; missingCostEntries: number }; aggregates: { byModel: Array<{ provider: string; model: string; count: number }>; daily: Array<{ calls: number }> } }>("sessions.usage", {});
    expect(usage.sessions.map((s) => s.key).sort()).toEqual(["agent:main:main", "agent:main:other"]);
    expect(usage.sessions[0]).toMatchObject({ model: "claude-x", modelProvider: "claude", usage: { totalTokens: 28 } });
    expect(usage.totals).toMatchObject({ totalTokens: 56, missingCostEntries: 0 });
    expect(usage.totals.totalCost).toBeCloseTo((2 * (20 * 3 + 8 * 15)) / 1e6, 10);
    expect(usage.aggregates.byModel).toEqual([expect.objectContaining({ provider: "claude", model: "claude-x", count: 2 })]);
    expect(usage.aggregates.daily).toEqual([expect.objectContaining({ calls: 2 })]);
    // The official UI's activity figures: two runs, one user and one assistant message each, no tool calls.
    expect(usage.aggregates).toMatchObject({ sessionCount: 2, messages: { total: 4, user: 2, assistant: 2, toolCalls: 0, toolResults: 0, errors: 0 }, tools: { totalCalls: 0, uniqueTools: 0, tools: [] } });
    const one = await client.request<{ sessions: Array<{ key: string }> }>("sessions.usage", { key: "other" });
    expect(one.sessions.map((s) => s.key)).toEqual(["agent:main:other"]);
  });

  it("openclaw models list prints the catalog (table and --json)", async () => {
    const h = cliHome();
    const port = await freePort();
    const token = "tok-models-cli-123456";
    h.writeConfig({ gateway: { mode: "local", port, auth: { mode: "token", token } }, ...config() });
    const g = await spawnGateway([], h.env);
    try {
      const env = { ...h.env, OPENCLAW_GATEWAY_TOKEN: token, OPENCLAW_GATEWAY_URL: `ws://127.0.0.1:${port}` };
      const table = await runCli(["models", "list"], env);
      expect(table.code, table.stderr).toBe(0);
      expect(table.stdout).toMatch(/claude\/claude-x\s+text\+image\s+200k\s+yes\s+yes\s+default/);
      expect(table.stdout).toMatch(/remote\/gpt-x\s+text\s+32k\s+no\s+no\s+fallback#1/);
      const json = await runCli(["models", "list", "--json"], env);
      expect(JSON.parse(json.stdout)).toMatchObject({ count: 2, models: [{ id: "claude-x" }, { id: "gpt-x" }] });
    } finally {
      await g.stop();
    }
  });
});
