/**
 * The wire shapes this page reads, all from generated/protocol-types.ts (`npm run protocol:gen`, from
 * the gateway's own schemas): none is declared here again. Only names the views use are added.
 */
import type {
  ChannelsStatusResult, ChatEvent as ChatEventPayload, ConfigGetResult, ErrorShape as WireErrorShape, HealthResult, HelloOk,
  ExecApprovalListResult, LogsTailResult, NodeListResult, NodePairListResult, DevicePairListResult, SystemPresenceResult,
} from "../../generated/protocol-types";

export type { ChannelsStatusResult as ChannelsStatus, ConfigGetResult as ConfigSnapshot, LogsTailResult as TailResult };

/** The gateway's error shape; `details` is always an object where this page reads it. */
export type ErrorShape = Omit<WireErrorShape, "details"> & { details?: Record<string, unknown> };
export type Health = HealthResult;
export type PresenceEntry = SystemPresenceResult[number];
/** hello-ok, with the snapshot's health and presence typed as their own methods answer them. */
export type Hello = Omit<HelloOk, "snapshot"> & { snapshot: Omit<HelloOk["snapshot"], "health" | "presence"> & { health: Health; presence: PresenceEntry[] } };
export type NodeRow = NodeListResult["nodes"][number];
export type PendingNode = NodePairListResult["pending"][number];
export type PendingDevice = DevicePairListResult["pending"][number];
export type ChatEvent = ChatEventPayload;
/** One exec approval waiting for an answer (exec.approval.list row, exec.approval.requested payload). */
export type PendingApproval = ExecApprovalListResult[number];
export type ChatMessage = NonNullable<ChatEvent["message"]>;
/** One channel as health or channels.status summarizes it (health adds its accounts by id). */
export type ChannelHealth = ChannelsStatusResult["channels"][string] & { accounts?: HealthResult["channels"][string]["accounts"] };
/** One account row: channels.status's detail, or health's per-account summary with its id. */
export type ChannelAccount = Omit<Partial<ChannelsStatusResult["channelAccounts"][string][number]>, "mode" | "self"> & { accountId: string; mode?: string | null; self?: string | null };

/** The text of a transcript message (string content, or the text parts joined). */
export function messageText(message: ChatMessage | undefined): string | undefined {
  const c = message?.content;
  if (typeof c === "string") return c;
  if (!Array.isArray(c)) return undefined;
  return c.map((part) => (part.type === "text" && typeof part.text === "string" ? part.text : "")).join("");
}
