/** The built-in plugin in a real `openclaw gateway` process (dist/): enabled by a hot config edit, then streamed to by the SDK. */
import { afterEach, describe, expect, it } from "vitest";
import OpenAI from "openai";
import { cliHome, freePort, spawnGateway, type RunningGateway } from "../../helpers/cli.js";
import { waitFor } from "../../helpers/gateway.js";
import { startFakeProvider, fakeProviderConfig, type FakeProvider } from "../../helpers/fake-provider.js";

const TOKEN = "tok-openai-http-1234";
const running: RunningGateway[] = [];
const providers: FakeProvider[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((g) => g.stop("SIGKILL")));
  await Promise.all(providers.splice(0).map((p) => p.close()));
});

describe("openclaw gateway with the built-in openai-http plugin", () => {
  it("answers 404 while disabled, reloads only openai-http when enabled, then streams the provider's answer", async () => {
    const provider = await startFakeProvider({ reply: () => ({ text: "Streamed through the real gateway.", chunkSize: 5 }) });
    providers.push(provider);
    const h = cliHome();
    const port = await freePort();
    const config = (enabled: boolean) => ({
      gateway: { mode: "local", port, auth: { token: TOKEN }, reload: { debounceMs: 50 }, http: { endpoints: { chatCompletions: { enabled } } } },
      ...fakeProviderConfig(provider),
    });
    h.writeConfig(config(false));
    const g = await spawnGateway([], h.env);
    running.push(g);
    expect(g.output()).toContain("ready in");
    const client = new OpenAI({ baseURL: `http://127.0.0.1:${port}/v1`, apiKey: TOKEN, maxRetries: 0 });
    const messages = [{ role: "user" as const, content: "hi" }];
    await expect(client.chat.completions.create({ model: "openclaw", messages })).rejects.toBeInstanceOf(OpenAI.NotFoundError);

    h.writeConfig(config(true));
    await waitFor(() => g.output().includes("config reloaded: gateway.http.endpoints.chatCompletions.enabled; reloaded plugins:"), 5000, "openai-http reload");
    expect(/reloaded plugins: ([\w, -]+)/.exec(g.output())?.[1].trim()).toBe("openai-http");
    const stream = await client.chat.completions.create({ model: "openclaw", messages, stream: true });
    let text = "";
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? "";
    expect(text).toBe("Streamed through the real gateway.");
  });
});
