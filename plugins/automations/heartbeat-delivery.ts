/**
 * Where a heartbeat reply that needs attention goes, from upstream's `agents.defaults.heartbeat`
 * keys: `target` (`"owner"` — upstream's default —, `"last"`, `"none"` or a channel id such as
 * `"telegram"`), `to` (the recipient on that channel; Telegram topics as `<chatId>:topic:<threadId>`)
 * and `accountId`. Only an explicit channel with `to` is a route here: this gateway resolves no owner
 * identity and tracks no last conversation, so those targets (and an unset one) report `no-route`.
 */
import type { ChannelsService } from "../channels/contract.js";
import type { HeartbeatConfig } from "./config.js";

export type HeartbeatRoute =
  | { kind: "send"; channel: string; to: string; threadId?: string; accountId?: string }
  /** `reason` is the heartbeat event's reason: `target-none` (kept internal on purpose) or `no-route`. */
  | { kind: "none"; reason: "target-none" | "no-route" };

const NOT_A_CHANNEL = new Set(["owner", "last", "none"]);

export function heartbeatRoute(config: HeartbeatConfig | undefined): HeartbeatRoute {
  const target = config?.target?.trim();
  if (target === "none") return { kind: "none", reason: "target-none" };
  const to = config?.to?.trim();
  if (!target || NOT_A_CHANNEL.has(target) || !to) return { kind: "none", reason: "no-route" };
  const topic = /^(.+):topic:(\d+)$/.exec(to);
  return {
    kind: "send",
    channel: target,
    to: topic ? topic[1] : to,
    ...(topic ? { threadId: topic[2] } : {}),
    ...(config?.accountId ? { accountId: config.accountId } : {}),
  };
}

/** A configured channel that does not exist (or an unknown account) is reported when the plugin starts, not at the first alert. */
export function routeProblem(route: HeartbeatRoute, channels: ChannelsService): string | undefined {
  if (route.kind !== "send") return undefined;
  try {
    channels.checkTarget({ channel: route.channel, ...(route.accountId ? { accountId: route.accountId } : {}) });
    return undefined;
  } catch (err) {
    return `agents.defaults.heartbeat.target: ${(err as Error).message}`;
  }
}

/** Sends the reply; throws with the channel's reason when it cannot be delivered. */
export async function deliverHeartbeat(route: Extract<HeartbeatRoute, { kind: "send" }>, text: string, channels: ChannelsService): Promise<void> {
  await channels.sendText({
    channel: route.channel,
    to: route.to,
    text,
    ...(route.accountId ? { accountId: route.accountId } : {}),
    ...(route.threadId ? { threadId: route.threadId } : {}),
  });
}
