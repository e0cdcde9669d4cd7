/** Groups (allowlist, mention gating, replies to the bot), agent failures, the message tool, webhook mode and OPENCLAW_SKIP_CHANNELS. */
import { afterEach, describe, expect, it } from "vitest";
import { textUpdate } from "../../helpers/fake-telegram.js";
import { lastUserText } from "../../helpers/fake-provider.js";
import { waitFor } from "../../helpers/gateway.js";
import { BOT, sentTexts, startRig, TOKEN, USER, type Rig } from "./helpers.js";
import { APOLOGY_TEXT } from "../../../plugins/channels/router.js";

let rig: Rig | undefined;
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
  delete process.env.OPENCLAW_SKIP_CHANNELS;
});

const GROUP = -100123;

describe("telegram groups", () => {
  it("answers in an allowed group only when mentioned or replied to, on the group's session", async () => {
    rig = await startRig({ telegram: { groups: { [GROUP]: {} } } });
    const { tg } = rig;
    const group = (text: string, messageId: number, extra: Parameters<typeof textUpdate>[0] extends infer O ? Partial<O> : never = {}) =>
      tg.queueUpdate(TOKEN, textUpdate({ chatId: GROUP, fromId: USER, group: true, text, messageId, ...extra }));
    group("just chatting", 1);
    tg.queueUpdate(TOKEN, textUpdate({ chatId: -100999, fromId: USER, group: true, text: `@${BOT.username} other group`, messageId: 2 }));
    group(`hey @${BOT.username} what's up`, 3, { entities: [{ type: "mention", offset: 4, length: BOT.username.length + 1 }] });
    await waitFor(() => sentTexts(tg, GROUP).length === 1, 10_000, "the group answer");
    await tg.handled(TOKEN);
    const answer = tg.callsOf("sendMessage")[0].body;
    expect(answer).toMatchObject({ chat_id: String(GROUP), reply_parameters: { message_id: 3, allow_sending_without_reply: true } });
    expect(lastUserText(rig.provider.requests[0])).toBe(`Ada: hey @${BOT.username} what's up`);

    group("and a reply to the bot", 4, { replyTo: { message_id: 500, date: 0, chat: { id: GROUP, type: "supergroup" }, from: { id: BOT.id, is_bot: true, first_name: "Claw" } } });
    await waitFor(() => sentTexts(tg, GROUP).length === 2, 10_000, "the answer to the reply");
    tg.queueUpdate(TOKEN, textUpdate({ chatId: GROUP, fromId: 999, group: true, text: `@${BOT.username} me too`, messageId: 5 }));
    await tg.handled(TOKEN);
    expect(sentTexts(tg, GROUP)).toHaveLength(2); // 999 is not in allowFrom
    const history = await (await rig.gw.client()).request<{ messages: unknown[] }>("chat.history", { sessionKey: `agent:main:telegram:group:${GROUP}` });
    expect(history.messages).toHaveLength(4);
  });
});

describe("telegram failures and extras", () => {
  it("an agent failure gets a short apology and shows as lastError; the gateway keeps serving", async () => {
    rig = await startRig({ reply: () => ({ status: 400, error: { message: "this model does not exist", type: "invalid_request_error" } }) });
    rig.dm("hello?");
    await waitFor(() => sentTexts(rig!.tg, USER).length === 1, 10_000, "the apology");
    expect(sentTexts(rig.tg, USER)[0]).toBe(APOLOGY_TEXT);
    const status = await (await rig.gw.client()).request<{ channelAccounts: { telegram: Array<{ lastError: string }> } }>("channels.status", {});
    expect(status.channelAccounts.telegram[0].lastError).toMatch(/^reply failed: /);
    rig.provider.setReply(() => ({ text: "better now" }));
    rig.dm("again");
    await waitFor(() => sentTexts(rig!.tg, USER).length === 2, 10_000, "the answer");
    expect(sentTexts(rig.tg, USER)[1]).toBe("better now");
  });

  it("the agent can message someone else with the `message` tool", async () => {
    rig = await startRig({
      reply: (req, i) => (i === 0 ? { toolCalls: [{ name: "message", arguments: { to: "5150", message: "note from the assistant", channel: "telegram" } }] } : { text: `done (${lastUserText(req)})` }),
    });
    rig.dm("tell 5150 hi");
    await waitFor(() => sentTexts(rig!.tg, USER).length === 1, 10_000, "the final answer");
    expect(sentTexts(rig.tg, 5150)).toEqual(["note from the assistant"]);
    expect(rig.provider.requests[0].body.tools?.map((t) => t.function.name)).toContain("message");
  });

  it("webhook mode: setWebhook with the secret, updates POSTed to the gateway path are answered", async () => {
    rig = await startRig({ telegram: { webhookUrl: "https://bot.example.com/telegram-webhook", webhookSecret: "s3cret-token" } });
    const set = await rig.tg.waitForCall((c) => c.method === "setWebhook", 5000);
    expect(set.body).toEqual({ url: "https://bot.example.com/telegram-webhook", secret_token: "s3cret-token" });
    expect(rig.tg.callsOf("getUpdates")).toHaveLength(0);
    const post = (secret: string, body: unknown) =>
      fetch(`${rig!.gw.httpUrl}/telegram-webhook`, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret }, body: JSON.stringify(body) });
    const update = { update_id: 1, ...textUpdate({ chatId: USER, fromId: USER, text: "via webhook", messageId: 77 }) };
    expect((await post("wrong", update)).status).toBe(401);
    for (;;) {
      const res = await post("s3cret-token", update);
      if (res.status === 200) break;
      expect(res.status).toBe(503); // not running yet
      await new Promise((r) => setTimeout(r, 20));
    }
    await waitFor(() => sentTexts(rig!.tg, USER).length === 1, 10_000, "the webhook answer");
    expect(sentTexts(rig.tg, USER)).toEqual(["Echo: via webhook"]);
    expect((await post("s3cret-token", update)).status).toBe(200); // a retried delivery is deduped
    await new Promise((r) => setTimeout(r, 200));
    expect(sentTexts(rig.tg, USER)).toHaveLength(1);
  });

  it("OPENCLAW_SKIP_CHANNELS=1 starts no poller, but send still works", async () => {
    process.env.OPENCLAW_SKIP_CHANNELS = "1";
    rig = await startRig();
    const client = await rig.gw.client({ scopes: ["operator.write", "operator.read"] });
    await client.request("send", { to: String(USER), message: "hi", idempotencyKey: "skip" });
    expect(rig.tg.callsOf("getUpdates")).toHaveLength(0);
    const status = await client.request<{ channelAccounts: { telegram: Array<Record<string, unknown>> } }>("channels.status", {});
    expect(status.channelAccounts.telegram[0]).toMatchObject({ running: false, mode: "skipped", configured: true, linked: true });
  });
});
