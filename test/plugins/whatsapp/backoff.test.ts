/** The reconnect schedule: 2 s → 30 s, ×1.8, ±25 % jitter, 12 attempts (deterministic with an injected random). */
import { Value } from "@sinclair/typebox/value";
import { describe, expect, it } from "vitest";
import { ReconnectBackoff, reconnectDelay, type ReconnectPolicy } from "../../../plugins/whatsapp/backoff.js";
import { ReconnectSchema } from "../../../plugins/whatsapp/config.js";

// The policy comes from the config schema's defaults, so this also pins those defaults.
const policy = Value.Default(ReconnectSchema, {}) as ReconnectPolicy;
const middle = () => 0.5; // no jitter

describe("reconnect backoff", () => {
  it("has the upstream defaults", () => {
    expect(policy).toEqual({ initialMs: 2000, maxMs: 30_000, factor: 1.8, jitter: 0.25, maxAttempts: 12 });
  });

  it("grows by 1.8 from 2 s and caps at 30 s", () => {
    const delays = Array.from({ length: 12 }, (_, i) => reconnectDelay(policy, i + 1, middle));
    expect(delays).toEqual([2000, 3600, 6480, 11_664, 20_995, 30_000, 30_000, 30_000, 30_000, 30_000, 30_000, 30_000]);
  });

  it("applies ±25 % jitter and never exceeds the cap", () => {
    expect(reconnectDelay(policy, 1, () => 0)).toBe(1500);
    expect(reconnectDelay(policy, 1, () => 0.999_999)).toBe(2500);
    expect(reconnectDelay(policy, 3, () => 0)).toBe(4860);
    expect(reconnectDelay(policy, 12, () => 0)).toBe(22_500);
    expect(reconnectDelay(policy, 12, () => 0.999_999)).toBe(30_000);
    for (let attempt = 1; attempt <= 12; attempt++) {
      for (const r of [0, 0.1, 0.5, 0.9, 0.999]) {
        const d = reconnectDelay(policy, attempt, () => r);
        const base = Math.min(30_000, 2000 * 1.8 ** (attempt - 1));
        expect(d).toBeGreaterThanOrEqual(Math.floor(base * 0.75));
        expect(d).toBeLessThanOrEqual(Math.min(30_000, Math.ceil(base * 1.25)));
      }
    }
  });

  it("gives 12 attempts, then null; reset starts over", () => {
    const backoff = new ReconnectBackoff(policy, middle);
    const attempts: Array<{ attempt: number; delayMs: number }> = [];
    for (let next = backoff.next(); next; next = backoff.next()) attempts.push(next);
    expect(attempts.map((a) => a.attempt)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(attempts[0].delayMs).toBe(2000);
    expect(backoff.next()).toBeNull();
    expect(backoff.attempts).toBe(12);
    backoff.reset();
    expect(backoff.next()).toEqual({ attempt: 1, delayMs: 2000 });
  });

  it("follows a custom policy", () => {
    const custom: ReconnectPolicy = { initialMs: 100, maxMs: 250, factor: 2, jitter: 0, maxAttempts: 3 };
    const backoff = new ReconnectBackoff(custom, Math.random);
    expect([backoff.next(), backoff.next(), backoff.next(), backoff.next()]).toEqual([
      { attempt: 1, delayMs: 100 },
      { attempt: 2, delayMs: 200 },
      { attempt: 3, delayMs: 250 },
      null,
    ]);
  });
});
