/** Inbound messages.upsert → host, and outbound text/media, through a fake socket. */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWhatsAppChannel } from "../../../plugins/whatsapp/channel.js";
import { resolveWhatsApp } from "../../../plugins/whatsapp/config.js";
import { isPrivateAddress } from "../../../plugins/whatsapp/media-fetch.js";
import type { WaMessage } from "../../../plugins/whatsapp/socket.js";
import { waitFor } from "../../helpers/gateway.js";
import { BOT_JID, BOT_LID, FakeWaNetwork, dm, quietLog, testRuntime, writeFakeCreds } from "./fake-wa.js";

const root = mkdtempSync(join(tmpdir(), "ocgw-wa-msg-"));
const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
let media: Server;
let mediaBase = "";
const served: string[] = [];

beforeAll(async () => {
  media = createServer((req, res) => {
    served.push(req.url ?? "");
    if (req.url === "/cat.png") return res.writeHead(200, { "content-type": "image/png" }).end(PNG);
    if (req.url === "/report") return res.writeHead(200, { "content-type": "application/octet-stream" }).end("%PDF-1.4");
    if (req.url === "/moved") return res.writeHead(302, { location: "/cat.png" }).end();
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => media.listen(0, "127.0.0.1", r));
  mediaBase = `http://127.0.0.1:${(media.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => media.close(r));
  rmSync(root, { recursive: true, force: true });
});

let n = 0;
/** A linked account with an open fake socket. */
async function linked(options: { sendReadReceipts?: boolean; allowPrivateMediaNetwork?: boolean } = {}) {
  const stateDir = join(root, `s${++n}`);
  const settings = resolveWhatsApp({ channels: { whatsapp: { sendReadReceipts: options.sendReadReceipts ?? true } } } as never, { stateDir, configPath: join(stateDir, "x.json") });
  const net = new FakeWaNetwork();
  net.onSocket = (sock) => sock.open();
  const wa = createWhatsAppChannel({ settings, log: quietLog, signal: new AbortController().signal, createSocket: net.factory, allowPrivateMediaNetwork: options.allowPrivateMediaNetwork });
  writeFakeCreds(settings.accounts[0].authDir);
  const rt = testRuntime();
  const run = wa.channel.startAccount(rt.runtime);
  await waitFor(() => rt.status.connected === true, 2000, "open");
  const sock = net.sockets[0];
  const stop = async () => {
    rt.controller.abort();
    await run;
  };
  return { channel: wa.channel, sock, rt, stop };
}

const group = (participant: string, message: WaMessage["message"], id = "G1"): WaMessage => ({
  key: { remoteJid: "120363041234567890@g.us", participant, fromMe: false, id },
  message,
  pushName: "Bob",
  messageTimestamp: 1_700_000_100,
});

describe("WhatsApp inbound", () => {
  it("hands a DM to the host keyed by E.164, with a read receipt", async () => {
    const { sock, rt, stop } = await linked();
    sock.deliver([dm("15551234567", "hello bot", "ABC1")]);
    await waitFor(() => rt.received.length === 1, 2000, "the message");
    expect(rt.received[0]).toEqual({
      accountId: "default", chatId: "+15551234567", chatType: "direct", senderId: "+15551234567", senderName: "Alice",
      messageId: "ABC1", text: "hello bot", timestamp: 1_700_000_000_000,
    });
    expect(sock.read).toEqual([{ remoteJid: "15551234567@s.whatsapp.net", fromMe: false, id: "ABC1" }]);
    await stop();
  });

  it("marks group messages that mention the bot (by phone JID or LID) or reply to it", async () => {
    const { sock, rt, stop } = await linked({ sendReadReceipts: false });
    sock.deliver([
      group("15557654321@s.whatsapp.net", { extendedTextMessage: { text: "@bot what time is it", contextInfo: { mentionedJid: ["15550001111@s.whatsapp.net"] } } }, "G1"),
      group("15557654321@s.whatsapp.net", { conversation: "just chatting" }, "G2"),
      group("15557654321@s.whatsapp.net", { extendedTextMessage: { text: "hey @bot", contextInfo: { mentionedJid: [BOT_LID.replace(":7", "")] } } }, "G3"),
      group("15557654321@s.whatsapp.net", { extendedTextMessage: { text: "thanks!", contextInfo: { participant: BOT_JID } } }, "G4"),
      group("15557654321@s.whatsapp.net", { extendedTextMessage: { text: "@carol", contextInfo: { mentionedJid: ["15559990000@s.whatsapp.net"] } } }, "G5"),
    ]);
    await waitFor(() => rt.received.length === 5, 2000, "five messages");
    expect(rt.received.map((m) => [m.messageId, m.mentioned])).toEqual([["G1", true], ["G2", false], ["G3", true], ["G4", true], ["G5", false]]);
    expect(rt.received[0]).toMatchObject({ chatId: "120363041234567890@g.us", chatType: "group", senderId: "+15557654321", senderName: "Bob", text: "@bot what time is it" });
    expect(sock.read).toEqual([]); // sendReadReceipts: false
    await stop();
  });

  it("ignores status and broadcast chats, own outgoing messages, echoes of what it sent, and non-notify upserts", async () => {
    const { channel, sock, rt, stop } = await linked();
    const sent = await channel.sendText({ accountId: "default", to: "+15550001111", text: "note to self" });
    sock.deliver([
      { key: { remoteJid: "status@broadcast", participant: "15551234567@s.whatsapp.net", id: "S1" }, message: { conversation: "my status" } },
      { key: { remoteJid: "1234567890@broadcast", id: "B1" }, message: { conversation: "list broadcast" } },
      { key: { remoteJid: "15551234567@s.whatsapp.net", fromMe: true, id: "OUT1" }, message: { conversation: "owner typing to a friend" } },
      { key: { remoteJid: "15550001111@s.whatsapp.net", fromMe: true, id: sent.messageId }, message: { conversation: "note to self" } },
      { key: { remoteJid: "15551234567@s.whatsapp.net", id: "R1" }, message: { reactionMessage: {} } as never },
      { key: { remoteJid: "15551234567@s.whatsapp.net", id: "E1" }, message: null },
    ]);
    sock.deliver([dm("15551234567", "history", "H1")], "append");
    sock.deliver([dm("15551234567", "the real one", "OK1")]);
    await waitFor(() => rt.received.length >= 1, 2000, "a message");
    await new Promise((r) => setTimeout(r, 20));
    expect(rt.received.map((m) => m.messageId)).toEqual(["OK1"]);
    await stop();
  });

  it("passes the owner's own self-chat messages with fromSelf (they bypass the DM policy)", async () => {
    const { sock, rt, stop } = await linked();
    sock.deliver([{ key: { remoteJid: "15550001111@s.whatsapp.net", fromMe: true, id: "SELF1" }, message: { conversation: "remind me at 5" } }]);
    await waitFor(() => rt.received.length === 1, 2000, "the message");
    expect(rt.received[0]).toMatchObject({ fromSelf: true, senderId: "+15550001111", chatId: "+15550001111", chatType: "direct" });
    expect(sock.read).toEqual([]); // no read receipt for our own message
    await stop();
  });

  it("maps media-only messages to <media:kind> and keeps captions; unwraps ephemeral messages; LID senders use the phone JID", async () => {
    const { sock, rt, stop } = await linked();
    sock.deliver([
      { key: { remoteJid: "15551234567@s.whatsapp.net", id: "I1" }, message: { imageMessage: {} } },
      { key: { remoteJid: "15551234567@s.whatsapp.net", id: "V1" }, message: { videoMessage: { caption: "look at this" } } },
      { key: { remoteJid: "15551234567@s.whatsapp.net", id: "A1" }, message: { audioMessage: {} } },
      { key: { remoteJid: "15551234567@s.whatsapp.net", id: "D1" }, message: { documentWithCaptionMessage: { message: { documentMessage: {} } } } },
      { key: { remoteJid: "15551234567@s.whatsapp.net", id: "T1" }, message: { stickerMessage: {} } },
      { key: { remoteJid: "15551234567@s.whatsapp.net", id: "EPH" }, message: { ephemeralMessage: { message: { conversation: "disappearing" } } } },
      { key: { remoteJid: "55443322110099@lid", remoteJidAlt: "15551234567@s.whatsapp.net", id: "L1" }, message: { conversation: "via lid" } },
    ]);
    await waitFor(() => rt.received.length === 7, 2000, "seven messages");
    expect(rt.received.map((m) => m.text)).toEqual(["<media:image>", "look at this", "<media:audio>", "<media:document>", "<media:sticker>", "disappearing", "via lid"]);
    expect(rt.received[6]).toMatchObject({ senderId: "+15551234567", chatId: "+15551234567" });
    await stop();
  });
});

describe("WhatsApp outbound media", () => {
  it("sends a data: URL image with its caption", async () => {
    const { channel, sock, stop } = await linked();
    const result = await channel.sendMedia!({ accountId: "default", to: "+15551234567", text: "a cat", mediaUrl: `data:image/png;base64,${PNG.toString("base64")}` });
    expect(result.chatId).toBe("15551234567@s.whatsapp.net");
    expect(sock.sent).toHaveLength(1);
    const content = sock.sent[0].content as { image: Buffer; caption: string; mimetype: string };
    expect(content.image.equals(PNG)).toBe(true);
    expect(content).toMatchObject({ caption: "a cat", mimetype: "image/png" });
    await stop();
  });

  it("fetches http media (type from content-type or the file name; redirects followed) when private addresses are allowed", async () => {
    const { channel, sock, stop } = await linked({ allowPrivateMediaNetwork: true });
    await channel.sendMedia!({ accountId: "default", to: "+15551234567", text: "", mediaUrl: `${mediaBase}/moved` });
    expect((sock.sent[0].content as { image: Buffer }).image.equals(PNG)).toBe(true);
    await channel.sendMedia!({ accountId: "default", to: "+15551234567", text: "Q3", mediaUrl: `${mediaBase}/report` });
    expect(sock.sent[1].content).toMatchObject({ document: Buffer.from("%PDF-1.4"), mimetype: "application/octet-stream", fileName: "report", caption: "Q3" });
    await expect(channel.sendMedia!({ accountId: "default", to: "+15551234567", text: "", mediaUrl: `${mediaBase}/missing.png` })).rejects.toMatchObject({ code: "UNAVAILABLE", message: expect.stringMatching(/HTTP 404/) });
    await stop();
  });

  it("refuses loopback and private media hosts by default (SSRF guard) and non-http URLs", async () => {
    const { channel, sock, stop } = await linked();
    const before = served.length;
    await expect(channel.sendMedia!({ accountId: "default", to: "+15551234567", text: "", mediaUrl: `${mediaBase}/cat.png` })).rejects.toMatchObject({
      code: "INVALID_REQUEST", message: expect.stringMatching(/refusing to fetch media .*private or special-use address/),
    });
    await expect(channel.sendMedia!({ accountId: "default", to: "+15551234567", text: "", mediaUrl: `http://localhost:${new URL(mediaBase).port}/cat.png` })).rejects.toThrow(/private or special-use/);
    await expect(channel.sendMedia!({ accountId: "default", to: "+15551234567", text: "", mediaUrl: "/etc/passwd" })).rejects.toThrow(/must be an http\(s\) URL or a data: URL/);
    await expect(channel.sendMedia!({ accountId: "default", to: "+15551234567", text: "", mediaUrl: "file:///etc/passwd" })).rejects.toThrow(/must be an http\(s\) URL/);
    expect(served.length).toBe(before);
    expect(sock.sent).toEqual([]);
    for (const ip of ["127.0.0.1", "10.1.2.3", "192.168.1.1", "172.20.0.1", "169.254.169.254", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "0.0.0.0"]) expect(isPrivateAddress(ip)).toBe(true);
    for (const ip of ["93.184.216.34", "2606:4700::1111", "8.8.8.8"]) expect(isPrivateAddress(ip)).toBe(false);
    await stop();
  });

  it("sends ogg audio as a voice note with the caption as its own message", async () => {
    const { channel, sock, stop } = await linked();
    await channel.sendMedia!({ accountId: "default", to: "+15551234567", text: "listen", mediaUrl: `data:audio/ogg;base64,${Buffer.from("OggS").toString("base64")}` });
    expect(sock.sent.map((s) => Object.keys(s.content).sort())).toEqual([["audio", "mimetype", "ptt"], ["text"]]);
    expect(sock.sent[0].content).toMatchObject({ mimetype: "audio/ogg; codecs=opus", ptt: true });
    expect(sock.sent[1].content).toEqual({ text: "listen" });
    await stop();
  });

  it("answers NOT_CONNECTED (retryable) before fetching anything when the linked account is not connected", async () => {
    const { channel, stop } = await linked({ allowPrivateMediaNetwork: true });
    await stop();
    const before = served.length;
    await expect(channel.sendMedia!({ accountId: "default", to: "+15551234567", text: "", mediaUrl: `${mediaBase}/cat.png` })).rejects.toMatchObject({ code: "UNAVAILABLE", details: { code: "NOT_CONNECTED" } });
    expect(served.length).toBe(before);
  });
});
