/** `openclaw agent --message`: streams the reply from a configured provider, --json, errors, and the offline notice. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { cliHome, freePort, runCli, spawnGateway, type RunningGateway } from "../helpers/cli.js";
import { startFakeProvider, fakeProviderConfig, type FakeProvider } from "../helpers/fake-provider.js";

const TOKEN = "tok-agent-cli-123456";
let provider: FakeProvider;
const running: RunningGateway[] = [];
beforeAll(async () => {
  provider = await startFakeProvider();
});
afterAll(() => provider.close());
afterEach(async () => {
  await Promise.all(running.splice(0).map((g) => g.stop()));
});

async function gateway(config: Record<string, unknown>) {
  const h = cliHome();
  const port = await freePort();
  h.writeConfig({ gateway: { mode: "local", port, auth: { mode: "token", token: TOKEN } }, ...config });
  const g = await spawnGateway([], h.env);
  running.push(g);
  expect(g.output()).toContain("ready in");
  return { env: { ...h.env, OPENCLAW_GATEWAY_TOKEN: TOKEN, OPENCLAW_GATEWAY_URL: `ws://127.0.0.1:${port}` } };
}

describe("openclaw agent", () => {
  it("streams the provider's answer and exits 0; --json prints the final result", async () => {
    provider.setReply(() => ({ text: "Hello from the model, streamed in pieces.", chunkSize: 5, delayMs: 5 }));
    const { env } = await gateway(fakeProviderConfig(provider));
    const run = await runCli(["agent", "--message", "hi"], env);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("Hello from the model, streamed in pieces.\n");
    expect(provider.requests.at(-1)?.body.messages.at(-1)).toEqual({ role: "user", content: "hi" });

    const json = await runCli(["agent", "--message", "again", "--json", "--session-key", "agent:main:cli-test"], env);
    expect(json.code).toBe(0);
    const final = JSON.parse(json.stdout);
    expect(final).toMatchObject({ status: "ok", result: { payloads: [{ text: "Hello from the model, streamed in pieces." }], meta: { agentMeta: { sessionKey: "agent:main:cli-test" } } } });
  });

  it("without a provider prints the offline notice naming the keys; a provider error exits 1 with the reason", async () => {
    const { env } = await gateway({});
    const offline = await runCli(["agent", "--message", "hi"], env);
    expect(offline.code).toBe(0);
    expect(offline.stdout).toMatch(/No model provider is configured.*models\.providers/s);

    provider.setReply(() => ({ status: 401, error: { message: "Incorrect API key provided.", code: "invalid_api_key" } }));
    const { env: env2 } = await gateway(fakeProviderConfig(provider));
    const failed = await runCli(["agent", "--message", "hi"], env2);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/agent run failed: UNAVAILABLE: provider "fake" \(model m1\) refused the credentials/);
    provider.setReply((req) => ({ text: "ok" }));
  });

  it("--timeout stops a hanging provider with AGENT_TIMEOUT", async () => {
    provider.setReply(() => ({ hang: true }));
    const { env } = await gateway(fakeProviderConfig(provider));
    const run = await runCli(["agent", "--message", "hi", "--timeout", "1"], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/AGENT_TIMEOUT/);
    provider.setReply(() => ({ text: "ok" }));
  });
});
