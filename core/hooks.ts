/**
 * The gateway's hooks. tapable has no `untap`, so plugins never tap these directly: their taps are
 * recorded, and after every change to the plugin set the host builds a fresh frozen object from
 * the live plugins (tap name = plugin name) and swaps it in.
 */
import { AsyncParallelHook, AsyncSeriesBailHook, AsyncSeriesHook } from "tapable";
import type { GatewayError } from "./errors.js";
import type { ConnectionInfo } from "./types.js";
import type { ConnectAuth } from "./protocol/connect-params.js";
import type { RequestFrame } from "./protocol/frames.js";

export interface ConnectContext {
  readonly conn: ConnectionInfo;
  /** Scopes the client asked for (what it signed, before the gateway narrowed them). */
  readonly requestedScopes: readonly string[];
  /** Credentials as offered, for plugins that verify their own (device tokens). */
  readonly auth: ConnectAuth | undefined;
  /** Whether the shared secret (token/password/none) already authenticated this connection. */
  readonly authenticated: boolean;
  /**
   * Accept the connection on a plugin-verified credential. Granted scopes become the requested
   * ones that `allowedScopes` covers (admin covers all).
   */
  authenticate(method: string, allowedScopes: readonly string[]): void;
}

/** What `helloExtras` taps fill in: the connection is accepted, `hello-ok` is about to be built. */
export interface HelloExtrasContext {
  readonly conn: ConnectionInfo;
  /** Extra fields for `hello-ok.auth` (e.g. `deviceToken`, `issuedAtMs`). */
  readonly helloAuth: Record<string, unknown>;
  /** Plugin surface URLs (e.g. `canvas`); rendered as `canvasHostUrl` (protocol 3) or `pluginSurfaceUrls` (protocol 4). */
  readonly surfaces: Record<string, string>;
}

/** What `onConnected` observers see: `hello-ok` has been sent, the connection is open. */
export interface ConnectedContext {
  readonly conn: ConnectionInfo;
}

export type FrameVerdict = { result: unknown } | { error: GatewayError } | { drop: true };

export interface FrameContext {
  readonly conn: ConnectionInfo;
  readonly frame: RequestFrame;
}

export interface DisconnectContext {
  readonly conn: ConnectionInfo;
  readonly code: number;
  readonly reason: string;
}

export interface ShutdownContext {
  readonly reason: string;
  readonly restartExpectedMs: number | null;
}

/**
 * The phases of a connection and of the gateway, in the order they happen. This literal is the one
 * place they are declared; a plugin taps them by name and order between plugins is plugin order.
 */
export function createHooks() {
  return Object.freeze({
    /** Phase 1, after shared-secret auth and device verification: may refuse (return a GatewayError) or authenticate on a plugin credential. */
    onConnect: new AsyncSeriesBailHook<[ConnectContext], GatewayError | undefined>(["ctx"]),
    /** Phase 2, once every onConnect tap accepted: adds hello-ok fields (auth extras, surface URLs). */
    helloExtras: new AsyncSeriesHook<[HelloExtrasContext]>(["ctx"]),
    /** Phase 3, after hello-ok was sent: observers of an open connection (presence, node registry); failures are logged only. */
    onConnected: new AsyncParallelHook<[ConnectedContext]>(["ctx"]),
    /** Every request after the handshake, before dispatch. Return a verdict to answer or drop it. */
    onFrame: new AsyncSeriesBailHook<[FrameContext], FrameVerdict | undefined>(["ctx"]),
    /** After a connection that completed the handshake has closed. Return values are ignored. */
    onDisconnect: new AsyncParallelHook<[DisconnectContext]>(["ctx"]),
    /** Once when the gateway stops or restarts, before plugins are disposed; bounded by a timeout. */
    onShutdown: new AsyncSeriesHook<[ShutdownContext]>(["ctx"]),
  });
}

export type GatewayHooks = ReturnType<typeof createHooks>;
export type HookName = keyof GatewayHooks;

interface HookArgs {
  onConnect: ConnectContext;
  helloExtras: HelloExtrasContext;
  onConnected: ConnectedContext;
  onFrame: FrameContext;
  onDisconnect: DisconnectContext;
  onShutdown: ShutdownContext;
}
interface HookResults {
  onConnect: GatewayError | undefined;
  helloExtras: void;
  onConnected: void;
  onFrame: FrameVerdict | undefined;
  onDisconnect: void;
  onShutdown: void;
}
type HookArg<N extends HookName> = HookArgs[N];
type HookResult<N extends HookName> = HookResults[N];

/** A tap function: sync or async. */
export type TapFn<N extends HookName> = (ctx: HookArg<N>) => HookResult<N> | Promise<HookResult<N>>;

export interface TapRecord<N extends HookName = HookName> {
  hook: N;
  fn: TapFn<N>;
}

/** What a plugin sees as `api.hooks`: `tap` records instead of mutating a live hook. */
export type HookTaps = { [N in HookName]: { tap(fn: TapFn<N>): void } };

const HOOK_NAMES = Object.keys(createHooks()) as HookName[];

