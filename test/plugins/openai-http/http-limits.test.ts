import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { stopAllTestGateways } from "../../helpers/gateway.js";
import { startFakeProvider, type FakeProvider } from "../../helpers/fake-provider.js";
import { chatBody, rawRequest, startOpenAiGateway, type RawResponse } from "./setup.js";

let provider: FakeProvider;
beforeAll(async () => {
  provider = await startFakeProvider();
});
afterAll(() => provider.close());
afterEach(() => stopAllTestGateways());

const SMALL_CAP = { chatCompletions: { enabled: true, maxBodyBytes: 1024 }, responses: { enabled: true, maxBodyBytes: 1024 } };
const TOO_LARGE = { error: { message: "Payload too large", type: "invalid_request_error" } };

function expectSecurityHeaders(r: RawResponse): void {
  expect(r.headers["x-content-type-options"]).toBe("nosniff");
  expect(r.headers["referrer-policy"]).toBe("no-referrer");
  expect(r.headers["cache-control"]).toBe("no-store");
}

describe("HTTP edge cases (plain node:http)", () => {
  it("answers other methods with 405 and Allow", async () => {
    const gw = await startOpenAiGateway(provider);
    for (const [method, path, allow] of [
      ["GET", "/v1/chat/completions", "POST"],
      ["PUT", "/v1/responses", "POST"],
      ["GET", "/tools/invoke", "POST"],
      ["POST", "/v1/models", "GET, HEAD"],
      ["DELETE", "/v1/models/openclaw", "GET, HEAD"],
    ]) {
      const r = await rawRequest(gw, method, path);
      expect(r.status, `${method} ${path}`).toBe(405);
      expect(r.headers.allow).toBe(allow);
    }
  });

  it("refuses a body over the cap with 413: by content-length up front, and a chunked body as soon as it passes the cap", async () => {
    const gw = await startOpenAiGateway(provider, { endpoints: SMALL_CAP });
    const big = chatBody({ padding: "x".repeat(2000) });
    const declared = await rawRequest(gw, "POST", "/v1/chat/completions", { body: big });
    expect(declared.status).toBe(413);
    expect(declared.json()).toEqual(TOO_LARGE);
    expectSecurityHeaders(declared);

    // Chunked (no content-length): 512-byte pieces, and the body never ends on its own.
    let written = 0;
    const chunked = await rawRequest(gw, "POST", "/v1/responses", {
      headers: { "content-type": "application/json", "transfer-encoding": "chunked" },
      body: (req) => {
        const timer = setInterval(() => {
          if (req.destroyed || written > 64 * 1024) return clearInterval(timer);
          req.write("x".repeat(512));
          written += 512;
        }, 5);
        req.on("close", () => clearInterval(timer));
      },
    });
    expect(chunked.status).toBe(413);
    expect(chunked.json()).toEqual(TOO_LARGE);
    expect(chunked.headers.connection).toBe("close");
    expect(written).toBeLessThan(16 * 1024); // answered at the cap, not at the end of the body
    // /tools/invoke has its own 2 MB cap.
    const tools = await rawRequest(gw, "POST", "/tools/invoke", { headers: { "content-type": "application/json", "content-length": 3 * 1024 * 1024 }, body: (req) => req.flushHeaders() });
    expect(tools.status).toBe(413);
    expect(provider.requests.length).toBe(0);
  });

  it("answers a body that stalls with 408 Request body timeout", async () => {
    const gw = await startOpenAiGateway(provider, { timings: { bodyTimeoutMs: 300 } });
    const started = Date.now();
    const r = await rawRequest(gw, "POST", "/v1/chat/completions", {
      headers: { "content-type": "application/json", "content-length": 200 },
      body: (req) => req.write('{"messages":['),
    });
    expect(r.status).toBe(408);
    expect(r.json()).toEqual({ error: { message: "Request body timeout", type: "invalid_request_error" } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    expectSecurityHeaders(r);
  });

  it("answers bad JSON, non-object bodies and a missing user message with 400 invalid_request_error", async () => {
    const gw = await startOpenAiGateway(provider);
    const cases: Array<[string, string, string]> = [
      ["/v1/chat/completions", "not json", "the request body is not valid JSON"],
      ["/v1/chat/completions", "", "the request body is empty"],
      ["/v1/chat/completions", "[1,2]", "must be a JSON object"],
      ["/v1/chat/completions", '{"messages":[]}', "Missing user message in `messages`."],
      ["/v1/chat/completions", '{"messages":[{"role":"system","content":"s"},{"role":"user","content":"   "}]}', "Missing user message in `messages`."],
      ["/v1/chat/completions", '{"messages":"hi"}', "`messages` must be an array"],
      ["/v1/chat/completions", '{"messages":[{"role":"robot","content":"x"}]}', "messages[0].role must be one of"],
      ["/v1/chat/completions", '{"messages":[{"role":"user","content":"x"}],"stream":"yes"}', "`stream` must be true or false"],
      ["/v1/responses", "{", "the request body is not valid JSON"],
      ["/v1/responses", '{"input":42}', "`input` must be a string or an array"],
      ["/tools/invoke", "not json", "the request body is not valid JSON"],
    ];
    for (const [path, body, message] of cases) {
      const r = await rawRequest(gw, "POST", path, { body });
      expect(r.status, `${path} ${body}`).toBe(400);
      expect(r.json().error).toMatchObject({ type: "invalid_request_error", message: expect.stringContaining(message) });
      expectSecurityHeaders(r);
    }
    expect(provider.requests.length).toBe(0);
  });

  it("refuses credentials in the query string", async () => {
    const gw = await startOpenAiGateway(provider);
    for (const path of ["/v1/chat/completions?token=abc", "/v1/models?api_key=abc", "/tools/invoke?password=abc"]) {
      const r = await rawRequest(gw, path.startsWith("/v1/models") ? "GET" : "POST", path, { body: path.startsWith("/v1/models") ? undefined : chatBody(), auth: false });
      expect(r.status, path).toBe(400);
      expect(r.json().error.message).toContain("credentials in the URL");
    }
  });

  it("sends the security headers on JSON answers and streams", async () => {
    const gw = await startOpenAiGateway(provider);
    const json = await rawRequest(gw, "POST", "/v1/chat/completions", { body: chatBody() });
    expect(json.status).toBe(200);
    expect(json.headers["content-type"]).toBe("application/json; charset=utf-8");
    expectSecurityHeaders(json);
    const sse = await rawRequest(gw, "POST", "/v1/chat/completions", { body: chatBody({ stream: true }) });
    expect(sse.status).toBe(200);
    expect(sse.headers["content-type"]).toBe("text/event-stream; charset=utf-8");
    expectSecurityHeaders(sse);
    expect(sse.text.endsWith("data: [DONE]\n\n")).toBe(true);
    expect(sse.text.split("\n\n").filter(Boolean).every((frame) => frame.startsWith("data: "))).toBe(true);
    const others = [
      await rawRequest(gw, "GET", "/v1/models"),
      await rawRequest(gw, "GET", "/v1/models/nope"),
      await rawRequest(gw, "POST", "/tools/invoke", { body: '{"tool":"nope"}' }),
      await rawRequest(gw, "GET", "/v1/chat/completions"), // the core's 405
      await rawRequest(gw, "POST", "/v1/chat/completions", { body: chatBody(), auth: false }), // the core's 401
    ];
    expect(others.map((r) => r.status)).toEqual([200, 404, 404, 405, 401]);
    for (const r of others) expectSecurityHeaders(r);
  });
});
