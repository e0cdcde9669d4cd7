/**
 * `/approve <id> allow-once|allow-always|deny` from a chat: the owner answers a pending exec approval from
 * their phone. Only a sender the channel names explicitly in `allowFrom` may; everyone else is told so.
 */
import type { ChatCommand } from "../agent/contract.js";
import type { ApprovalRegistry } from "./approval-registry.js";
import type { Decision } from "./schemas.js";

const DECISIONS: readonly Decision[] = ["allow-once", "allow-always", "deny"];
const USAGE = "Usage: /approve <id> allow-once|allow-always|deny";
const DONE: Record<Decision, string> = { "allow-once": "Approved once", "allow-always": "Approved always", deny: "Denied" };

export function approveCommand(registry: ApprovalRegistry): ChatCommand {
  return {
    name: "approve",
    description: "Answer a pending exec approval: /approve <id> allow-once|allow-always|deny",
    async run(args, ctx) {
      if (!ctx.senderIsOwner) {
        return `Only the owner can answer exec approvals from ${ctx.channel}. To allow this sender, add ${ctx.senderId} to the channel's allowFrom list in the gateway config.`;
      }
      const [id, word] = args;
      if (args.length !== 2 || !id || !DECISIONS.includes(word as Decision)) return USAGE;
      const decision = word as Decision;
      const { applied, record } = registry.resolve(id, decision, `channel:${ctx.channel}:${ctx.senderId}`);
      return applied ? `${DONE[decision]}: ${record.request.command}` : `Already answered (${decision}): ${record.request.command}`;
    },
  };
}
