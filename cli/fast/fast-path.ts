/**
 * The CLI's hot paths without oclif: `openclaw gateway [flags]` and `openclaw [gateway] health [flags]`.
 * oclif's config load and command discovery cost tens of milliseconds and megabytes before a command
 * runs; these two commands are the ones started by services, health checks and scripts, so bin/run.js
 * tries them here first. Anything this parser is not sure about (an unknown flag, `--help`, a value
 * oclif would reject) returns null and bin/run.js hands the arguments to oclif unchanged, so the help
 * text and every error message stay oclif's.
 *
 * This module is the entry of the bundled runtime (dist/bundle/fast-path.js, built by
 * scripts/bundle.mjs); the flags mirror cli/commands/gateway/index.ts and cli/base-command.ts.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;

const GATEWAY_OPTIONS = {
  port: { type: "string" },
  bind: { type: "string" },
  token: { type: "string" },
  password: { type: "string" },
  auth: { type: "string" },
  force: { type: "boolean" },
  verbose: { type: "boolean" },
  "allow-unconfigured": { type: "boolean" },
  dev: { type: "boolean" },
} satisfies Options;

const HEALTH_OPTIONS = {
  url: { type: "string" },
  token: { type: "string" },
  password: { type: "string" },
  timeout: { type: "string" },
  json: { type: "boolean" },
} satisfies Options;

const AUTH_MODES = ["token", "password", "none"];

/** The flags, or null when parseArgs refuses them (oclif then reports the problem in its own words). */
function parse<O extends Options>(args: string[], options: O) {
  try {
    const { values, positionals } = parseArgs({ args, options, strict: true, allowPositionals: false });
    return positionals.length ? null : values;
  } catch {
    return null;
  }
}

/** A decimal integer in [min, max] as oclif's Flags.integer accepts it, or null. */
function integer(text: string | undefined, min: number, max: number): number | null | undefined {
  if (text === undefined) return undefined;
  if (!/^-?\d+$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

/** Which fast command `args` (after the profile flags) names, with the rest of the arguments. */
export function fastCommand(args: readonly string[]): { command: "gateway" | "health"; rest: string[] } | null {
  if (args.includes("--help") || args.includes("-h") || args.includes("--")) return null;
  if (args[0] === "health") return { command: "health", rest: args.slice(1) };
  if (args[0] === "gateway" && args[1] === "health") return { command: "health", rest: args.slice(2) };
  if (args[0] === "gateway" && (args.length === 1 || args[1]!.startsWith("-"))) return { command: "gateway", rest: args.slice(1) };
  return null;
}

/**
 * Runs a fast command to completion and returns its exit code, or null when it declines (bin/run.js
 * then runs oclif with the same arguments).
 */
export async function runFast(args: readonly string[]): Promise<number | null> {
  const picked = fastCommand(args);
  if (!picked) return null;
  if (picked.command === "gateway") {
    const v = parse(picked.rest, GATEWAY_OPTIONS);
    if (!v) return null;
    const port = integer(v.port, 0, 65535);
    if (port === null || (v.auth !== undefined && !AUTH_MODES.includes(v.auth))) return null;
    const { runGatewayCommand } = await import("./gateway-main.js");
    return runGatewayCommand({ ...v, port, auth: v.auth as "token" | "password" | "none" | undefined });
  }
  const v = parse(picked.rest, HEALTH_OPTIONS);
  if (!v) return null;
  const timeout = integer(v.timeout, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  if (timeout === null) return null;
  const { runHealthCommand } = await import("./health-main.js");
  return runHealthCommand({ ...v, timeout: timeout ?? 10_000 });
}

// bin/run.js reads the global profile flags through this module too, so the fast path loads one file.
export { takeProfileFlags, ProfileError } from "../profile.js";
