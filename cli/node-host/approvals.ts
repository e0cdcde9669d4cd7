/**
 * The node host's side of exec approvals: its own approvals document (`<stateDir>/exec-approvals.json`,
 * the same format and code as the gateway's), `system.run.prepare` (the plan a reviewer approves) and the
 * check an approved `system.run` must pass (same argv, cwd and executable file as the plan).
 */
import { homedir } from "node:os";
import { isAbsolute } from "node:path";
import { promises as fs } from "node:fs";
import type { ApprovalsDocument } from "../../core/sdk/kit/exec-policy/approvals-document.js";
import { fileIdentity, sameIdentity, type FileIdentity } from "../../core/sdk/kit/exec-policy/executable.js";
import { formatArgv } from "../../core/sdk/kit/exec-policy/command-line.js";
import { DEFAULT_MODE, MODE_POLICY, effectivePolicy, evaluate, matchAllowlist, tighten, withAllowAlways, withUse, type Ask, type Policy, type Security, type Verdict } from "../../core/sdk/kit/exec-policy/policy.js";
import { allowedExecutable, loadAllowlist, which } from "./allowlist.js";

/** A failure the node reports in `node.invoke.result.error`. */
export class CommandError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export interface ApprovalContext {
  allowlistFile: string;
  document: ApprovalsDocument;
}

export interface RunPlan {
  argv: string[];
  cwd: string;
  commandText: string;
  commandPreview: string;
  rawCommand: string | null;
  agentId: string;
  sessionKey: string | null;
  resolvedPath: string;
  /** The PATH entry that resolved (spawned as is, so multi-call binaries see their name). */
  executable: string;
  fileIdentity: FileIdentity;
  policySnapshot: Policy & { allowlisted: boolean; verdict: Verdict["action"]; reason: string };
}

const SECURITY = new Set(["deny", "allowlist", "full"]);
const ASK = new Set(["off", "on-miss", "always"]);

export async function checkCwd(value: unknown): Promise<string> {
  const cwd = value === undefined || value === null ? homedir() : value;
  if (typeof cwd !== "string" || !isAbsolute(cwd) || !(await fs.stat(cwd).then((s) => s.isDirectory(), () => false))) {
    throw new CommandError("INVALID_PARAMS", "cwd must be an absolute path to an existing directory");
  }
  return cwd;
}

/** Resolves argv[0] and evaluates this host's policy for it. `requested` (from the gateway) can only tighten. */
export async function planRun(argv: string[], cwd: string, params: Record<string, unknown>, ctx: ApprovalContext): Promise<RunPlan> {
  const resolved = await which(argv[0] as string);
  if (!resolved) throw new CommandError("NOT_ALLOWED", `system.run refused ${JSON.stringify(argv[0])}: not found in PATH (pass a program name or an absolute path)`);
  const identity = await fileIdentity(resolved);
  let snapshot;
  try {
    snapshot = await ctx.document.snapshot();
  } catch (err) {
    throw new CommandError("SYSTEM_RUN_DENIED", (err as Error).message);
  }
  const file = snapshot.file;
  const agentId = typeof params.agentId === "string" && params.agentId ? params.agentId : "main";
  const base = MODE_POLICY[DEFAULT_MODE];
  const own = { security: (file.defaults?.security as Security | undefined) ?? base.security, ask: (file.defaults?.ask as Ask | undefined) ?? base.ask };
  const requested = SECURITY.has(params.security as string) && ASK.has(params.ask as string) ? { security: params.security as Security, ask: params.ask as Ask } : own;
  const policy = effectivePolicy(tighten(own, requested), file, agentId);
  const binding = { resolvedPath: identity.realPath, argv, cwd };
  const legacy = await allowedExecutable(argv[0] as string, await loadAllowlist(ctx.allowlistFile));
  const allowlisted = Boolean(matchAllowlist(file, agentId, binding)) || legacy !== null;
  const verdict = evaluate(policy, allowlisted);
  const commandText = formatArgv(argv);
  return {
    argv, cwd, commandText, commandPreview: commandText.slice(0, 200), rawCommand: typeof params.rawCommand === "string" ? params.rawCommand : null,
    agentId, sessionKey: typeof params.sessionKey === "string" ? params.sessionKey : null,
    resolvedPath: identity.realPath, executable: resolved, fileIdentity: identity,
    policySnapshot: { ...policy, allowlisted, verdict: verdict.action, reason: verdict.reason },
  };
}

/**
 * Whether `system.run` may go ahead. `approved` is only ever set by the gateway after it checked the
 * approval record; the plan it carries must still describe exactly this run and this executable file.
 */
export async function authorizeRun(argv: string[], cwd: string, params: Record<string, unknown>, ctx: ApprovalContext): Promise<RunPlan> {
  const plan = await planRun(argv, cwd, { ...params, security: undefined, ask: undefined }, ctx);
  const binding = { resolvedPath: plan.resolvedPath, argv, cwd };
  if (plan.policySnapshot.verdict === "deny") throw new CommandError("SYSTEM_RUN_DENIED", plan.policySnapshot.reason);
  if (plan.policySnapshot.verdict === "run") {
    await ctx.document.update((f) => withUse(f, plan.agentId, binding, plan.commandText)).catch(() => undefined);
    return plan;
  }
  if (params.approved !== true) throw new CommandError("SYSTEM_RUN_DENIED", "approval required");
  const approved = params.systemRunPlan as Partial<RunPlan> | undefined;
  if (!approved || !Array.isArray(approved.argv) || approved.argv.length !== argv.length || approved.argv.some((a, i) => a !== argv[i]) || approved.cwd !== cwd) {
    throw new CommandError("SYSTEM_RUN_DENIED", "approval required: the run differs from the approved plan");
  }
  if (!approved.fileIdentity || !sameIdentity(approved.fileIdentity, plan.fileIdentity)) {
    throw new CommandError("SYSTEM_RUN_DENIED", `approval required: the executable ${plan.resolvedPath} changed after it was approved`);
  }
  if (params.approvalDecision === "allow-always") await ctx.document.update((f) => withAllowAlways(f, plan.agentId, binding, plan.commandText));
  return plan;
}
