/** Telegram end to end: a message to the bot (fake Bot API) → agent (fake provider) → the answer in the same chat. */
import { afterEach, describe, expect, it } from "vitest";
import { lastUserText } from "../../helpers/fake-provider.js";
import { textUpdate } from "../../helpers/fake-telegram.js";
import { waitFor } from "../../helpers/gateway.js";
import { BOT, sentTexts, startRig, TOKEN, USER, type Rig } from "./helpers.js";

let rig: Rig | undefined;
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

describe("telegram inbound", () => {
  it("answers a direct message with the agent's reply, in HTML parse mode, in the same chat", async () => {
    rig = await startRig({ reply: (req) => ({ text: `**Echo**: ${lastUserText(req)}` }) });
    const { tg } = rig;
    await tg.waitForCall((c) => c.method === "getUpdates", 5000, "the first getUpdates");
    expect(tg.callsOf("getMe").length).toBeGreaterThanOrEqual(1);
    expect(tg.callsOf("deleteWebhook")).toHaveLength(1);

    rig.dm("hello <bot> & friends");
    const sent = await tg.waitForCall((c) => c.method === "sendMessage", 10_000, "the reply");
    expect(sent.body).toMatchObject({ chat_id: String(USER), parse_mode: "HTML", text: "<b>Echo</b>: hello &lt;bot&gt; &amp; friends" });
    // The agent saw the user's words and ran on the per-peer DM session.
    expect(lastUserText(rig.provider.requests[0])).toBe("hello <bot> & friends");
    const status = await (await rig.gw.client()).request<{ channelAccounts: { telegram: Array<Record<string, unknown>> } }>("channels.status", {});
    expect(status.channelAccounts.telegram[0]).toMatchObject({ accountId: "default", configured: true, linked: true, running: true, connected: true, mode: "polling", self: `@${BOT.username}`, tokenSource: "config" });
    expect(status.channelAccounts.telegram[0].lastInboundAt).toEqual(expect.any(Number));
    expect(status.channelAccounts.telegram[0].lastOutboundAt).toEqual(expect.any(Number));
    const history = await (await rig.gw.client()).request<{ messages: unknown[] }>("chat.history", { sessionKey: `agent:main:telegram:dm:${USER}` });
    expect(history.messages.length).toBe(2);
  });
});
