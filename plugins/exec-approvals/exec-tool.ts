/**
 * The agent tool `exec`: runs one program (argv or a command line, no shell) on the gateway host or on a
 * node, under the exec policy. A command that needs consent waits for a reviewer's decision on a pending
 * approval; the result (stdout, stderr, exit code, bounded) or the denial goes back to the model.
 */
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import { homedir } from "node:os";
import { isAbsolute } from "node:path";
import type { AgentTool, ToolContext } from "../agent/contract.js";
import type { NodesService } from "../nodes/contract.js";
import type { ApprovalsDocument } from "../../core/sdk/plugin.js";
import type { ApprovalRegistry } from "./approval-registry.js";
import { formatArgv, splitCommandLine } from "../../core/sdk/plugin.js";
import { fileIdentity, resolveExecutable, sameIdentity } from "../../core/sdk/plugin.js";
import { effectivePolicy, evaluate, fallbackVerdict, matchAllowlist, withAllowAlways, withUse, type Ask, type Policy, type Security } from "../../core/sdk/plugin.js";
import { checkEnv, EXEC_LIMITS, runProcess } from "./run-process.js";
import type { Decision } from "./schemas.js";

export interface ExecToolDeps {
  document: ApprovalsDocument;
  registry: ApprovalRegistry;
  nodes?: NodesService;
  requested: { security: Security; ask: Ask };
  defaultHost: "gateway" | "node";
  defaultNode?: string;
  timeoutMs: number;
  approvalTimeoutMs: number;
  log(line: string): void;
}

type Args = { command?: string; argv?: string[]; host?: string; node?: string; cwd?: string; workdir?: string; env?: Record<string, string>; timeoutSeconds?: number };

export const hashJson = (v: unknown) => createHash("sha256").update(JSON.stringify(v ?? null)).digest("hex");
const envHash = (env: Record<string, string>) => hashJson(Object.entries(env).sort(([a], [b]) => a.localeCompare(b)));
const denied = (reason: string, extra: Record<string, unknown> = {}) => ({ status: "denied", reason, ...extra });

export function createExecTool(deps: ExecToolDeps): AgentTool {
  return {
    name: "exec",
    description:
      "Run one program on the gateway host or a paired node (no shell: pipes, redirections and globs are not interpreted). " +
      "The operator may have to approve the command first; a denial is reported as status \"denied\". Returns stdout, stderr and the exit code.",
    parameters: {
      type: "object",
      properties: {
        command: { type: "string", description: "The command line (words split on blanks; quotes allowed)", maxLength: 16384 },
        argv: { type: "array", items: { type: "string" }, minItems: 1, maxItems: EXEC_LIMITS.maxArgs, description: "The program and its arguments (instead of command)" },
        host: { type: "string", enum: ["auto", "gateway", "node"], description: "Where to run (default from tools.exec.host)" },
        node: { type: "string", description: "Node id or name when host is node" },
        cwd: { type: "string", description: "Absolute working directory (default: the home directory)" },
        workdir: { type: "string", description: "Alias of cwd" },
        env: { type: "object", additionalProperties: { type: "string" }, description: "Extra environment variables (PATH and loader variables are refused)" },
        timeoutSeconds: { type: "integer", minimum: 1, maximum: EXEC_LIMITS.maxTimeoutMs / 1000 },
      },
      additionalProperties: false,
    },
    execute: (args, ctx) => runExec(deps, args as Args, ctx),
  };
}

async function runExec(deps: ExecToolDeps, a: Args, ctx: ToolContext): Promise<unknown> {
  let argv: string[];
  if (a.argv) argv = a.argv;
  else if (a.command !== undefined) {
    const split = splitCommandLine(a.command);
    if ("error" in split) throw new Error(split.error);
    argv = split.argv;
  } else throw new Error("exec needs command (a command line) or argv");
  const envError = checkEnv(a.env);
  if (envError) throw new Error(envError);
  const env = a.env ?? {};
  const cwdArg = a.cwd ?? a.workdir;
  if (cwdArg !== undefined && !isAbsolute(cwdArg)) throw new Error("cwd must be an absolute path");
  const timeoutMs = Math.min(a.timeoutSeconds ? a.timeoutSeconds * 1000 : deps.timeoutMs, EXEC_LIMITS.maxTimeoutMs);
  const host = a.host === "node" || (a.host !== "gateway" && (a.node !== undefined || deps.defaultHost === "node")) ? "node" : "gateway";
  if (host === "node") return runOnNode(deps, { argv, cwd: cwdArg, env, timeoutMs, nodeRef: a.node ?? deps.defaultNode }, ctx);
  return runOnGateway(deps, { argv, cwd: cwdArg ?? homedir(), env, timeoutMs }, ctx);
}

