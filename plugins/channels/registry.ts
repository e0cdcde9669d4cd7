/**
 * The registered channels and the lifecycle of their accounts: start every enabled, configured
 * account with its own AbortSignal; on unregistration (a plugin reload or stop) abort them and keep
 * the stop promise, so a re-registered channel starts its accounts only after the old ones are gone
 * (one poller per token). Live account state is kept per (channel, account) across registrations.
 */
import type { Logger } from "../../core/sdk/plugin.js";
import type { AccountRuntime, AccountStatus, AccountStatusPatch, ChannelAccount, ChannelPlugin, InboundMessage } from "./contract.js";

/** How long a stop may take before the host stops waiting for it (a plugin's dispose is bounded to 10 s). */
const STOP_WAIT_MS = 8_000;

/** What the host tracks itself, beyond what the channel reports. */
interface LiveState extends AccountStatusPatch {
  lastInboundAt?: number;
  lastOutboundAt?: number;
  lastStartAt?: number;
  lastStopAt?: number;
}

interface Running {
  controller: AbortController;
  done: Promise<void>;
}

export interface RegisteredChannel {
  readonly channel: ChannelPlugin;
  readonly signal: AbortSignal;
  /** Settles when the previous registration with this id has stopped. */
  readonly ready: Promise<void>;
  readonly running: Map<string, Running>;
}

export interface RegistryDeps {
  log: Logger;
  /** OPENCLAW_SKIP_CHANNELS=1: register channels but start no account. */
  skipStart: boolean;
  /** Link state, running or connection changed (health is rebuilt). */
  onChange(): void;
  receive(entry: RegisteredChannel, message: InboundMessage): Promise<void>;
}

const LINK_FIELDS = ["linked", "running", "connected", "mode", "lastError", "lastConnectedAt", "self"] as const;

export class ChannelRegistry {
  private readonly channels = new Map<string, RegisteredChannel>();
  private readonly stopping = new Map<string, Promise<void>>();
  private readonly live = new Map<string, LiveState>();

  constructor(private readonly deps: RegistryDeps) {}

  register(channel: ChannelPlugin, signal: AbortSignal): void {
    if (signal.aborted) return;
    if (!/^[a-z0-9][a-z0-9_-]{0,31}$/.test(channel.id)) throw new Error(`invalid channel id ${JSON.stringify(channel.id)} (lowercase letters, digits, - and _)`);
    if (this.channels.has(channel.id)) throw new Error(`channel ${channel.id} is already registered`);
    const entry: RegisteredChannel = { channel, signal, ready: this.stopping.get(channel.id) ?? Promise.resolve(), running: new Map() };
    this.channels.set(channel.id, entry);
    signal.addEventListener("abort", () => this.unregister(entry), { once: true });
    if (this.deps.skipStart) this.deps.log.info(`${channel.id}: OPENCLAW_SKIP_CHANNELS=1, accounts not started`);
    else for (const account of this.accounts(entry)) if (account.enabled && account.configured) this.start(entry, account.accountId);
    this.deps.onChange();
  }

  get(id: string): RegisteredChannel | undefined {
    return this.channels.get(id);
  }

  list(): RegisteredChannel[] {
    return [...this.channels.values()];
  }

  /** The channel's accounts now (a channel that throws lists none, and the error is logged once per call). */
  accounts(entry: RegisteredChannel): ChannelAccount[] {
    try {
      return entry.channel.listAccounts();
    } catch (err) {
      this.deps.log.error(`${entry.channel.id}: listing accounts failed: ${(err as Error).message}`);
      return [];
    }
  }

  account(entry: RegisteredChannel, accountId: string): ChannelAccount | undefined {
    return this.accounts(entry).find((a) => a.accountId === accountId);
  }

  isLinked(entry: RegisteredChannel, accountId: string): boolean {
    try {
      return entry.channel.isLinked(accountId);
    } catch {
      return false;
    }
  }

