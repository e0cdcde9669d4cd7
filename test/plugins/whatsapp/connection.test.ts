/** An account's connection with a fake socket: reconnect schedule, degraded, logged-out → NOT_LINKED, logout. */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createWhatsAppChannel } from "../../../plugins/whatsapp/channel.js";
import { resolveWhatsApp, type WhatsAppConfig } from "../../../plugins/whatsapp/config.js";
import { sleep, waitFor } from "../../helpers/gateway.js";
import { FakeWaNetwork, quietLog, recordingLog, testRuntime, writeFakeCreds, type FakeWaSocket } from "./fake-wa.js";

const root = mkdtempSync(join(tmpdir(), "ocgw-wa-conn-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

function setup(config: WhatsAppConfig = {}, options: { stableAfterMs?: number; log?: typeof quietLog } = {}) {
  const stateDir = join(root, `s${++n}`);
  const settings = resolveWhatsApp(config, { stateDir, configPath: join(stateDir, "openclaw.json") });
  const net = new FakeWaNetwork();
  const sleeps: number[] = [];
  const stop = new AbortController();
  const wa = createWhatsAppChannel({
    settings,
    log: options.log ?? quietLog,
    ...(options.stableAfterMs !== undefined ? { stableAfterMs: options.stableAfterMs } : {}),
    signal: stop.signal,
    createSocket: net.factory,
    random: () => 0.5, // no jitter: exact delays
    sleep: async (ms) => void sleeps.push(ms), // instant, recorded
    remoteLogoutTimeoutMs: 200,
  });
  const authDir = settings.accounts[0].authDir;
  return { wa, channel: wa.channel, net, sleeps, stop, authDir, stateDir };
}

describe("WhatsApp connection", () => {
  it("lists an unlinked default account under <stateDir>/credentials/whatsapp/default and does not start it", () => {
    const { channel, stateDir, net } = setup();
    const [account] = channel.listAccounts();
    expect(account).toMatchObject({ accountId: "default", enabled: true, configured: false, access: { dmPolicy: "pairing", allowFrom: [], groupPolicy: "allowlist" } });
    expect(account.unconfiguredReason).toMatch(/openclaw channels login --channel whatsapp --account default/);
    expect(setup().authDir).toMatch(/credentials\/whatsapp\/default$/);
    expect(channel.defaultAccountId()).toBe("default");
    expect(channel.isLinked("default")).toBe(false);
    expect(net.sockets).toHaveLength(0);
    expect(stateDir).toBeTruthy();
  });

  it("connects with saved creds, reports linked, and sends text once open", async () => {
    const { channel, net, authDir } = setup();
    writeFakeCreds(authDir);
    expect(channel.listAccounts()[0]).toMatchObject({ configured: true, tokenSource: "authDir" });
    const rt = testRuntime();
    const run = channel.startAccount(rt.runtime);
    const sock = await net.waitForSockets(1);
    expect(sock.options.authDir).toBe(authDir);
    expect(rt.status).toMatchObject({ running: true, connected: false, mode: "connecting" });
    // Linked (saved creds) but not connected yet: retryable, not "log in again".
    await expect(channel.sendText({ accountId: "default", to: "+15551234567", text: "hi" })).rejects.toMatchObject({ code: "UNAVAILABLE", retryable: true, details: { code: "NOT_CONNECTED" } });
    expect(channel.isLinked("default")).toBe(true);

    sock.open();
    expect(channel.isLinked("default")).toBe(true);
    expect(rt.status).toMatchObject({ linked: true, connected: true, mode: "connected", reconnectAttempts: 0, lastError: null, self: "+15550001111" });
    const result = await channel.sendText({ accountId: "default", to: "+1 (555) 123-4567", text: "hello" });
    expect(result).toEqual({ messageId: "SENT1", chatId: "15551234567@s.whatsapp.net" });
    expect(sock.sent).toEqual([{ jid: "15551234567@s.whatsapp.net", content: { text: "hello" } }]);
    await channel.sendText({ accountId: "default", to: "120363041234567890@g.us", text: "to the group" });
    expect(sock.sent[1].jid).toBe("120363041234567890@g.us");
    await expect(channel.sendText({ accountId: "default", to: "alice", text: "x" })).rejects.toThrow(/invalid WhatsApp target "alice": use an E\.164 number/);

    rt.controller.abort();
    await run;
    expect(sock.ended).toBe(true);
    expect(channel.isLinked("default")).toBe(true); // stopped, but the saved link stays valid for the next start
    expect(rt.status).toMatchObject({ connected: false, running: false, mode: "stopped" });
  });

  it("reconnects 2 s → 30 s ×1.8 for 12 attempts, then stops as degraded with the last error", async () => {
    const { channel, net, sleeps, authDir } = setup();
    writeFakeCreds(authDir);
    const rt = testRuntime();
    net.onSocket = (sock) => sock.close(408, "Connection was lost");
    await channel.startAccount(rt.runtime); // resolves by itself once degraded
    expect(net.sockets).toHaveLength(13); // the first connection + 12 attempts
    expect(sleeps).toEqual([2000, 3600, 6480, 11_664, 20_995, 30_000, 30_000, 30_000, 30_000, 30_000, 30_000, 30_000]);
    const attempts = rt.patches.filter((p) => p.mode === "reconnecting" && p.reconnectAttempts).map((p) => p.reconnectAttempts);
    expect(attempts).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(rt.status).toMatchObject({ mode: "degraded", linked: false, connected: false, running: false });
    expect(rt.status.lastError).toMatch(/gave up after 12 reconnect attempts; last error: connection lost or timed out \(status 408\): Connection was lost/);
    // Degraded is a network problem, not a lost link: the device session is still valid.
    expect(channel.isLinked("default")).toBe(true);
    await expect(channel.sendText({ accountId: "default", to: "+15551234567", text: "x" })).rejects.toMatchObject({ code: "UNAVAILABLE", details: { code: "NOT_CONNECTED" } });
  });

  it("resets the attempt count only once a connection has stayed open for stableAfterMs", async () => {
    const { channel, net, sleeps, authDir } = setup({}, { stableAfterMs: 50 });
    writeFakeCreds(authDir);
    const rt = testRuntime();
    let count = 0;
    net.onSocket = (sock) => {
      count += 1;
      if (count === 4) sock.open(); // three failures, then a good connection that drops later
      else if (count < 20) sock.close(428);
    };
    const run = channel.startAccount(rt.runtime);
    await waitFor(() => rt.status.connected === true, 2000, "the fourth socket to open");
    expect(sleeps).toEqual([2000, 3600, 6480]);
    expect(rt.status.reconnectAttempts).toBe(3); // open, but not proven yet
    await waitFor(() => rt.status.reconnectAttempts === 0, 5000, "the connection to count as stable");
    net.sockets[3].close(428);
    await waitFor(() => net.sockets.length >= 6, 2000, "reconnects after the drop");
    expect(sleeps.slice(3, 5)).toEqual([2000, 3600]); // from the start again
    rt.controller.abort();
    await run;
  });

  /** Sockets that open and are closed with `code` at once, up to `cap` (then they hang, so the old endless loop ends too). */
  function openThenClose(net: FakeWaNetwork, code: number, message: string, cap = 40) {
    net.onSocket = (sock: FakeWaSocket) => {
      if (net.sockets.length > cap) return;
      sock.open();
      sock.close(code, message);
    };
  }

  it("a session taken over by another client (440) stops the account as replaced, keeps the creds, and does not reconnect", async () => {
    const { log, lines } = recordingLog();
    const { channel, net, sleeps, authDir } = setup({}, { log });
    writeFakeCreds(authDir);
    const rt = testRuntime("default", log);
    openThenClose(net, 440, "Stream Errored (conflict)");
    const run = channel.startAccount(rt.runtime);
    await Promise.race([run, net.waitForSockets(41)]);
    expect(net.sockets).toHaveLength(1); // before: open → 440 → 2 s → open … without end
    expect(sleeps).toEqual([]);
    await run; // stopped by itself
    expect(rt.status).toMatchObject({ mode: "replaced", connected: false, running: false });
    expect(rt.status.lastError).toMatch(/^connection replaced by another session \(status 440\): Stream Errored \(conflict\); another gateway or WhatsApp Web client is using this account's saved link/);
    expect(rt.status.lastError).toMatch(/restart the gateway \(or change a key under channels\.whatsapp\).*`openclaw channels login --channel whatsapp --account default --force`/);
    expect(lines.filter((l) => l.startsWith("warn") || l.startsWith("error"))).toHaveLength(1);
    expect(lines.length).toBeLessThanOrEqual(2); // "connected" + "stopped: replaced …"
    // The device session is still valid (nothing to scan again), but the account does not retry by itself.
    expect(existsSync(join(authDir, "creds.json"))).toBe(true);
    expect(channel.isLinked("default")).toBe(true);
    const err = await channel.sendText({ accountId: "default", to: "+15551234567", text: "x" }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "UNAVAILABLE", retryable: false, details: { code: "NOT_CONNECTED", mode: "replaced" } });
    expect((err as Error).message).toMatch(/^WhatsApp account default is linked but stopped \(replaced\): connection replaced by another session/);
    const login = await channel.loginStart!({ accountId: "default" });
    expect(login.message).toMatch(/has a saved link but stopped \(replaced\): restart the gateway .* or pass force/);
    // Started again (a gateway restart, a reload), it reconnects with the saved link.
    net.onSocket = (sock) => sock.open();
    const again = testRuntime();
    const rerun = channel.startAccount(again.runtime);
    await waitFor(() => again.status.connected === true, 2000, "the restarted account to connect");
    expect(net.sockets).toHaveLength(2);
    again.controller.abort();
    await rerun;
  });

  it("two gateways on one auth dir do not kick each other off forever: the older one stops as replaced", async () => {
    const authDir = join(root, `shared${++n}`);
    writeFakeCreds(authDir);
    const net = new FakeWaNetwork();
    // WhatsApp's rule: one open connection per device session; a new one ends the old one with 440.
    let current: FakeWaSocket | undefined;
    net.onSocket = (sock) => {
      if (net.sockets.length > 40) return; // the old code ping-ponged without end
      const previous = current;
      current = sock;
      sock.open();
      previous?.close(440, "Stream Errored (conflict)");
    };
    const gateway = () => {
      const stateDir = join(root, `s${++n}`);
      const settings = resolveWhatsApp({ channels: { whatsapp: { authDir } } } as WhatsAppConfig, { stateDir, configPath: join(stateDir, "openclaw.json") });
      return createWhatsAppChannel({ settings, log: quietLog, signal: new AbortController().signal, createSocket: net.factory, random: () => 0.5, sleep: async () => undefined });
    };
    const [a, b] = [gateway(), gateway()];
    const rtA = testRuntime();
    const runA = a.channel.startAccount(rtA.runtime);
    await waitFor(() => rtA.status.connected === true, 2000, "gateway A to connect");
    const rtB = testRuntime();
    const runB = b.channel.startAccount(rtB.runtime);
    await Promise.race([runA, net.waitForSockets(41)]);
    expect(net.sockets).toHaveLength(2);
    expect(rtA.status).toMatchObject({ mode: "replaced", running: false });
    await waitFor(() => rtB.status.connected === true, 2000, "gateway B to stay connected");
    await sleep(50);
    expect(net.sockets).toHaveLength(2);
    expect(rtB.status.mode).toBe("connected");
    rtB.controller.abort();
    await runB;
  });

  it("a socket that opens and then drops every time (408) ends in degraded after 12 attempts, with bounded logs", async () => {
    const { log, lines } = recordingLog();
    const { channel, net, sleeps, authDir } = setup({}, { log });
    writeFakeCreds(authDir);
    const rt = testRuntime("default", log);
    openThenClose(net, 408, "Connection was lost");
    const run = channel.startAccount(rt.runtime);
    await Promise.race([run, net.waitForSockets(41)]);
    expect(net.sockets).toHaveLength(13); // before: every open reset the backoff, so it never ended
    await run;
    expect(sleeps).toEqual([2000, 3600, 6480, 11_664, 20_995, 30_000, 30_000, 30_000, 30_000, 30_000, 30_000, 30_000]);
    expect(rt.status).toMatchObject({ mode: "degraded", connected: false, running: false });
    expect(rt.status.lastError).toMatch(/gave up after 12 reconnect attempts; last error: connection lost or timed out \(status 408\)/);
    expect(lines.length).toBeLessThanOrEqual(13 + 12 + 1); // one "connected" per open, one warning per retry, one error
    const err = await channel.sendText({ accountId: "default", to: "+15551234567", text: "x" }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "UNAVAILABLE", retryable: false, details: { code: "NOT_CONNECTED", mode: "degraded" } });
  });

  it("428 and 503 right after each open also end in degraded", async () => {
    for (const code of [428, 503]) {
      const { channel, net, authDir } = setup();
      writeFakeCreds(authDir);
      const rt = testRuntime();
      openThenClose(net, code, "Connection Failure");
      const run = channel.startAccount(rt.runtime);
      await Promise.race([run, net.waitForSockets(41)]);
      expect(net.sockets).toHaveLength(13);
      await run;
      expect(rt.status.mode).toBe("degraded");
    }
  });

  it("reconnects at once after one 'restart required' (515), again only once the connection was stable", async () => {
    const { channel, net, sleeps, authDir } = setup({}, { stableAfterMs: 50 });
    writeFakeCreds(authDir);
    const rt = testRuntime();
    net.onSocket = (sock) => (net.sockets.length === 1 ? sock.close(515, "Stream Errored (restart required)") : sock.open());
    const run = channel.startAccount(rt.runtime);
    await waitFor(() => rt.status.connected === true, 2000, "the second socket to open");
    expect(net.sockets).toHaveLength(2);
    await sleep(150); // past stableAfterMs
    net.sockets[1].close(515, "Stream Errored (restart required)"); // later, on a stable connection: again at once
    await waitFor(() => net.sockets.length === 3 && rt.status.connected === true, 2000, "the third socket to open");
    expect(sleeps).toEqual([]);
    net.onSocket = (sock) => sock.close(515); // but two in a row without an open: backoff
    net.sockets[2].close(515);
    await waitFor(() => sleeps.length > 0, 2000, "a backoff sleep");
    expect(sleeps[0]).toBe(2000);
    rt.controller.abort();
    await run;
  });

  it("515 right after every open is not an endless immediate loop: backoff, then degraded", async () => {
    const { channel, net, sleeps, authDir } = setup();
    writeFakeCreds(authDir);
    const rt = testRuntime();
    openThenClose(net, 515, "Stream Errored (restart required)");
    const run = channel.startAccount(rt.runtime);
    await Promise.race([run, net.waitForSockets(41)]);
    expect(net.sockets).toHaveLength(14); // one immediate restart, then the 12 backoff steps (before: endless, none waiting)
    await run;
    expect(sleeps).toHaveLength(12);
    expect(rt.status.mode).toBe("degraded");
  });

  it("a logged-out close (401) stops the account: linked:false, mode logged-out, send → NOT_LINKED with the login command", async () => {
    const { channel, net, sleeps, authDir } = setup();
    writeFakeCreds(authDir);
    const rt = testRuntime();
    const run = channel.startAccount(rt.runtime);
    const sock = await net.waitForSockets(1);
    sock.open();
    expect(channel.isLinked("default")).toBe(true);
    sock.close(401, "Connection Failure");
    await run; // stopped by itself: no reconnect
    expect(net.sockets).toHaveLength(1);
    expect(sleeps).toEqual([]);
    expect(channel.isLinked("default")).toBe(false);
    expect(rt.status).toMatchObject({ linked: false, connected: false, running: false, mode: "logged-out" });
    expect(rt.status.lastError).toMatch(/logged out \(status 401\)/);
    const err = await channel.sendText({ accountId: "default", to: "+15551234567", text: "x" }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "NOT_LINKED", message: "WhatsApp account default is not linked; run `openclaw channels login --channel whatsapp --account default`" });
    // Started again (e.g. a gateway reload), it stays stopped rather than hammering WhatsApp with dead creds.
    await channel.startAccount(testRuntime().runtime);
    expect(net.sockets).toHaveLength(1);
  });

  it("a QR request on a saved link means the link is gone: logged-out, no retry", async () => {
    const { channel, net, authDir } = setup();
    writeFakeCreds(authDir);
    const rt = testRuntime();
    net.onSocket = (sock) => sock.update({ qr: "2@abc" });
    await channel.startAccount(rt.runtime);
    expect(net.sockets).toHaveLength(1);
    expect(net.sockets[0].ended).toBe(true);
    expect(rt.status.mode).toBe("logged-out");
    expect(rt.status.lastError).toMatch(/new QR scan/);
  });

  it("logout unlinks the live socket, deletes the auth dir and reports logged-out", async () => {
    const { channel, net, authDir } = setup();
    writeFakeCreds(authDir);
    const rt = testRuntime();
    net.onSocket = (sock) => sock.open();
    const run = channel.startAccount(rt.runtime);
    await waitFor(() => rt.status.connected === true, 2000, "open");
    const sock = net.sockets[0];
    expect(await channel.logout!("default")).toEqual({ cleared: true });
    await run;
    expect(sock.loggedOut).toBe(true);
    expect(existsSync(authDir)).toBe(false);
    expect(channel.listAccounts()[0].configured).toBe(false);
    expect(rt.status).toMatchObject({ linked: false, mode: "logged-out" });
    await expect(channel.sendText({ accountId: "default", to: "+15551234567", text: "x" })).rejects.toMatchObject({ code: "NOT_LINKED" });
  });

  it("logout of a stopped account unlinks through a short-lived connection", async () => {
    const { channel, net, authDir } = setup();
    writeFakeCreds(authDir);
    net.onSocket = (sock) => sock.open();
    expect(await channel.logout!("default")).toEqual({ cleared: true });
    expect(net.sockets).toHaveLength(1);
    expect(net.sockets[0].loggedOut).toBe(true);
    expect(net.sockets[0].ended).toBe(true);
    expect(existsSync(authDir)).toBe(false);
    expect(await channel.logout!("default")).toEqual({ cleared: false });
  });

  it("plugin dispose stops every account connection", async () => {
    const { wa, channel, net, authDir, stop } = setup();
    writeFakeCreds(authDir);
    net.onSocket = (sock) => sock.open();
    const rt = testRuntime();
    const run = channel.startAccount(rt.runtime);
    await waitFor(() => rt.status.connected === true, 2000, "open");
    stop.abort();
    await wa.close();
    await run;
    expect(net.sockets[0].ended).toBe(true);
  });

  it("an account that inherits dmPolicy open without \"*\" in its own allowFrom is not started, with the reason", async () => {
    const { channel, net, authDir } = setup({ channels: { whatsapp: { dmPolicy: "open", allowFrom: ["*"], accounts: { work: { allowFrom: ["+15550000001"] } } } } } as never);
    expect(authDir).toMatch(/credentials\/whatsapp\/work$/);
    writeFakeCreds(authDir);
    const [work] = channel.listAccounts();
    expect(work).toMatchObject({ accountId: "work", configured: false, tokenSource: "authDir" });
    expect(work.unconfiguredReason).toMatch(/dmPolicy "open" .* add "\*" to allowFrom .*\(channels\.whatsapp\.accounts\.work\)/);
    const rt = testRuntime("work");
    await channel.startAccount(rt.runtime);
    expect(rt.status).toMatchObject({ mode: "misconfigured", running: false });
    expect(net.sockets).toHaveLength(0);
  });

  it("accounts.<id> override channel keys; unknown account ids are rejected", async () => {
    const { channel } = setup({
      channels: {
        whatsapp: {
          enabled: true, dmPolicy: "allowlist", allowFrom: ["+15550000001"], groupPolicy: "allowlist", textChunkLimit: 4000, sendReadReceipts: true,
          reconnect: { initialMs: 2000, maxMs: 30_000, factor: 1.8, jitter: 0.25, maxAttempts: 12 },
          accounts: { work: { dmPolicy: "open", allowFrom: ["*"], textChunkLimit: 1000 }, personal: { enabled: false } },
        },
      },
    });
    const accounts = channel.listAccounts();
    expect(accounts.map((a) => a.accountId)).toEqual(["personal", "work"]);
    expect(accounts[0]).toMatchObject({ enabled: false, access: { dmPolicy: "allowlist", allowFrom: ["+15550000001"] } });
    expect(accounts[1]).toMatchObject({ enabled: true, textChunkLimit: 1000, access: { dmPolicy: "open", allowFrom: ["*"] } });
    expect(channel.defaultAccountId()).toBe("personal");
    await expect(channel.sendText({ accountId: "nope", to: "+15551234567", text: "x" })).rejects.toThrow(/unknown WhatsApp account "nope" \(configured: personal, work\)/);
  });
});
