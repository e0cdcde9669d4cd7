/**
 * Shared by `openclaw approvals …`: which approvals document a command targets (this machine's, the
 * gateway's, or a node's), reading/replacing it with the hash it was read at, and the pending table.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Flags } from "@oclif/core";
import { parseJson5Text } from "../core/config/json5.js";
import type { GatewayClient } from "../core/client.js";
import { resolveStateDir } from "../core/config/paths.js";
import { APPROVALS_FILE_NAME, ApprovalsDocument } from "../core/sdk/kit/exec-policy/approvals-document.js";
import type { ApprovalsFile, ApprovalsSnapshot } from "../core/sdk/kit/exec-policy/document-schema.js";
import type { ExecApprovalListResult } from "../generated/protocol-types.js";
import { resolveNodeId, table } from "./nodes-view.js";

/** upstream's target flags: none = this machine's document, `--gateway`, or `--node <id|name|ip>`. */
export const targetFlags = {
  gateway: Flags.boolean({ description: "the gateway host's approvals document", exclusive: ["node"] }),
  node: Flags.string({ description: "a node host's approvals document (node id, name, IP or id prefix)", exclusive: ["gateway"] }),
};

export type Target = { kind: "local"; path: string } | { kind: "gateway" } | { kind: "node"; nodeId: string };

/** This machine's document: the one a gateway or `openclaw node run` from this state dir enforces. */
export const localDocumentPath = () => join(resolveStateDir(), APPROVALS_FILE_NAME);

export function describeTarget(target: Target): string {
  if (target.kind === "local") return `local (${target.path})`;
  return target.kind === "gateway" ? "gateway" : `node ${target.nodeId}`;
}

export async function readSnapshot(target: Target, client?: GatewayClient): Promise<ApprovalsSnapshot> {
  if (target.kind === "local") return new ApprovalsDocument(target.path).snapshot();
  if (target.kind === "gateway") return client!.request<ApprovalsSnapshot>("exec.approvals.get", {});
  return client!.request<ApprovalsSnapshot>("exec.approvals.node.get", { nodeId: target.nodeId });
}

/** Replaces the document against the hash just read, so an edit made meanwhile elsewhere is refused, not lost. */
export async function replaceDocument(target: Target, file: ApprovalsFile, client?: GatewayClient): Promise<ApprovalsSnapshot> {
  const current = await readSnapshot(target, client);
  const baseHash = current.exists ? current.hash : undefined;
  if (target.kind === "local") return new ApprovalsDocument(target.path).replace(file, baseHash);
  if (target.kind === "gateway") return client!.request<ApprovalsSnapshot>("exec.approvals.set", { file, ...(baseHash ? { baseHash } : {}) });
  return client!.request<ApprovalsSnapshot>("exec.approvals.node.set", { nodeId: target.nodeId, file, ...(baseHash ? { baseHash } : {}) });
}

export async function resolveTarget(flags: { gateway?: boolean; node?: string }, client?: GatewayClient): Promise<Target> {
  if (flags.node) return { kind: "node", nodeId: await resolveNodeId(client!, flags.node) };
  return flags.gateway ? { kind: "gateway" } : { kind: "local", path: localDocumentPath() };
}

/** Parses a document given as JSON5 text; says what is wrong in terms a user can fix. */
export function parseDocument(text: string, origin: string): ApprovalsFile {
  let value: unknown;
  try {
    value = parseJson5Text(text);
  } catch (err) {
    throw new Error(`${origin} is not valid JSON5: ${(err as Error).message}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error(`${origin} must hold an object like {version: 1, defaults: {…}, agents: {…}}`);
  if ((value as { version?: unknown }).version !== 1) throw new Error(`${origin} must say "version": 1`);
  return value as ApprovalsFile;
}

export function readDocumentSource(flags: { file?: string; stdin?: boolean }): { text: string; origin: string } {
  if (flags.file && flags.stdin) throw new Error("use either --file or --stdin, not both");
  if (flags.file) {
    try {
      return { text: readFileSync(flags.file, "utf8"), origin: flags.file };
    } catch (err) {
      throw new Error(`cannot read ${flags.file}: ${(err as Error).message}`);
    }
  }
  if (flags.stdin) return { text: readFileSync(0, "utf8"), origin: "standard input" };
  throw new Error("say where the new document is: --file <path> or --stdin");
}

/** Human summary of a snapshot: path, hash, defaults and every allowlist entry. */
export function formatSnapshot(target: Target, snap: ApprovalsSnapshot): string {
  const lines = [`Target:   ${describeTarget(target)}`, `Path:     ${snap.path}`, `State:    ${snap.exists ? "stored" : "defaults (no file yet)"}`, `Hash:     ${snap.hash}`];
  const d = snap.file.defaults;
  lines.push(`Defaults: ${d ? `security=${d.security ?? "-"} ask=${d.ask ?? "-"} askFallback=${d.askFallback ?? "-"}` : "none"}`);
  const rows = Object.entries(snap.file.agents ?? {}).flatMap(([agent, a]) =>
    (a.allowlist ?? []).map((e) => [agent, e.pattern, e.source ?? "", e.lastUsedAt ? new Date(e.lastUsedAt).toISOString() : ""]));
  lines.push("", rows.length ? table(["AGENT", "PATTERN", "SOURCE", "LAST USED"], rows) : "No allowlist entries.");
  return lines.join("\n");
}

const inTime = (ms: number) => {
  const s = Math.round((ms - Date.now()) / 1000);
  return s <= 0 ? "now" : s < 120 ? `${s}s` : `${Math.round(s / 60)}m`;
};

export function formatPending(list: ExecApprovalListResult): string {
  if (!list.length) return "No pending approvals.";
  const rows = list.map((p) => [p.id, p.request.host === "node" ? `node ${p.request.nodeId ?? "?"}` : (p.request.host ?? "gateway"), p.request.agentId ?? "", inTime(p.expiresAtMs), p.request.command]);
  return `Pending approvals (${list.length})\n${table(["ID", "HOST", "AGENT", "EXPIRES IN", "COMMAND"], rows)}\n` +
    "Answer with: openclaw approvals approve <id> [--always] | openclaw approvals deny <id>";
}
