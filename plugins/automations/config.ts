/**
 * The automations plugin's config: the `cron` section and upstream's `agents.defaults.heartbeat`.
 * Defaults live here and nowhere else.
 */
import { Type, type Static } from "../../core/sdk/plugin.js";

const closed = { additionalProperties: false } as const;
/** "30m", "1h", "90s", "500ms", "2d" (a bare number is minutes, as upstream). */
const Duration = Type.String({ pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h|d)?\\s*$" });
const ClockTime = Type.String({ pattern: "^([01]\\d|2[0-4]):[0-5]\\d$" });

export const DEFAULT_MAX_CONCURRENT_RUNS = 1;
export const DEFAULT_HISTORY_PER_JOB = 200;
export const DEFAULT_HISTORY_TOTAL = 5_000;
/** Upstream's default for `cron.sessionRetention`. */
export const DEFAULT_SESSION_RETENTION = "24h";
export const DEFAULT_HEARTBEAT_PROMPT =
  "Heartbeat: check whether anything needs the user's attention now. If nothing does, reply exactly HEARTBEAT_OK.";

export const AutomationsConfigSchema = Type.Object(
  {
    cron: Type.Optional(
      Type.Object(
        {
          /** false: jobs are kept and editable but nothing fires on its own (cron.run still works). */
          enabled: Type.Boolean({ default: true }),
          /** Runs at once; more due runs wait in order. */
          maxConcurrentRuns: Type.Integer({ minimum: 1, maximum: 64, default: DEFAULT_MAX_CONCURRENT_RUNS }),
          /** Run-history entries kept per job (oldest dropped first). */
          historyPerJob: Type.Integer({ minimum: 1, maximum: 10_000, default: DEFAULT_HISTORY_PER_JOB }),
          /** Run-history entries kept across all jobs. */
          historyTotal: Type.Integer({ minimum: 1, maximum: 100_000, default: DEFAULT_HISTORY_TOTAL }),
          /** How long a finished isolated run's session (index entry and transcript) is kept; false or a zero duration ("0h") keeps them forever. */
          sessionRetention: Type.Union([Duration, Type.Literal(false)], { default: DEFAULT_SESSION_RETENTION }),
        },
        closed,
      ),
    ),
    agents: Type.Optional(
      Type.Object(
        {
          defaults: Type.Optional(
            Type.Object(
              {
                heartbeat: Type.Optional(
                  Type.Object(
                    {
                      /** Interval between heartbeat turns on the default agent's main session; absent or "0m": off. */
                      every: Type.Optional(Duration),
                      /** Heartbeats run only inside this window (quiet hours outside it); `timezone` defaults to the host's. */
                      activeHours: Type.Optional(Type.Object({ start: Type.Optional(ClockTime), end: Type.Optional(ClockTime), timezone: Type.Optional(Type.String()) }, closed)),
                      prompt: Type.Optional(Type.String({ minLength: 1, maxLength: 10_000 })),
                      model: Type.Optional(Type.String()),
                      timeoutSeconds: Type.Optional(Type.Integer({ minimum: 1, maximum: 86_400 })),
                      /** Where a reply that needs attention goes: a channel id ("telegram", "whatsapp") with `to`; "none" keeps it internal; "owner" and "last" (upstream) have no route here. */
                      target: Type.Optional(Type.String({ minLength: 1 })),
                      /** The recipient on the `target` channel (a chat id, a phone number; Telegram topics as `<chatId>:topic:<threadId>`). */
                      to: Type.Optional(Type.String({ minLength: 1 })),
                      /** The channel account to send from (multi-account channels). */
                      accountId: Type.Optional(Type.String({ minLength: 1 })),
                    },
                    closed,
                  ),
                ),
              },
              { additionalProperties: true },
            ),
          ),
        },
        { additionalProperties: true },
      ),
    ),
  },
  closed,
);
export type AutomationsConfig = Static<typeof AutomationsConfigSchema>;
export type HeartbeatConfig = NonNullable<NonNullable<NonNullable<AutomationsConfig["agents"]>["defaults"]>["heartbeat"]>;

/** `cron.sessionRetention` in milliseconds; 0: never prune. */
export function sessionRetentionMs(value: string | false | undefined): number {
  if (value === false) return 0;
  const ms = durationMs(value ?? DEFAULT_SESSION_RETENTION);
  return Number.isFinite(ms) && ms > 0 ? ms : 0;
}

/** Milliseconds of a duration string ("30m"); a bare number is minutes. */
export function durationMs(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/.exec(text);
  if (!m) return NaN;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[(m[2] ?? "m") as "ms" | "s" | "m" | "h" | "d"];
  return Math.round(Number(m[1]) * unit);
}