async function runOnGateway(deps: ExecToolDeps, run: { argv: string[]; cwd: string; env: Record<string, string>; timeoutMs: number }, ctx: ToolContext): Promise<unknown> {
  const [argv0, ...rest] = run.argv as [string, ...string[]];
  if (!(await fs.stat(run.cwd).catch(() => null))?.isDirectory()) throw new Error(`cwd ${run.cwd} is not an existing directory`);
  const resolved = resolveExecutable(argv0);
  if (!resolved) throw new Error(`${JSON.stringify(argv0)} was not found in PATH (or is not executable); pass an absolute path or a program name`);
  const identity = await fileIdentity(resolved);
  const commandText = formatArgv(run.argv);
  const binding = { resolvedPath: identity.realPath, argv: run.argv, cwd: run.cwd };
  let snapshot;
  try {
    snapshot = await deps.document.snapshot();
  } catch (err) {
    return denied((err as Error).message);
  }
  const policy = effectivePolicy(deps.requested, snapshot.file, ctx.agentId);
  const allowlisted = Boolean(matchAllowlist(snapshot.file, ctx.agentId, binding));
  let verdict = evaluate(policy, allowlisted);
  let decision: Decision | null = null;
  let approvalId: string | undefined;
  if (verdict.action === "ask") {
    const record = deps.registry.create({
      request: { command: commandText, commandArgv: run.argv, cwd: run.cwd, host: "gateway", nodeId: null, agentId: ctx.agentId, sessionKey: ctx.sessionKey, resolvedPath: identity.realPath, security: policy.security, ask: policy.ask, envKeys: Object.keys(run.env) },
      binding: { host: "gateway", nodeId: null, argv: run.argv, cwd: run.cwd, envHash: envHash(run.env), resolvedPath: identity.realPath, identity, planHash: null },
      requester: { internal: true },
      timeoutMs: deps.approvalTimeoutMs,
    });
    approvalId = record.id;
    decision = await deps.registry.wait(record.id, undefined, ctx.signal);
    verdict = decisionVerdict(decision, policy, allowlisted);
    if (verdict.action === "run" && decision) deps.registry.consume(record.id, { requester: { internal: true }, nodeId: null, argv: run.argv, cwd: run.cwd, planHash: null });
  }
  if (verdict.action !== "run") return denied(verdict.reason, { host: "gateway", command: commandText, ...(approvalId ? { approvalId } : {}) });
  // The file the reviewer was shown must be the file that runs.
  const now = await fileIdentity(resolved).catch(() => null);
  if (!now || !sameIdentity(identity, now) || resolveExecutable(argv0) !== resolved) {
    return denied(`the executable ${identity.realPath} changed after it was checked; run the command again to ask anew`, { host: "gateway", command: commandText });
  }
  if (decision === "allow-always") await deps.document.update((f) => withAllowAlways(f, ctx.agentId, binding, commandText)).catch((err: Error) => deps.log(`could not record allow-always: ${err.message}`));
  else if (allowlisted) await deps.document.update((f) => withUse(f, ctx.agentId, binding, commandText)).catch(() => undefined);
  deps.log(`exec on gateway: ${commandText} (cwd ${run.cwd}; ${decision ?? verdict.reason})`);
  const result = await runProcess({ executable: resolved, args: rest, cwd: run.cwd, env: run.env, timeoutMs: run.timeoutMs, maxOutputBytes: EXEC_LIMITS.maxOutputBytes, signal: ctx.signal });
  return { status: "completed", host: "gateway", command: commandText, ...result };
}

