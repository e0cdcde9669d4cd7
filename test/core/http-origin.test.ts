/**
 * Browser checks on HTTP routes (security.md "Limits and liveness"), the HTTP side of the upgrade's
 * Origin check: a state-changing request with a foreign Origin is refused 403 before any route work
 * in every auth mode, and a loopback-bound gateway answers only loopback Host names (DNS rebinding).
 * Same-origin pages, loopback pages of local clients, allowed origins and clients without a browser
 * Origin keep working.
 */
import { describe, expect, it } from "vitest";
import { request } from "node:http";
import { startTestGateway, TEST_TOKEN, type TestGateway } from "../helpers/gateway.js";
import { useFakeProvider } from "../helpers/use-fake-provider.js";
import { fakeProviderConfig } from "../helpers/fake-provider.js";
import { definePlugin, type PluginDefinition } from "../../core/plugin-types.js";
import { checkBrowserRequest } from "../../core/http-guard.js";
import agentPlugin from "../../plugins/agent/index.js";
import { createOpenAiHttpPlugin } from "../../plugins/openai-http/index.js";
import type { IncomingMessage } from "node:http";

const provider = useFakeProvider();

/** `POST /test/write` records every call that reaches it. */
function writeRoute(calls: string[]): PluginDefinition {
  return definePlugin({
    name: "writer",
    setup(api) {
      api.registerRoute("POST", "/test/write", (_req, res) => {
        calls.push("write");
        res.writeHead(200, { "content-type": "application/json" });
        res.end('{"ok":true}');
      }, { auth: "gateway" });
      api.registerRoute("GET", "/test/local", (_req, res) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end('{"ok":true}');
      }, { auth: "gateway", loopbackOpen: true });
    },
  });
}

async function startGateway(options: { auth?: "none" | "token"; allowedOrigins?: string[]; calls?: string[] } = {}): Promise<TestGateway> {
  return startTestGateway({
    plugins: [agentPlugin, createOpenAiHttpPlugin(), writeRoute(options.calls ?? [])],
    config: { ...fakeProviderConfig(provider), gateway: { http: { endpoints: { chatCompletions: { enabled: true } } } } },
    auth: options.auth === "none" ? { mode: "none" } : { mode: "token", token: TEST_TOKEN },
    allowedOrigins: options.allowedOrigins,
  });
}

interface Answer {
  status: number;
  body: string;
  json(): { error?: { message: string; type: string } } & Record<string, unknown>;
}

/** A raw request with exactly these headers (Host included), so the test controls what a browser would send. */
function send(gw: TestGateway, method: string, path: string, headers: Record<string, string>, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: gw.gateway.port, method, path, headers: { host: `127.0.0.1:${gw.gateway.port}`, ...headers }, agent: false, setHost: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString();
        resolve({ status: res.statusCode ?? 0, body: text, json: () => JSON.parse(text) });
      });
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** The cross-site "simple" request a page on another site can send without a preflight. */
const textPlain = (origin: string, extra: Record<string, string> = {}) => ({ origin, "content-type": "text/plain", ...extra });
const chatBody = JSON.stringify({ model: "openclaw", messages: [{ role: "user", content: "hi" }] });
const invokeBody = JSON.stringify({ tool: "session_status", args: {} });

describe("foreign Origin on state-changing HTTP routes", () => {
  it("auth none: a text/plain POST from another site gets 403 from /tools/invoke, /v1/chat/completions and plugin routes, before any work", async () => {
    const calls: string[] = [];
    const gw = await startGateway({ auth: "none", calls });
    for (const [path, body] of [["/tools/invoke", invokeBody], ["/v1/chat/completions", chatBody], ["/test/write", "{}"]]) {
      const r = await send(gw, "POST", path, textPlain("https://evil.example"), body);
      expect(r.status, path).toBe(403);
      expect(r.json().error).toEqual({ type: "origin_not_allowed", message: "origin not allowed: https://evil.example (add it to gateway.controlUi.allowedOrigins)" });
    }
    for (const origin of ["null", "http://127.0.0.1.evil.example", "file://"]) {
      expect((await send(gw, "POST", "/test/write", textPlain(origin), "{}")).status, origin).toBe(403);
    }
    expect(calls).toEqual([]);
    expect(provider.requests).toHaveLength(0);
    expect(gw.logs.some((l) => l.includes("refused HTTP request"))).toBe(true);
  });

  it("token auth: refused the same way, even with the right bearer token", async () => {
    const calls: string[] = [];
    const gw = await startGateway({ auth: "token", calls });
    const r = await send(gw, "POST", "/test/write", { ...textPlain("https://evil.example"), authorization: `Bearer ${TEST_TOKEN}` }, "{}");
    expect(r.status).toBe(403);
    expect(calls).toEqual([]);
    const ok = await send(gw, "POST", "/test/write", { authorization: `Bearer ${TEST_TOKEN}` }, "{}");
    expect(ok.status).toBe(200);
  });

  it("allowed: no Origin (not a browser), the gateway's own origin, a loopback page of a local client, gateway.controlUi.allowedOrigins", async () => {
    const calls: string[] = [];
    const gw = await startGateway({ auth: "none", calls, allowedOrigins: ["https://app.example"] });
    const port = gw.gateway.port;
    for (const headers of [{}, textPlain(`http://127.0.0.1:${port}`), textPlain(`http://localhost:${port}`, { host: `localhost:${port}` }), textPlain("http://localhost:5173"), textPlain("https://app.example")]) {
      expect((await send(gw, "POST", "/test/write", headers, "{}")).status, JSON.stringify(headers)).toBe(200);
    }
    expect(calls).toHaveLength(5);
    const chat = await send(gw, "POST", "/v1/chat/completions", { origin: `http://127.0.0.1:${port}`, "content-type": "application/json" }, chatBody);
    expect(chat.status).toBe(200);
  });

  it("GET and HEAD are left to the same-origin policy (they change nothing, and no CORS header lets a foreign page read them)", async () => {
    const gw = await startGateway({ auth: "none" });
    const r = await send(gw, "GET", "/health", { origin: "https://evil.example" });
    expect(r.status).toBe(200);
  });
});

