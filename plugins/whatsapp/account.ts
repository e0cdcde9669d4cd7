/**
 * One WhatsApp account's connection: connect with the saved link, hand inbound messages to the
 * host, reconnect with backoff after a drop, stop (degraded) when the budget is spent, stop
 * (logged-out) when WhatsApp removes the link, stop (replaced) when another client took the session.
 * A login stops the loop; the host starts it again once linked.
 */
import type { Logger } from "../../core/sdk/plugin.js";
import type { AccountRuntime, AccountStatusPatch } from "../channels/contract.js";
import { hasSavedCreds, type SavedCredsProbe } from "./auth-store.js";
import { ReconnectBackoff, type RandomSource, type ReconnectPolicy } from "./backoff.js";
import type { ResolvedAccount } from "./config.js";
import { toInbound } from "./inbound.js";
import { jidToE164 } from "./jid.js";
import { WA_CLOSE, describeClose, type WaConnectionUpdate, type WaEvents, type WaSocket, type WaSocketFactory, type WaSocketOptions } from "./socket.js";
import { Wakeup, realSleep, type Sleep } from "./wakeup.js";

export interface AccountDeps {
  createSocket: WaSocketFactory;
  policy: ReconnectPolicy;
  log: Logger;
  /** Extra socket options (tests: `waWebSocketUrl`). */
  socketOptions?: Pick<WaSocketOptions, "waWebSocketUrl" | "connectTimeoutMs">;
  random?: RandomSource;
  sleep?: Sleep;
  now?: () => number;
  /** How long a connection must stay open before it counts as recovered (tests shorten it). */
  stableAfterMs?: number;
  /** Remembered answers to "are there saved creds?" for the status paths (default: ask the disk each time). */
  savedCreds?: SavedCredsProbe;
}

/**
 * A connection that drops sooner than this after opening does not reset the backoff (nor allow
 * another immediate 515 restart): a server that accepts and then kicks us off must still end in
 * `degraded` instead of reconnecting every 2 s forever.
 */
export const STABLE_AFTER_MS = 60_000;

/** How one connection ended; `stable` when it stayed open for `stableAfterMs` (the backoff was reset). */
type CloseInfo = { kind: "closed"; code?: number; reason: string; stable?: boolean } | { kind: "stopped" } | { kind: "needs-qr" };

/** Why the account stopped by itself while its saved link stays valid (degraded, replaced). */
export interface StoppedState {
  mode: "degraded" | "replaced";
  reason: string;
}

/** Ids of messages this account sent, so their echoes are never treated as prompts (bounded). */
const SENT_IDS_MAX = 500;

export class WhatsAppAccount {
  /** The open socket, when linked right now. */
  live: WaSocket | undefined;
  private interrupt: (() => void) | undefined;
  private loggedOut = false;
  private paused = false;
  /** Set when the loop gave up by itself (cleared by the next run). */
  private stoppedState: StoppedState | undefined;
  /** The runtime of the current run (undefined when the host is not running the account). */
  private runtime: AccountRuntime | undefined;
  /** Where status goes; kept after a run ends so a later logout is still reported. */
  private statusSink: ((patch: AccountStatusPatch) => void) | undefined;
  private readonly wakeup = new Wakeup();
  private readonly sentIds = new Set<string>();
  private readonly now: () => number;

  constructor(
    readonly account: ResolvedAccount,
    private readonly deps: AccountDeps,
  ) {
    this.now = deps.now ?? Date.now;
  }

  get accountId(): string {
    return this.account.accountId;
  }

  get isLoggedOut(): boolean {
    return this.loggedOut;
  }

  /** Degraded or replaced: not running, yet the saved link is still valid (a restart resumes it). */
  get stopped(): StoppedState | undefined {
    return this.stoppedState;
  }

  /** A live, open socket right now. */
  isLinked(): boolean {
    return this.live !== undefined;
  }

  /**
   * Holds a device session WhatsApp has not revoked: a live socket, or saved credentials while reconnecting
   * (or degraded, or stopped). What the host reports as linked: a network drop is `connected:false`, not
   * "log in again".
   */
  hasLink(): boolean {
    if (this.live !== undefined) return true;
    return !this.loggedOut && !this.account.problem && !this.paused && (this.deps.savedCreds?.has(this.account.authDir) ?? hasSavedCreds(this.account.authDir));
  }

  rememberSent(id: string | null | undefined): void {
    if (!id) return;
    this.sentIds.add(id);
    if (this.sentIds.size > SENT_IDS_MAX) this.sentIds.delete(this.sentIds.values().next().value as string);
  }

