/**
 * One Telegram account: a grammY Bot (API throttler on by default) used for sending at any time and,
 * while the host runs the account, for receiving by long polling (`bot.start`) or webhook. A 409
 * Conflict (another poller on the token) and network failures are reported in status and retried
 * with a backoff; a rejected token stops the account until the config changes.
 */
import { Bot, type Transformer } from "grammy";
import { apiThrottler } from "@grammyjs/transformer-throttler";
import type { Message, Update } from "grammy/types";
import { describeTelegramError, isConflict, isUnauthorized } from "./errors.js";
import { toInbound } from "./inbound.js";
import type { TelegramAccount } from "./config.js";
import { DEFAULT_TIMINGS, type Backoff, type BotTimings } from "./timings.js";
import type { AccountRuntime } from "../channels/contract.js";

/** grammY types its signals with the abort-controller shim; Node's AbortSignal is what it gets at runtime. */
export type GrammySignal = Parameters<Bot["init"]>[0];
export const grammySignal = (signal: AbortSignal): GrammySignal => signal as unknown as GrammySignal;

/** Per-request budget of the HTTP client; above the long-poll timeout. */
const CLIENT_TIMEOUT_SECONDS = 120;

export { DEFAULT_TIMINGS, type Backoff, type BotTimings } from "./timings.js";

export const CONFLICT_MESSAGE = "409 Conflict: another client is polling this bot token (another gateway, or a second copy of this bot); only one poller per token can run";

export function backoffDelay(b: Backoff, attempt: number, random = Math.random): number {
  const base = Math.min(b.maxMs, b.initialMs * b.factor ** Math.max(0, attempt - 1));
  return Math.round(base * (0.9 + random() * 0.2)); // ±10 % so restarted gateways do not retry in step
}

export class AccountBot {
  readonly bot: Bot;
  private runtime?: AccountRuntime;
  private healthy = false;
  private unauthorized = false;
  private webhookReady = false;

  constructor(readonly account: TelegramAccount & { token: string }, private readonly timings: BotTimings = DEFAULT_TIMINGS) {
    this.bot = new Bot(account.token, { client: { apiRoot: account.apiRoot, timeoutSeconds: CLIENT_TIMEOUT_SECONDS } });
    this.bot.api.config.use(this.observePolling); // innermost: sees each real getUpdates outcome
    if (account.throttle) this.bot.api.config.use(apiThrottler());
    this.bot.on("message", (ctx) => this.onMessage(ctx.message));
    this.bot.catch((err) => this.runtime?.log.error(`update ${err.ctx.update.update_id} failed: ${describeTelegramError(err.error)}`));
  }

  /** False once Telegram has refused the token. */
  get linked(): boolean {
    return !this.unauthorized;
  }

  /** True while the webhook is set and updates may be handed to `handleUpdate`. */
  get acceptsWebhook(): boolean {
    return this.webhookReady;
  }

  /** Consecutive failed starts (conflicts, network); reset once polling works again. */
  private failedStarts = 0;
  /** The last start failed with a 409: only a getUpdates that succeeds proves the other poller is gone. */
  private conflicted = false;
  /** Set when a stop begins: bounds grammY's final getUpdates (see `BotTimings.stopConfirmMs`). */
  private confirmDeadline: AbortSignal | undefined;

  /** The host's `startAccount`: runs until `runtime.signal` aborts, then stops polling and resolves. */
  async run(runtime: AccountRuntime): Promise<void> {
    this.runtime = runtime;
    const { signal, log } = runtime;
    const webhook = this.account.webhook;
    this.failedStarts = 0;
    this.conflicted = false;
    runtime.setStatus({ mode: webhook ? "webhook" : "polling", connected: false });
    while (!signal.aborted) {
      try {
        await this.bot.init(grammySignal(signal));
        this.unauthorized = false;
        runtime.setStatus({ linked: true, self: `@${this.bot.botInfo.username}` });
        if (signal.aborted) break;
        if (webhook) await this.serveWebhook(runtime, webhook);
        else await this.poll(runtime);
        if (!signal.aborted) throw new Error("long polling ended unexpectedly");
      } catch (err) {
        if (signal.aborted) break;
        if (isUnauthorized(err)) {
          this.unauthorized = true;
          const why = `the bot token was rejected (${describeTelegramError(err)}); fix channels.telegram${this.account.accountId === "default" ? "" : `.accounts.${this.account.accountId}`}.botToken`;
          runtime.setStatus({ linked: false, connected: false, mode: "unauthorized", lastError: why });
          log.error(why);
          return;
        }
        const attempt = ++this.failedStarts;
        const conflict = isConflict(err);
        this.conflicted = conflict;
        const delay = backoffDelay(conflict ? this.timings.conflict : this.timings.retry, attempt);
        const what = conflict ? CONFLICT_MESSAGE : describeTelegramError(err);
        runtime.setStatus({ connected: false, mode: conflict ? "conflict" : "reconnecting", reconnectAttempts: attempt, lastError: what });
        log.warn(`${what}; retrying in ${formatDelay(delay)} (attempt ${attempt})`);
        await sleep(delay, signal);
      }
    }
    this.webhookReady = false;
    this.healthy = false;
  }

