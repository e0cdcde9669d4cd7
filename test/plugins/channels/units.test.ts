/** The channel host's pure parts: chunking, access decisions, the pairing store, the durable dedupe store. */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chunkText } from "../../../plugins/channels/chunk.js";
import { decideAccess, sessionKeyFor } from "../../../plugins/channels/policy.js";
import { PairingStore, PAIRING_CODE_ALPHABET, PAIRING_TTL_MS } from "../../../plugins/channels/pairing-store.js";
import { InboundDedupe } from "../../../plugins/channels/dedupe-store.js";
import { createLogger, LogSink } from "../../../core/log.js";
import type { ChannelAccessConfig, InboundMessage } from "../../../plugins/channels/contract.js";

const log = createLogger(new LogSink({ write: () => undefined }), "test");
const tmp = () => mkdtempSync(join(tmpdir(), "ocgw-channels-"));

describe("chunkText", () => {
  it("keeps short text whole and prefers paragraph, then line, then word boundaries", () => {
    expect(chunkText("  hello  ", 10)).toEqual(["hello"]);
    expect(chunkText("aaaa bbbb\n\ncccc dddd", 12)).toEqual(["aaaa bbbb", "cccc dddd"]);
    expect(chunkText("aaaa bbbb\ncccc dddd", 12)).toEqual(["aaaa bbbb", "cccc dddd"]);
    expect(chunkText("aaaa bbbb cccc dddd", 12)).toEqual(["aaaa bbbb", "cccc dddd"]);
    expect(chunkText("x".repeat(25), 10)).toEqual(["x".repeat(10), "x".repeat(10), "x".repeat(5)]);
  });

  it("never exceeds the limit, never loses words, never splits a surrogate pair", () => {
    const words = Array.from({ length: 3000 }, (_, i) => `w${i}${i % 17 === 0 ? "\n\n" : i % 5 === 0 ? "\n" : " "}`).join("");
    const chunks = chunkText(words, 4000);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(4000);
    expect(chunks.join(" ").split(/\s+/).filter(Boolean)).toEqual(words.split(/\s+/).filter(Boolean));
    const emoji = "😀".repeat(10); // 20 UTF-16 units
    for (const c of chunkText(emoji, 5)) expect(c).toMatch(/^(😀)+$/u);
  });
});

describe("decideAccess", () => {
  const dm = (senderId: string, extra: Partial<InboundMessage> = {}): InboundMessage => ({ accountId: "default", chatId: senderId, chatType: "direct", senderId, messageId: "1", text: "hi", timestamp: 0, ...extra });
  const group = (senderId: string, mentioned: boolean, chatId = "-1"): InboundMessage => ({ ...dm(senderId), chatType: "group", chatId, mentioned });
  const access = (a: Partial<ChannelAccessConfig>): ChannelAccessConfig => ({ dmPolicy: "pairing", allowFrom: [], groupPolicy: "allowlist", ...a });
  const decide = (message: InboundMessage, a: Partial<ChannelAccessConfig>, store: string[] = []) =>
    decideAccess({ message, access: access(a), storeAllowFrom: store, normalize: (e) => e.trim().replace(/^tg:/, "") }).action;

  it("DMs: pairing asks unknown senders to pair; allowlist drops them; open and disabled do what they say", () => {
    expect(decide(dm("5"), {})).toBe("pair");
    expect(decide(dm("5"), { allowFrom: ["tg:5"] })).toBe("accept");
    expect(decide(dm("5"), {}, ["5"])).toBe("accept");
    expect(decide(dm("5"), { dmPolicy: "allowlist" })).toBe("drop");
    expect(decide(dm("5"), { dmPolicy: "allowlist" }, ["5"])).toBe("accept");
    expect(decide(dm("5"), { dmPolicy: "open", allowFrom: ["*"] })).toBe("accept");
    expect(decide(dm("5"), { dmPolicy: "disabled", allowFrom: ["5"] })).toBe("drop");
    expect(decide(dm("5", { fromSelf: true }), { dmPolicy: "disabled" })).toBe("accept");
  });

  it("groups: sender allowlist (groupAllowFrom, else allowFrom), the groups map with \"*\", mention gating", () => {
    expect(decide(group("5", true), {})).toBe("drop");
    expect(decide(group("5", true), { allowFrom: ["5"] })).toBe("accept");
    expect(decide(group("5", false), { allowFrom: ["5"] })).toBe("drop");
    expect(decide(group("5", true), { allowFrom: ["5"], groupAllowFrom: ["6"] })).toBe("drop");
    expect(decide(group("5", true), { groupPolicy: "open" })).toBe("accept");
    expect(decide(group("5", true), { groupPolicy: "disabled", allowFrom: ["*"] })).toBe("drop");
    expect(decide(group("5", true, "-7"), { groupPolicy: "open", groups: { "-1": {} } })).toBe("drop");
    expect(decide(group("5", false, "-7"), { groupPolicy: "open", groups: { "*": { requireMention: false } } })).toBe("accept");
    expect(decide(group("5", false, "-1"), { groupPolicy: "open", groups: { "*": { requireMention: false }, "-1": { requireMention: true } } })).toBe("drop");
  });

  it("session keys: one per DM peer, one per group (and forum topic)", () => {
    expect(sessionKeyFor("main", "telegram", dm("42"))).toBe("agent:main:telegram:dm:42");
    expect(sessionKeyFor("main", "telegram", group("42", true, "-100"))).toBe("agent:main:telegram:group:-100");
    expect(sessionKeyFor("ops", "telegram", { ...group("42", true, "-100"), threadId: "7" })).toBe("agent:ops:telegram:group:-100:topic:7");
  });
});

