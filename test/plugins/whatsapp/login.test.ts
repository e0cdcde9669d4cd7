/** QR login through loginStart/loginWait with a fake socket (the QR is rendered by the real qrcode package). */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createWhatsAppChannel } from "../../../plugins/whatsapp/channel.js";
import { resolveWhatsApp } from "../../../plugins/whatsapp/config.js";
import { waitFor } from "../../helpers/gateway.js";
import { FakeWaNetwork, quietLog, testRuntime, writeFakeCreds } from "./fake-wa.js";

const root = mkdtempSync(join(tmpdir(), "ocgw-wa-login-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const QR = "2@Qm9ndXMgcXIgcmVmZXJlbmNl,ZmFrZSBub2lzZSBrZXk=,aWRlbnRpdHkga2V5,YWR2IHNlY3JldA==";

function setup() {
  const stateDir = join(root, `s${++n}`);
  const settings = resolveWhatsApp({}, { stateDir, configPath: join(stateDir, "openclaw.json") });
  const net = new FakeWaNetwork();
  const wa = createWhatsAppChannel({ settings, log: quietLog, signal: new AbortController().signal, createSocket: net.factory, sleep: async () => undefined });
  return { channel: wa.channel, wa, net, authDir: settings.accounts[0].authDir };
}

/** What a scan looks like from Baileys: creds are saved, the server asks for a restart, the next socket opens. */
async function scan(net: FakeWaNetwork, authDir: string) {
  const count = net.sockets.length;
  writeFakeCreds(authDir);
  net.last.close(515, "Stream Errored (restart required)");
  const next = await net.waitForSockets(count + 1);
  next.open();
  return next;
}

describe("WhatsApp QR login", () => {
  it("returns the QR as text and as a PNG data URL, then links after the scan and the account connects", async () => {
    const { channel, net, authDir } = setup();
    net.onSocket = (sock) => sock.update({ connection: "connecting", qr: QR });
    const started = await channel.loginStart!({ accountId: "default" });
    expect(started.qr).toBe(QR);
    expect(started.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(Buffer.from(started.qrDataUrl!.split(",")[1], "base64").subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    expect(started.message).toMatch(/Linked devices/);
    expect(net.sockets[0].options.authDir).toBe(authDir);
    expect(channel.isLinked("default")).toBe(false);
    // A second start while the code is fresh returns the same code, no new socket.
    expect((await channel.loginStart!({ accountId: "default" })).qr).toBe(QR);
    expect(net.sockets).toHaveLength(1);

    net.onSocket = undefined;
    const waiting = channel.loginWait!({ accountId: "default", timeoutMs: 5000 });
    await scan(net, authDir);
    const result = await waiting;
    expect(result).toEqual({ connected: true, message: "Linked WhatsApp account default as +15550001111; it is connecting now." });
    expect(net.sockets.every((s) => s.ended)).toBe(true); // the login sockets are closed (creds flushed)
    expect(channel.listAccounts()[0].configured).toBe(true);

    // What the host does next: start the account; it connects with the saved creds.
    net.onSocket = (sock) => sock.open();
    const rt = testRuntime();
    const run = channel.startAccount(rt.runtime);
    await waitFor(() => rt.status.connected === true, 2000, "the account to connect");
    expect(rt.status).toMatchObject({ linked: true, mode: "connected" });
    rt.controller.abort();
    await run;
  });

  it("two logins started at once share one socket and one code", async () => {
    const { channel, net } = setup();
    net.onSocket = (sock) => sock.update({ qr: QR });
    const [a, b] = await Promise.all([channel.loginStart!({ accountId: "default" }), channel.loginStart!({ accountId: "default" })]);
    expect(a.qr).toBe(QR);
    expect(b.qr).toBe(QR);
    expect(net.sockets).toHaveLength(1);
  });

  it("loginWait times out with a clear message and can be called again", async () => {
    const { channel, net, authDir } = setup();
    net.onSocket = (sock) => sock.update({ qr: QR });
    await channel.loginStart!({ accountId: "default" });
    net.onSocket = undefined;
    expect(await channel.loginWait!({ accountId: "default", timeoutMs: 100 })).toEqual({
      connected: false,
      message: expect.stringMatching(/not scanned within 0.1 s; the login is still open: call web\.login\.wait again/),
    });
    const again = channel.loginWait!({ accountId: "default", timeoutMs: 5000 });
    await scan(net, authDir);
    expect((await again).connected).toBe(true);
  });

  it("loginStart fails clearly when no QR arrives in time, and when WhatsApp closes first", async () => {
    const { channel, net } = setup();
    await expect(channel.loginStart!({ accountId: "default", timeoutMs: 100 })).rejects.toMatchObject({
      code: "UNAVAILABLE",
      message: expect.stringMatching(/no QR code from WhatsApp within 0.1 s; check that the gateway can reach web\.whatsapp\.com/),
    });
    expect(net.sockets[0].ended).toBe(true);
    net.onSocket = (sock) => sock.close(428, "Connection Terminated");
    await expect(channel.loginStart!({ accountId: "default" })).rejects.toThrow(/WhatsApp closed the login connection: connection closed \(status 428\): Connection Terminated/);
  });

  it("a scan that completes before loginWait is called is still reported as connected", async () => {
    const { channel, net, authDir } = setup();
    net.onSocket = (sock) => sock.update({ qr: QR });
    await channel.loginStart!({ accountId: "default" });
    net.onSocket = undefined;
    await scan(net, authDir);
    await new Promise((r) => setTimeout(r, 20));
    expect((await channel.loginStart!({ accountId: "default" })).message).toMatch(/was just linked; call web\.login\.wait/);
    expect(await channel.loginWait!({ accountId: "default", timeoutMs: 100 })).toMatchObject({ connected: true });
    await expect(channel.loginWait!({ accountId: "default", timeoutMs: 100 })).rejects.toThrow(/no WhatsApp login is in progress/); // consumed
  });

  it("reports an expired QR code and an unknown login", async () => {
    const { channel, net } = setup();
    await expect(channel.loginWait!({ accountId: "default" })).rejects.toMatchObject({ code: "INVALID_REQUEST", message: expect.stringMatching(/no WhatsApp login is in progress .* call web\.login\.start first/) });
    net.onSocket = (sock) => sock.update({ qr: QR });
    await channel.loginStart!({ accountId: "default" });
    net.last.close(408, "QR refs attempts ended");
    expect(await channel.loginWait!({ accountId: "default", timeoutMs: 2000 })).toEqual({
      connected: false,
      message: "WhatsApp login for account default failed: the QR code expired before it was scanned; start the login again",
    });
  });

  it("does not replace a live link without force; with force it unlinks, stops the account and shows a new code", async () => {
    const { channel, net, authDir } = setup();
    writeFakeCreds(authDir);
    net.onSocket = (sock) => sock.open();
    const rt = testRuntime();
    const run = channel.startAccount(rt.runtime);
    await waitFor(() => rt.status.connected === true, 2000, "open");
    const old = net.sockets[0];

    const noForce = await channel.loginStart!({ accountId: "default" });
    expect(noForce.qr).toBeUndefined();
    expect(noForce.message).toMatch(/already linked \(\+15550001111\).*Pass force/);

    net.onSocket = (sock) => sock.update({ qr: QR });
    const forced = await channel.loginStart!({ accountId: "default", force: true });
    expect(forced.qr).toBe(QR);
    await run; // the account stopped for the new link
    expect(old.loggedOut).toBe(true);
    expect(existsSync(join(authDir, "creds.json"))).toBe(false); // the old link was discarded
    expect(rt.status.mode).toBe("linking");
  });

  it("asks for force when a saved link exists but is not connected (e.g. degraded)", async () => {
    const { channel, net, authDir } = setup();
    writeFakeCreds(authDir);
    const res = await channel.loginStart!({ accountId: "default" });
    expect(res.qr).toBeUndefined();
    expect(res.message).toMatch(/has a saved link but is not connected right now .*Pass force/);
    expect(net.sockets).toHaveLength(0);
  });

  it("a logged-out account can link again without force", async () => {
    const { channel, net, authDir } = setup();
    writeFakeCreds(authDir);
    net.onSocket = (sock) => sock.close(401);
    await channel.startAccount(testRuntime().runtime);
    net.onSocket = (sock) => sock.update({ qr: QR });
    expect((await channel.loginStart!({ accountId: "default" })).qr).toBe(QR);
  });
});