function decisionVerdict(decision: Decision | null, policy: Policy, allowlisted: boolean) {
  if (decision === "allow-once" || decision === "allow-always") return { action: "run" as const, reason: decision };
  if (decision === "deny") return { action: "deny" as const, reason: "the operator denied this command" };
  return fallbackVerdict(policy, allowlisted);
}

interface NodePlan {
  argv: string[];
  cwd: string;
  commandText: string;
  resolvedPath: string;
  policySnapshot: { security: Security; ask: Ask; askFallback: Security; allowlisted: boolean; verdict: "run" | "ask" | "deny"; reason: string };
}

async function runOnNode(deps: ExecToolDeps, run: { argv: string[]; cwd?: string; env: Record<string, string>; timeoutMs: number; nodeRef?: string }, ctx: ToolContext): Promise<unknown> {
  const nodes = deps.nodes;
  if (!nodes) throw new Error("host node needs the nodes plugin");
  const node = run.nodeRef ? nodes.findConnected(run.nodeRef) : soleRunner(nodes);
  if (!node) throw new Error(run.nodeRef ? `no connected node matches ${JSON.stringify(run.nodeRef)}` : "host node needs a node: none or several nodes that can run commands are connected (name one with node)");
  if (!node.commands.includes("system.run.prepare")) throw new Error(`node ${node.nodeId} cannot prepare approval-bound runs (it does not declare system.run.prepare)`);
  const common = { agentId: ctx.agentId, sessionKey: ctx.sessionKey };
  const plan = (await nodes.invoke(node.nodeId, "system.run.prepare", { command: run.argv, rawCommand: formatArgv(run.argv), cwd: run.cwd, env: run.env, ...deps.requested, ...common }, { signal: ctx.signal })) as NodePlan;
  const runParams = { command: plan.argv, rawCommand: plan.commandText, cwd: plan.cwd, env: run.env, timeoutMs: run.timeoutMs, ...common };
  const invokeRun = async (extra: Record<string, unknown>) => ({
    status: "completed", host: "node", nodeId: node.nodeId, command: plan.commandText,
    ...((await nodes.invoke(node.nodeId, "system.run", { ...runParams, ...extra }, { timeoutMs: run.timeoutMs + 5000, signal: ctx.signal })) as object),
  });
  const snap = plan.policySnapshot;
  if (snap.verdict === "deny") return denied(snap.reason, { host: "node", nodeId: node.nodeId, command: plan.commandText });
  if (snap.verdict === "run") return invokeRun({});
  const planHash = hashJson(plan);
  const record = deps.registry.create({
    request: { command: plan.commandText, commandArgv: plan.argv, cwd: plan.cwd, host: "node", nodeId: node.nodeId, agentId: ctx.agentId, sessionKey: ctx.sessionKey, resolvedPath: plan.resolvedPath, security: snap.security, ask: snap.ask, envKeys: Object.keys(run.env) },
    binding: { host: "node", nodeId: node.nodeId, argv: plan.argv, cwd: plan.cwd, envHash: envHash(run.env), resolvedPath: plan.resolvedPath, identity: null, planHash },
    requester: { internal: true },
    timeoutMs: deps.approvalTimeoutMs,
  });
  const decision = await deps.registry.wait(record.id, undefined, ctx.signal);
  const verdict = decisionVerdict(decision, { security: snap.security, ask: snap.ask, askFallback: snap.askFallback }, snap.allowlisted);
  if (verdict.action !== "run") return denied(verdict.reason, { host: "node", nodeId: node.nodeId, command: plan.commandText, approvalId: record.id });
  if (decision) deps.registry.consume(record.id, { requester: { internal: true }, nodeId: node.nodeId, argv: plan.argv, cwd: plan.cwd, planHash });
  // The node re-checks the plan (same argv, cwd, executable file) before it runs anything.
  return invokeRun({ systemRunPlan: plan, approved: true, approvalDecision: decision ?? "allow-once", runId: record.id });
}

function soleRunner(nodes: NodesService) {
  const runners = nodes.connected().filter((n) => n.commands.includes("system.run"));
  return runners.length === 1 ? runners[0] : undefined;
}
