/**
 * Telegram delivery under failure: duplicate updates (also across a gateway restart), a 409 Conflict
 * from a second poller, a plugin reload (never two pollers), and the Bot API going away and back.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startFakeTelegram, textUpdate, type FakeTelegram } from "../../helpers/fake-telegram.js";
import { startFakeProvider } from "../../helpers/fake-provider.js";
import { sleep, waitFor } from "../../helpers/gateway.js";
import { BOT, BOT_B, sentTexts, startRig, TOKEN, TOKEN_B, USER, type Rig } from "./helpers.js";
import { CONFLICT_MESSAGE } from "../../../plugins/telegram/account-bot.js";

const rigs: Rig[] = [];
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const r of rigs.splice(0)) await r.stop();
  for (const c of cleanups.splice(0)) await c();
});

async function rig(options: Parameters<typeof startRig>[0] = {}): Promise<Rig> {
  const r = await startRig(options);
  rigs.push(r);
  return r;
}

interface StatusAccount { mode?: string; connected: boolean; lastError: string | null; reconnectAttempts: number; linked: boolean; running: boolean }

async function telegramStatus(r: Rig): Promise<StatusAccount> {
  const s = await (await r.gw.client()).request<{ channelAccounts: { telegram: StatusAccount[] } }>("channels.status", {});
  return s.channelAccounts.telegram[0];
}

describe("telegram reliability", () => {
  it("answers an update delivered twice only once, also after a gateway restart over the same state dir", async () => {
    const stateDir = mkdtempSync(join(tmpdir(), "ocgw-tg-restart-"));
    cleanups.push(() => rmSync(stateDir, { recursive: true, force: true }));
    const tg = await startFakeTelegram({ [TOKEN]: BOT });
    const provider = await startFakeProvider();
    cleanups.push(() => tg.close(), () => provider.close());

    const first = await startRig({ tg, provider, stateDir });
    const update = textUpdate({ chatId: USER, fromId: USER, text: "once please", messageId: 9001 });
    tg.queueUpdate(TOKEN, update);
    tg.queueUpdate(TOKEN, update); // redelivered with a new update_id (same chat and message id)
    await waitFor(() => sentTexts(tg, USER).length === 1, 10_000, "the reply");
    await tg.handled(TOKEN);
    await first.stop();
    expect(tg.callsOf("getUpdates").at(-1)?.body).toMatchObject({ limit: 1 }); // bot.stop() confirmed the offset

    // A poller that died before confirming would get the same message again after a restart.
    const second = await startRig({ tg, provider, stateDir });
    rigs.push(second);
    tg.queueUpdate(TOKEN, update);
    tg.queueUpdate(TOKEN, textUpdate({ chatId: USER, fromId: USER, text: "a new one", messageId: 9002 }));
    await waitFor(() => sentTexts(tg, USER).length === 2, 10_000, "the second reply");
    await tg.handled(TOKEN);
    await sleep(100);
    expect(sentTexts(tg, USER)).toEqual(["Echo: once please", "Echo: a new one"]);
    expect(provider.requests).toHaveLength(2);
  });

  it("surfaces a 409 Conflict in channels.status and retries slowly, not in a tight loop", async () => {
    const r = await rig({ timings: { conflict: { initialMs: 60_000, maxMs: 60_000, factor: 1 } } });
    await r.tg.waitForCall((c) => c.method === "getUpdates", 5000);
    r.tg.conflict = true;
    r.dm("poke"); // answers the held long poll; the next getUpdates gets the 409
    const status = await until(() => telegramStatus(r), (s) => s.mode === "conflict");
    expect(status).toMatchObject({ mode: "conflict", connected: false, linked: true, running: true, lastError: CONFLICT_MESSAGE, reconnectAttempts: 1 });
    const calls = r.tg.callsOf("getUpdates").length;
    await sleep(1500);
    expect(r.tg.callsOf("getUpdates").length).toBe(calls); // waiting out the backoff, not hammering
    const health = await (await r.gw.client()).request<{ channels: { telegram: Record<string, unknown> } }>("health", { probe: true });
    expect(health.channels.telegram).toMatchObject({ configured: true, linked: true, running: true, connected: false, mode: "conflict", lastError: CONFLICT_MESSAGE });
    expect(r.logs.join("")).toContain("409 Conflict");
  });

  it("once the other poller is gone, status clears the conflict: connected, no last error, attempts back to 0", async () => {
    const r = await rig({ timings: { conflict: { initialMs: 300, maxMs: 300, factor: 1 } } });
    await r.tg.waitForCall((c) => c.method === "getUpdates", 5000);
    r.tg.conflict = true;
    r.dm("poke");
    await until(() => telegramStatus(r), (s) => s.mode === "conflict");
    r.tg.conflict = false;
    const back = await until(() => telegramStatus(r), (s) => s.connected && s.mode === "polling", 10_000); // the next long poll must succeed first
    expect(back).toMatchObject({ connected: true, lastError: null, reconnectAttempts: 0 });
  });

  it("a reload stops the old poller before the new one polls (never two pollers on one token)", async () => {
    const r = await rig();
    await r.tg.waitForCall((c) => c.method === "getUpdates", 5000);
    for (let i = 0; i < 3; i++) {
      await r.gw.gateway.plugins.reload(["telegram"], r.config);
      await waitFor(() => r.tg.activePolls(TOKEN) === 1, 5000, "the new poller");
    }
    expect(r.tg.maxConcurrentPolls(TOKEN)).toBe(1);
    r.dm("after reloads");
    await waitFor(() => sentTexts(r.tg, USER).length === 1, 10_000, "a reply after the reloads");
  });

  it("a persistent 409 backs off with growing attempts and delays; the conflict stays in status until a getUpdates succeeds", async () => {
    const tg = await startFakeTelegram({ [TOKEN]: BOT });
    cleanups.push(() => tg.close());
    tg.conflict = true; // another poller holds the token from the start
    const r = await rig({ tg, timings: { pollTimeoutSeconds: 20, conflict: { initialMs: 100, maxMs: 1600, factor: 2 } } });
    const retries = () => [...r.logs.join("").matchAll(/retrying in ([\d.]+) s \(attempt (\d+)\)/g)].map((m) => ({ delayMs: Number(m[1]) * 1000, attempt: Number(m[2]) }));
    await waitFor(() => retries().length >= 5, 15_000, "five conflict retries");
    const first5 = retries().slice(0, 5);
    // Before: onStart reset the count before each getUpdates, so every retry was "attempt 1".
    expect(first5.map((x) => x.attempt)).toEqual([1, 2, 3, 4, 5]);
    first5.forEach(({ delayMs }, i) => {
      const base = 100 * 2 ** i; // ±10 % jitter, logged to 0.1 s
      expect(delayMs).toBeGreaterThanOrEqual(Math.floor((base * 0.9) / 100) * 100);
      expect(delayMs).toBeLessThanOrEqual(Math.ceil((base * 1.1) / 100) * 100);
    });
    // The requests themselves are spaced by at least the jittered delays: 90, 180, 360, 720 ms.
    const at = tg.callsOf("getUpdates", TOKEN).map((c) => c.at);
    for (let i = 1; i <= 4; i++) expect(at[i] - at[i - 1]).toBeGreaterThanOrEqual(0.9 * 100 * 2 ** (i - 1) - 10);
    const conflicted = await telegramStatus(r);
    expect(conflicted).toMatchObject({ mode: "conflict", connected: false, lastError: CONFLICT_MESSAGE });
    expect(conflicted.reconnectAttempts).toBeGreaterThanOrEqual(5);

    // The other poller goes away: our next long poll is held, and until it succeeds the conflict stays visible.
    tg.conflict = false;
    await waitFor(() => tg.activePolls(TOKEN) === 1, 10_000, "a held long poll");
    expect(await telegramStatus(r)).toMatchObject({ mode: "conflict", connected: false, lastError: CONFLICT_MESSAGE });
    r.dm("hello again"); // the held getUpdates succeeds
    const back = await until(() => telegramStatus(r), (s) => s.connected, 10_000);
    expect(back).toMatchObject({ mode: "polling", lastError: null, reconnectAttempts: 0 });
    await waitFor(() => sentTexts(tg, USER).length === 1, 10_000, "the reply");

    // That success reset the backoff: a new conflict starts again at attempt 1.
    const seen = retries().length;
    await waitFor(() => tg.activePolls(TOKEN) === 1, 10_000, "the next held long poll");
    tg.conflict = true;
    r.dm("poke"); // answers the held long poll; the next getUpdates gets the 409
    await waitFor(() => retries().length > seen, 10_000, "a new conflict retry");
    expect(retries()[seen].attempt).toBe(1);
  });

  it("a reload while the old poller's final getUpdates is slow never overlaps two getUpdates (no 409 from the reload)", async () => {
    const r = await rig({ timings: { stopConfirmMs: 300 } });
    await waitFor(() => r.tg.activePolls(TOKEN) === 1, 5000, "the first long poll");
    const before = new Set(r.tg.calls);
    r.tg.slowConfirmMs = 20_000; // Telegram (or the network) is slow to answer bot.stop()'s offset confirmation
    const started = Date.now();
    await r.gw.gateway.plugins.reload(["telegram"], r.config);
    const newPoll = await r.tg.waitForCall((c) => !before.has(c) && c.method === "getUpdates" && Number(c.body.timeout) > 0, 15_000, "the new poller's long poll");
    expect(r.tg.calls.find((c) => !before.has(c) && c.method === "getUpdates" && c.body.limit === 1)).toBeDefined(); // the confirmation was sent
    await waitFor(() => r.tg.activePolls(TOKEN) === 1, 5000, "the new long poll to be held");
    // Before: the old run waited for the confirmation until the host gave up (~10 s), and the new poll overlapped it.
    expect(r.tg.overlappingGetUpdates(TOKEN)).toBe(0);
    expect(newPoll.at - started).toBeLessThan(5000);
    expect(r.logs.join("")).toMatch(/Telegram did not confirm the last updates within 0\.3 s; gave up so the next poller cannot overlap/);
    r.tg.slowConfirmMs = 0;
    r.dm("after the reload");
    await waitFor(() => sentTexts(r.tg, USER).length === 1, 10_000, "a reply after the reload");
    expect(await telegramStatus(r)).toMatchObject({ mode: "polling", connected: true, lastError: null });
    expect(r.tg.overlappingGetUpdates(TOKEN)).toBe(0);
  });

  it("reports the Bot API going away (connected false, lastError) and recovers when it is back", async () => {
    const r = await rig();
    await r.tg.waitForCall((c) => c.method === "getUpdates", 5000);
    const up = await until(() => telegramStatus(r), (s) => s.connected);
    const firstConnect = (up as unknown as { lastConnectedAt: number }).lastConnectedAt;
    r.tg.down = true;
    const downStatus = await until(() => telegramStatus(r), (s) => !s.connected);
    expect(downStatus.lastError).toMatch(/getUpdates/);
    expect(downStatus.lastError).not.toContain(TOKEN);
    expect(r.logs.join("")).not.toContain(TOKEN);
    r.tg.down = false;
    const back = await until(() => telegramStatus(r), (s) => s.connected, 10_000); // grammY retries every 3 s
    expect(back.lastError).toBeNull();
    expect((back as unknown as { lastConnectedAt: number }).lastConnectedAt).toBeGreaterThan(firstConnect);
    r.dm("still there?");
    await waitFor(() => sentTexts(r.tg, USER).length === 1, 10_000, "a reply after the outage");
  });
});

async function until<T>(get: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await get();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met; last value: ${JSON.stringify(value)}`);
    await sleep(25);
  }
}
