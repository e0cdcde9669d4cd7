/** Rules for a job's definition: the session/payload pairing, applying a `cron.update` patch, the revision token. */
import { createHash } from "node:crypto";
import { invalidRequest, type Static } from "../../core/sdk/plugin.js";
import type { CronUpdateParams } from "./method-schemas.js";
import type { CronJob } from "./schemas.js";

export type Patch = Static<typeof CronUpdateParams>["patch"];

/** A copy of `current` with `patch` applied (`null` clears a field; payload and delivery are merged). */
export function applyPatch(current: CronJob, patch: Patch): CronJob {
  const next: CronJob = structuredClone(current);
  const { payload, delivery, agentId, sessionKey, displayName, schedule, ...plain } = patch;
  Object.assign(next, plain);
  if (agentId === null) delete next.agentId;
  else if (agentId) next.agentId = agentId;
  if (sessionKey === null) delete next.sessionKey;
  else if (sessionKey) next.sessionKey = sessionKey;
  if (displayName === null) delete next.displayName;
  else if (displayName) next.displayName = displayName;
  if (schedule) next.schedule = schedule;
  if (payload) next.payload = mergePayload(next.payload, payload);
  if (delivery) {
    const merged: Record<string, unknown> = { mode: "none", ...next.delivery };
    for (const [k, v] of Object.entries(delivery)) {
      if (v === null) delete merged[k];
      else merged[k] = v;
    }
    next.delivery = merged as CronJob["delivery"];
  }
  return next;
}

/** Upstream's rule: the main session takes system events, isolated sessions take agent turns. */
export function checkShape(target: CronJob["sessionTarget"], kind: CronJob["payload"]["kind"], method: string): void {
  if (target === "main" && kind !== "systemEvent") throw invalidRequest(`invalid ${method} params: payload.kind: main-session jobs take a systemEvent payload (use sessionTarget "isolated" for agentTurn)`);
  if (target === "isolated" && kind !== "agentTurn") throw invalidRequest(`invalid ${method} params: payload.kind: isolated jobs take an agentTurn payload (use sessionTarget "main" for systemEvent)`);
}

function mergePayload(current: CronJob["payload"], patch: Patch["payload"] & object): CronJob["payload"] {
  if (patch.kind !== current.kind) {
    const fresh = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== null));
    if (patch.kind === "systemEvent" && !("text" in fresh)) throw invalidRequest("invalid cron.update params: patch.payload.text: required when changing the payload kind");
    if (patch.kind === "agentTurn" && !("message" in fresh)) throw invalidRequest("invalid cron.update params: patch.payload.message: required when changing the payload kind");
    return fresh as CronJob["payload"];
  }
  const merged: Record<string, unknown> = { ...current };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete merged[k];
    else if (v !== undefined) merged[k] = v;
  }
  return merged as CronJob["payload"];
}

/** An opaque token of the job's definition (not its run state), for compare-and-swap edits. */
export function configRevision(job: CronJob): string {
  const { state: _state, ...definition } = job;
  return createHash("sha256").update(JSON.stringify(definition)).digest("base64url").slice(0, 16);
}
