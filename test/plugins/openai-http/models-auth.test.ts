import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import OpenAI from "openai";
import { stopAllTestGateways } from "../../helpers/gateway.js";
import { startFakeProvider, type FakeProvider } from "../../helpers/fake-provider.js";
import { validateConfig } from "../../../core/config/validate.js";
import agentPlugin from "../../../plugins/agent/index.js";
import openaiHttp from "../../../plugins/openai-http/index.js";
import { chatBody, rawRequest, sdk, startOpenAiGateway } from "./setup.js";

let provider: FakeProvider;
beforeAll(async () => {
  provider = await startFakeProvider();
});
afterAll(() => provider.close());
afterEach(() => stopAllTestGateways());

const UNAUTHORIZED = { error: { message: "Unauthorized", type: "unauthorized" } };

describe("GET /v1/models", () => {
  it("lists openclaw, openclaw/default and one model per agent; retrieves one; 404 model_not_found otherwise", async () => {
    const gw = await startOpenAiGateway(provider, { extra: { agents: { list: [{ id: "main" }, { id: "ops" }] } } });
    const client = sdk(gw);
    const ids: string[] = [];
    for await (const model of client.models.list()) {
      expect(model).toMatchObject({ object: "model", owned_by: "openclaw", created: expect.any(Number) });
      ids.push(model.id);
    }
    expect(ids).toEqual(["openclaw", "openclaw/default", "openclaw/main", "openclaw/ops"]);
    expect(await client.models.retrieve("openclaw/ops")).toMatchObject({ id: "openclaw/ops", object: "model" });
    expect((await client.models.retrieve("openclaw")).id).toBe("openclaw");
    const err = (await client.models.retrieve("gpt-4o").catch((e: unknown) => e)) as OpenAI.APIError;
    expect(err).toBeInstanceOf(OpenAI.NotFoundError);
    expect(err.code).toBe("model_not_found");
    expect(err.message).toContain("Model 'gpt-4o' not found.");
  });

  it("is on when only the responses endpoint is enabled", async () => {
    const gw = await startOpenAiGateway(provider, { endpoints: { responses: { enabled: true } } });
    const page = await sdk(gw).models.list();
    expect(page.data.map((m) => m.id)).toContain("openclaw/main");
    const chat = await sdk(gw).chat.completions.create({ model: "openclaw", messages: [{ role: "user", content: "hi" }] }).catch((e: unknown) => e);
    expect(chat).toBeInstanceOf(OpenAI.NotFoundError);
  });
});

describe("auth and enable flags", () => {
  it("a wrong key is an AuthenticationError (401, upstream body) on every route, and nothing reaches the provider", async () => {
    const gw = await startOpenAiGateway(provider);
    const wrong = sdk(gw, { apiKey: "wrong-key" });
    const before = provider.requests.length;
    for (const call of [
      () => wrong.chat.completions.create({ model: "openclaw", messages: [{ role: "user", content: "hi" }] }),
      () => wrong.chat.completions.create({ model: "openclaw", messages: [{ role: "user", content: "hi" }], stream: true }),
      () => wrong.responses.create({ model: "openclaw", input: "hi" }),
      () => wrong.models.list(),
    ]) {
      const err = (await call().catch((e: unknown) => e)) as OpenAI.APIError;
      expect(err).toBeInstanceOf(OpenAI.AuthenticationError);
      expect(err.status).toBe(401);
      expect(err.type).toBe("unauthorized");
    }
    const raw = await rawRequest(gw, "POST", "/tools/invoke", { body: JSON.stringify({ tool: "session_status" }), auth: false });
    expect(raw.status).toBe(401);
    expect(raw.json()).toEqual(UNAUTHORIZED);
    expect(provider.requests.length).toBe(before);
  });

  it("a disabled endpoint answers 404 naming the key to set, but only after auth (401 without the token)", async () => {
    const gw = await startOpenAiGateway(provider, { endpoints: {} });
    const client = sdk(gw);
    const chat = (await client.chat.completions.create({ model: "openclaw", messages: [{ role: "user", content: "hi" }] }).catch((e: unknown) => e)) as OpenAI.APIError;
    expect(chat).toBeInstanceOf(OpenAI.NotFoundError);
    expect(chat.message).toContain("set gateway.http.endpoints.chatCompletions.enabled to true");
    expect(chat.type).toBe("not_found");
    const responses = (await client.responses.create({ model: "openclaw", input: "hi" }).catch((e: unknown) => e)) as OpenAI.APIError;
    expect(responses).toBeInstanceOf(OpenAI.NotFoundError);
    expect(responses.message).toContain("set gateway.http.endpoints.responses.enabled to true");
    const models = (await client.models.list().catch((e: unknown) => e)) as OpenAI.APIError;
    expect(models).toBeInstanceOf(OpenAI.NotFoundError);
    expect(models.message).toContain("gateway.http.endpoints.chatCompletions.enabled or gateway.http.endpoints.responses.enabled");

    // Without credentials a disabled endpoint looks like an enabled one: nothing about the config leaks.
    for (const [method, path] of [["POST", "/v1/chat/completions"], ["POST", "/v1/responses"], ["GET", "/v1/models"]]) {
      const raw = await rawRequest(gw, method, path, { body: method === "POST" ? chatBody() : undefined, auth: false });
      expect(raw.status, path).toBe(401);
      expect(raw.json()).toEqual(UNAUTHORIZED);
    }
    expect(provider.requests.length).toBe(0);
  });
});

describe("config", () => {
  const plugins = [agentPlugin, openaiHttp].map((def) => ({ def: def, enabled: true }));

  it("accepts gateway.http and gateway.tools next to core gateway keys", () => {
    const { issues } = validateConfig(
      { gateway: { port: 18789, auth: { mode: "token", token: "t" }, http: { endpoints: { chatCompletions: { enabled: true, maxBodyBytes: 4096 }, responses: { enabled: false } } }, tools: { allow: ["exec"], deny: ["session_status"] } } },
      plugins,
    );
    expect(issues).toEqual([]);
  });

  it("names unknown and mistyped keys under gateway.http and gateway.tools", () => {
    const { issues } = validateConfig(
      { gateway: { http: { endpoints: { chatCompletions: { enabled: "yes", maxBody: 1 }, embeddings: { enabled: true } }, cors: true }, tools: { alow: ["exec"], deny: ["bad name"] } } },
      plugins,
    );
    const paths = issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "gateway.http.endpoints.chatCompletions.enabled",
        "gateway.http.endpoints.chatCompletions.maxBody",
        "gateway.http.endpoints.embeddings",
        "gateway.http.cors",
        "gateway.tools.alow",
        "gateway.tools.deny.0",
      ]),
    );
    expect(issues.find((i) => i.path === "gateway.http.endpoints.chatCompletions.maxBody")?.message).toContain("valid keys here: enabled, maxBodyBytes");
    expect(issues.find((i) => i.path === "gateway.tools.alow")?.message).toContain('did you mean "gateway.tools.allow"');
    expect(issues.every((i) => i.message.includes("plugin openai-http"))).toBe(true);
  });
});
