/** `hello-ok`: the payload of the successful `connect` response. */
import { Type, type Static } from "@sinclair/typebox";
import { StateVersion } from "./frames.js";

export const Policy = Type.Object(
  {
    maxPayload: Type.Integer({ minimum: 1 }),
    maxBufferedBytes: Type.Integer({ minimum: 1 }),
    tickIntervalMs: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);

export const Snapshot = Type.Object(
  {
    presence: Type.Array(Type.Unknown()),
    health: Type.Unknown(),
    stateVersion: StateVersion,
    uptimeMs: Type.Integer({ minimum: 0 }),
    configPath: Type.Optional(Type.String()),
    stateDir: Type.Optional(Type.String()),
    authMode: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
export type Snapshot = Static<typeof Snapshot>;

export const HelloAuth = Type.Object(
  {
    role: Type.String(),
    scopes: Type.Array(Type.String()),
    deviceToken: Type.Optional(Type.String()),
    issuedAtMs: Type.Optional(Type.Integer()),
  },
  { additionalProperties: false },
);
export type HelloAuth = Static<typeof HelloAuth>;

export const HelloOk = Type.Object(
  {
    type: Type.Literal("hello-ok"),
    protocol: Type.Union([Type.Literal(3), Type.Literal(4)]),
    server: Type.Object(
      { version: Type.String(), connId: Type.String(), host: Type.Optional(Type.String()), commit: Type.Optional(Type.String()) },
      { additionalProperties: false },
    ),
    features: Type.Object(
      { methods: Type.Array(Type.String()), events: Type.Array(Type.String()), capabilities: Type.Optional(Type.Array(Type.String())) },
      { additionalProperties: false },
    ),
    snapshot: Snapshot,
    canvasHostUrl: Type.Optional(Type.String()),
    pluginSurfaceUrls: Type.Optional(Type.Record(Type.String(), Type.String())),
    auth: Type.Optional(HelloAuth),
    policy: Policy,
  },
  { additionalProperties: false },
);
export type HelloOk = Static<typeof HelloOk>;
