/** Shared-secret modes, rotation, the failed-auth limiter and the browser Origin check. */
import { afterEach, describe, expect, it } from "vitest";
import { connectFrame, rawExchange, startTestGateway, stopAllTestGateways, TEST_TOKEN } from "../helpers/gateway.js";
import { GatewayClient } from "../../core/client.js";
import { AuthFailureLimiter } from "../../core/auth-limiter.js";
import { safeEqualSecret } from "../../core/secret-compare.js";
import { checkOrigin } from "../../core/origin.js";
import type { AuthSettings } from "../../core/auth.js";

afterEach(() => stopAllTestGateways());

const resOf = (r: { frames: Array<Record<string, unknown>> }) => r.frames.find((f) => f.type === "res") as { ok: boolean; error?: { code: string; message: string; retryable?: boolean; retryAfterMs?: number; details?: { code?: string } } };

describe("shared secret", () => {
  it("password mode accepts the password and refuses a token", async () => {
    const gw = await startTestGateway({ auth: { mode: "password", password: "s3cret-pass" } });
    const ok = await rawExchange(gw.url, () => [connectFrame({ auth: { password: "s3cret-pass" } })], { waitMs: 300 });
    expect(resOf(ok).ok).toBe(true);
    const tokenOnly = await rawExchange(gw.url, () => [connectFrame({ auth: { token: "s3cret-pass" } })]);
    expect(resOf(tokenOnly).error?.message).toMatch(/^unauthorized: gateway password missing/);
    const wrong = await rawExchange(gw.url, () => [connectFrame({ auth: { password: "nope" } })]);
    expect(resOf(wrong).error?.details?.code).toBe("AUTH_PASSWORD_MISMATCH");
  });

  it("none mode accepts connections without credentials", async () => {
    const gw = await startTestGateway({ auth: { mode: "none" } });
    const r = await rawExchange(gw.url, () => [connectFrame({ auth: undefined })], { waitMs: 300 });
    expect(resOf(r).ok).toBe(true);
  });

  it("re-reads the secret per connection: a rotated token works at once and the old one stops", async () => {
    let settings: AuthSettings = { mode: "token", token: "first-token-xyz" };
    const gw = await startTestGateway({ auth: () => settings });
    const before = await rawExchange(gw.url, () => [connectFrame({ auth: { token: "first-token-xyz" } })], { waitMs: 300 });
    expect(resOf(before).ok).toBe(true);
    settings = { mode: "token", token: "second-token-xyz" };
    const old = await rawExchange(gw.url, () => [connectFrame({ auth: { token: "first-token-xyz" } })]);
    expect(resOf(old).ok).toBe(false);
    const fresh = await rawExchange(gw.url, () => [connectFrame({ auth: { token: "second-token-xyz" } })], { waitMs: 300 });
    expect(resOf(fresh).ok).toBe(true);
  });

  it("compares secrets in constant time without throwing on length or type differences", () => {
    expect(safeEqualSecret("abc", "abc")).toBe(true);
    expect(safeEqualSecret("abc", "abcd")).toBe(false);
    expect(safeEqualSecret("", "")).toBe(false);
    expect(safeEqualSecret(undefined, "abc")).toBe(false);
    expect(safeEqualSecret(123 as unknown as string, "123")).toBe(false);
  });
});

