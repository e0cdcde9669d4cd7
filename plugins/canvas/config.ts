/** `canvasHost.*`: the schema (defaults live here) and the settings derived from it. */
import { Type, type Static, configDefaults, expandHome } from "../../core/sdk/plugin.js";
import { dirname, isAbsolute, join, resolve } from "node:path";

export const CanvasHostConfig = Type.Object(
  {
    /** Serve the canvas host at all. `OPENCLAW_SKIP_CANVAS_HOST=1` also turns it off. */
    enabled: Type.Boolean({ default: true }),
    /** The folder served at /__openclaw__/canvas/; default `<workspace>/canvas`. `~` expands; relative to the config file. */
    root: Type.Optional(Type.String({ minLength: 1 })),
    /** The dedicated canvas port; default gateway port + 4 (18793). Equal to the gateway port: no second server. */
    port: Type.Optional(Type.Integer({ minimum: 0, maximum: 65535 })),
    /** Inject the reload script into HTML and watch the root. */
    liveReload: Type.Boolean({ default: true }),
  },
  { additionalProperties: false, default: {} },
);

export const configSchema = Type.Object({ canvasHost: Type.Optional(CanvasHostConfig) }, { additionalProperties: false });
export type CanvasConfig = Static<typeof configSchema>;

/** Offset of the dedicated canvas port from the gateway port (upstream: 18789 → 18793, --dev 19001 → 19005). */
export const CANVAS_PORT_OFFSET = 4;

export interface CanvasSettings {
  root: string;
  /** null: no dedicated server (the gateway port serves the canvas alone). */
  port: number | null;
  liveReload: boolean;
}

export type Resolved = { enabled: false; reason: string } | ({ enabled: true } & CanvasSettings);

export interface ResolveContext {
  stateDir: string;
  configPath: string;
  /** The gateway port as configured (0 = ephemeral, as in tests). */
  gatewayPort: number;
  env: Record<string, string | undefined>;
}

export function resolveSettings(config: CanvasConfig, ctx: ResolveContext): Resolved {
  // The validated slice always has canvasHost (schema default {}); direct callers may omit it.
  const c = config.canvasHost ?? configDefaults(CanvasHostConfig);
  if (ctx.env.OPENCLAW_SKIP_CANVAS_HOST === "1") return { enabled: false, reason: "OPENCLAW_SKIP_CANVAS_HOST=1" };
  if (!c.enabled) return { enabled: false, reason: "canvasHost.enabled=false" };
  // The workspace is OPENCLAW_WORKSPACE when a profile set it (~/.openclaw/workspace-NAME), else <stateDir>/workspace.
  const workspace = ctx.env.OPENCLAW_WORKSPACE?.trim() ? expandHome(ctx.env.OPENCLAW_WORKSPACE.trim(), ctx.env) : join(ctx.stateDir, "workspace");
  const configured = c.root === undefined ? join(workspace, "canvas") : expandHome(c.root, ctx.env);
  const root = isAbsolute(configured) ? configured : resolve(dirname(ctx.configPath), configured);
  // An ephemeral gateway port gets an ephemeral canvas port (port + 4 would be 4).
  const port = c.port ?? (ctx.gatewayPort === 0 ? 0 : ctx.gatewayPort + CANVAS_PORT_OFFSET);
  const dedicated = port > 65535 || (port !== 0 && port === ctx.gatewayPort) ? null : port;
  return { enabled: true, root, port: dedicated, liveReload: c.liveReload };
}
