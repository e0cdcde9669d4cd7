/**
 * Exec policy: the requested policy (`tools.exec.mode`) combined with the host document's defaults and
 * per-agent settings (the stricter wins), allowlist matching against the resolved executable path, and
 * the verdict: run, ask, or deny. Pure functions; shared by the gateway and our node host.
 */
import { homedir } from "node:os";
import type { AllowlistEntry, ApprovalsFile, Ask, Security } from "./document-schema.js";

export type { Ask, Security };

export type ExecMode = "deny" | "allowlist" | "ask" | "full";

export interface Policy {
  security: Security;
  ask: Ask;
  askFallback: Security;
}

/** `tools.exec.mode` as a security/ask pair (upstream's mapping). */
export const MODE_POLICY: Readonly<Record<ExecMode, { security: Security; ask: Ask }>> = Object.freeze({
  deny: { security: "deny", ask: "off" },
  allowlist: { security: "allowlist", ask: "off" },
  ask: { security: "allowlist", ask: "on-miss" },
  full: { security: "full", ask: "off" },
});
/** Ours: nothing runs unattended until the operator says so. */
export const DEFAULT_MODE: ExecMode = "ask";
export const DEFAULT_ASK_FALLBACK: Security = "deny";

const SECURITY_RANK: Record<Security, number> = { deny: 0, allowlist: 1, full: 2 };
const ASK_RANK: Record<Ask, number> = { off: 0, "on-miss": 1, always: 2 };
const stricterSecurity = (a: Security, b: Security | undefined) => (b !== undefined && SECURITY_RANK[b] < SECURITY_RANK[a] ? b : a);
const stricterAsk = (a: Ask, b: Ask | undefined) => (b !== undefined && ASK_RANK[b] > ASK_RANK[a] ? b : a);

/** The stricter of two security/ask pairs. */
export function tighten(a: { security: Security; ask: Ask }, b: { security: Security; ask: Ask }): { security: Security; ask: Ask } {
  return { security: stricterSecurity(a.security, b.security), ask: stricterAsk(a.ask, b.ask) };
}

/** The effective policy for `agentId`: requested, tightened by the document's defaults, then by the agent's entry. */
export function effectivePolicy(requested: { security: Security; ask: Ask }, file: ApprovalsFile, agentId: string): Policy {
  let { security, ask } = requested;
  let askFallback: Security = DEFAULT_ASK_FALLBACK;
  for (const layer of [file.defaults, file.agents?.["*"], file.agents?.[agentId]]) {
    if (!layer) continue;
    security = stricterSecurity(security, layer.security as Security | undefined);
    ask = stricterAsk(ask, layer.ask as Ask | undefined);
    if (layer.askFallback !== undefined) askFallback = layer.askFallback as Security;
  }
  return { security, ask, askFallback };
}

/** What an execution is bound to: the resolved executable, the exact argv and the working directory. */
export interface ExecBinding {
  resolvedPath: string;
  argv: readonly string[];
  cwd: string;
}

function globToRegExp(pattern: string): RegExp {
  const expanded = pattern === "~" || pattern.startsWith("~/") ? homedir() + pattern.slice(1) : pattern;
  let re = "";
  for (let i = 0; i < expanded.length; i++) {
    const c = expanded[i] as string;
    if (c === "*" && expanded[i + 1] === "*") {
      re += ".*";
      i++;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

/** Whether one entry covers the binding: the path pattern matches, and a bound argv/cwd (allow-always) is the same. */
export function entryMatches(entry: AllowlistEntry, b: ExecBinding): boolean {
  const pattern = entry.pattern;
  const pathOk = pattern.includes("/") || pattern.startsWith("~") ? globToRegExp(pattern).test(b.resolvedPath) : b.resolvedPath.split("/").pop() === pattern;
  if (!pathOk) return false;
  if (entry.argv && (entry.argv.length !== b.argv.length || entry.argv.some((a, i) => a !== b.argv[i]))) return false;
  if (entry.cwd !== undefined && entry.cwd !== b.cwd) return false;
  return true;
}

/** The first entry of the agent's allowlist (or the `*` agent's) covering the binding. */
export function matchAllowlist(file: ApprovalsFile, agentId: string, b: ExecBinding): AllowlistEntry | undefined {
  for (const key of [agentId, "*"]) {
    const hit = file.agents?.[key]?.allowlist?.find((e) => entryMatches(e, b));
    if (hit) return hit;
  }
  return undefined;
}

export type Verdict = { action: "run"; reason: string } | { action: "ask"; reason: string } | { action: "deny"; reason: string };

export function evaluate(policy: Policy, allowlisted: boolean): Verdict {
  if (policy.security === "deny") return { action: "deny", reason: "exec is denied on this host (security deny)" };
  if (policy.ask === "always") return { action: "ask", reason: "this host asks for every command (ask always)" };
  if (allowlisted) return { action: "run", reason: "allowlisted" };
  if (policy.security === "full") return policy.ask === "off" ? { action: "run", reason: "security full" } : { action: "ask", reason: "not allowlisted" };
  if (policy.ask === "off") return { action: "deny", reason: "not in the allowlist of this host (security allowlist, ask off)" };
  return { action: "ask", reason: "not in the allowlist of this host" };
}

/** An approval that expired or found no reviewer: `askFallback` decides. */
export function fallbackVerdict(policy: Policy, allowlisted: boolean): Verdict {
  if (policy.askFallback === "full") return { action: "run", reason: "approval timed out; askFallback full" };
  if (policy.askFallback === "allowlist" && allowlisted) return { action: "run", reason: "approval timed out; askFallback allowlist matched" };
  return { action: "deny", reason: `approval timed out (askFallback ${policy.askFallback})` };
}

const MAX_ENTRIES_PER_AGENT = 1000;

/** Adds an allow-always entry bound to this exact argv and cwd (no-op when one already covers it). */
export function withAllowAlways(file: ApprovalsFile, agentId: string, b: ExecBinding, commandText: string, now = Date.now()): ApprovalsFile | undefined {
  const agents = (file.agents ??= {});
  const agent = (agents[agentId] ??= {});
  const list = (agent.allowlist ??= []);
  if (list.some((e) => entryMatches(e, b) && e.argv)) return undefined;
  if (list.length >= MAX_ENTRIES_PER_AGENT) list.splice(0, list.length - MAX_ENTRIES_PER_AGENT + 1);
  list.push({ pattern: b.resolvedPath, argv: [...b.argv], cwd: b.cwd, source: "allow-always", lastUsedAt: now, lastUsedCommand: commandText, lastResolvedPath: b.resolvedPath });
  return file;
}

/** Records the last use of the entry that allowed a run. */
export function withUse(file: ApprovalsFile, agentId: string, b: ExecBinding, commandText: string, now = Date.now()): ApprovalsFile | undefined {
  for (const key of [agentId, "*"]) {
    const entry = file.agents?.[key]?.allowlist?.find((e) => entryMatches(e, b));
    if (entry) {
      Object.assign(entry, { lastUsedAt: now, lastUsedCommand: commandText, lastResolvedPath: b.resolvedPath });
      return file;
    }
  }
  return undefined;
}
