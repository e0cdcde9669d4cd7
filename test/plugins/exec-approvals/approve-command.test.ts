/**
 * `/approve <id> allow-once|allow-always|deny` from Telegram (fake Bot API server): the owner named in
 * allowFrom answers a pending exec approval; another sender who may chat (dmPolicy open) is refused.
 */
import { afterEach, describe, expect, it } from "vitest";
import presence from "../../../plugins/presence/index.js";
import nodes from "../../../plugins/nodes/index.js";
import agent from "../../../plugins/agent/index.js";
import channels from "../../../plugins/channels/index.js";
import { telegramPlugin } from "../../../plugins/telegram/index.js";
import execApprovals from "../../../plugins/exec-approvals/index.js";
import { startFakeTelegram, textUpdate, type FakeTelegram } from "../../helpers/fake-telegram.js";
import { startFakeProvider, fakeProviderConfig, type FakeProvider } from "../../helpers/fake-provider.js";
import { startTestGateway, stopAllTestGateways } from "../../helpers/gateway.js";
import { BOT, FAST, TOKEN, USER, sentTexts, telegramConfig } from "../telegram/helpers.js";

const STRANGER = 777001;
let tg: FakeTelegram | undefined;
let provider: FakeProvider | undefined;
afterEach(async () => {
  await stopAllTestGateways();
  await tg?.close();
  await provider?.close();
});

describe("/approve from a chat channel", () => {
  it("lets the allowFrom owner answer, refuses other senders, explains bad input", async () => {
    tg = await startFakeTelegram({ [TOKEN]: BOT });
    provider = await startFakeProvider({ reply: () => ({ text: "the agent should not be asked" }) });
    const config = { ...fakeProviderConfig(provider), channels: { telegram: telegramConfig(tg.apiRoot, { dmPolicy: "open", allowFrom: ["*", String(USER)] }) } };
    const gw = await startTestGateway({ plugins: [presence, nodes, agent, channels, telegramPlugin({ timings: FAST }), execApprovals], config });
    const op = await gw.client();
    await tg.waitForCall((c) => c.method === "getUpdates", 5000, "the first getUpdates");
    let messageId = 1;
    const say = async (from: number, text: string) => {
      const before = sentTexts(tg!, from).length;
      tg!.queueUpdate(TOKEN, textUpdate({ chatId: from, fromId: from, text, messageId: messageId++ }));
      await tg!.waitForCall(() => sentTexts(tg!, from).length > before, 10_000, `the answer to ${text}`);
      return sentTexts(tg!, from).at(-1)!;
    };
    const ask = (argv: string[]) => {
      const final = op.request<{ id: string; decision: string | null }>("exec.approval.request",
        { command: argv.join(" "), commandArgv: argv, host: "gateway", agentId: "main", timeoutMs: 30_000 }, { expectFinal: true, timeoutMs: 35_000 });
      final.catch(() => undefined); // awaited below
      return final;
    };
    const pendingId = async () => (await op.request<Array<{ id: string }>>("exec.approval.list", {}))[0]!.id;

    const first = ask(["/usr/bin/uname", "-a"]);
    const id = await pendingId();
    // A sender who may chat but is not named in allowFrom (only by "*"): refused, the approval stays pending.
    expect(await say(STRANGER, `/approve ${id} allow-once`)).toMatch(new RegExp(`Only the owner can answer exec approvals from telegram.*add ${STRANGER} to the channel's allowFrom`));
    expect((await op.request<{ status: string }>("exec.approval.get", { id })).status).toBe("pending");
    // The owner: bad input is explained, then the approval is answered.
    expect(await say(USER, `/approve ${id}`)).toBe("Usage: /approve &lt;id&gt; allow-once|allow-always|deny");
    expect(await say(USER, `/approve ${id} maybe`)).toMatch(/^Usage: \/approve/);
    expect(await say(USER, "/approve not-an-approval deny")).toBe("/approve failed: unknown or expired approval id");
    expect(await say(USER, `/approve ${id} allow-once`)).toBe("Approved once: /usr/bin/uname -a");
    expect(await first).toMatchObject({ id, decision: "allow-once" });
    expect(await op.request("exec.approval.get", { id })).toMatchObject({ status: "allowed", resolvedBy: `channel:telegram:${USER}` });

    const second = ask(["/bin/rm", "-rf", "/tmp/x"]);
    const id2 = await pendingId();
    expect(await say(USER, `/approve ${id2} deny`)).toBe("Denied: /bin/rm -rf /tmp/x");
    expect(await second).toMatchObject({ decision: "deny" });
    // None of these reached the agent.
    expect(provider.requests).toHaveLength(0);
  }, 60_000);
});