  /**
   * The host's `startAccount`: runs until `signal` aborts, or until the account cannot go on by
   * itself (not linked, logged out, degraded, replaced, or paused for a login); the host starts it again
   * after the next successful login.
   */
  async run(runtime: AccountRuntime, stop: AbortSignal): Promise<void> {
    const signal = AbortSignal.any([runtime.signal, stop]);
    const backoff = new ReconnectBackoff(this.deps.policy, this.deps.random);
    this.runtime = runtime;
    this.statusSink = (patch) => runtime.setStatus(patch);
    this.stoppedState = undefined;
    if (this.account.problem) {
      this.report({ linked: false, connected: false, running: false, mode: "misconfigured", lastError: this.account.problem });
      this.runtime = undefined;
      return;
    }
    let restartedOnce = false;
    try {
      while (!signal.aborted) {
        if (this.paused || this.loggedOut || !hasSavedCreds(this.account.authDir)) {
          const mode = this.paused ? "linking" : this.loggedOut ? "logged-out" : "not-linked";
          this.report({ linked: false, connected: false, running: false, mode });
          return;
        }
        this.report({ running: true, connected: false, mode: backoff.attempts ? "reconnecting" : "connecting" });
        const close = await this.connectOnce(signal, backoff).catch((err: Error): CloseInfo => ({ kind: "closed", reason: err.message }));
        if (signal.aborted || close.kind === "stopped") continue;
        if (close.kind === "needs-qr" || close.code === WA_CLOSE.loggedOut) {
          this.loggedOut = true;
          const why = close.kind === "needs-qr" ? "WhatsApp asked for a new QR scan (the saved link is no longer valid)" : "logged out (status 401)";
          runtime.log.warn(`WhatsApp account ${this.accountId}: ${why}; it stays stopped until linked again`);
          this.report({ lastError: `${why}: link again with \`openclaw channels login --channel whatsapp --account ${this.accountId}\`` });
          continue;
        }
        if (close.code === WA_CLOSE.replaced) {
          // Reconnecting would kick the other client off, which does the same to us: stop, keep the creds.
          const lastError = `${close.reason}; another gateway or WhatsApp Web client is using this account's saved link, and a linked device can run in one place only. ${resumeHint(this.accountId)}`;
          runtime.log.warn(`WhatsApp account ${this.accountId} stopped: ${lastError}`);
          this.stoppedState = { mode: "replaced", reason: lastError };
          this.report({ linked: false, connected: false, running: false, mode: "replaced", lastError });
          return;
        }
        // WhatsApp asks for a fresh socket after pairing and now and then: once per stable connection, without waiting.
        if (close.stable) restartedOnce = false;
        if (close.code === WA_CLOSE.restartRequired && !restartedOnce) {
          restartedOnce = true;
          continue;
        }
        const next = backoff.next();
        if (!next) {
          const lastError = `gave up after ${this.deps.policy.maxAttempts} reconnect attempts; last error: ${close.reason}`;
          runtime.log.error(`WhatsApp account ${this.accountId} is degraded: ${lastError}`);
          this.stoppedState = { mode: "degraded", reason: lastError };
          this.report({ linked: false, connected: false, running: false, mode: "degraded", lastError });
          return;
        }
        runtime.log.warn(`WhatsApp account ${this.accountId}: ${close.reason}; reconnecting in ${(next.delayMs / 1000).toFixed(1)} s (attempt ${next.attempt}/${this.deps.policy.maxAttempts})`);
        this.report({ linked: false, connected: false, running: true, reconnectAttempts: next.attempt, lastError: close.reason, mode: "reconnecting" });
        await this.wakeup.wait(signal, next.delayMs, this.deps.sleep ?? realSleep);
      }
      this.report({ linked: false, connected: false, running: false, mode: "stopped" });
    } finally {
      this.interrupt?.();
      this.live = undefined;
      this.runtime = undefined;
    }
  }

  /** A login is about to reuse the auth dir: the connection ends and the loop stops. */
  pause(): void {
    this.paused = true;
    this.interrupt?.();
    this.wakeup.wake();
  }

  /** The auth dir changed under the account (a login cleared it). */
  forgetSavedCreds(): void {
    this.deps.savedCreds?.forget();
  }

  /** After a login (successful or not); the host starts the account again when it is linked. */
  resume(linked: boolean): void {
    this.deps.savedCreds?.forget();
    this.paused = false;
    if (linked) this.loggedOut = false;
  }

