/**
 * End to end through a real gateway with the real channels host and agent (fake model provider):
 * status before linking, web.login.start/wait, an inbound DM answered by the agent, `send`, and a
 * logged-out account answering NOT_LINKED. The WhatsApp socket is the fake one.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import agentPlugin from "../../../plugins/agent/index.js";
import channelsPlugin from "../../../plugins/channels/index.js";
import telegramPlugin from "../../../plugins/telegram/index.js";
import whatsappPlugin, { createWhatsAppPlugin } from "../../../plugins/whatsapp/index.js";
import { validateConfig } from "../../../core/config/validate.js";
import { startTestGateway, stopAllTestGateways, waitFor } from "../../helpers/gateway.js";
import { fakeProviderConfig, startFakeProvider, type FakeProvider } from "../../helpers/fake-provider.js";
import { FakeWaNetwork, dm, writeFakeCreds } from "./fake-wa.js";

let provider: FakeProvider;
beforeAll(async () => {
  provider = await startFakeProvider();
});
afterAll(() => provider.close());
afterEach(() => stopAllTestGateways());

interface AccountRow {
  accountId: string;
  configured: boolean;
  linked: boolean;
  running: boolean;
  connected: boolean;
  mode?: string;
  lastError: string | null;
  unconfiguredReason?: string;
}
type Status = { channelAccounts: Record<string, AccountRow[]> };

async function startGateway(net: FakeWaNetwork, whatsapp: Record<string, unknown> = {}) {
  const plugins = [agentPlugin, channelsPlugin, createWhatsAppPlugin({ createSocket: net.factory, sleep: async () => undefined })];
  const gw = await startTestGateway({ plugins, config: { ...fakeProviderConfig(provider), channels: { whatsapp } } });
  const client = await gw.client();
  const account = async () => (await client.request<Status>("channels.status", {})).channelAccounts.whatsapp[0];
  /** Polls channels.status until `pred` holds for the account row (or 5 s pass), and returns the row. */
  const accountWhen = async (pred: (row: AccountRow) => boolean) => {
    let row = await account();
    for (const deadline = Date.now() + 5000; !pred(row) && Date.now() < deadline; row = await account()) await new Promise((r) => setTimeout(r, 10));
    return row;
  };
  return { gw, client, account, accountWhen };
}