describe("PairingStore", () => {
  it("creates 8-character codes from the unambiguous alphabet, once per sender, at most 3 pending per account", async () => {
    const store = new PairingStore(tmp());
    const a = await store.upsert("telegram", "default", "1");
    expect(a.status).toBe("created");
    const code = a.status === "created" ? a.request.code : "";
    expect(code).toMatch(new RegExp(`^[${PAIRING_CODE_ALPHABET}]{8}$`));
    expect(code).not.toMatch(/[0O1I]/);
    expect((await store.upsert("telegram", "default", "1")).status).toBe("pending");
    await store.upsert("telegram", "default", "2");
    await store.upsert("telegram", "default", "3");
    expect((await store.upsert("telegram", "default", "4")).status).toBe("full");
    expect((await store.upsert("telegram", "work", "4")).status).toBe("created"); // per account
    expect(await store.list("telegram", "default")).toHaveLength(3);
  });

  it("expires requests after an hour and approves into <channel>-<account>-allowFrom.json (legacy file honoured for default)", async () => {
    const dir = tmp();
    let now = Date.UTC(2026, 0, 1);
    const store = new PairingStore(dir, () => now);
    const created = await store.upsert("telegram", "default", "1", { name: "Ada" });
    now += PAIRING_TTL_MS + 1;
    expect(await store.list("telegram")).toEqual([]);
    expect(await store.approve("telegram", created.status === "created" ? created.request.code : "")).toBeUndefined();
    const fresh = await store.upsert("telegram", "default", "1");
    expect(fresh.status).toBe("created");
    const approved = await store.approve("telegram", fresh.status === "created" ? fresh.request.code.toLowerCase() : "");
    expect(approved).toMatchObject({ accountId: "default", request: { id: "1" } });
    expect(JSON.parse(readFileSync(join(dir, "credentials", "telegram-default-allowFrom.json"), "utf8"))).toEqual({ version: 1, allowFrom: ["1"] });
    writeFileSync(join(dir, "credentials", "telegram-allowFrom.json"), JSON.stringify({ version: 1, allowFrom: ["99"] }));
    expect(await store.allowFrom("telegram", "default")).toEqual(["1", "99"]);
    expect(await store.allowFrom("telegram", "work")).toEqual([]);
  });

  it("refuses to overwrite a damaged file", async () => {
    const dir = tmp();
    mkdirSync(join(dir, "credentials"), { recursive: true });
    writeFileSync(join(dir, "credentials", "telegram-pairing.json"), "{not json");
    const store = new PairingStore(dir);
    await expect(store.upsert("telegram", "default", "1")).rejects.toThrow(/not valid JSON/);
    expect(readFileSync(join(dir, "credentials", "telegram-pairing.json"), "utf8")).toBe("{not json");
  });
});

describe("InboundDedupe", () => {
  it("survives a restart, keeps the newest 5000 keys and forgets keys older than 7 days", async () => {
    const dir = tmp();
    let now = 1_000_000;
    const first = new InboundDedupe(dir, log, { now: () => now });
    await first.load();
    const key = InboundDedupe.key("telegram", "default", "42", "7");
    expect(first.claim(key).fresh).toBe(true);
    expect(first.claim(key).fresh).toBe(false);
    for (let i = 0; i < 5100; i++) first.claim(InboundDedupe.key("telegram", "default", "42", `m${i}`));
    await first.flush();
    expect(first.size).toBe(5000);

    const second = new InboundDedupe(dir, log, { now: () => now });
    await second.load();
    expect(second.size).toBe(5000);
    expect(second.has(key)).toBe(false); // the oldest were dropped
    expect(second.claim(InboundDedupe.key("telegram", "default", "42", "m5099")).fresh).toBe(false);

    now += 7 * 24 * 3600_000 + 1;
    const third = new InboundDedupe(dir, log, { now: () => now });
    await third.load();
    expect(third.size).toBe(0);
  });
});
