/** Shared set-up for the openai-http tests: a gateway with [agent, openai-http] over the fake provider, and clients. */
import { request, type IncomingHttpHeaders } from "node:http";
import OpenAI from "openai";
import { startTestGateway, TEST_TOKEN, type TestGateway } from "../../helpers/gateway.js";
import { fakeProviderConfig, type FakeProvider } from "../../helpers/fake-provider.js";
import agentPlugin from "../../../plugins/agent/index.js";
import { createOpenAiHttpPlugin, type OpenAiHttpOptions } from "../../../plugins/openai-http/index.js";
import type { PluginDefinition } from "../../../core/plugin-types.js";

export const BOTH_ON = { chatCompletions: { enabled: true }, responses: { enabled: true } };

export interface OpenAiGatewayOptions {
  endpoints?: Record<string, unknown>;
  tools?: { allow?: string[]; deny?: string[] };
  /** Merged into the config's top level (e.g. `agents`). */
  extra?: Record<string, unknown>;
  plugins?: PluginDefinition[];
  timings?: OpenAiHttpOptions;
  timeoutSeconds?: number;
}

export async function startOpenAiGateway(provider: FakeProvider, options: OpenAiGatewayOptions = {}): Promise<TestGateway> {
  const base = fakeProviderConfig(provider, { timeoutSeconds: options.timeoutSeconds }) as { agents: Record<string, unknown> };
  const gateway: Record<string, unknown> = { http: { endpoints: options.endpoints ?? BOTH_ON } };
  if (options.tools) gateway.tools = options.tools;
  const extra = options.extra ?? {};
  const config = { ...base, ...extra, agents: { ...base.agents, ...(extra.agents as object) }, gateway };
  return startTestGateway({
    plugins: [agentPlugin, createOpenAiHttpPlugin(options.timings), ...(options.plugins ?? [])],
    config,
  });
}

export function sdk(gw: TestGateway, options: { apiKey?: string; maxRetries?: number } = {}): OpenAI {
  return new OpenAI({ baseURL: `${gw.httpUrl}/v1`, apiKey: options.apiKey ?? TEST_TOKEN, maxRetries: options.maxRetries ?? 0, timeout: 10_000 });
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json<T = Record<string, any>>(): T;
}

/** One plain node:http request (no SDK in between). `body` may be a string or a function that writes the body itself. */
export function rawRequest(
  gw: TestGateway,
  method: string,
  path: string,
  options: { body?: string | ((req: import("node:http").ClientRequest) => void); headers?: Record<string, string | number>; auth?: boolean } = {},
): Promise<RawResponse> {
  const url = new URL(path, gw.httpUrl);
  const headers: Record<string, string | number> = { ...(options.auth === false ? {} : { authorization: `Bearer ${TEST_TOKEN}` }), ...options.headers };
  if (typeof options.body === "string") {
    headers["content-type"] ??= "application/json";
    headers["content-length"] ??= Buffer.byteLength(options.body);
  }
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    if (typeof options.body === "function") options.body(req);
    else req.end(options.body);
  });
}

export const chatBody = (extra: Record<string, unknown> = {}) => JSON.stringify({ model: "openclaw", messages: [{ role: "user", content: "hi" }], ...extra });
