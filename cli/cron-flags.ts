/** Flags and parsing shared by `openclaw cron add` and `cron edit` (upstream's flag names). */
import { Flags } from "@oclif/core";

export const scheduleFlags = {
  at: Flags.string({ description: "one-shot time: ISO (offset-less is UTC) or a delay such as 20m" }),
  every: Flags.string({ description: "interval such as 10m, 1h, 1d" }),
  cron: Flags.string({ description: "cron expression (5 fields, or 6 with seconds)" }),
  tz: Flags.string({ description: "IANA time zone for --cron (default: the gateway host's)" }),
};

export const jobFlags = {
  ...scheduleFlags,
  name: Flags.string({ description: "job name" }),
  description: Flags.string({ description: "job description" }),
  agent: Flags.string({ description: "agent id for this job" }),
  session: Flags.string({ description: "session target: main (system events) or isolated (agent turns)", options: ["main", "isolated"] }),
  wake: Flags.string({ description: "wake mode for system events", options: ["now", "next-heartbeat"] }),
  "system-event": Flags.string({ description: "system event payload (main session)" }),
  message: Flags.string({ description: "agent message payload (isolated session)" }),
  model: Flags.string({ description: "model override for agent jobs (<provider>/<model>)" }),
  "timeout-seconds": Flags.integer({ description: "agent turn budget in seconds (0: the agent's default)", min: 0 }),
  "delete-after-run": Flags.boolean({ description: "delete a one-shot job after it succeeds" }),
  "keep-after-run": Flags.boolean({ description: "keep a one-shot job (disabled) after it runs" }),
  "missed-runs": Flags.string({ description: "a run missed while the gateway was down: run once on start, or skip", options: ["run-once", "skip"] }),
  announce: Flags.boolean({ description: "deliver the final reply to a chat (--channel, --to)" }),
  deliver: Flags.boolean({ description: "--no-deliver: keep the reply internal", allowNo: true }),
  channel: Flags.string({ description: "delivery channel (telegram, whatsapp)" }),
  to: Flags.string({ description: "delivery destination (Telegram chat id, E.164 number)" }),
  account: Flags.string({ description: "channel account id for delivery" }),
  "thread-id": Flags.string({ description: "Telegram forum topic thread id" }),
  "best-effort-deliver": Flags.boolean({ description: "do not fail the job when delivery fails" }),
};

/** "20m" → ms; a bare number is ms. Throws naming the flag. */
export function parseDuration(text: string, flag: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/.exec(text);
  if (!m) throw new Error(`${flag}: "${text}" is not a duration (e.g. 90s, 10m, 1h, 1d)`);
  return Math.round(Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[(m[2] ?? "ms") as "ms"]);
}

type JobFlagValues = { [K in keyof typeof jobFlags]?: unknown };

/** The schedule from --at/--every/--cron (or a positional cron expression), or undefined when none is given. */
export function scheduleFrom(flags: JobFlagValues, positional?: string): Record<string, unknown> | undefined {
  const given = [flags.at, flags.every, flags.cron].filter((v) => typeof v === "string").length;
  if (given > 1) throw new Error("choose one of --at, --every, --cron");
  const tz = typeof flags.tz === "string" && flags.tz.trim() ? { tz: flags.tz.trim() } : {};
  if (typeof flags.cron === "string") return { kind: "cron", expr: flags.cron, ...tz };
  if (typeof flags.every === "string") return { kind: "every", everyMs: parseDuration(flags.every, "--every") };
  if (typeof flags.at === "string") {
    const delay = /^\s*\d+(\.\d+)?\s*(ms|s|m|h|d)\s*$/.test(flags.at) ? parseDuration(flags.at, "--at") : undefined;
    return { kind: "at", at: delay !== undefined ? new Date(Date.now() + delay).toISOString() : flags.at };
  }
  if (positional) return { kind: "cron", expr: positional, ...tz };
  return undefined;
}

/** The delivery object from --announce/--no-deliver/--channel/--to/--account/--thread-id/--best-effort-deliver, or undefined. */
export function deliveryFrom(flags: JobFlagValues): Record<string, unknown> | undefined {
  const touched = flags.announce || flags.deliver !== undefined || flags.channel || flags.to || flags.account || flags["thread-id"] || flags["best-effort-deliver"];
  if (!touched) return undefined;
  if (flags.announce && flags.deliver === false) throw new Error("choose --announce or --no-deliver, not both");
  return {
    mode: flags.deliver === false ? "none" : "announce",
    ...(flags.channel ? { channel: flags.channel } : {}),
    ...(flags.to ? { to: flags.to } : {}),
    ...(flags.account ? { accountId: flags.account } : {}),
    ...(flags["thread-id"] ? { threadId: flags["thread-id"] } : {}),
    ...(flags["best-effort-deliver"] ? { bestEffort: true } : {}),
  };
}
