/**
 * Transcripts under load: the message size limit on every way in, the byte-bounded transcript cache, reading
 * only the tail of long transcripts, and rotation into segments that stay readable.
 */
import { describe, expect, it } from "vitest";
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { startTestGateway, TEST_TOKEN, waitFor, type TestGateway } from "../../helpers/gateway.js";
import { fakeProviderConfig, lastUserText } from "../../helpers/fake-provider.js";
import { useFakeProvider } from "../../helpers/use-fake-provider.js";
import agentPlugin from "../../../plugins/agent/index.js";
import { createOpenAiHttpPlugin } from "../../../plugins/openai-http/index.js";
import channelsPlugin from "../../../plugins/channels/index.js";
import { telegramPlugin } from "../../../plugins/telegram/index.js";
import { startFakeTelegram, textUpdate } from "../../helpers/fake-telegram.js";
import { BOT, FAST, TOKEN, USER, sentTexts, telegramConfig } from "../telegram/helpers.js";
import { definePlugin } from "../../../core/plugin-types.js";
import type { AgentService } from "../../../plugins/agent/contract.js";
import type { GatewayClient } from "../../../core/client.js";

const provider = useFakeProvider();
const plugins = [agentPlugin];

/** The fake provider's config with `agents.defaults` overrides (and, optionally, a larger model window). */
function config(defaults: Record<string, unknown>, contextWindow?: number): Record<string, unknown> {
  const base = fakeProviderConfig(provider) as { models: { providers: { fake: { models: Array<Record<string, unknown>> } } }; agents: { defaults: Record<string, unknown> } };
  if (contextWindow) base.models.providers.fake.models[0].contextWindow = contextWindow;
  return { ...base, agents: { ...base.agents, defaults: { ...base.agents.defaults, ...defaults } } };
}

/** Heap in use after full collections (the gateway runs in this process). */
const heapUsed = (() => {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  return () => {
    gc();
    gc();
    return process.memoryUsage().heapUsed;
  };
})();

const MB = 1024 * 1024;
type History = { sessionId: string; messages: Array<{ role: string; content: Array<{ text: string }> }> };
type Status = { agent: { transcriptCache: { bytes: number; budgetBytes: number; sessions: number } } };

async function turn(client: GatewayClient, message: string, key: string, sessionKey = "main"): Promise<void> {
  await client.request("agent", { message, sessionKey, idempotencyKey: key }, { expectFinal: true });
  provider.requests.splice(0); // the fake provider keeps every request body; this test measures the gateway's memory
}

/** Long texts compared by their start and length (a failed match then prints something readable). */
const short = (text: string) => (text.length > 40 ? `${text.slice(0, 12)}…(${text.length})` : text);

const sessionDir = (gw: TestGateway) => join(gw.stateDir, "agents", "main", "sessions");

