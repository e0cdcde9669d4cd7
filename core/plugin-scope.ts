/**
 * Which plugin is running right now. The host enters a plugin's scope around its setup, its disposer
 * and every callback the core calls into it (method handlers, routes, upgrades, hook taps, sections);
 * AsyncLocalStorage carries the scope into the timers, promises, sockets and emitters created there.
 * So an exception thrown later by a timer that plugin X scheduled, or a promise it left rejected,
 * still says "X" when it reaches the process guard.
 */
import { AsyncLocalStorage } from "node:async_hooks";

export type EscapeKind = "uncaught exception" | "unhandled rejection";

export interface PluginScope {
  readonly plugin: string;
  /** Aborted when this setup of the plugin is disposed: a late error from it must not fail a newer setup. */
  readonly signal: AbortSignal;
  /** An error that escaped the plugin's own code (nothing caught it); the host decides what it costs. */
  reportEscaped(err: unknown, kind: EscapeKind): void;
  /** Runs `fn` inside this scope. */
  run<T>(fn: () => T): T;
  /** Wraps `fn` so every call runs inside this scope. */
  bind<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R;
}

// One storage per process, like the process-wide handlers that read it; it holds no state of its own
// (each scope lives in its plugin's record), so several gateways in one process do not interfere.
const storage = new AsyncLocalStorage<PluginScope>();

export function createPluginScope(plugin: string, signal: AbortSignal, report: PluginScope["reportEscaped"]): PluginScope {
  const scope: PluginScope = {
    plugin,
    signal,
    reportEscaped: report,
    run: (fn) => storage.run(scope, fn),
    bind: (fn) => (...args) => storage.run(scope, fn, ...args),
  };
  return scope;
}

/** The scope of the plugin whose code (or whose timer, promise or socket) is running, if any. */
export function currentPluginScope(): PluginScope | undefined {
  return storage.getStore();
}
