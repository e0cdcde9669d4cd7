/**
 * The official `openclaw` CLI's `message` commands against our gateway: `message send` goes through
 * `message.action` to the channels service and out through a fake Telegram Bot API (the real wire
 * format); an action our channels lack is refused by name. Skipped when the official CLI is not
 * installed in .cache/official-cli (scripts/install-official-cli.sh).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OFFICIAL_CLI_INSTALLED, runOfficialCli } from "../helpers/official-cli.js";
import { TEST_TOKEN } from "../helpers/gateway.js";
import { sentTexts, startRig, USER, type Rig } from "../plugins/telegram/helpers.js";

let rig: Rig;
const home = mkdtempSync(join(tmpdir(), "ocgw-official-message-"));
const official = (args: string[]) => runOfficialCli(home, args, { OPENCLAW_GATEWAY_URL: rig.gw.url, OPENCLAW_GATEWAY_TOKEN: TEST_TOKEN });

describe.skipIf(!OFFICIAL_CLI_INSTALLED)("official openclaw CLI: message commands against our gateway", () => {
  beforeAll(async () => {
    rig = await startRig({});
  });
  afterAll(async () => {
    await rig?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  it("message send delivers through message.action and reports the message id", async () => {
    const r = await official(["message", "send", "--channel", "telegram", "--target", String(USER), "--message", "hi from the official CLI", "--json"]);
    expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
    const out = JSON.parse(r.stdout) as { action: string; channel: string; messageId: string; payload: Record<string, unknown> };
    expect(sentTexts(rig.tg, USER)).toEqual(["hi from the official CLI"]);
    expect(out).toMatchObject({ action: "send", channel: "telegram", payload: { ok: true, deliveryStatus: "sent", chatId: String(USER), accountId: "default" } });
    expect(out.messageId).toBe(out.payload.messageId);
  }, 120_000);

  it("an action our channels lack is refused naming it; bad params name the field", async () => {
    const admin = await rig.gw.client({ scopes: ["operator.write"] });
    await expect(admin.request("message.action", { channel: "telegram", action: "react", params: { target: String(USER) }, idempotencyKey: "k1" }))
      .rejects.toMatchObject({ code: "INVALID_REQUEST", message: 'channel telegram does not support the message action "react" here (supported: send)' });
    await expect(admin.request("message.action", { channel: "nope", action: "send", params: {}, idempotencyKey: "k2" }))
      .rejects.toMatchObject({ code: "INVALID_REQUEST", message: expect.stringMatching(/unknown channel "nope" \(available: telegram\)/) });
    await expect(admin.request("message.action", { channel: "telegram", action: "send", params: { message: "x" }, idempotencyKey: "k3" }))
      .rejects.toMatchObject({ code: "INVALID_REQUEST", message: expect.stringMatching(/params\.target/) });
    await expect(admin.request("message.action", { channel: "telegram", action: "send", params: {} }))
      .rejects.toMatchObject({ code: "INVALID_REQUEST", message: expect.stringMatching(/idempotencyKey/) });
    const r = await official(["message", "react", "--channel", "telegram", "--target", String(USER), "--message-id", "1", "--emoji", "👍", "--json"]);
    expect(r.code).not.toBe(0);
    expect(`${r.stdout}${r.stderr}`).toMatch(/does not support|not support/i);
  }, 120_000);
});