describe("WhatsApp through the gateway", () => {
  it("shows linked:false until the QR is scanned, links via web.login.*, answers a DM with the agent, sends, and reports NOT_LINKED once logged out", async () => {
    const net = new FakeWaNetwork();
    const { client, account, accountWhen } = await startGateway(net, { dmPolicy: "allowlist", allowFrom: ["+1 555 123 4567"] });
    expect(net.sockets).toHaveLength(0); // nothing linked: no socket (and Baileys is never imported)
    expect(await account()).toMatchObject({ accountId: "default", configured: false, linked: false, running: false });
    expect((await account()).unconfiguredReason).toMatch(/openclaw channels login --channel whatsapp/);
    await expect(client.request("send", { to: "+15551234567", message: "hi", channel: "whatsapp", idempotencyKey: "k0" })).rejects.toMatchObject({ code: "NOT_LINKED" });

    net.onSocket = (sock) => sock.update({ qr: "2@qr-payload" });
    const started = await client.request<{ qr: string; qrDataUrl: string; message: string }>("web.login.start", { channel: "whatsapp" });
    expect(started.qr).toBe("2@qr-payload");
    expect(started.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(await account()).toMatchObject({ linked: false });

    net.onSocket = (sock) => sock.open(); // the socket after the scan opens
    const waiting = client.request<{ connected: boolean; message: string }>("web.login.wait", { channel: "whatsapp", timeoutMs: 5000 });
    await new Promise((r) => setTimeout(r, 50)); // let web.login.wait reach the gateway first (the scan may also come before it)
    writeFakeCreds(net.sockets[0].options.authDir);
    net.sockets[0].close(515, "restart required");
    expect(await waiting).toMatchObject({ connected: true });
    const row = await accountWhen((r) => r.connected);
    expect(net.sockets).toHaveLength(3); // login, login after the scan, the account's own
    expect(row).toMatchObject({ configured: true, linked: true, running: true, connected: true, mode: "connected" });

    // Inbound DM from an allowed number → agent (fake provider) → reply in the same chat.
    const live = net.last;
    live.deliver([dm("15551234567", "hello there", "IN1")]);
    await waitFor(() => live.sent.length === 1, 10_000, "the agent's reply");
    expect(live.sent[0]).toEqual({ jid: "15551234567@s.whatsapp.net", content: { text: "Echo: hello there" } });
    expect(live.read).toHaveLength(1);
    // Delivered again (WhatsApp redelivers after reconnects): no second run, no second reply.
    live.deliver([dm("15551234567", "hello there", "IN1")]);
    await new Promise((r) => setTimeout(r, 200));
    expect(live.sent).toHaveLength(1);

    const sent = await client.request<{ channel: string; chatId: string; messageId: string }>("send", { to: "+15557654321", message: "from the CLI", channel: "whatsapp", idempotencyKey: "k1" });
    expect(sent).toMatchObject({ channel: "whatsapp", chatId: "15557654321@s.whatsapp.net", messageId: "SENT2" });
    expect(live.sent[1]).toEqual({ jid: "15557654321@s.whatsapp.net", content: { text: "from the CLI" } });

    // Unlinked from the phone: the account stops; send answers NOT_LINKED with the fix.
    live.close(401, "Connection Failure");
    expect(await accountWhen((r) => r.mode === "logged-out")).toMatchObject({ linked: false, running: false, mode: "logged-out" });
    const err = await client.request("send", { to: "+15557654321", message: "again", channel: "whatsapp", idempotencyKey: "k2" }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "NOT_LINKED" });
    expect(String((err as Error).message)).toMatch(/openclaw channels login --channel whatsapp/);

    const out = await client.request<{ cleared: boolean }>("channels.logout", { channel: "whatsapp" });
    expect(out).toMatchObject({ cleared: true });
    expect(await account()).toMatchObject({ configured: false, linked: false });
  });

  it("owns channels.whatsapp: validates it strictly, next to channels.telegram owned by the telegram plugin", () => {
    const plugins = [whatsappPlugin, telegramPlugin].map((def) => ({ def: def, enabled: true }));
    const ok = validateConfig({ channels: { whatsapp: { dmPolicy: "open", allowFrom: ["*"], accounts: { work: { authDir: "~/wa-work" } } }, telegram: {} } }, plugins);
    expect(ok.issues).toEqual([]);
    const bad = validateConfig({ channels: { whatsapp: { dmPolicy: "everyone", reconnect: { maxAttempts: 0 }, acounts: {}, accounts: { "../x": {} } } } }, plugins);
    const paths = bad.issues.map((i) => i.path).sort();
    expect(paths).toEqual(["channels.whatsapp.accounts", "channels.whatsapp.acounts", "channels.whatsapp.dmPolicy", "channels.whatsapp.reconnect.maxAttempts"]);
    expect(bad.issues.find((i) => i.path === "channels.whatsapp.accounts")?.message).toMatch(/account ids are 1-64 letters, digits, - and _/);
    const open = validateConfig({ channels: { whatsapp: { dmPolicy: "open", allowFrom: ["+15551234567"] } } }, plugins);
    expect(open.issues.map((i) => i.message).join("\n")).toMatch(/dmPolicy "open" .* add "\*" to allowFrom/);
    expect(bad.issues.find((i) => i.path === "channels.whatsapp.acounts")?.message).toMatch(/did you mean "channels\.whatsapp\.accounts"/);
    expect(bad.issues.find((i) => i.path === "channels.whatsapp.dmPolicy")?.message).toMatch(/"pairing", "allowlist", "open", "disabled".*plugin whatsapp/);
  });
});