  /** Logout: the connection ends and the account reports logged-out until linked again. */
  markLoggedOut(): void {
    this.loggedOut = true;
    this.report({ linked: false, connected: false, mode: "logged-out", lastError: null });
    this.interrupt?.();
    this.wakeup.wake();
  }

  private report(patch: AccountStatusPatch): void {
    this.deps.savedCreds?.forget();
    this.statusSink?.(patch);
  }

  private async connectOnce(signal: AbortSignal, backoff: ReconnectBackoff): Promise<CloseInfo> {
    const sock = await this.deps.createSocket({ accountId: this.accountId, authDir: this.account.authDir, log: this.deps.log, ...this.deps.socketOptions });
    return new Promise<CloseInfo>((resolve) => {
      let done = false;
      let stable = false;
      let stableTimer: NodeJS.Timeout | undefined;
      const finish = (info: CloseInfo) => {
        if (done) return;
        done = true;
        clearTimeout(stableTimer);
        sock.ev.off("connection.update", onUpdate);
        sock.ev.off("messages.upsert", onUpsert);
        signal.removeEventListener("abort", onStop);
        if (this.live === sock) this.live = undefined;
        this.interrupt = undefined;
        // end() is a no-op on a socket that closed itself, and flushes its auth writes.
        void sock.end().catch(() => undefined).then(() => resolve(info));
      };
      const onStop = () => finish({ kind: "stopped" });
      const onUpdate = (update: WaConnectionUpdate) => {
        if (update.qr) return finish({ kind: "needs-qr" });
        if (update.connection === "open") {
          this.live = sock;
          const self = sock.user ? (jidToE164(sock.user.id) ?? sock.user.id) : undefined;
          this.deps.log.info(`WhatsApp account ${this.accountId} connected${self ? ` as ${self}` : ""}`);
          // The attempt count stays until the connection has proven itself (see STABLE_AFTER_MS).
          this.report({ linked: true, connected: true, running: true, reconnectAttempts: backoff.attempts, lastConnectedAt: this.now(), lastError: null, mode: "connected", ...(self ? { self } : {}) });
          clearTimeout(stableTimer);
          stableTimer = setTimeout(() => {
            stable = true;
            backoff.reset();
            this.report({ reconnectAttempts: 0 });
          }, this.deps.stableAfterMs ?? STABLE_AFTER_MS);
          stableTimer.unref();
        } else if (update.connection === "close") {
          const error = update.lastDisconnect?.error;
          const code = error?.output?.statusCode;
          finish({ kind: "closed", code, reason: describeClose(code, error?.message), stable });
        }
      };
      const onUpsert = (upsert: WaEvents["messages.upsert"]) => this.onMessages(upsert, sock);
      this.interrupt = onStop;
      sock.ev.on("connection.update", onUpdate);
      sock.ev.on("messages.upsert", onUpsert);
      signal.addEventListener("abort", onStop, { once: true });
      if (signal.aborted || this.paused || this.loggedOut) onStop();
    });
  }

  private onMessages(upsert: WaEvents["messages.upsert"], sock: WaSocket): void {
    const runtime = this.runtime;
    if (upsert.type !== "notify" || !runtime) return;
    const self = { jid: sock.user?.id, lid: sock.user?.lid };
    for (const msg of upsert.messages) {
      if (msg.key.id && this.sentIds.has(msg.key.id)) continue;
      const mapped = toInbound(msg, this.accountId, self, this.now());
      if (!mapped.ok) {
        if (runtime.log.debugEnabled) runtime.log.debug(`skipped WhatsApp message ${msg.key.id ?? "?"}: ${mapped.reason}`);
        continue;
      }
      if (this.account.sendReadReceipts && !mapped.message.fromSelf) {
        sock.readMessages([msg.key]).catch((err: Error) => runtime.log.debug(`read receipt failed: ${err.message}`));
      }
      runtime.receive(mapped.message).catch((err: Error) => runtime.log.warn(`handling WhatsApp message ${mapped.message.messageId} failed: ${err.message}`));
    }
  }
}

/** How an operator resumes an account that stopped with its saved link intact. */
export function resumeHint(accountId: string): string {
  return `The saved link is kept: stop the other client, then restart the gateway (or change a key under channels.whatsapp) to reconnect with it, or link this gateway again with \`openclaw channels login --channel whatsapp --account ${accountId} --force\``;
}
