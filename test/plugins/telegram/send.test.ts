/** `send` through Telegram: idempotent replay, NOT_LINKED, chunking, HTML fallback, media. */
import { afterEach, describe, expect, it } from "vitest";
import { GatewayRequestError } from "../../../core/client.js";
import { startRig, TOKEN, TOKEN_B, USER, type Rig } from "./helpers.js";

let rig: Rig | undefined;
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

const PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

describe("send via telegram", () => {
  it("50 concurrent sends with one idempotencyKey make one sendMessage and 50 identical answers", async () => {
    rig = await startRig();
    const client = await rig.gw.client({ scopes: ["operator.write"] });
    const results = await Promise.all(Array.from({ length: 50 }, () => client.request("send", { to: String(USER), message: "once", channel: "telegram", idempotencyKey: "k-1" })));
    expect(rig.tg.callsOf("sendMessage")).toHaveLength(1);
    const first = results[0] as Record<string, unknown>;
    expect(first).toMatchObject({ runId: "k-1", channel: "telegram", accountId: "default", chatId: String(USER), messageId: expect.any(String) });
    for (const r of results) expect(r).toEqual(first);
    // A later repeat replays too; a new key sends again.
    expect(await client.request("send", { to: String(USER), message: "once", idempotencyKey: "k-1" })).toEqual(first);
    await client.request("send", { to: String(USER), message: "twice", idempotencyKey: "k-2" });
    expect(rig.tg.callsOf("sendMessage")).toHaveLength(2);
  });

  it("NOT_LINKED for an account without a token; INVALID_REQUEST for unknown channels and accounts", async () => {
    rig = await startRig({ telegram: { accounts: { work: { enabled: true } } } });
    const client = await rig.gw.client({ scopes: ["operator.write"] });
    const err = await client.request("send", { to: "1", message: "x", channel: "telegram", accountId: "work", idempotencyKey: "a" }).catch((e: GatewayRequestError) => e);
    expect(err).toBeInstanceOf(GatewayRequestError);
    expect(err).toMatchObject({ code: "NOT_LINKED", details: { channel: "telegram", accountId: "work" } });
    expect((err as Error).message).toMatch(/Telegram account "work" is not linked: no bot token: set channels\.telegram\.accounts\.work\.botToken/);
    await expect(client.request("send", { to: "1", message: "x", channel: "signal", idempotencyKey: "b" })).rejects.toMatchObject({ code: "INVALID_REQUEST", message: expect.stringContaining('unknown channel "signal" (available: telegram)') });
    await expect(client.request("send", { to: "1", message: "x", accountId: "nope", idempotencyKey: "c" })).rejects.toMatchObject({ code: "INVALID_REQUEST", message: expect.stringContaining('unknown telegram account "nope"') });
    await expect(client.request("send", { to: "1", idempotencyKey: "d" })).rejects.toMatchObject({ code: "INVALID_REQUEST", message: "send needs a message or a mediaUrl" });
    await expect(client.request("send", { to: "1", mediaUrl: "/etc/passwd", idempotencyKey: "e" })).rejects.toMatchObject({ code: "INVALID_REQUEST", message: expect.stringContaining("mediaUrl must be an http(s) URL or a data: URL") });
    const read = await rig.gw.client({ scopes: ["operator.read"] });
    await expect(read.request("send", { to: "1", message: "x", idempotencyKey: "f" })).rejects.toThrow(/missing scope: operator\.write/);
  });

  it("NOT_LINKED when Telegram refuses the token, with the token never shown", async () => {
    rig = await startRig({ telegram: { botToken: "7099999999:AAUnknownTokenUnknownTokenUnknown_xyz1" } });
    const client = await rig.gw.client({ scopes: ["operator.write", "operator.read"] });
    const status = async () => (await client.request<{ channelAccounts: { telegram: Array<Record<string, unknown>> } }>("channels.status", {})).channelAccounts.telegram[0];
    for (let i = 0; i < 100 && (await status()).mode !== "unauthorized"; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await status()).toMatchObject({ linked: false, running: false, mode: "unauthorized", lastError: expect.stringContaining("the bot token was rejected") });
    await expect(client.request("send", { to: "1", message: "x", idempotencyKey: "g" })).rejects.toMatchObject({ code: "NOT_LINKED" });
    expect(rig.logs.join("")).not.toContain("AAUnknownTokenUnknownTokenUnknown_xyz1");
  });

  it("splits long text at paragraph boundaries under 4000 characters", async () => {
    rig = await startRig();
    const client = await rig.gw.client({ scopes: ["operator.write"] });
    const para = (c: string) => `${c.repeat(1500)}`;
    const text = [para("a"), para("b"), para("c"), para("d"), para("e")].join("\n\n");
    const res = await client.request<{ messageIds: string[] }>("send", { to: String(USER), message: text, idempotencyKey: "long" });
    const sent = rig.tg.callsOf("sendMessage").map((c) => String(c.body.text));
    expect(sent).toEqual([`${para("a")}\n\n${para("b")}`, `${para("c")}\n\n${para("d")}`, para("e")]);
    expect(res.messageIds).toHaveLength(3);
  });

  it("falls back to plain text when Telegram cannot parse the HTML", async () => {
    rig = await startRig();
    rig.tg.rejectHtml = true;
    const client = await rig.gw.client({ scopes: ["operator.write"] });
    await client.request("send", { to: String(USER), message: "**bold** and <tag>", idempotencyKey: "html" });
    const [html, plain] = rig.tg.callsOf("sendMessage");
    expect(html.body).toMatchObject({ parse_mode: "HTML", text: "<b>bold</b> and &lt;tag&gt;" });
    expect(plain.body).toEqual({ chat_id: String(USER), text: "**bold** and <tag>" });
  });

  it("sends media: a data: URL is uploaded as a photo with the caption, a URL goes to Telegram as a document", async () => {
    rig = await startRig();
    const client = await rig.gw.client({ scopes: ["operator.write"] });
    await client.request("send", { to: String(USER), message: "a dot", mediaUrl: PNG, idempotencyKey: "m1" });
    const photo = rig.tg.callsOf("sendPhoto")[0];
    expect(photo.body).toMatchObject({ chat_id: String(USER), caption: "a dot", parse_mode: "HTML", photo: { filename: "file.png", size: 70 } });
    await client.request("send", { to: `tg:${USER}`, mediaUrl: "https://example.com/report.pdf", idempotencyKey: "m2" });
    expect(rig.tg.callsOf("sendDocument")[0].body).toEqual({ chat_id: String(USER), document: "https://example.com/report.pdf" });
    const long = "x".repeat(1500); // too long for a caption: media first, then the text
    await client.request("send", { to: String(USER), message: long, mediaUrl: "https://example.com/cat.jpg", idempotencyKey: "m3" });
    expect(rig.tg.callsOf("sendPhoto")[1].body).toEqual({ chat_id: String(USER), photo: "https://example.com/cat.jpg" });
    expect(rig.tg.callsOf("sendMessage").at(-1)?.body.text).toBe(long);
  });

  it("grammY's API throttler is on by default: messages to one chat leave at least a second apart", async () => {
    rig = await startRig({ telegram: { throttle: undefined } });
    const client = await rig.gw.client({ scopes: ["operator.write"] });
    await Promise.all([1, 2].map((i) => client.request("send", { to: String(USER), message: `n${i}`, idempotencyKey: `t${i}` })));
    const [a, b] = rig.tg.callsOf("sendMessage");
    expect(b.at - a.at).toBeGreaterThanOrEqual(900);
  });

  it("a second account with its own token sends through its own bot", async () => {
    rig = await startRig({ telegram: { accounts: { work: { botToken: TOKEN_B } } } });
    const client = await rig.gw.client({ scopes: ["operator.write"] });
    await client.request("send", { to: "5", message: "from work", accountId: "work", idempotencyKey: "w" });
    expect(rig.tg.callsOf("sendMessage", TOKEN_B)).toHaveLength(1);
    expect(rig.tg.callsOf("sendMessage", TOKEN)).toHaveLength(0);
  });
});
