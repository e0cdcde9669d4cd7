/**
 * Inbound routing: durable dedupe → access policy (DM pairing, allowlists, group mention gating) →
 * session key per peer or group → agent turn → reply to the same chat. Agent turns run in the
 * background (tracked, aborted with the plugin); a failed turn gets a short apology (or, for a message over
 * the agent's size limit, says so) and is recorded as the account's lastError, never thrown at the channel.
 */
import { createHash } from "node:crypto";
import { InboundDedupe } from "./dedupe-store.js";
import { decideAccess, sessionKeyFor } from "./policy.js";
import { deliver } from "./outbound.js";
import type { PairingStore } from "./pairing-store.js";
import type { ChannelRegistry, RegisteredChannel } from "./registry.js";
import type { ChannelAccount, InboundMessage } from "./contract.js";
import type { AgentService } from "../agent/contract.js";
import type { Logger } from "../../core/sdk/plugin.js";

export const APOLOGY_TEXT = "Sorry, something went wrong while answering. Please try again in a moment.";

/** What the sender is told when a turn fails: the size limit is their business (a retry would fail the same way), the rest is not. */
export function failureReply(err: unknown): string {
  const details = (err as { details?: { kind?: unknown; bytes?: unknown; limitBytes?: unknown } }).details;
  if (details?.kind !== "message_too_large" || typeof details.bytes !== "number" || typeof details.limitBytes !== "number") return APOLOGY_TEXT;
  return `Sorry, that message is too long for me (${details.bytes.toLocaleString("en-US")} bytes; the limit is ${details.limitBytes.toLocaleString("en-US")}). Please send a shorter one.`;
}

export interface RouterDeps {
  registry: () => ChannelRegistry;
  dedupe: InboundDedupe;
  pairing: PairingStore;
  agent: AgentService;
  log: Logger;
  /** The channels plugin's signal: aborts agent turns still running when it stops. */
  signal: AbortSignal;
}

export class InboundRouter {
  private readonly turns = new Set<Promise<void>>();

  constructor(private readonly deps: RouterDeps) {}

  async receive(entry: RegisteredChannel, incoming: InboundMessage): Promise<void> {
    // A sender's display name is theirs to choose: drop control characters before it reaches logs and terminals.
    const message = incoming.senderName ? { ...incoming, senderName: stripControls(incoming.senderName) } : incoming;
    const { channel } = entry;
    const { log, dedupe } = this.deps;
    if (!message.chatId || !message.messageId) {
      log.warn(`${channel.id}: inbound message without chatId or messageId ignored`);
      return;
    }
    const account = this.deps.registry().account(entry, message.accountId);
    if (!account) return;
    const normalize = (e: string) => (channel.normalizeAllowEntry ? channel.normalizeAllowEntry(e) : e.trim());
    const needsStore = message.chatType === "direct" && (account.access.dmPolicy === "pairing" || account.access.dmPolicy === "allowlist");
    const storeAllowFrom = needsStore ? await this.deps.pairing.allowFrom(channel.id, account.accountId) : [];
    const decision = decideAccess({ message, access: account.access, storeAllowFrom, normalize });
    if (decision.action === "drop") {
      log.debug(`${channel.id}/${account.accountId}: message from ${message.senderId} in ${message.chatId} dropped (${decision.reason})`);
      return;
    }
    if (decision.action !== "pair" && !message.text.trim()) return;
    // Only messages that will be acted on are recorded: group chatter the bot ignores costs no disk write.
    // The claim is a synchronous check-and-mark, so two deliveries of one message still act once.
    const claim = dedupe.claim(InboundDedupe.key(channel.id, message.accountId, message.chatId, message.messageId));
    if (!claim.fresh) {
      log.debug(`${channel.id}/${message.accountId}: duplicate message ${message.messageId} in ${message.chatId} ignored`);
      return;
    }
    await claim.persisted;
    if (decision.action === "pair") return this.requestPairing(entry, account, message, normalize(message.senderId));
    if (message.text.trimStart().startsWith("/") && !message.fromSelf && (await this.answerCommand(entry, account, message, normalize))) return;

    const turn = this.runTurn(entry, account, message).finally(() => this.turns.delete(turn));
    this.turns.add(turn);
  }

  /** Resolves when every running agent turn has finished (they are aborted by the plugin signal). */
  async drain(): Promise<void> {
    await Promise.all([...this.turns]);
  }

