/**
 * `gateway.controlUi.enabled` and `gateway.controlUi.basePath` (defaults live here). The sibling key
 * `gateway.controlUi.allowedOrigins` stays with the core: the Origin check on every upgrade is the
 * core's job, and it must keep working (and hot-reloading) whether or not this plugin runs.
 */
import { Type, type Static, configDefaults } from "../../core/sdk/plugin.js";

const closed = { additionalProperties: false } as const;

/** "/" or "/seg[/seg…]" with an optional trailing slash; no segment starts with "." (no dot segments, no hidden paths). */
export const BASE_PATH_PATTERN = "^/([A-Za-z0-9_~-][A-Za-z0-9._~-]*(/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*/?)?$";

export const ControlUiSettingsSchema = Type.Object(
  {
    /** Serve the Control UI at all. */
    enabled: Type.Boolean({ default: true }),
    /** URL path the page is served at, e.g. "/" or "/ui". */
    basePath: Type.String({ default: "/", maxLength: 200, pattern: BASE_PATH_PATTERN }),
    /** Serve this built Control UI folder instead of ours (upstream's key), e.g. the official one in an installed openclaw package. */
    root: Type.Optional(Type.String({ minLength: 1, maxLength: 4096, description: "A built Control UI folder (with index.html) served instead of the built-in page; relative to the config file, ~ allowed." })),
  },
  { ...closed, default: {} },
);

export const CONFIG_PATHS = ["gateway.controlUi.enabled", "gateway.controlUi.basePath", "gateway.controlUi.root"] as const;

export const configSchema = Type.Object(
  { gateway: Type.Optional(Type.Object({ controlUi: Type.Optional(ControlUiSettingsSchema) }, { ...closed, default: {} })) },
  closed,
);
export type ControlUiConfig = Static<typeof configSchema>;

export interface ControlUiSettings {
  enabled: boolean;
  /** Without a trailing slash; "" for the root. The page itself is at `${prefix}/`. */
  prefix: string;
  /** `gateway.controlUi.root` as written, when set. */
  root?: string;
}

/** Paths the gateway and other plugins answer; a base path on or under one of them would shadow it. */
const RESERVED = ["/health", "/healthz", "/ready", "/readyz", "/v1", "/tools", "/__openclaw__", "/hooks"];

export function resolveSettings(config: ControlUiConfig): ControlUiSettings {
  // The validated slice always has the subtree (schema defaults); direct callers may omit it.
  const c = config.gateway?.controlUi ?? configDefaults(ControlUiSettingsSchema);
  const prefix = c.basePath.replace(/\/+$/, "");
  const clash = RESERVED.find((r) => prefix === r || prefix.startsWith(`${r}/`));
  if (clash) {
    throw new Error(`gateway.controlUi.basePath "${c.basePath}" would shadow the gateway's own ${clash} routes; choose another path, e.g. "/ui"`);
  }
  return { enabled: c.enabled, prefix, ...(c.root !== undefined ? { root: c.root } : {}) };
}
