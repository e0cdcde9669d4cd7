/**
 * The health summary: core facts plus each plugin's section. Built on demand and cached as JSON,
 * so `health` and every hello-ok reuse the same bytes; refreshed (and broadcast) periodically,
 * whenever a plugin says its section changed, and whenever a plugin changes state.
 */
import type { Contributors } from "./contributors.js";
import type { EventBus } from "./events.js";
import type { PluginStatus } from "./plugin-host.js";
import type { Logger } from "./log.js";

export interface HealthDeps {
  sections: Contributors<() => Record<string, unknown>>;
  plugins(): PluginStatus[];
  events: EventBus;
  log: Logger;
  refreshIntervalMs: number;
}

export class HealthService {
  private cached: { json: string; at: number; summary: Record<string, unknown> } | null = null;
  private timer?: NodeJS.Timeout;
  private broadcastQueued = false;

  constructor(private readonly deps: HealthDeps) {}

  start(): void {
    this.timer = setInterval(() => this.refresh(true), this.deps.refreshIntervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Cached summary JSON; rebuilt when stale or when `probe` asks for fresh data. */
  json(options: { probe?: boolean } = {}): string {
    if (!this.cached || options.probe || Date.now() - this.cached.at > this.deps.refreshIntervalMs) this.refresh(false);
    return (this.cached as { json: string }).json;
  }

  summary(): Record<string, unknown> {
    this.json();
    return (this.cached as { summary: Record<string, unknown> }).summary;
  }

  /** Drops the cache: the next read rebuilds it (no broadcast; for changes before clients can connect). */
  invalidate(): void {
    this.cached = null;
  }

  /** Drops the cache and broadcasts the new summary (coalesced to one broadcast per tick of the event loop). */
  changed(): void {
    this.cached = null;
    if (this.broadcastQueued) return;
    this.broadcastQueued = true;
    setImmediate(() => {
      this.broadcastQueued = false;
      this.refresh(true);
    });
  }

  private refresh(broadcast: boolean): void {
    const started = performance.now();
    const plugins = this.deps.plugins();
    const failed = plugins.filter((p) => p.state === "failed" || p.state === "skipped").map((p) => ({ name: p.name, state: p.state, error: p.error }));
    const sections: Record<string, unknown> = {};
    for (const { owner, fn } of this.deps.sections.list()) {
      try {
        const section = fn();
        JSON.stringify(section); // a section JSON cannot encode must not break health and every hello-ok
        Object.assign(sections, section);
      } catch (err) {
        failed.push({ name: owner, state: "failed", error: `health section failed: ${(err as Error).message}` });
      }
    }
    const summary: Record<string, unknown> = {
      ok: failed.length === 0,
      ts: Date.now(),
      durationMs: 0,
      degraded: failed.length > 0,
      plugins: {
        loaded: plugins.filter((p) => p.state === "active").map((p) => p.name),
        failed,
        disabled: plugins.filter((p) => p.state === "disabled").map((p) => p.name),
      },
      channels: {},
      channelOrder: [],
      channelLabels: {},
      ...sections,
    };
    summary.durationMs = Math.round((performance.now() - started) * 1000) / 1000;
    this.cached = { json: JSON.stringify(summary), at: Date.now(), summary };
    if (broadcast) this.deps.events.emit("health", () => summary);
  }
}
