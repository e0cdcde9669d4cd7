/** A real gateway with agent (fake provider), channels, telegram (fake Bot API) and automations. */
import agentPlugin from "../../../plugins/agent/index.js";
import channelsPlugin from "../../../plugins/channels/index.js";
import automationsPlugin from "../../../plugins/automations/index.js";
import { telegramPlugin } from "../../../plugins/telegram/index.js";
import { startFakeProvider, fakeProviderConfig, type FakeProvider, type FakeReply, type FakeRequest } from "../../helpers/fake-provider.js";
import { startFakeTelegram, type FakeTelegram } from "../../helpers/fake-telegram.js";
import { startTestGateway, type TestGateway } from "../../helpers/gateway.js";
import { BOT, FAST, TOKEN, telegramConfig } from "../telegram/helpers.js";
import type { GatewayClient } from "../../../core/client.js";

export interface CronRig {
  gw: TestGateway;
  tg: FakeTelegram;
  provider: FakeProvider;
  client: GatewayClient;
  events: Array<{ event: string; payload: Record<string, unknown> }>;
  stop(): Promise<void>;
}

export async function startCronRig(options: { stateDir?: string; config?: Record<string, unknown>; reply?: (r: FakeRequest, i: number) => FakeReply; provider?: FakeProvider; tg?: FakeTelegram } = {}): Promise<CronRig> {
  const tg = options.tg ?? (await startFakeTelegram({ [TOKEN]: BOT }));
  const provider = options.provider ?? (await startFakeProvider({ reply: options.reply ?? ((r) => ({ text: `done: ${String(r.body.messages.at(-1)?.content ?? "")}` })) }));
  const base = fakeProviderConfig(provider);
  const config = { ...base, channels: { telegram: telegramConfig(tg.apiRoot) }, ...options.config };
  const gw = await startTestGateway({ plugins: [agentPlugin, channelsPlugin, telegramPlugin({ timings: FAST }), automationsPlugin], config, stateDir: options.stateDir });
  const client = await gw.client({ scopes: ["operator.admin", "operator.read", "operator.write"] });
  const events: CronRig["events"] = [];
  client.on("event", (e: { event: string; payload: Record<string, unknown> }) => events.push({ event: e.event, payload: e.payload }));
  return {
    gw, tg, provider, client, events,
    async stop() {
      await gw.stop();
      if (!options.tg) await tg.close();
      if (!options.provider) await provider.close();
    },
  };
}

export const isolatedJob = (extra: Record<string, unknown> = {}) => ({
  name: "job",
  schedule: { kind: "every", everyMs: 60_000 },
  sessionTarget: "isolated",
  wakeMode: "now",
  payload: { kind: "agentTurn", message: "ping" },
  ...extra,
});