describe("agent transcripts", () => {
  it("a message over agents.defaults.maxMessageBytes is refused with its size and the limit on every way in, and nothing is stored", async () => {
    let service: AgentService | undefined;
    const channelLike = definePlugin({ name: "channel-like", requires: ["agent"], setup: (api) => void (service = api.use<AgentService>("agent")) });
    const cfg = { ...config({ maxMessageBytes: 4096 }), gateway: { http: { endpoints: { chatCompletions: { enabled: true } } } } };
    const gw = await startTestGateway({ plugins: [...plugins, createOpenAiHttpPlugin(), channelLike], config: cfg });
    const before = provider.requests.length;
    const client = await gw.client();
    let acks = 0;
    client.on("accepted", () => acks++);
    const tooBig = { code: "INVALID_REQUEST", message: "message is 5,000 bytes; the limit is 4,096 (agents.defaults.maxMessageBytes): send a shorter message, or raise that limit in the config" };

    await expect(client.request("chat.send", { sessionKey: "main", message: "x".repeat(5000), idempotencyKey: "big-1" })).rejects.toMatchObject(tooBig);
    // Bytes, not characters: 2,500 "é" are 5,000 bytes of UTF-8.
    await expect(client.request("chat.send", { sessionKey: "main", message: "é".repeat(2500), idempotencyKey: "big-2" })).rejects.toMatchObject(tooBig);
    await expect(client.request("agent", { message: "x".repeat(5000), idempotencyKey: "big-3" }, { expectFinal: true })).rejects.toMatchObject(tooBig);
    expect(acks).toBe(0); // refused before an ack could promise a run

    const http = await fetch(`${gw.httpUrl}/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${TEST_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({ model: "openclaw", user: "u1", messages: [{ role: "user", content: "x".repeat(5000) }] }),
    });
    expect(http.status).toBe(400);
    expect(((await http.json()) as { error: { message: string } }).error.message).toBe(tooBig.message);

    // What the channels plugin does: call the service directly.
    await expect(service!.run({ message: "x".repeat(5000), sessionKey: "agent:main:telegram:dm:1" })).rejects.toMatchObject({ ...tooBig, details: { kind: "message_too_large", bytes: 5000, limitBytes: 4096 } });

    expect(provider.requests.length).toBe(before);
    expect((await client.request<History>("chat.history", { sessionKey: "main" })).messages).toEqual([]);
    // At the limit is fine.
    await client.request("agent", { message: "y".repeat(4096), idempotencyKey: "ok-1" }, { expectFinal: true });
    expect(lastUserText(provider.requests.at(-1)!)).toBe("y".repeat(4096));
  });

  it("a chat-channel message over the limit is answered with what is wrong, not the generic apology", async () => {
    const tg = await startFakeTelegram({ [TOKEN]: BOT });
    try {
      const cfg = { ...config({ maxMessageBytes: 1024 }), channels: { telegram: telegramConfig(tg.apiRoot) } };
      await startTestGateway({ plugins: [...plugins, channelsPlugin, telegramPlugin({ timings: FAST })], config: cfg });
      const before = provider.requests.length;
      tg.queueUpdate(TOKEN, textUpdate({ chatId: USER, fromId: USER, text: "é".repeat(600), messageId: 1 }));
      await waitFor(() => sentTexts(tg, USER).length === 1, 10_000, "the reply");
      expect(sentTexts(tg, USER)[0]).toBe("Sorry, that message is too long for me (1,200 bytes; the limit is 1,024). Please send a shorter one.");
      expect(provider.requests.length).toBe(before);
    } finally {
      await tg.close();
    }
  });

  it("hundreds of large messages on one session keep the transcript cache within its byte budget and the heap flat", async () => {
    provider.setReply(() => ({ text: "ok" }));
    const budget = 1 * MB;
    const gw = await startTestGateway({ plugins, config: config({ maxMessageBytes: 64 * 1024, transcriptCacheBytes: budget }) });
    const client = await gw.client();
    const big = (i: number) => `message ${i} `.padEnd(60_000, "z");
    for (let i = 0; i < 10; i++) await turn(client, big(i), `warm-${i}`);
    const before = heapUsed();
    const turns = 250; // 15 MB of user text: a cache bounded only by count would hold all of it
    for (let i = 10; i < 10 + turns; i++) {
      await turn(client, big(i), `big-${i}`);
      if (i % 50 === 0) expect((await client.request<Status>("status")).agent.transcriptCache.bytes).toBeLessThanOrEqual(budget);
    }
    const grown = heapUsed() - before;
    const { transcriptCache } = (await client.request<Status>("status")).agent;
    expect(transcriptCache.budgetBytes).toBe(budget);
    expect(transcriptCache.bytes).toBeLessThanOrEqual(budget);
    expect(grown).toBeLessThan(6 * MB);

    // Nothing was lost: the newest turns come back from disk, in order, within chat.history's reply cap.
    const history = await client.request<History>("chat.history", { sessionKey: "main", limit: 4 });
    expect(history.messages.map((m) => m.content[0].text.slice(0, 12))).toEqual([big(258).slice(0, 12), "ok", big(259).slice(0, 12), "ok"]);
  });

  it("sessions share one byte budget: least recently used ones are dropped from memory and read back from disk when needed", async () => {
    provider.setReply(() => ({ text: "ok" }));
    const budget = 256 * 1024;
    const gw = await startTestGateway({ plugins, config: config({ transcriptCacheBytes: budget }) });
    const client = await gw.client();
    for (let round = 0; round < 4; round++) {
      for (let s = 0; s < 5; s++) await turn(client, `s${s} r${round} `.padEnd(30_000, "q"), `lru-${s}-${round}`, `chat-${s}`);
    }
    const { transcriptCache } = (await client.request<Status>("status")).agent;
    expect(transcriptCache.bytes).toBeLessThanOrEqual(budget);
    expect(transcriptCache.sessions).toBeLessThan(5);
    for (let s = 0; s < 5; s++) {
      const history = await client.request<History>("chat.history", { sessionKey: `chat-${s}` });
      expect(history.messages.filter((m) => m.role === "user").map((m) => m.content[0].text.slice(0, 5))).toEqual([0, 1, 2, 3].map((r) => `s${s} r${r}`));
    }
  });

  it("chat.history and the model context read only the tail of a long transcript, not the whole file", async () => {
    const stateDir = mkdtempSync(join(tmpdir(), "ocgw-long-"));
    try {
      const dir = join(stateDir, "agents", "main", "sessions");
      mkdirSync(dir, { recursive: true });
      const sessionId = "0b1c2d3e-long-transcript";
      const file = join(dir, `${sessionId}.jsonl`);
      writeFileSync(file, `${JSON.stringify({ type: "session", version: 1, id: sessionId, sessionKey: "agent:main:main", timestamp: new Date().toISOString() })}\n`);
      const lines = 400; // ≈ 40 MB written before this gateway starts (as an old gateway would have left it)
      for (let i = 0; i < lines; i++) {
        const message = { role: i % 2 ? "assistant" : "user", content: [{ type: "text", text: `old ${i} `.padEnd(100_000, "w") }], timestamp: Date.now() };
        appendFileSync(file, `${JSON.stringify({ type: "message", id: `m${i}`, timestamp: new Date().toISOString(), message })}\n`);
      }
      writeFileSync(join(dir, "sessions.json"), JSON.stringify({ "agent:main:main": { sessionId, createdAt: Date.now(), updatedAt: Date.now() } }));

      const gw = await startTestGateway({ plugins, config: config({}, 120_000), stateDir });
      const client = await gw.client();
      const before = heapUsed();
      const history = await client.request<History>("chat.history", { sessionKey: "main", limit: 2 });
      expect(history.messages.map((m) => m.content[0].text.slice(0, 8))).toEqual(["old 398 ", "old 399 "]);
      await client.request("agent", { message: "and now?", idempotencyKey: "long-1" }, { expectFinal: true });
      // A 120,000-token window takes the last four 25,000-token messages (from a user turn), then the new one.
      const sent = provider.requests.at(-1)!.body.messages.slice(1).map((m) => String(m.content).slice(0, 8));
      expect(sent).toEqual(["old 396 ", "old 397 ", "old 398 ", "old 399 ", "and now?"]);
      provider.requests.splice(0);
      expect(heapUsed() - before).toBeLessThan(10 * MB);
    } finally {
      rmSync(stateDir, { recursive: true, force: true });
    }
  });

  it("a transcript past transcriptRotateBytes continues in a new segment; history and model context still span every segment, after a restart too", async () => {
    provider.setReply((req) => ({ text: `ok ${lastUserText(req).slice(0, 4)}` }));
    const stateDir = mkdtempSync(join(tmpdir(), "ocgw-rotate-"));
    try {
      const rotate = 64 * 1024;
      const cfg = (defaults: Record<string, unknown>) => config({ transcriptRotateBytes: rotate, ...defaults }, 400_000);
      const first = await startTestGateway({ plugins, config: cfg({}), stateDir });
      let client = await first.client();
      const text = (i: number) => `t${i.toString().padStart(2, "0")} `.padEnd(20_000, "r");
      for (let i = 0; i < 12; i++) await client.request("agent", { message: text(i), idempotencyKey: `rot-${i}` }, { expectFinal: true });
      const expected = Array.from({ length: 12 }, (_, i) => [short(text(i)), `ok ${text(i).slice(0, 4)}`]).flat();

      const { sessionId } = await client.request<History>("chat.history", { sessionKey: "main" });
      const files = readdirSync(sessionDir(first)).filter((f) => f.startsWith(sessionId)).sort();
      expect(files.length).toBeGreaterThanOrEqual(4); // 240 kB in segments of at most 64 kB
      expect(files).toContain(`${sessionId}.1.jsonl`);
      expect(files).toContain(`${sessionId}.jsonl`);
      for (const f of files) expect(statSync(join(sessionDir(first), f)).size).toBeLessThanOrEqual(rotate);
      expect(first.logs.some((l) => l.includes(`archived as ${sessionId}.1.jsonl`))).toBe(true);

      const texts = (h: History) => h.messages.map((m) => short(m.content[0].text));
      expect(texts(await client.request<History>("chat.history", { sessionKey: "main", limit: 1000 }))).toEqual(expected);
      // The model saw the first turn (now in the oldest archived segment) on the last one.
      expect(provider.requests.at(-1)!.body.messages[1]).toMatchObject({ role: "user" });
      expect(short(String(provider.requests.at(-1)!.body.messages[1].content))).toBe(short(text(0)));
      await first.stop();

      // A fresh process with no cache at all reads every segment from disk.
      let service: AgentService | undefined;
      const grab = definePlugin({ name: "grab-agent", requires: ["agent"], setup: (api) => void (service = api.use<AgentService>("agent")) });
      const second = await startTestGateway({ plugins: [...plugins, grab], config: cfg({ transcriptCacheBytes: 0 }), stateDir });
      client = await second.client();
      const status = await service!.tools.invoke("session_status", {}, { agentId: "main", sessionKey: "agent:main:main", signal: new AbortController().signal });
      expect(status).toMatchObject({ sessionId, messages: 24 }); // counted across every segment
      expect(texts(await client.request<History>("chat.history", { sessionKey: "main", limit: 1000 }))).toEqual(expected);
      expect(texts(await client.request<History>("chat.history", { sessionKey: "main", limit: 3 }))).toEqual(expected.slice(-3));
      await client.request("agent", { message: "last", idempotencyKey: "rot-last" }, { expectFinal: true });
      expect(provider.requests.at(-1)!.body.messages.slice(1).map((m) => short(String(m.content)))).toEqual([...expected, "last"]);
      await second.stop();

      // The owner removed the oldest segment by hand: history starts later, and new segments never reuse its name.
      const dir = sessionDir(second);
      const oldest = readFileSync(join(dir, `${sessionId}.1.jsonl`), "utf8").split("\n").filter((l) => l.startsWith('{"type":"message"')).length;
      rmSync(join(dir, `${sessionId}.1.jsonl`));
      const highest = Math.max(...readdirSync(dir).map((f) => Number(/\.(\d+)\.jsonl$/.exec(f)?.[1] ?? 0)));
      const third = await startTestGateway({ plugins: [...plugins, grab], config: cfg({ transcriptCacheBytes: 0 }), stateDir });
      client = await third.client();
      const rest = [...expected, "last", "ok last"].slice(oldest);
      expect(texts(await client.request<History>("chat.history", { sessionKey: "main", limit: 1000 }))).toEqual(rest);
      for (let i = 0; i < 4; i++) await client.request("agent", { message: text(i), idempotencyKey: `rot-more-${i}` }, { expectFinal: true });
      const after = readdirSync(dir).filter((f) => f.startsWith(sessionId));
      expect(after).not.toContain(`${sessionId}.1.jsonl`);
      expect(after).toContain(`${sessionId}.${highest + 1}.jsonl`);
      expect(texts(await client.request<History>("chat.history", { sessionKey: "main", limit: 1000 })).slice(0, rest.length)).toEqual(rest);
      expect(await service!.tools.invoke("session_status", {}, { agentId: "main", sessionKey: "agent:main:main", signal: new AbortController().signal })).toMatchObject({ messages: rest.length + 8 });
      await third.stop();
    } finally {
      rmSync(stateDir, { recursive: true, force: true });
    }
  });
});
