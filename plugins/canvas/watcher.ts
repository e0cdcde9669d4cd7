/**
 * Watches the canvas root (chokidar) and calls `onChange` once per burst of changes, `debounceMs`
 * after the last one. Dotfiles, dot-directories and node_modules below the root are ignored. Running
 * out of watchers or descriptors (EMFILE, ENFILE, ENOSPC) turns live reload off with a hint instead
 * of taking the gateway down.
 */
import { relative, sep } from "node:path";
import type { FSWatcher } from "chokidar";
import type { Logger } from "../../core/sdk/plugin.js";

export const RELOAD_DEBOUNCE_MS = 75;
const FATAL_CODES = new Set(["EMFILE", "ENFILE", "ENOSPC"]);

type WatchFn = (typeof import("chokidar"))["watch"];

export interface WatchOptions {
  onChange(): void;
  /** Live reload stopped for good (the watcher failed); `reason` is the log line. */
  onDisabled(reason: string): void;
  log: Logger;
  debounceMs?: number;
  /** For tests: a stand-in for chokidar's `watch`. */
  watch?: WatchFn;
}

export interface RootWatcher {
  readonly active: boolean;
  /** Resolves once the initial scan is done (or the watcher failed). */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

/** True for paths below `root` that live reload ignores. `root` itself is never ignored (it may sit in ~/.openclaw). */
export function isIgnored(root: string, path: string): boolean {
  const rel = relative(root, path);
  if (!rel || rel.startsWith("..")) return false;
  return rel.split(sep).some((part) => part.startsWith(".") || part === "node_modules");
}

/** Never rejects: a watcher that cannot start reports through `onDisabled`. */
export async function watchRoot(root: string, options: WatchOptions): Promise<RootWatcher> {
  const debounceMs = options.debounceMs ?? RELOAD_DEBOUNCE_MS;
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  let active = true;
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const stop = async () => {
    active = false;
    clearTimeout(timer);
    markReady();
    await watcher?.close().catch(() => undefined);
  };
  const fail = (err: NodeJS.ErrnoException) => {
    if (!active) return;
    if (!FATAL_CODES.has(err.code ?? "")) {
      options.log.warn(`canvas watcher: ${err.message}`);
      return;
    }
    void stop();
    options.onDisabled(
      `live reload disabled: the file watcher failed with ${err.code} on ${root}; ` +
        `use a smaller canvas root or set canvasHost.liveReload=false (files are still served)`,
    );
  };

  try {
    const watch = options.watch ?? (await import("chokidar")).watch;
    watcher = watch(root, {
      ignoreInitial: true,
      followSymlinks: false,
      ignored: (path: string) => isIgnored(root, path),
    });
  } catch (err) {
    await stop();
    options.onDisabled(`live reload disabled: cannot watch ${root}: ${(err as Error).message}`);
    return { active: false, ready, close: stop };
  }
  watcher.on("all", () => {
    if (!active) return;
    clearTimeout(timer);
    timer = setTimeout(() => active && options.onChange(), debounceMs);
  });
  watcher.on("error", (err) => fail(err as NodeJS.ErrnoException));
  watcher.on("ready", () => markReady());
  return {
    get active() {
      return active;
    },
    ready,
    close: stop,
  };
}

/**
 * Live reload as the plugin sees it. The watcher starts with the first page that can be told to reload
 * (\`start()\`, called when a reload socket joins), not at start-up: a gateway nobody opens a canvas on
 * never loads chokidar nor scans the root. A fatal watcher error turns live reload off for good.
 */
export interface LiveReload {
  /** Inject the script (configured on and the watcher has not failed). */
  readonly on: boolean;
  /** The initial scan is done: changes from now on trigger reloads. */
  readonly watching: boolean;
  /** Starts the watcher unless it runs already (or live reload is off). */
  start(): void;
  close(): Promise<void>;
}

export function startLiveReload(root: string, enabled: boolean, log: Logger, onChange: () => void): LiveReload {
  if (!enabled) return { on: false, watching: false, start: () => undefined, close: async () => undefined };
  let down = false;
  let ready = false;
  let closed = false;
  let watcher: Promise<RootWatcher> | undefined;
  const onDisabled = (reason: string) => {
    down = true;
    log.warn(reason);
  };
  return {
    get on() {
      return !down;
    },
    get watching() {
      return ready && !down;
    },
    start() {
      if (watcher || down || closed) return;
      // Not awaited: chokidar loads and scans in the background.
      watcher = watchRoot(root, { log, onChange, onDisabled });
      void watcher.then((w) => w.ready).then(() => (ready = true));
    },
    close: async () => {
      closed = true;
      await (await watcher)?.close();
    },
  };
}
