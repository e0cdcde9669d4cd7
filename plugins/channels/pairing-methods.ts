/** `channels.pairing.list` and `channels.pairing.approve` (scope operator.pairing), behind `openclaw pairing list|approve`. */
import { Type, invalidRequest, type PluginApi } from "../../core/sdk/plugin.js";
import { deliver } from "./outbound.js";
import { PairingApproveParams, PairingApproveResult, PairingListParams, PairingListResult } from "./schemas.js";
import type { ChannelRegistry } from "./registry.js";
import { PAIRING_MAX_PENDING_PER_ACCOUNT, PAIRING_TTL_MS, type PairingStore } from "./pairing-store.js";

export const APPROVED_TEXT = "OpenClaw: you are approved. Send your message again and the assistant will answer.";

export function registerPairingMethods(api: PluginApi<unknown>, registry: ChannelRegistry, pairing: PairingStore): void {
  const known = (channel: string) => {
    const id = channel.trim().toLowerCase();
    if (!registry.get(id)) throw invalidRequest(`unknown channel "${channel}" (available: ${registry.list().map((e) => e.channel.id).join(", ") || "none"})`);
    return id;
  };

  api.registerMethod("channels.pairing.list", {
    scope: "operator.pairing",
    params: PairingListParams,
    result: PairingListResult,
    description: "Pending DM pairing requests (code, sender, account, age) and each account's approved senders.",
    handler: async ({ channel }) => {
      const ids = channel ? [known(channel)] : registry.list().map((e) => e.channel.id);
      const requests: PairingListResult["requests"] = [];
      const allowFrom: Record<string, Record<string, string[]>> = {};
      for (const id of ids) {
        for (const r of await pairing.list(id)) {
          requests.push({ channel: id, accountId: r.meta?.accountId ?? "default", id: r.id, code: r.code, createdAt: r.createdAt, lastSeenAt: r.lastSeenAt, meta: r.meta ?? {} });
        }
        const entry = registry.get(id);
        allowFrom[id] = {};
        for (const account of entry ? registry.accounts(entry) : []) allowFrom[id][account.accountId] = await pairing.allowFrom(id, account.accountId);
      }
      return { requests, allowFrom, limits: { pendingPerAccount: PAIRING_MAX_PENDING_PER_ACCOUNT, ttlMs: PAIRING_TTL_MS } };
    },
  });

  api.registerMethod("channels.pairing.approve", {
    scope: "operator.pairing",
    params: PairingApproveParams,
    result: PairingApproveResult,
    description: "Approves a DM pairing code: the sender joins the account's allowFrom store.",
    handler: async ({ channel, code, notify = true }) => {
      const id = known(channel);
      const approved = await pairing.approve(id, code);
      if (!approved) throw invalidRequest(`no pending pairing request with code ${code.trim().toUpperCase()} for ${id} (codes expire after 1 hour; see \`openclaw pairing list ${id}\`)`);
      const { request, accountId } = approved;
      api.log.info(`${id}/${accountId}: approved sender ${request.id} (code ${request.code})`);
      let notified = false;
      const entry = registry.get(id);
      const account = entry && registry.account(entry, accountId);
      if (notify && entry && account) {
        try {
          await deliver(registry, { entry, account }, { to: request.meta?.chatId ?? request.id, text: APPROVED_TEXT });
          notified = true;
        } catch (err) {
          api.log.warn(`${id}/${accountId}: could not tell ${request.id} about the approval: ${(err as Error).message}`);
        }
      }
      return { channel: id, accountId, id: request.id, code: request.code, approved: true, notified, meta: request.meta ?? {} };
    },
  });
}
