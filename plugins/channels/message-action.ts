/**
 * `message.action`: upstream's generic channel action, which the official CLI's `message send` now calls.
 * Our channels can send (text and media); every other action upstream knows (react, edit, delete, poll,
 * pin, read, …) is refused naming the channel, the action and what is supported.
 */
import { invalidRequest, IdempotencyCache, type PluginApi } from "../../core/sdk/plugin.js";
import { sendMessage } from "./send-message.js";
import { MessageActionParams, MessageActionResult } from "./message-action-schemas.js";
import type { ChannelRegistry } from "./registry.js";

const SUPPORTED = ["send"] as const;

/** A string argument of the action, if present; anything else there is the caller's mistake. */
function stringArg(params: Record<string, unknown>, key: string): string | undefined {
  const value = params[key];
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number" && (key === "threadId" || key === "target" || key === "to")) return String(value);
  throw invalidRequest(`message.action params.${key} must be a string`);
}

function mediaArgs(params: Record<string, unknown>): string[] {
  const list: string[] = [];
  for (const key of ["media", "mediaUrl", "path", "filePath"]) {
    const one = stringArg(params, key);
    if (one) list.push(one);
  }
  const many = params.mediaUrls;
  if (many !== undefined) {
    if (!Array.isArray(many) || !many.every((m) => typeof m === "string")) throw invalidRequest("message.action params.mediaUrls must be an array of strings");
    list.push(...many);
  }
  return list;
}

export function registerMessageAction(api: PluginApi<unknown>, registry: ChannelRegistry): void {
  const runs = new IdempotencyCache<typeof MessageActionResult.static>();
  api.registerMethod("message.action", {
    scope: "operator.write",
    params: MessageActionParams,
    result: MessageActionResult,
    description: "Runs a channel message action (upstream's generic form); this gateway's channels support send. Idempotent per idempotencyKey.",
    handler: (p) => runs.run(`message.action:${p.idempotencyKey}`, async () => {
      const channel = p.channel.trim().toLowerCase();
      if (!registry.get(channel)) {
        throw invalidRequest(`unknown channel "${p.channel}" (available: ${registry.list().map((e) => e.channel.id).join(", ") || "none"})`);
      }
      if (!(SUPPORTED as readonly string[]).includes(p.action)) {
        throw invalidRequest(`channel ${channel} does not support the message action "${p.action}" here (supported: ${SUPPORTED.join(", ")})`);
      }
      const to = stringArg(p.params, "target") ?? stringArg(p.params, "to");
      if (!to) throw invalidRequest("message.action send needs params.target (the chat or user to send to)");
      const [mediaUrl, ...mediaUrls] = mediaArgs(p.params);
      const accountId = stringArg(p.params, "accountId") ?? (p.accountId || undefined);
      const sent = await sendMessage(registry, {
        to, channel, accountId, idempotencyKey: p.idempotencyKey,
        message: stringArg(p.params, "message"),
        mediaUrl, mediaUrls: mediaUrls.length ? mediaUrls : undefined,
        threadId: stringArg(p.params, "threadId"),
      });
      return { ok: true, action: p.action, to, deliveryStatus: "sent" as const, ...sent };
    }).promise,
  });
}
