/**
 * Watches the config file and every included file; calls back once per burst of changes
 * (debounced). chokidar is loaded when watching starts, not at import.
 */
import type { FSWatcher } from "chokidar";
import type { Logger } from "../log.js";

export class ConfigWatcher {
  private watcher?: FSWatcher;
  private timer?: NodeJS.Timeout;
  private watched = new Set<string>();

  constructor(
    private readonly onChange: () => void,
    private readonly log: Logger,
    private debounceMs: number,
  ) {}

  /** Starts watching (or updates the watched set to exactly `files`). */
  async watch(files: readonly string[]): Promise<void> {
    const next = new Set(files);
    if (!this.watcher) {
      const { watch } = await import("chokidar");
      const watcher = watch([...next], { ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: 40, pollInterval: 10 } });
      watcher.on("all", (event, path) => {
        this.log.debug(`config file ${event}: ${path}`);
        this.schedule();
      });
      watcher.on("error", (err) => this.log.warn(`config watcher error: ${(err as Error).message}; edits may need a restart to apply`));
      // Only after `ready` are the files really watched: an edit made before it would be missed.
      await new Promise<void>((resolve) => watcher.once("ready", () => resolve()));
      this.watcher = watcher;
      this.watched = next;
      return;
    }
    const removed = [...this.watched].filter((f) => !next.has(f));
    const added = [...next].filter((f) => !this.watched.has(f));
    if (removed.length) this.watcher.unwatch(removed);
    if (added.length) this.watcher.add(added);
    this.watched = next;
  }

  setDebounce(ms: number): void {
    this.debounceMs = ms;
  }

  async close(): Promise<void> {
    clearTimeout(this.timer);
    await this.watcher?.close();
    this.watcher = undefined;
    this.watched.clear();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.onChange(), this.debounceMs);
  }
}
