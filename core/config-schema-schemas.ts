/**
 * Params and results of `config.schema`, `config.schema.lookup` and `config.set`, in upstream's
 * shapes (field names as the official Control UI and CLI read them).
 */
import { Type } from "@sinclair/typebox";

const closed = { additionalProperties: false } as const;
const ReloadKind = Type.Union([Type.Literal("restart"), Type.Literal("hot"), Type.Literal("none")]);

/** UI metadata for one config path: label, help text, secret mark. */
export const ConfigUiHint = Type.Object(
  {
    label: Type.Optional(Type.String()),
    help: Type.Optional(Type.String()),
    sensitive: Type.Optional(Type.Boolean()),
    advanced: Type.Optional(Type.Boolean()),
    placeholder: Type.Optional(Type.String()),
  },
  closed,
);

export const ConfigSchemaParams = Type.Object({}, closed);
export const ConfigSchemaResult = Type.Object({
  /** JSON Schema of the whole config file (core and every loaded plugin). */
  schema: Type.Unknown(),
  /** Dotted path (`*` for a record's entries) → hint. */
  uiHints: Type.Record(Type.String(), ConfigUiHint),
  /** The gateway version the schema belongs to. */
  version: Type.String({ minLength: 1 }),
  generatedAt: Type.String({ minLength: 1 }),
});

export const ConfigSchemaLookupParams = Type.Object(
  { path: Type.String({ minLength: 1, maxLength: 1024, pattern: "^[A-Za-z0-9_./\\[\\]\\-*]+$" }) },
  closed,
);
const LookupChild = Type.Object({
  key: Type.String({ minLength: 1 }),
  path: Type.String({ minLength: 1 }),
  type: Type.Optional(Type.Union([Type.String(), Type.Array(Type.String())])),
  required: Type.Boolean(),
  hasChildren: Type.Boolean(),
  reloadKind: Type.Optional(ReloadKind),
  hint: Type.Optional(ConfigUiHint),
  hintPath: Type.Optional(Type.String()),
});
export const ConfigSchemaLookupResult = Type.Object({
  /** The path looked up ("." for the root). */
  path: Type.String({ minLength: 1 }),
  /** The schema at that path, its own keywords only (children are listed in `children`). */
  schema: Type.Unknown(),
  reloadKind: Type.Optional(ReloadKind),
  hint: Type.Optional(ConfigUiHint),
  hintPath: Type.Optional(Type.String()),
  children: Type.Array(LookupChild),
});

export const ConfigSetParams = Type.Object({ raw: Type.String({ minLength: 1 }), baseHash: Type.Optional(Type.String({ minLength: 1 })) }, closed);
export const ConfigSetResult = Type.Object({
  ok: Type.Boolean(),
  path: Type.String(),
  hash: Type.String(),
  /** The config as written, secrets replaced by __OPENCLAW_REDACTED__. */
  config: Type.Unknown(),
});
