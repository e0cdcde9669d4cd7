/** DM pairing over Telegram: an unknown sender gets a code and no answer until the owner approves it. */
import { afterEach, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { waitFor } from "../../helpers/gateway.js";
import { sentTexts, startRig, TOKEN, type Rig } from "./helpers.js";
import { PAIRING_CODE_ALPHABET } from "../../../plugins/channels/pairing-store.js";

let rig: Rig | undefined;
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

const STRANGER = 777001;

describe("telegram DM pairing", () => {
  it("sends a code once, does not run the agent, and answers after channels.pairing.approve", async () => {
    rig = await startRig({ telegram: { dmPolicy: "pairing", allowFrom: [] } });
    const { tg, provider } = rig;
    rig.dm("hi, who are you?", { fromId: STRANGER });
    await waitFor(() => sentTexts(tg, STRANGER).length === 1, 10_000, "the pairing message");
    const text = sentTexts(tg, STRANGER)[0];
    const code = /Pairing code: ([A-Z0-9]{8})/.exec(text)?.[1] as string;
    expect(code).toBeDefined();
    expect([...code].every((c) => PAIRING_CODE_ALPHABET.includes(c))).toBe(true);
    expect(text).toContain(`Your Telegram id: ${STRANGER}`);
    expect(text).toContain(`openclaw pairing approve telegram ${code}`);

    // A second message while the request is pending: no second code, still no agent run.
    rig.dm("hello??", { fromId: STRANGER });
    await tg.handled(TOKEN);
    expect(sentTexts(tg, STRANGER)).toHaveLength(1);
    expect(provider.requests).toHaveLength(0);

    const admin = await rig.gw.client({ scopes: ["operator.pairing"] });
    const list = await admin.request<{ requests: Array<Record<string, unknown>> }>("channels.pairing.list", { channel: "telegram" });
    expect(list.requests).toEqual([expect.objectContaining({ channel: "telegram", accountId: "default", id: String(STRANGER), code })]);
    expect(list).toMatchObject({ limits: { pendingPerAccount: 3, ttlMs: 3_600_000 } });
    const stored = JSON.parse(readFileSync(join(rig.gw.stateDir, "credentials", "telegram-pairing.json"), "utf8"));
    expect(stored).toMatchObject({ version: 1, requests: [{ id: String(STRANGER), code, meta: { accountId: "default", chatId: String(STRANGER), name: "Ada" } }] });

    const approved = await admin.request<Record<string, unknown>>("channels.pairing.approve", { channel: "telegram", code: code.toLowerCase() });
    expect(approved).toMatchObject({ channel: "telegram", accountId: "default", id: String(STRANGER), approved: true, notified: true });
    expect(sentTexts(tg, STRANGER)[1]).toContain("you are approved");
    expect(JSON.parse(readFileSync(join(rig.gw.stateDir, "credentials", "telegram-default-allowFrom.json"), "utf8"))).toEqual({ version: 1, allowFrom: [String(STRANGER)] });
    await expect(admin.request("channels.pairing.approve", { channel: "telegram", code })).rejects.toThrow(/no pending pairing request with code/);

    rig.dm("now may I?", { fromId: STRANGER });
    await waitFor(() => sentTexts(tg, STRANGER).length === 3, 10_000, "the agent's answer");
    expect(sentTexts(tg, STRANGER)[2]).toBe("Echo: now may I?");
  });

  it("caps pending requests at 3 per account; dmPolicy disabled and allowlist never send codes", async () => {
    rig = await startRig({ telegram: { dmPolicy: "pairing", allowFrom: [] } });
    const { tg } = rig;
    for (let i = 0; i < 4; i++) rig.dm("hi", { fromId: STRANGER + i });
    await tg.handled(TOKEN);
    expect(tg.callsOf("sendMessage").map((c) => Number(c.body.chat_id)).sort()).toEqual([STRANGER, STRANGER + 1, STRANGER + 2]);
    const admin = await rig.gw.client({ scopes: ["operator.pairing"] });
    expect((await admin.request<{ requests: unknown[] }>("channels.pairing.list", {})).requests).toHaveLength(3);

    for (const dmPolicy of ["disabled", "allowlist"]) {
      await rig.gw.gateway.plugins.reload(["telegram"], { ...rig.config, channels: { telegram: { ...(rig.config.channels as { telegram: object }).telegram, dmPolicy, allowFrom: ["1"] } } });
      const before = tg.callsOf("sendMessage").length;
      rig.dm("anyone?", { fromId: STRANGER + 10 });
      await tg.handled(TOKEN);
      expect(tg.callsOf("sendMessage").length).toBe(before);
    }
    expect(rig.provider.requests).toHaveLength(0);
  });
});