  /** Starts the account unless it is running (or channels are skipped). */
  start(entry: RegisteredChannel, accountId: string): void {
    if (this.deps.skipStart || entry.signal.aborted || entry.running.has(accountId)) return;
    const { channel } = entry;
    const controller = new AbortController();
    const log = this.deps.log.child(`${channel.id}/${accountId}`);
    const runtime: AccountRuntime = {
      accountId,
      signal: controller.signal,
      log,
      receive: (message) => {
        this.touch(channel.id, accountId, { lastInboundAt: Date.now() });
        return this.deps.receive(entry, { ...message, accountId }).catch((err: Error) => log.error(`inbound handling failed: ${err.message}`));
      },
      setStatus: (patch) => this.patch(channel.id, accountId, patch),
    };
    this.touch(channel.id, accountId, { running: true, lastStartAt: Date.now() });
    const done = entry.ready
      .then(() => (controller.signal.aborted ? undefined : channel.startAccount(runtime)))
      .catch((err: Error) => {
        log.error(`stopped with an error: ${err.message}`);
        this.touch(channel.id, accountId, { lastError: err.message });
      })
      .finally(() => {
        if (entry.running.get(accountId)?.done === done) entry.running.delete(accountId);
        this.patch(channel.id, accountId, { running: false, connected: false });
        this.touch(channel.id, accountId, { lastStopAt: Date.now() });
      });
    entry.running.set(accountId, { controller, done });
    this.deps.onChange();
  }

  /** Aborts the account and waits (bounded) until it has stopped. */
  async stop(entry: RegisteredChannel, accountId: string): Promise<void> {
    const run = entry.running.get(accountId);
    if (!run) return;
    run.controller.abort();
    await this.bounded(run.done, `${entry.channel.id}/${accountId}`);
  }

  /** Stops every account of every channel (the channels plugin is going away). */
  async stopAll(): Promise<void> {
    for (const entry of this.channels.values()) this.unregister(entry);
    await Promise.all(this.stopping.values());
  }

  status(entry: RegisteredChannel, account: ChannelAccount): AccountStatus {
    const live = this.live.get(liveKey(entry.channel.id, account.accountId)) ?? {};
    return {
      ...live,
      accountId: account.accountId,
      enabled: account.enabled,
      configured: account.configured,
      linked: this.isLinked(entry, account.accountId),
      running: entry.running.has(account.accountId),
      connected: live.connected ?? false,
      reconnectAttempts: live.reconnectAttempts ?? 0,
      lastConnectedAt: live.lastConnectedAt ?? null,
      lastError: live.lastError ?? null,
      lastInboundAt: live.lastInboundAt ?? null,
      lastOutboundAt: live.lastOutboundAt ?? null,
      lastStartAt: live.lastStartAt ?? null,
      lastStopAt: live.lastStopAt ?? null,
      dmPolicy: account.access.dmPolicy,
      ...(account.tokenSource ? { tokenSource: account.tokenSource } : {}),
      ...(account.unconfiguredReason && !account.configured ? { unconfiguredReason: account.unconfiguredReason } : {}),
      ...(this.deps.skipStart ? { mode: "skipped" } : {}),
    };
  }

  /** Records host-side facts (timestamps, errors) about an account. */
  touch(channelId: string, accountId: string, fields: LiveState): void {
    const key = liveKey(channelId, accountId);
    this.live.set(key, { ...this.live.get(key), ...fields });
    if ("lastError" in fields) this.deps.onChange();
  }

  private patch(channelId: string, accountId: string, patch: AccountStatusPatch): void {
    const key = liveKey(channelId, accountId);
    const before = this.live.get(key) ?? {};
    const after = { ...before, ...patch };
    this.live.set(key, after);
    if (LINK_FIELDS.some((f) => f in patch && before[f] !== after[f])) this.deps.onChange();
  }

  private unregister(entry: RegisteredChannel): void {
    if (this.channels.get(entry.channel.id) !== entry) return;
    this.channels.delete(entry.channel.id);
    const runs = [...entry.running.entries()];
    for (const [, run] of runs) run.controller.abort();
    const stopped = Promise.all(runs.map(([accountId, run]) => this.bounded(run.done, `${entry.channel.id}/${accountId}`))).then(() => undefined);
    this.stopping.set(entry.channel.id, stopped);
    void stopped.then(() => {
      if (this.stopping.get(entry.channel.id) === stopped) this.stopping.delete(entry.channel.id);
    });
    this.deps.onChange();
  }

  private async bounded(done: Promise<void>, what: string): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        this.deps.log.warn(`${what} did not stop within ${STOP_WAIT_MS} ms; continuing without it`);
        resolve();
      }, STOP_WAIT_MS);
    });
    await Promise.race([done, timeout]);
    clearTimeout(timer);
  }
}

function liveKey(channelId: string, accountId: string): string {
  return `${channelId}\u0000${accountId}`;
}