export function createTapRecorder(record: (tap: TapRecord) => void): HookTaps {
  const facades = Object.fromEntries(
    HOOK_NAMES.map((hook) => [hook, Object.freeze({ tap: (fn: TapFn<HookName>) => record({ hook, fn } as TapRecord) })]),
  );
  return Object.freeze(facades) as HookTaps;
}

/** Builds one fresh frozen hooks object from the live plugins' recorded taps, in plugin order. */
export function buildHooks(plugins: ReadonlyArray<{ name: string; taps: readonly TapRecord[] }>): GatewayHooks {
  const hooks = createHooks();
  for (const plugin of plugins) {
    for (const tap of plugin.taps) {
      // Registered as tapable "sync" taps holding the plugin's own function: `runHook` calls them and
      // waits only for those that return a promise.
      const hook = hooks[tap.hook] as unknown as { tap(opts: { name: string }, fn: (arg: unknown) => unknown): void };
      hook.tap({ name: plugin.name }, tap.fn as (arg: unknown) => unknown);
    }
  }
  return hooks;
}

/** A tap's (or a phase's) answer: a plain value, or a promise of one. */
export type MaybePromise<T> = T | Promise<T>;

/** Whether a tap (or handler) answered with a promise rather than a plain value. */
export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === "object" && value !== null && typeof (value as { then?: unknown }).then === "function";
}

/** tapable keeps each hook's taps, in order, as `{ name, type, fn }`. */
function tapFns(hooks: GatewayHooks, name: HookName): ReadonlyArray<{ fn: (arg: unknown) => unknown }> {
  return (hooks[name] as unknown as { taps: Array<{ fn: (arg: unknown) => unknown }> }).taps;
}

/**
 * Runs one hook's taps with tapable's semantics for its kind: series taps one after another (a bail
 * hook stops at the first result that is not undefined), parallel taps all started at once. Unlike
 * tapable's own `promise()` it stays synchronous while the taps return plain values and only waits for
 * taps that return a promise: connection phases run for every handshake, and most taps have nothing
 * to do for most connections, so they cost no promise (each one allocates, and more so on Node 20,
 * where the plugin scope follows promises through async hooks). A series tap that throws throws
 * to the caller; a parallel tap that throws rejects the returned promise after the others started.
 */
export function runHook<N extends HookName>(hooks: GatewayHooks, name: N, ctx: HookArg<N>): MaybePromise<HookResult<N> | undefined> {
  const taps = tapFns(hooks, name);
  if (taps.length === 0) return undefined;
  // tapable's hook functions have no prototype to test with instanceof; each hook records its kind as `constructor`.
  const kind = (hooks[name] as unknown as { constructor: unknown }).constructor;
  if (kind === AsyncParallelHook) return runParallel(taps, ctx);
  return runSeries(taps, 0, ctx, kind === AsyncSeriesBailHook) as MaybePromise<HookResult<N> | undefined>;
}

/**
 * Runs an observer (parallel) hook without waiting for it; a tap that throws or rejects is passed to
 * `onError`. No promise is made unless a tap returned one: these run on every connect and close.
 */
export function notifyHook<N extends "onConnected" | "onDisconnect">(hooks: GatewayHooks, name: N, ctx: HookArg<N>, onError: (err: unknown) => void): void {
  const pending = runHook(hooks, name, ctx);
  if (isThenable(pending)) (pending as Promise<unknown>).catch(onError);
}

/** `runHook` as a promise, for callers off the hot paths that only want to await or catch. */
export function runHookAsync<N extends HookName>(hooks: GatewayHooks, name: N, ctx: HookArg<N>): Promise<HookResult<N> | undefined> {
  try {
    return Promise.resolve(runHook(hooks, name, ctx));
  } catch (err) {
    return Promise.reject(err);
  }
}

function runSeries(taps: ReadonlyArray<{ fn: (arg: unknown) => unknown }>, from: number, ctx: unknown, bail: boolean): MaybePromise<unknown> {
  for (let i = from; i < taps.length; i++) {
    const result = taps[i].fn(ctx);
    if (isThenable(result)) {
      return Promise.resolve(result).then((value) => (bail && value !== undefined ? value : runSeries(taps, i + 1, ctx, bail)));
    }
    if (bail && result !== undefined) return result;
  }
  return undefined;
}

function runParallel(taps: ReadonlyArray<{ fn: (arg: unknown) => unknown }>, ctx: unknown): MaybePromise<undefined> {
  let pending: Array<PromiseLike<unknown>> | undefined;
  for (const tap of taps) {
    let result: unknown;
    try {
      result = tap.fn(ctx);
    } catch (err) {
      result = Promise.reject(err);
    }
    if (isThenable(result)) (pending ??= []).push(result);
  }
  return pending ? Promise.all(pending).then(() => undefined) : undefined;
}

/** Number of taps on a hook; callers skip calling an empty hook on hot paths. */
export function tapCount(hooks: GatewayHooks, name: HookName): number {
  return (hooks[name] as unknown as { taps: unknown[] }).taps.length;
}
