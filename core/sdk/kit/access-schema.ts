/**
 * Config schema pieces every channel plugin shares for its `channels.<id>` section: the access keys
 * (dmPolicy, allowFrom, groupPolicy, groupAllowFrom, groups) and the rule that `dmPolicy: "open"`
 * needs `"*"` in allowFrom. Top-level fields carry no defaults so that `accounts.<id>` can inherit
 * them; `resolveAccess` applies the defaults (pairing, allowlist, mention required).
 */
import { Type } from "@sinclair/typebox";

/** Who may message the assistant directly. */
export type DmPolicy = "pairing" | "allowlist" | "open" | "disabled";
/** Who may trigger the assistant in groups. */
export type GroupPolicy = "allowlist" | "open" | "disabled";

/** An account's effective DM/group access settings (what the channels host applies). */
export interface ChannelAccessConfig {
  dmPolicy: DmPolicy;
  allowFrom: string[];
  groupPolicy: GroupPolicy;
  groupAllowFrom?: string[];
  /** Group ids the bot may answer in ("*" = any); per-group requireMention (default true). */
  groups?: Record<string, { requireMention?: boolean }>;
}

export const DmPolicySchema = Type.Union([Type.Literal("pairing"), Type.Literal("allowlist"), Type.Literal("open"), Type.Literal("disabled")]);
export const GroupPolicySchema = Type.Union([Type.Literal("allowlist"), Type.Literal("open"), Type.Literal("disabled")]);

/** Allowlist entries: ids as strings or numbers (Telegram user ids are often written as numbers). */
const AllowList = Type.Array(Type.Union([Type.String({ minLength: 1 }), Type.Number()]));

/** The access keys, to spread into a channel's account schema. */
export const accessProperties = {
  /** Who may DM the assistant: "pairing" (default), "allowlist", "open" (needs "*" in allowFrom), "disabled". */
  dmPolicy: Type.Optional(DmPolicySchema),
  /** Sender ids allowed to DM (and, without groupAllowFrom, to trigger in groups); "*" allows everyone. */
  allowFrom: Type.Optional(AllowList),
  /** Groups: "allowlist" (default: senders from groupAllowFrom/allowFrom), "open", "disabled". */
  groupPolicy: Type.Optional(GroupPolicySchema),
  groupAllowFrom: Type.Optional(AllowList),
  /** Which groups (ids, or "*") the assistant answers in; absent = any group. requireMention defaults to true. */
  groups: Type.Optional(Type.Record(Type.String({ minLength: 1 }), Type.Object({ requireMention: Type.Optional(Type.Boolean()) }, { additionalProperties: false }))),
};

const OPEN_NEEDS_WILDCARD = 'dmPolicy "open" lets anyone talk to the assistant and must be explicit: add "*" to allowFrom (or use dmPolicy "pairing" or "allowlist")';

/**
 * Schema options for an object holding the access keys: `dmPolicy: "open"` without `"*"` in
 * `allowFrom` is a config error with a clear message (the validator reports `errorMessage`).
 */
export function openNeedsWildcard(options: { inherits?: boolean } = {}): Record<string, unknown> {
  return {
    if: { properties: { dmPolicy: { const: "open" } }, required: ["dmPolicy"] },
    then: {
      properties: { allowFrom: { contains: { const: "*" }, errorMessage: OPEN_NEEDS_WILDCARD } },
      // An account may inherit allowFrom (with "*") from its channel section; the merged result is checked on resolve.
      ...(options.inherits ? {} : { required: ["allowFrom"] }),
      errorMessage: OPEN_NEEDS_WILDCARD,
    },
  };
}

export interface AccessFields {
  dmPolicy?: DmPolicy;
  allowFrom?: Array<string | number>;
  groupPolicy?: GroupPolicy;
  groupAllowFrom?: Array<string | number>;
  groups?: Record<string, { requireMention?: boolean }>;
}

/** An account's effective access: its own keys, else the channel's top-level keys, else the defaults. */
export function resolveAccess(account: AccessFields | undefined, top: AccessFields | undefined): ChannelAccessConfig {
  const pick = <K extends keyof AccessFields>(k: K): AccessFields[K] => account?.[k] ?? top?.[k];
  const list = (v: Array<string | number> | undefined) => (v ?? []).map((e) => String(e).trim()).filter(Boolean);
  const groupAllowFrom = pick("groupAllowFrom");
  const groups = pick("groups");
  return {
    dmPolicy: pick("dmPolicy") ?? "pairing",
    allowFrom: list(pick("allowFrom")),
    groupPolicy: pick("groupPolicy") ?? "allowlist",
    ...(groupAllowFrom ? { groupAllowFrom: list(groupAllowFrom) } : {}),
    ...(groups ? { groups } : {}),
  };
}

/** `"open"` inherited from the top level with an account-level allowFrom lacking `"*"` is caught here (the schema sees each object alone). */
export function accessProblem(access: ChannelAccessConfig): string | undefined {
  return access.dmPolicy === "open" && !access.allowFrom.includes("*") ? OPEN_NEEDS_WILDCARD : undefined;
}

