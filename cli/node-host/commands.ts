/**
 * What the headless node host can do: `system.which`, `system.notify` (logged) and `system.run`
 * (allowlisted executables only, no shell). Params come from the gateway as JSON; only the fields
 * named here are read, so approval flags or other extras are ignored, never trusted.
 */
import { promises as fs } from "node:fs";
import { homedir } from "node:os";
import { isAbsolute } from "node:path";
import { allowedExecutable, loadAllowlist, which } from "./allowlist.js";
import { checkEnv, runBounded, RUN_LIMITS } from "./exec.js";

export const NODE_COMMANDS = ["system.run", "system.which", "system.notify"] as const;

/** A failure the node reports in `node.invoke.result.error`. */
export class CommandError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export interface CommandContext {
  allowlistFile: string;
  log(line: string): void;
}

type Params = Record<string, unknown>;

const MAX_WHICH = 64;

export async function runCommand(command: string, params: Params, ctx: CommandContext): Promise<unknown> {
  switch (command) {
    case "system.which":
      return systemWhich(params);
    case "system.notify":
      return systemNotify(params, ctx);
    case "system.run":
      return systemRun(params, ctx);
    default:
      throw new CommandError("UNKNOWN_COMMAND", `this node does not implement ${command}`);
  }
}

async function systemWhich(params: Params): Promise<{ bins: Record<string, string> }> {
  const bins = params.bins;
  if (!Array.isArray(bins) || bins.length === 0 || bins.length > MAX_WHICH || !bins.every((b) => typeof b === "string" && b.length > 0 && b.length <= 255)) {
    throw new CommandError("INVALID_PARAMS", `system.which needs bins: 1–${MAX_WHICH} executable names`);
  }
  const found: Record<string, string> = {};
  for (const name of bins as string[]) {
    if (isAbsolute(name) || name.includes("/")) continue; // names only: this is a PATH lookup, not a file probe
    const path = await which(name);
    if (path) found[name] = path;
  }
  return { bins: found };
}

function systemNotify(params: Params, ctx: CommandContext): { ok: true } {
  const text = (v: unknown) => (typeof v === "string" ? v.slice(0, 2000) : "");
  const title = text(params.title);
  const body = text(params.body) || text(params.text) || text(params.message);
  if (!title && !body) throw new CommandError("INVALID_PARAMS", "system.notify needs a title or a body");
  ctx.log(`notify: ${[title, body].filter(Boolean).join(" — ")}`);
  return { ok: true };
}

async function systemRun(params: Params, ctx: CommandContext) {
  const argv = params.command;
  if (!Array.isArray(argv) || argv.length === 0 || argv.length > RUN_LIMITS.maxArgs || !argv.every((a) => typeof a === "string")) {
    throw new CommandError("INVALID_PARAMS", `system.run needs command: an argv array of 1–${RUN_LIMITS.maxArgs} strings (no shell)`);
  }
  const envError = checkEnv(params.env);
  if (envError) throw new CommandError("INVALID_PARAMS", envError);
  const cwd = params.cwd === undefined ? homedir() : params.cwd;
  if (typeof cwd !== "string" || !isAbsolute(cwd) || !(await isDirectory(cwd))) throw new CommandError("INVALID_PARAMS", "cwd must be an absolute path to an existing directory");
  const timeoutMs = bounded(params.timeoutMs, RUN_LIMITS.defaultTimeoutMs, RUN_LIMITS.maxTimeoutMs);
  const maxOutputBytes = bounded(params.maxOutputBytes, RUN_LIMITS.maxOutputBytes, RUN_LIMITS.maxOutputBytes);

  const list = await loadAllowlist(ctx.allowlistFile);
  const executable = await allowedExecutable(argv[0] as string, list);
  if (!executable) {
    const why = list.problem ?? `it is not in ${list.file}`;
    throw new CommandError("NOT_ALLOWED", `system.run refused ${JSON.stringify(argv[0])}: ${why} (add the command to the node's allowlist file to allow it)`);
  }
  ctx.log(`run: ${(argv as string[]).map((a) => JSON.stringify(a)).join(" ")} (cwd ${cwd}, timeout ${timeoutMs} ms)`);
  return runBounded({ executable, args: (argv as string[]).slice(1), cwd, env: (params.env ?? {}) as Record<string, string>, timeoutMs, maxOutputBytes });
}

function bounded(value: unknown, fallback: number, max: number): number {
  return typeof value === "number" && Number.isInteger(value) && value > 0 ? Math.min(value, max) : fallback;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await fs.stat(path)).isDirectory();
  } catch {
    return false;
  }
}