describe("failed-auth limiter", () => {
  const remote = (ip: string) => ({ "x-forwarded-for": ip });

  it("locks a non-loopback address out after 10 wrong tokens; other addresses and loopback are unaffected", async () => {
    const gw = await startTestGateway({ trustedProxies: ["127.0.0.1"] });
    for (let i = 0; i < 10; i++) {
      const r = await rawExchange(gw.url, () => [connectFrame({ auth: { token: `wrong-${i}` } })], { headers: remote("203.0.113.7") });
      expect(resOf(r).error?.message).toMatch(/token mismatch/);
    }
    const locked = await rawExchange(gw.url, () => [connectFrame()], { headers: remote("203.0.113.7") });
    const err = resOf(locked).error!;
    expect(err.code).toBe("INVALID_REQUEST");
    expect(err.details?.code).toBe("AUTH_RATE_LIMITED");
    expect(err.retryable).toBe(true);
    expect(err.retryAfterMs).toBeGreaterThan(0);
    expect(err.retryAfterMs).toBeLessThanOrEqual(300_000);
    expect(locked.code).toBe(1008);
    const other = await rawExchange(gw.url, () => [connectFrame()], { headers: remote("198.51.100.9") , waitMs: 300 });
    expect(resOf(other).ok).toBe(true);
    for (let i = 0; i < 15; i++) await rawExchange(gw.url, () => [connectFrame({ auth: { token: "bad" } })]);
    const local = await rawExchange(gw.url, () => [connectFrame()], { waitMs: 300 });
    expect(resOf(local).ok).toBe(true);
  });

  it("missing credentials do not count and success resets the count", async () => {
    const gw = await startTestGateway({ trustedProxies: ["127.0.0.1"] });
    const headers = remote("203.0.113.8");
    for (let i = 0; i < 12; i++) await rawExchange(gw.url, () => [connectFrame({ auth: undefined })], { headers });
    for (let i = 0; i < 9; i++) await rawExchange(gw.url, () => [connectFrame({ auth: { token: "bad" } })], { headers });
    expect(resOf(await rawExchange(gw.url, () => [connectFrame()], { headers, waitMs: 300 })).ok).toBe(true);
    for (let i = 0; i < 9; i++) await rawExchange(gw.url, () => [connectFrame({ auth: { token: "bad" } })], { headers });
    expect(resOf(await rawExchange(gw.url, () => [connectFrame()], { headers, waitMs: 300 })).ok).toBe(true);
  });

  it("browser-origin connections from loopback are not exempt", async () => {
    const gw = await startTestGateway({ limiter: { maxFailures: 3 } });
    const headers = { origin: "http://127.0.0.1:1234" };
    for (let i = 0; i < 3; i++) await rawExchange(gw.url, () => [connectFrame({ auth: { token: "bad" } })], { headers });
    const r = await rawExchange(gw.url, () => [connectFrame()], { headers });
    expect(resOf(r).error?.details?.code).toBe("AUTH_RATE_LIMITED");
  });

  it("tracks at most maxKeys addresses and ignores untrusted forwarding headers", () => {
    let now = 0;
    const limiter = new AuthFailureLimiter({ maxKeys: 100, now: () => now });
    for (let i = 0; i < 20_000; i++) limiter.recordFailure(`10.0.${i >> 8}.${i & 255}`);
    expect(limiter.size).toBeLessThanOrEqual(100);
    now = 10;
    for (let i = 0; i < 10; i++) limiter.recordFailure("a");
    expect(limiter.check("a")).toMatchObject({ locked: true });
    now += 300_001;
    expect(limiter.check("a")).toEqual({ locked: false });
  });

  it("X-Forwarded-For from an untrusted peer does not change the client address and is not local", async () => {
    const gw = await startTestGateway({ limiter: { maxFailures: 2 } });
    const headers = { "x-forwarded-for": "203.0.113.50" };
    for (let i = 0; i < 2; i++) await rawExchange(gw.url, () => [connectFrame({ auth: { token: "bad" } })], { headers });
    // Not local (forwarding header present), keyed by the real peer 127.0.0.1: locked.
    const r = await rawExchange(gw.url, () => [connectFrame()], { headers: { "x-forwarded-for": "198.51.100.1" } });
    expect(resOf(r).error?.details?.code).toBe("AUTH_RATE_LIMITED");
  });
});

describe("Origin check before the 101", () => {
  const cases: Array<[string, Record<string, string>, number | "ok", string[]?]> = [
    ["null origin", { origin: "null" }, 403],
    ["malformed origin", { origin: "not a url" }, 403],
    ["non-http scheme", { origin: "file:///etc" }, 403],
    ["foreign origin", { origin: "https://evil.example" }, 403],
    ["loopback origin from a local client", { origin: "http://127.0.0.1:18789" }, "ok"],
    ["localhost origin from a local client", { origin: "http://localhost:5173" }, "ok"],
    ["loopback origin through a proxy header", { origin: "http://127.0.0.1:18789", "x-forwarded-for": "203.0.113.1" }, 403],
    ["allow-listed origin", { origin: "https://ui.example.com" }, "ok", ["https://ui.example.com"]],
    ["allow-listed origin with default port", { origin: "https://ui.example.com:443" }, "ok", ["https://UI.example.com"]],
    ["wildcard allow-list", { origin: "https://anything.example" }, "ok", ["*"]],
  ];
  for (const [name, headers, expected, allowed] of cases) {
    it(name, async () => {
      const gw = await startTestGateway({ allowedOrigins: allowed ?? [] });
      const r = await rawExchange(gw.url, () => [connectFrame()], { headers, waitMs: 400 });
      if (expected === "ok") expect(resOf(r).ok).toBe(true);
      else {
        expect(r.status).toBe(expected);
        expect(r.frames).toHaveLength(0);
      }
    });
  }

  it("unit: reasons name the fix", () => {
    const v = checkOrigin("https://evil.example", { localDirect: true, allowedOrigins: [] });
    expect(v).toEqual({ ok: false, reason: "origin not allowed: https://evil.example (add it to gateway.controlUi.allowedOrigins)" });
  });
});

describe("secrets in URLs", () => {
  it("refuses ?token= on HTTP routes and WebSocket upgrades", async () => {
    const gw = await startTestGateway();
    const http = await fetch(`${gw.httpUrl}/health?token=${TEST_TOKEN}`);
    expect(http.status).toBe(400);
    expect(((await http.json()) as { error: { message: string } }).error.message).toMatch(/Authorization: Bearer/);
    const r = await rawExchange(`${gw.url}/?token=${TEST_TOKEN}`, () => [connectFrame()]);
    expect(r.status).toBe(400);
  });
});

describe("client", () => {
  it("GatewayClient connects with a password", async () => {
    const gw = await startTestGateway({ auth: { mode: "password", password: "pw-123456" } });
    const c = new GatewayClient({ url: gw.url, password: "pw-123456" });
    await expect(c.connect()).resolves.toMatchObject({ type: "hello-ok" });
    await c.close();
  });
});
