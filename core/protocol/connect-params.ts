/** `connect` request params (the first frame of every connection). */
import { Type, type Static } from "@sinclair/typebox";

const NonEmptyString = Type.String({ minLength: 1 });

/** Client ids known to upstream clients (compared trimmed and lower-cased). */
export const CLIENT_IDS = [
  "webchat-ui", "openclaw-control-ui", "webchat", "cli", "gateway-client", "openclaw-macos",
  "openclaw-ios", "openclaw-android", "node-host", "test", "fingerprint", "openclaw-probe",
  "openclaw-tui", "openclaw-linux", "openclaw-watchos", "openclaw-browser-copilot", "openclaw-worker",
] as const;
export type ClientId = (typeof CLIENT_IDS)[number];

export const CLIENT_MODES = ["webchat", "cli", "ui", "backend", "node", "probe", "test", "worker"] as const;
export type ClientMode = (typeof CLIENT_MODES)[number];

export const ClientInfo = Type.Object(
  {
    id: Type.Union(CLIENT_IDS.map((id) => Type.Literal(id))),
    displayName: Type.Optional(Type.String()),
    version: Type.String(),
    platform: Type.String(),
    deviceFamily: Type.Optional(Type.String()),
    modelIdentifier: Type.Optional(Type.String()),
    mode: Type.Union(CLIENT_MODES.map((m) => Type.Literal(m))),
    instanceId: Type.Optional(Type.String()),
    buildId: Type.Optional(Type.String()),
    timeZone: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
export type ClientInfo = Static<typeof ClientInfo>;

/** Protocol 4 clients may send credential kinds we do not use: they are accepted and ignored. */
export const ConnectAuth = Type.Object(
  {
    token: Type.Optional(Type.String()),
    password: Type.Optional(Type.String()),
    deviceToken: Type.Optional(Type.String()),
  },
  { additionalProperties: true },
);
export type ConnectAuth = Static<typeof ConnectAuth>;

export const DeviceProof = Type.Object(
  {
    id: NonEmptyString,
    publicKey: NonEmptyString,
    signature: NonEmptyString,
    signedAt: Type.Integer({ minimum: 0 }),
    nonce: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
export type DeviceProof = Static<typeof DeviceProof>;

export const ConnectParams = Type.Object(
  {
    minProtocol: Type.Integer({ minimum: 1 }),
    maxProtocol: Type.Integer({ minimum: 1 }),
    client: ClientInfo,
    caps: Type.Optional(Type.Array(Type.String())),
    commands: Type.Optional(Type.Array(Type.String())),
    permissions: Type.Optional(Type.Record(Type.String(), Type.Boolean())),
    pathEnv: Type.Optional(Type.String()),
    role: Type.Optional(Type.String()),
    scopes: Type.Optional(Type.Array(Type.String())),
    auth: Type.Optional(ConnectAuth),
    device: Type.Optional(DeviceProof),
    locale: Type.Optional(Type.String()),
    userAgent: Type.Optional(Type.String()),
    modelCatalog: Type.Optional(Type.Unknown()),
  },
  { additionalProperties: false },
);
export type ConnectParams = Static<typeof ConnectParams>;

export const ROLES = ["operator", "node"] as const;
export type Role = (typeof ROLES)[number];
