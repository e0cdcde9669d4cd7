/** Params and result schemas of the canvas plugin's methods, and the `canvas.a2ui.action` payload. */
import { Type } from "../../core/sdk/plugin.js";

/** Bound on one canvas.a2ui.push JSONL text. */
export const MAX_JSONL_BYTES = 1024 * 1024;

export const PushParams = Type.Object(
  {
    jsonl: Type.Optional(Type.String({ minLength: 1, maxLength: MAX_JSONL_BYTES })),
    text: Type.Optional(Type.String({ minLength: 1, maxLength: 64 * 1024 })),
  },
  { additionalProperties: false },
);
/** `messages`: how many A2UI messages were pushed; `delivered`: to how many open pages. */
export const PushResult = Type.Object({ ok: Type.Boolean(), messages: Type.Integer(), delivered: Type.Integer() });
export const ResetResult = Type.Object({ ok: Type.Boolean(), delivered: Type.Integer() });

export const CapabilityRefreshResult = Type.Object({
  canvasCapability: Type.String(),
  canvasCapabilityExpiresAtMs: Type.Number(),
  canvasHostUrl: Type.String(),
});

/** `plugin.surface.refresh` (upstream's name): a client re-reads a plugin surface URL it got in hello-ok. */
export const SurfaceRefreshParams = Type.Object(
  {
    surface: Type.String({ minLength: 1, maxLength: 128, description: "the surface, as keyed in hello-ok pluginSurfaceUrls (here only \"canvas\")" }),
    observedUrl: Type.Optional(Type.String({ maxLength: 4096, description: "the URL the client holds now" })),
  },
  { additionalProperties: false },
);
export const SurfaceRefreshResult = Type.Object({
  surface: Type.String(),
  pluginSurfaceUrls: Type.Record(Type.String(), Type.String()),
  /** When a capability-scoped URL stops working; absent for URLs that do not expire. */
  expiresAtMs: Type.Optional(Type.Number()),
});

export const CanvasInfoResult = Type.Object({
  root: Type.String(),
  /** The dedicated canvas port, or null when only the gateway port serves the canvas. */
  port: Type.Union([Type.Integer(), Type.Null()]),
  liveReload: Type.Boolean(),
  /** The watcher finished its initial scan. */
  watching: Type.Boolean(),
  gatewayPort: Type.Integer(),
  url: Type.String(),
  /** Open pages by channel. */
  sockets: Type.Object({ reload: Type.Integer(), a2ui: Type.Integer() }),
  capabilityTtlMs: Type.Number(),
});

/** A `userAction` a canvas page sent back. */
export const A2uiActionPayload = Type.Object({
  userAction: Type.Object({
    name: Type.String(),
    surfaceId: Type.Optional(Type.String()),
    sourceComponentId: Type.Optional(Type.String()),
    timestamp: Type.Optional(Type.String()),
    context: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  }),
  channel: Type.Union([Type.Literal("reload"), Type.Literal("a2ui")]),
  ts: Type.Number(),
});
