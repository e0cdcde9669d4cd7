/** Params schemas of the nodes plugin's methods (TypeBox; validated by the core before the handler runs). */
import { Type, type Static } from "../../core/sdk/plugin.js";

const closed = { additionalProperties: false } as const;
const Id = Type.String({ minLength: 1, maxLength: 256 });
const Name = Type.String({ minLength: 1, maxLength: 200 });
const Strings = Type.Array(Type.String({ maxLength: 200 }), { maxItems: 500 });
const ROLE = Type.Union([Type.Literal("operator"), Type.Literal("node")]);

export const NoParams = Type.Object({}, closed);
export const NodeIdParams = Type.Object({ nodeId: Id }, closed);
export const RequestIdParams = Type.Object({ requestId: Id }, closed);
export const DeviceIdParams = Type.Object({ deviceId: Id }, closed);

export const RenameParams = Type.Object({ nodeId: Id, displayName: Name }, closed);

export const InvokeParams = Type.Object(
  {
    nodeId: Id,
    command: Type.String({ minLength: 1, maxLength: 200 }),
    params: Type.Optional(Type.Unknown()),
    timeoutMs: Type.Optional(Type.Integer({ minimum: 1, maximum: 600_000 })),
    idempotencyKey: Type.String({ minLength: 1, maxLength: 256 }),
  },
  closed,
);

export const InvokeResultParams = Type.Object(
  {
    id: Id,
    nodeId: Id,
    ok: Type.Boolean(),
    payload: Type.Optional(Type.Unknown()),
    payloadJSON: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    error: Type.Optional(Type.Union([Type.Object({ code: Type.Optional(Type.String()), message: Type.Optional(Type.String()) }), Type.Null()])),
  },
  closed,
);

export const NodeEventParams = Type.Object(
  { event: Type.String({ minLength: 1, maxLength: 200 }), payload: Type.Optional(Type.Unknown()), payloadJSON: Type.Optional(Type.Union([Type.String(), Type.Null()])) },
  closed,
);

export const NodePairRequestParams = Type.Object(
  {
    nodeId: Id,
    displayName: Type.Optional(Name),
    platform: Type.Optional(Type.String({ maxLength: 100 })),
    version: Type.Optional(Type.String({ maxLength: 100 })),
    coreVersion: Type.Optional(Type.String({ maxLength: 100 })),
    uiVersion: Type.Optional(Type.String({ maxLength: 100 })),
    deviceFamily: Type.Optional(Type.String({ maxLength: 100 })),
    modelIdentifier: Type.Optional(Type.String({ maxLength: 100 })),
    caps: Type.Optional(Strings),
    commands: Type.Optional(Strings),
    permissions: Type.Optional(Type.Record(Type.String(), Type.Boolean())),
    remoteIp: Type.Optional(Type.String({ maxLength: 100 })),
    silent: Type.Optional(Type.Boolean()),
  },
  closed,
);
export type NodePairRequest = Static<typeof NodePairRequestParams>;

export const NodePairVerifyParams = Type.Object({ nodeId: Id, token: Type.String({ maxLength: 512 }) }, closed);

export const TokenRotateParams = Type.Object(
  { deviceId: Id, role: ROLE, scopes: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 50 })) },
  closed,
);
export const TokenRevokeParams = Type.Object({ deviceId: Id, role: ROLE }, closed);