describe("Host names on a loopback-bound gateway (DNS rebinding)", () => {
  it("a name that merely starts with 127. is not a loopback name (127.attacker.example, 127.0.0.1.nip.io)", async () => {
    const calls: string[] = [];
    const none = await startGateway({ auth: "none", calls });
    for (const name of ["127.attacker.example", "127.0.0.1.nip.io"]) {
      const host = `${name}:${none.gateway.port}`;
      const r = await send(none, "POST", "/test/write", { host, origin: `http://${host}`, "content-type": "text/plain" }, "{}");
      expect(r.status, name).toBe(403);
      expect(r.json().error?.type).toBe("host_not_allowed");
    }
    expect(calls).toEqual([]);
    // With a token, such a Host is not a direct local client: a loopbackOpen route asks for the token.
    const token = await startGateway({ auth: "token", calls });
    expect((await send(token, "GET", "/test/local", { host: `127.attacker.example:${token.gateway.port}` })).status).toBe(401);
    expect((await send(token, "GET", "/test/local", {})).status).toBe(200);
  });

  it("a foreign Host is refused 403 on every method, same-origin Origin or not", async () => {
    const calls: string[] = [];
    const gw = await startGateway({ auth: "none", calls });
    const port = gw.gateway.port;
    const rebound = { host: `evil.example:${port}` };
    for (const [method, path, headers, body] of [
      ["GET", "/v1/models", rebound, undefined],
      ["GET", "/health", rebound, undefined],
      ["POST", "/test/write", { ...rebound, origin: `http://evil.example:${port}`, "content-type": "text/plain" }, "{}"],
      ["POST", "/tools/invoke", { ...rebound, "content-type": "application/json" }, invokeBody],
    ] as const) {
      const r = await send(gw, method, path, headers, body);
      expect(r.status, `${method} ${path}`).toBe(403);
      expect(r.json().error?.type).toBe("host_not_allowed");
      expect(r.json().error?.message).toContain(`"evil.example:${port}" is not a loopback name`);
    }
    expect(calls).toEqual([]);
  });

  it("loopback names and the hosts of allowed origins (a reverse proxy's public name) are answered", async () => {
    const gw = await startGateway({ auth: "none", allowedOrigins: ["https://gateway.example.net"] });
    const port = gw.gateway.port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, "127.0.0.2", "gateway.example.net"]) {
      expect((await send(gw, "GET", "/health", { host })).status, host).toBe(200);
    }
    const proxied = await send(gw, "POST", "/test/write", { host: "gateway.example.net", origin: "https://gateway.example.net", "content-type": "text/plain" }, "{}");
    expect(proxied.status).toBe(200);
  });

  it("with a token, a foreign Host (a same-host reverse proxy's public name) is answered, but never as a local client", async () => {
    const calls: string[] = [];
    const gw = await startGateway({ auth: "token", calls });
    const port = gw.gateway.port;
    expect((await send(gw, "GET", "/health", { host: "gateway.example.net" })).status).toBe(200);
    // A rebound page has no token: a gateway-auth route stays closed to it even from a loopback peer.
    expect((await send(gw, "POST", "/test/write", { host: `evil.example:${port}` }, "{}")).status).toBe(401);
    expect((await send(gw, "POST", "/test/write", { host: "gateway.example.net", authorization: `Bearer ${TEST_TOKEN}` }, "{}")).status).toBe(200);
    expect(calls).toEqual(["write"]);
  });

  it("a gateway bound beyond loopback does not check Host (auth protects it); the Origin check still applies", () => {
    const req = (headers: Record<string, string>, method = "POST") =>
      ({ method, headers, socket: { remoteAddress: "192.168.1.20" } }) as unknown as IncomingMessage;
    const lan = { loopbackBind: false, authNone: false, allowedOrigins: [], trustedProxies: [] };
    expect(checkBrowserRequest(req({ host: "gateway.lan:18789" }, "GET"), lan)).toBeNull();
    expect(checkBrowserRequest(req({ host: "192.168.1.5:18789", origin: "http://192.168.1.5:18789" }), lan)).toBeNull(); // same origin
    expect(checkBrowserRequest(req({ host: "192.168.1.5:18789", origin: "https://evil.example" }), lan)).toMatchObject({ type: "origin_not_allowed" });
    expect(checkBrowserRequest(req({ host: "192.168.1.5:18789", origin: "http://localhost:5173" }), lan)).toMatchObject({ type: "origin_not_allowed" }); // loopback page, remote client
  });
});
