/**
 * Heartbeat: a periodic agent turn on the default agent's main session (`agents.defaults.heartbeat.every`,
 * off by default), skipped outside `activeHours`. System events queued by cron jobs or `wake` ride along
 * with the next heartbeat turn. A reply that needs attention (not HEARTBEAT_OK) is sent to the
 * configured target (heartbeat-delivery.ts). The outcome is the `heartbeat` event and `last-heartbeat`.
 */
import type { AgentService } from "../agent/contract.js";
import type { ChannelsService } from "../channels/contract.js";
import { deliverHeartbeat, heartbeatRoute, type HeartbeatRoute } from "./heartbeat-delivery.js";
import { DEFAULT_HEARTBEAT_PROMPT, durationMs, type HeartbeatConfig } from "./config.js";
import type { HeartbeatEvent } from "./schemas.js";

/** Queued system events kept for the next heartbeat (oldest dropped beyond this). */
const MAX_QUEUED_EVENTS = 100;
const PREVIEW_CHARS = 200;
const OK_TOKEN = "HEARTBEAT_OK";

export interface HeartbeatDeps {
  agent: AgentService;
  channels: ChannelsService;
  config: HeartbeatConfig | undefined;
  emit(event: HeartbeatEvent): void;
  signal: AbortSignal;
}

export class Heartbeat {
  private timer: NodeJS.Timeout | undefined;
  private enabled = true;
  private last: HeartbeatEvent | null = null;
  private queued: string[] = [];
  private running: Promise<void> | undefined;
  readonly everyMs: number;
  readonly route: HeartbeatRoute;

  constructor(private readonly deps: HeartbeatDeps) {
    this.route = heartbeatRoute(deps.config);
    const every = deps.config?.every ? durationMs(deps.config.every) : 0;
    this.everyMs = Number.isFinite(every) && every > 0 ? every : 0;
  }

  start(): void {
    this.arm();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  lastEvent(): HeartbeatEvent | null {
    return this.last;
  }

  /** set-heartbeats: pauses or resumes the periodic turns (not persisted, as upstream). */
  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    this.stop();
    this.arm();
  }

  /** The system events waiting for the next heartbeat turn, oldest first (status shows them). */
  pendingEvents(): string[] {
    return [...this.queued];
  }

  queueSystemEvent(text: string): void {
    this.queued.push(text);
    if (this.queued.length > MAX_QUEUED_EVENTS) this.queued.splice(0, this.queued.length - MAX_QUEUED_EVENTS);
  }

  /** Runs a heartbeat turn now (one at a time: a request while one runs waits for it). */
  async runNow(reason: string): Promise<void> {
    if (this.running) await this.running;
    this.running = this.turn(reason).finally(() => (this.running = undefined));
    return this.running;
  }

  private arm(): void {
    if (!this.everyMs || !this.enabled || this.deps.signal.aborted) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.runNow("interval").finally(() => this.arm());
    }, this.everyMs);
    this.timer.unref?.();
  }

  private async turn(reason: string): Promise<void> {
    const startedAt = Date.now();
    const finish = (fields: Omit<HeartbeatEvent, "ts" | "durationMs">) => {
      this.last = { ts: Date.now(), ...fields, durationMs: Date.now() - startedAt };
      this.deps.emit(this.last);
    };
    if (reason === "interval" && !inActiveHours(this.deps.config?.activeHours, new Date())) return finish({ status: "skipped", reason: "quiet-hours" });
    const events = this.queued.splice(0);
    const prompt = this.deps.config?.prompt ?? DEFAULT_HEARTBEAT_PROMPT;
    const message = events.length ? `${events.map((e) => `System event: ${e}`).join("\n")}\n\n${prompt}` : prompt;
    try {
      const result = await this.deps.agent.run({
        message,
        channel: "heartbeat",
        streaming: false,
        signal: this.deps.signal,
        ...(this.deps.config?.timeoutSeconds ? { timeoutMs: this.deps.config.timeoutSeconds * 1000 } : {}),
        ...(this.deps.config?.model ? { model: this.deps.config.model } : {}),
      });
      const text = result.text.trim();
      if (!text) return finish({ status: "ok-empty", reason });
      if (text.includes(OK_TOKEN)) return finish({ status: "ok-token", reason, preview: text.slice(0, PREVIEW_CHARS) });
      const preview = text.slice(0, PREVIEW_CHARS);
      // Without a route the reply stays in the main session's transcript only.
      if (this.route.kind === "none") return finish({ status: "skipped", reason: this.route.reason, preview });
      const where = { channel: this.route.channel, to: this.route.to };
      try {
        await deliverHeartbeat(this.route, text, this.deps.channels);
      } catch (err) {
        return finish({ status: "failed", reason: `delivery to ${where.channel} ${where.to} failed: ${(err as Error).message}`, preview, ...where });
      }
      return finish({ status: "sent", reason, preview, ...where });
    } catch (err) {
      return finish({ status: "failed", reason: (err as Error).message || String(err) });
    }
  }
}

/** True inside `start`–`end` (wall clock in `timezone`, else the host's); a window may wrap midnight. No window: always. */
export function inActiveHours(window: HeartbeatConfig["activeHours"], now: Date): boolean {
  if (!window?.start || !window.end) return true;
  const parts = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", ...(window.timezone ? { timeZone: window.timezone } : {}) }).format(now);
  const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  const t = minutes(parts);
  const start = minutes(window.start);
  const end = minutes(window.end);
  return start <= end ? t >= start && t < end : t >= start || t < end;
}
