/** Heartbeat replies that need attention go to `agents.defaults.heartbeat.target`/`to` through the channels service (fake Telegram Bot API). */
import { afterEach, describe, expect, it } from "vitest";
import { startCronRig, type CronRig } from "./helpers.js";
import { waitFor } from "../../helpers/gateway.js";
import { USER } from "../telegram/helpers.js";

let rig: CronRig | undefined;
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

const withHeartbeat = (heartbeat: Record<string, unknown>) => ({ agents: { defaults: { model: { primary: "fake/m1" }, heartbeat } } });

/** Runs one heartbeat turn through `wake` and returns its event. */
async function wake(r: CronRig): Promise<Record<string, unknown>> {
  const seen = r.events.filter((e) => e.event === "heartbeat").length;
  await r.client.request("wake", { mode: "now", text: "check the build" });
  await waitFor(() => r.events.filter((e) => e.event === "heartbeat").length > seen, 8000, "the heartbeat event");
  return r.events.filter((e) => e.event === "heartbeat").at(-1)!.payload;
}

describe("heartbeat delivery", () => {
  it("a reply that needs attention is sent to target/to; HEARTBEAT_OK is not", async () => {
    let answer = "The nightly build is red since 03:00.";
    rig = await startCronRig({ reply: () => ({ text: answer }), config: withHeartbeat({ target: "telegram", to: `${USER}:topic:42` }) });
    const sent = await wake(rig);
    expect(sent).toMatchObject({ status: "sent", reason: "wake", channel: "telegram", to: String(USER), preview: answer });
    const call = await rig.tg.waitForCall((c) => c.method === "sendMessage", 8000, "the alert");
    expect(call.body).toMatchObject({ chat_id: String(USER), message_thread_id: 42 });
    expect(String(call.body.text)).toContain("nightly build is red");
    expect(await rig.client.request("last-heartbeat", {})).toMatchObject({ status: "sent", channel: "telegram" });

    answer = "HEARTBEAT_OK";
    expect(await wake(rig)).toMatchObject({ status: "ok-token" });
    expect(rig.tg.callsOf("sendMessage")).toHaveLength(1);
  });

  it("target none keeps the reply internal; no target (or owner/last) has no route", async () => {
    for (const [heartbeat, reason] of [[{ target: "none", to: String(USER) }, "target-none"], [{}, "no-route"], [{ target: "last" }, "no-route"], [{ target: "telegram" }, "no-route"]] as const) {
      rig = await startCronRig({ reply: () => ({ text: "Disk almost full" }), config: withHeartbeat(heartbeat) });
      expect(await wake(rig), JSON.stringify(heartbeat)).toMatchObject({ status: "skipped", reason, preview: "Disk almost full" });
      expect(rig.tg.callsOf("sendMessage")).toHaveLength(0);
      await rig.stop();
      rig = undefined;
    }
  });

  it("a target that cannot be delivered to fails the heartbeat with the channel's reason", async () => {
    rig = await startCronRig({ reply: () => ({ text: "Disk almost full" }), config: withHeartbeat({ target: "telegram", to: String(USER), accountId: "nope" }) });
    const failed = await wake(rig);
    expect(failed).toMatchObject({ status: "failed", channel: "telegram", to: String(USER), reason: expect.stringMatching(/^delivery to telegram \d+ failed: .*nope/) });
    expect(rig.tg.callsOf("sendMessage")).toHaveLength(0);
  });
});