  private async requestPairing(entry: RegisteredChannel, account: ChannelAccount, message: InboundMessage, senderId: string): Promise<void> {
    const { channel } = entry;
    const meta: Record<string, string> = { chatId: message.chatId };
    if (message.senderName) meta.name = message.senderName;
    const result = await this.deps.pairing.upsert(channel.id, account.accountId, senderId, meta);
    if (result.status !== "created") {
      this.deps.log.debug(`${channel.id}/${account.accountId}: sender ${senderId} not approved (${result.status === "full" ? "pending requests full" : "request already pending"})`);
      return;
    }
    this.deps.log.info(`${channel.id}/${account.accountId}: pairing request ${result.request.code} from ${senderId}${message.senderName ? ` (${message.senderName})` : ""}`);
    const text = [
      "OpenClaw: access not configured.",
      `Your ${channel.label} id: ${senderId}`,
      `Pairing code: ${result.request.code}`,
      `Ask the bot owner to approve with:\nopenclaw pairing approve ${channel.id} ${result.request.code}`,
    ].join("\n\n");
    try {
      await deliver(this.deps.registry(), { entry, account }, { to: message.chatId, text });
    } catch (err) {
      this.deps.log.warn(`${channel.id}/${account.accountId}: could not send the pairing code to ${message.chatId}: ${(err as Error).message}`);
    }
  }

  /**
   * A registered slash command (`/approve …`) is answered here, without an agent turn. Whether the sender
   * is the owner — named explicitly in the account's `allowFrom`, not by `*` or a pairing approval — is
   * passed along: commands that act for the operator refuse everyone else. Returns false for other text.
   */
  private async answerCommand(entry: RegisteredChannel, account: ChannelAccount, message: InboundMessage, normalize: (e: string) => string): Promise<boolean> {
    const sender = normalize(message.senderId);
    const senderIsOwner = (account.access.allowFrom ?? []).some((e) => e.trim() !== "*" && normalize(e) === sender);
    const text = await this.deps.agent.commands.dispatch(message.text, { channel: entry.channel.id, accountId: account.accountId, senderId: sender, senderIsOwner });
    if (text === undefined) return false;
    const reply = { to: message.chatId, ...(message.threadId ? { threadId: message.threadId } : {}), ...(message.chatType === "group" ? { replyToId: message.messageId } : {}) };
    try {
      await deliver(this.deps.registry(), { entry, account }, { ...reply, text });
    } catch (err) {
      this.deps.log.warn(`${entry.channel.id}/${account.accountId}: the answer to a command could not be sent: ${(err as Error).message}`);
    }
    return true;
  }

  private async runTurn(entry: RegisteredChannel, account: ChannelAccount, message: InboundMessage): Promise<void> {
    const { channel } = entry;
    const { agent, log, signal } = this.deps;
    const registry = this.deps.registry();
    const reply = { to: message.chatId, ...(message.threadId ? { threadId: message.threadId } : {}), ...(message.chatType === "group" ? { replyToId: message.messageId } : {}) };
    const sender = message.senderName ? `${message.senderName} (id ${message.senderId})` : `id ${message.senderId}`;
    try {
      const agentId = agent.defaultAgentId();
      const result = await agent.run({
        message: message.chatType === "group" ? `${message.senderName ?? message.senderId}: ${message.text}` : message.text,
        agentId,
        sessionKey: sessionKeyFor(agentId, channel.id, message),
        channel: channel.id,
        runId: `${channel.id}-${createHash("sha256").update(InboundDedupe.key(channel.id, account.accountId, message.chatId, message.messageId)).digest("hex").slice(0, 32)}`,
        extraSystemPrompt: `This conversation is on ${channel.label} (${message.chatType === "group" ? "a group chat" : "a direct chat"}); the sender is ${sender}.`,
        signal,
      });
      const text = result.text.trim();
      if (!text || text === "NO_REPLY") return;
      await deliver(registry, { entry, account }, { ...reply, text });
    } catch (err) {
      if (signal.aborted) return;
      const what = (err as Error).message;
      log.warn(`${channel.id}/${account.accountId}: answering ${message.messageId} in ${message.chatId} failed: ${what}`);
      registry.touch(channel.id, account.accountId, { lastError: `reply failed: ${what}` });
      try {
        await deliver(registry, { entry, account }, { ...reply, text: failureReply(err) });
      } catch (sendErr) {
        log.warn(`${channel.id}/${account.accountId}: the apology could not be sent either: ${(sendErr as Error).message}`);
      }
    }
  }
}

/** Removes C0/C1 control characters (terminal escape sequences) from text a stranger controls. */
export function stripControls(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, "").trim();
}
