/**
 * What the headless node host can do: `system.which`, `system.notify` (logged), `system.run` (no shell;
 * allowed by this host's approvals document or allowlist file, or approved through the gateway),
 * `system.run.prepare` (the plan a reviewer approves) and `system.execApprovals.get|set`. Params come
 * from the gateway as JSON; only the fields named here are read.
 */
import { isAbsolute } from "node:path";
import { which } from "./allowlist.js";
import { checkEnv, runBounded, RUN_LIMITS } from "./exec.js";
import { authorizeRun, checkCwd, CommandError, planRun, type ApprovalContext } from "./approvals.js";
import type { ApprovalsFile } from "../../core/sdk/kit/exec-policy/document-schema.js";

export { CommandError } from "./approvals.js";

export const NODE_COMMANDS = ["system.run", "system.run.prepare", "system.which", "system.notify", "system.execApprovals.get", "system.execApprovals.set"] as const;

export interface CommandContext extends ApprovalContext {
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
    case "system.run.prepare":
      return planRun(checkArgv(params), await checkCwd(params.cwd), params, ctx);
    case "system.execApprovals.get":
      return ctx.document.snapshot();
    case "system.execApprovals.set":
      return setApprovals(params, ctx);
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

function checkArgv(params: Params): string[] {
  const argv = params.command;
  if (!Array.isArray(argv) || argv.length === 0 || argv.length > RUN_LIMITS.maxArgs || !argv.every((a) => typeof a === "string")) {
    throw new CommandError("INVALID_PARAMS", `system.run needs command: an argv array of 1–${RUN_LIMITS.maxArgs} strings (no shell)`);
  }
  return argv as string[];
}

async function systemRun(params: Params, ctx: CommandContext) {
  const argv = checkArgv(params);
  const envError = checkEnv(params.env);
  if (envError) throw new CommandError("INVALID_PARAMS", envError);
  const cwd = await checkCwd(params.cwd);
  const timeoutMs = bounded(params.timeoutMs, RUN_LIMITS.defaultTimeoutMs, RUN_LIMITS.maxTimeoutMs);
  const maxOutputBytes = bounded(params.maxOutputBytes, RUN_LIMITS.maxOutputBytes, RUN_LIMITS.maxOutputBytes);
  const plan = await authorizeRun(argv, cwd, params, ctx);
  ctx.log(`run: ${argv.map((a) => JSON.stringify(a)).join(" ")} (cwd ${cwd}, timeout ${timeoutMs} ms${params.approved === true ? `, approved ${String(params.approvalDecision)}` : ""})`);
  return runBounded({ executable: plan.executable, args: argv.slice(1), cwd, env: (params.env ?? {}) as Record<string, string>, timeoutMs, maxOutputBytes });
}

async function setApprovals(params: Params, ctx: CommandContext) {
  const file = params.file as ApprovalsFile | undefined;
  if (typeof file !== "object" || file === null || file.version !== 1) throw new CommandError("INVALID_PARAMS", "system.execApprovals.set needs file: an approvals document with version 1");
  try {
    return await ctx.document.replace(file, typeof params.baseHash === "string" ? params.baseHash : undefined);
  } catch (err) {
    throw new CommandError("INVALID_PARAMS", (err as Error).message);
  }
}

function bounded(value: unknown, fallback: number, max: number): number {
  return typeof value === "number" && Number.isInteger(value) && value > 0 ? Math.min(value, max) : fallback;
}