  /**
   * Long polling until aborted; on abort, `bot.stop()` confirms the offset and ends the loop before this resolves.
   * That final getUpdates is abandoned after `stopConfirmMs`, so this run always ends before the host
   * starts the next poller on the token (a reload): two getUpdates at once would earn one of them a 409.
   */
  private async poll(runtime: AccountRuntime): Promise<void> {
    const stops: Promise<void>[] = [];
    this.confirmDeadline = undefined;
    const onAbort = () => {
      const deadline = AbortSignal.timeout(this.timings.stopConfirmMs);
      this.confirmDeadline = deadline;
      stops.push(
        this.bot.stop().catch((err) => {
          if (!deadline.aborted) return runtime.log.debug(`stop: ${describeTelegramError(err)}`);
          runtime.log.warn(`stopping: Telegram did not confirm the last updates within ${formatDelay(this.timings.stopConfirmMs)}; gave up so the next poller cannot overlap (those updates may arrive again and are deduplicated)`);
        }),
      );
    };
    runtime.signal.addEventListener("abort", onAbort, { once: true });
    try {
      await this.bot.start({
        timeout: this.timings.pollTimeoutSeconds,
        drop_pending_updates: false,
        onStart: () => {
          // getMe and deleteWebhook answered: Telegram is reachable and the token works, which ends a
          // network failure. Not a conflict: that stays in status, and the backoff keeps its step,
          // until a getUpdates succeeds (pollOk); otherwise every retry would be "attempt 1" again.
          if (this.conflicted) return;
          this.failedStarts = 0;
          runtime.setStatus({ connected: true, mode: "polling", lastError: null, reconnectAttempts: 0, ...(this.healthy ? {} : { lastConnectedAt: Date.now() }) });
          this.healthy = true;
        },
      });
    } finally {
      runtime.signal.removeEventListener("abort", onAbort);
      await Promise.all(stops);
    }
  }

  private async serveWebhook(runtime: AccountRuntime, webhook: NonNullable<TelegramAccount["webhook"]>): Promise<void> {
    await this.bot.api.setWebhook(webhook.url, { secret_token: webhook.secret }, grammySignal(runtime.signal));
    this.failedStarts = 0;
    this.conflicted = false;
    this.webhookReady = true;
    runtime.setStatus({ connected: true, mode: "webhook", lastConnectedAt: Date.now(), lastError: null, reconnectAttempts: 0 });
    runtime.log.info(`webhook set to ${webhook.url} (receiving on ${webhook.path})`);
    await new Promise<void>((resolve) => runtime.signal.addEventListener("abort", () => resolve(), { once: true }));
    this.webhookReady = false; // the webhook stays set at Telegram, so updates wait there until the next start
  }

  /** Hands one webhook update to the bot's middleware (only while `acceptsWebhook`). */
  handleUpdate(update: Update): Promise<void> {
    return this.bot.handleUpdate(update);
  }

  /** Status from every real getUpdates outcome: an outage shows at once, and so does the recovery. */
  private readonly observePolling: Transformer = async (prev, method, payload, givenSignal) => {
    if (method !== "getUpdates") return prev(method, payload, givenSignal);
    // bot.stop()'s final getUpdates carries no signal of its own: bound it by the stop deadline.
    const signal = givenSignal ?? (this.confirmDeadline ? grammySignal(this.confirmDeadline) : undefined);
    try {
      const res = await prev(method, payload, signal);
      if (res.ok) this.pollOk();
      else if (res.error_code !== 409) this.pollFailed(`getUpdates: ${res.error_code} ${res.description}`);
      else this.healthy = false;
      return res;
    } catch (err) {
      if (!signal?.aborted && !this.runtime?.signal.aborted) this.pollFailed(describeTelegramError(err));
      throw err;
    }
  };

  private pollOk(): void {
    if (this.healthy || this.runtime?.signal.aborted) return;
    this.healthy = true;
    this.failedStarts = 0;
    this.conflicted = false;
    this.runtime?.setStatus({ connected: true, mode: "polling", lastConnectedAt: Date.now(), lastError: null, reconnectAttempts: 0 });
  }

  private pollFailed(what: string): void {
    if (this.healthy) this.runtime?.log.warn(`polling failed (${what}); grammY retries every few seconds`);
    this.healthy = false;
    this.runtime?.setStatus({ connected: false, lastError: what });
  }

  private async onMessage(message: Message): Promise<void> {
    const runtime = this.runtime;
    if (!runtime || !this.bot.isInited()) return;
    const inbound = toInbound(message, this.bot.botInfo, this.account.accountId);
    if (inbound) await runtime.receive(inbound);
  }
}

/** 0.4 s, 2.0 s, 30 s: sub-10-second backoff steps stay visible in the log. */
function formatDelay(ms: number): string {
  return ms >= 10_000 ? `${Math.round(ms / 1000)} s` : `${(ms / 1000).toFixed(1)} s`;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
  });
}
