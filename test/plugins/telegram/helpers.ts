/**
 * A real gateway with the agent (fake provider), channels and telegram plugins, the telegram plugin
 * pointed at a local fake Bot API server.
 */
import agentPlugin from "../../../plugins/agent/index.js";
import channelsPlugin from "../../../plugins/channels/index.js";
import { telegramPlugin } from "../../../plugins/telegram/index.js";
import { startFakeProvider, fakeProviderConfig, type FakeProvider, type FakeReply, type FakeRequest } from "../../helpers/fake-provider.js";
import { startFakeTelegram, textUpdate, type FakeTelegram } from "../../helpers/fake-telegram.js";
import { startTestGateway, type TestGateway } from "../../helpers/gateway.js";
import type { BotTimings } from "../../../plugins/telegram/account-bot.js";

/** Shaped like a real token, so redaction is exercised for real. */
export const TOKEN = "7011223344:AAFakeTokenForTestsOnly_abcdefghijklmnop";
export const TOKEN_B = "7055667788:AAOtherFakeTokenForTests_qrstuvwxyz01234";
export const BOT = { id: 7011223344, username: "claw_test_bot", first_name: "Claw" };
export const BOT_B = { id: 7055667788, username: "claw_other_bot", first_name: "Other" };
export const USER = 424242;

export const FAST: Partial<BotTimings> = { pollTimeoutSeconds: 2, retry: { initialMs: 100, maxMs: 500, factor: 2 } };

export interface Rig {
  gw: TestGateway;
  tg: FakeTelegram;
  provider: FakeProvider;
  logs: string[];
  config: Record<string, unknown>;
  /** Queues a private text message from `fromId` (default USER). */
  dm(text: string, options?: { fromId?: number; messageId?: number }): Record<string, unknown>;
  stop(): Promise<void>;
}

export interface RigOptions {
  telegram?: Record<string, unknown>;
  reply?: (request: FakeRequest, index: number) => FakeReply;
  timings?: Partial<BotTimings>;
  stateDir?: string;
  tg?: FakeTelegram;
  provider?: FakeProvider;
}

export function telegramConfig(apiRoot: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { botToken: TOKEN, apiRoot, throttle: false, dmPolicy: "allowlist", allowFrom: [String(USER)], ...extra };
}

export async function startRig(options: RigOptions = {}): Promise<Rig> {
  const tg = options.tg ?? (await startFakeTelegram({ [TOKEN]: BOT, [TOKEN_B]: BOT_B }));
  const provider = options.provider ?? (await startFakeProvider({ reply: options.reply }));
  const logs: string[] = [];
  const config = { ...fakeProviderConfig(provider), channels: { telegram: telegramConfig(tg.apiRoot, options.telegram) } };
  const gw = await startTestGateway({
    plugins: [agentPlugin, channelsPlugin, telegramPlugin({ timings: { ...FAST, ...options.timings } })],
    config,
    logs,
    stateDir: options.stateDir,
  });
  let messageId = 1;
  return {
    gw, tg, provider, logs, config,
    dm: (text, o = {}) => tg.queueUpdate(TOKEN, textUpdate({ chatId: o.fromId ?? USER, fromId: o.fromId ?? USER, text, messageId: o.messageId ?? messageId++ })),
    async stop() {
      await gw.stop();
      if (!options.tg) await tg.close();
      if (!options.provider) await provider.close();
    },
  };
}

/** The text of every sendMessage to `chatId`, in order. */
export function sentTexts(tg: FakeTelegram, chatId: number | string): string[] {
  return tg.callsOf("sendMessage").filter((c) => String(c.body.chat_id) === String(chatId)).map((c) => String(c.body.text));
}
