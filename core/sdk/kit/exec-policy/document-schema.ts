/**
 * The host approvals document's shape (upstream's `exec-approvals.json`, `version: 1`), shared by the
 * exec-approvals plugin (gateway host) and our node host, which keeps its own document.
 */
import { Type, type Static } from "@sinclair/typebox";

const Text = (max = 4096) => Type.String({ maxLength: max });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const Security = Type.Union([Type.Literal("deny"), Type.Literal("allowlist"), Type.Literal("full")]);
export const Ask = Type.Union([Type.Literal("off"), Type.Literal("on-miss"), Type.Literal("always")]);
export type Security = Static<typeof Security>;
export type Ask = Static<typeof Ask>;

/** One allowlist entry of a host approvals document. */
export const AllowlistEntry = Type.Object(
  {
    id: Type.Optional(Text(128)),
    pattern: Type.String({ minLength: 1, maxLength: 1024 }),
    /** Ours: an allow-always entry also binds the exact argv and cwd it was granted for. */
    argv: Type.Optional(Type.Array(Text(), { maxItems: 256 })),
    cwd: Type.Optional(Text(4096)),
    source: Type.Optional(Text(64)),
    lastUsedAt: Type.Optional(Nullable(Type.Number())),
    lastUsedCommand: Type.Optional(Nullable(Text())),
    lastResolvedPath: Type.Optional(Nullable(Text(4096))),
  },
  { additionalProperties: true },
);
export type AllowlistEntry = Static<typeof AllowlistEntry>;

const PolicyFields = {
  security: Type.Optional(Security),
  ask: Type.Optional(Ask),
  askFallback: Type.Optional(Security),
  autoAllowSkills: Type.Optional(Type.Boolean()),
};

/** The host approvals document (`version: 1`); unknown upstream keys (socket, mcpTools) are kept as they are. */
export const ApprovalsFile = Type.Object(
  {
    version: Type.Literal(1),
    socket: Type.Optional(Type.Object({ path: Type.Optional(Text()), token: Type.Optional(Text()) }, { additionalProperties: true })),
    defaults: Type.Optional(Type.Object(PolicyFields, { additionalProperties: true })),
    agents: Type.Optional(
      Type.Record(Type.String({ maxLength: 128 }), Type.Object({ ...PolicyFields, allowlist: Type.Optional(Type.Array(AllowlistEntry, { maxItems: 1000 })) }, { additionalProperties: true })),
    ),
  },
  { additionalProperties: true },
);
export type ApprovalsFile = Static<typeof ApprovalsFile>;

export const ApprovalsSnapshot = Type.Object({ path: Type.String(), exists: Type.Boolean(), hash: Type.String(), file: ApprovalsFile });
export type ApprovalsSnapshot = Static<typeof ApprovalsSnapshot>;

