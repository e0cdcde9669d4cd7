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

// Result and event payload schemas (open objects: clients ignore fields they do not know).

const StringList = Type.Array(Type.String());
const Flags = Type.Record(Type.String(), Type.Boolean());

/** One node as `node.list` / `node.describe` show it: connected now, or paired through either store. */
export const NodeRow = Type.Object({
  nodeId: Type.String(),
  displayName: Type.Optional(Type.String()),
  platform: Type.Optional(Type.String()),
  version: Type.Optional(Type.String()),
  deviceFamily: Type.Optional(Type.String()),
  modelIdentifier: Type.Optional(Type.String()),
  remoteIp: Type.Optional(Type.String()),
  caps: StringList,
  commands: StringList,
  permissions: Type.Optional(Flags),
  pathEnv: Type.Optional(Type.String()),
  connectedAtMs: Type.Optional(Type.Number()),
  paired: Type.Boolean(),
  connected: Type.Boolean(),
});
export type NodeRow = Static<typeof NodeRow>;

export const NodeListResult = Type.Object({ ts: Type.Number(), nodes: Type.Array(NodeRow) });
export const NodeDescribeResult = Type.Composite([Type.Object({ ts: Type.Number() }), NodeRow]);
export const NodeRenameResult = Type.Object({ nodeId: Type.String(), displayName: Type.String() });

export const NodeInvokeResult = Type.Object({
  ok: Type.Literal(true),
  nodeId: Type.String(),
  command: Type.String(),
  payload: Type.Unknown(),
  payloadJSON: Type.Union([Type.String(), Type.Null()]),
});
export const NodeInvokeResultAck = Type.Object({ ok: Type.Literal(true), ignored: Type.Optional(Type.Literal(true)) });
export const NodeEventResult = Type.Object({ ok: Type.Boolean() });

/** `node.invoke.request`, sent to the one node that runs the command. */
export const NodeInvokeRequestPayload = Type.Object({
  id: Type.String(),
  nodeId: Type.String(),
  command: Type.String(),
  paramsJSON: Type.Union([Type.String(), Type.Null()]),
  timeoutMs: Type.Number(),
  idempotencyKey: Type.String(),
});

const NodeMetaProps = {
  nodeId: Type.String(),
  displayName: Type.Optional(Type.String()),
  platform: Type.Optional(Type.String()),
  version: Type.Optional(Type.String()),
  coreVersion: Type.Optional(Type.String()),
  uiVersion: Type.Optional(Type.String()),
  deviceFamily: Type.Optional(Type.String()),
  modelIdentifier: Type.Optional(Type.String()),
  caps: Type.Optional(StringList),
  commands: Type.Optional(StringList),
  permissions: Type.Optional(Flags),
  remoteIp: Type.Optional(Type.String()),
};
/** What a node says about itself (the common part of its pairing request and its paired record). */
export const NodeMeta = Type.Object(NodeMetaProps);

/** A node's pending pairing request (also the `node.pair.requested` payload). */
export const PendingNode = Type.Object({ ...NodeMetaProps, requestId: Type.String(), silent: Type.Optional(Type.Boolean()), isRepair: Type.Boolean(), ts: Type.Number() });
export type PendingNode = Static<typeof PendingNode>;
/** A paired node, its token left out. */
export const PairedNodeView = Type.Object({ ...NodeMetaProps, createdAtMs: Type.Number(), approvedAtMs: Type.Number(), lastConnectedAtMs: Type.Optional(Type.Number()) });

export const NodePairRequestResult = Type.Object({ status: Type.Literal("pending"), request: PendingNode, created: Type.Boolean() });
export const NodePairListResult = Type.Object({ pending: Type.Array(PendingNode), paired: Type.Array(PairedNodeView) });
export type NodePairListResult = Static<typeof NodePairListResult>;
/** The approved node with its fresh token (shown once, to the approver). */
export const NodePairApproveResult = Type.Object({
  requestId: Type.String(),
  node: Type.Object({ ...NodeMetaProps, token: Type.String(), createdAtMs: Type.Number(), approvedAtMs: Type.Number(), lastConnectedAtMs: Type.Optional(Type.Number()) }),
});
export const NodePairRejectResult = Type.Object({ requestId: Type.String(), nodeId: Type.String() });
export const NodePairVerifyResult = Type.Object({ ok: Type.Boolean(), node: Type.Optional(PairedNodeView) });

const DeviceMetaProps = {
  deviceId: Type.String(),
  publicKey: Type.String(),
  displayName: Type.Optional(Type.String()),
  platform: Type.Optional(Type.String()),
  deviceFamily: Type.Optional(Type.String()),
  clientId: Type.Optional(Type.String()),
  clientMode: Type.Optional(Type.String()),
  remoteIp: Type.Optional(Type.String()),
};
/** What a device says about itself (the common part of its pairing request and its paired record). */
export const DeviceMeta = Type.Object(DeviceMetaProps);

/** A device's pending pairing request (also the `device.pair.requested` payload). */
export const PendingDevice = Type.Object({
  ...DeviceMetaProps,
  requestId: Type.String(),
  role: Type.String(),
  roles: StringList,
  scopes: StringList,
  reason: Type.Union([Type.Literal("not-paired"), Type.Literal("role-upgrade"), Type.Literal("scope-upgrade")]),
  silent: Type.Boolean(),
  isRepair: Type.Boolean(),
  ts: Type.Number(),
});
export type PendingDevice = Static<typeof PendingDevice>;

/** A paired device with its tokens' metadata (token values left out). */
export const PairedDeviceView = Type.Object({
  ...DeviceMetaProps,
  role: Type.Optional(Type.String()),
  roles: StringList,
  scopes: StringList,
  tokens: Type.Array(Type.Object({
    role: Type.String(),
    scopes: StringList,
    createdAtMs: Type.Number(),
    rotatedAtMs: Type.Optional(Type.Number()),
    revokedAtMs: Type.Optional(Type.Number()),
    lastUsedAtMs: Type.Optional(Type.Number()),
  })),
  createdAtMs: Type.Number(),
  approvedAtMs: Type.Number(),
});

/** A `device.pair.list` entry: the paired device plus whether it has a live connection now (the official UI shows online/offline). */
export const PairedDeviceListed = Type.Object({ ...PairedDeviceView.properties, connected: Type.Boolean() });

export const DevicePairListResult = Type.Object({ pending: Type.Array(PendingDevice), paired: Type.Array(PairedDeviceListed) });
export type DevicePairListResult = Static<typeof DevicePairListResult>;
export const DevicePairApproveResult = Type.Object({ requestId: Type.String(), device: PairedDeviceView });
export const DevicePairRejectResult = Type.Object({ requestId: Type.String(), deviceId: Type.String() });
export const DevicePairRemoveResult = Type.Object({ deviceId: Type.String(), removed: Type.Boolean(), closedConnections: Type.Integer() });
export const DeviceTokenRotateResult = Type.Object({ deviceId: Type.String(), role: Type.String(), token: Type.String(), scopes: StringList, rotatedAtMs: Type.Number() });
export const DeviceTokenRevokeResult = Type.Object({ deviceId: Type.String(), role: Type.String(), revokedAtMs: Type.Number() });

/** `node.pair.resolved` / `device.pair.resolved`: a request was approved or rejected. */
export const PairResolvedPayload = Type.Object({
  requestId: Type.String(),
  nodeId: Type.Optional(Type.String()),
  deviceId: Type.Optional(Type.String()),
  decision: Type.String(),
  silent: Type.Optional(Type.Boolean()),
  ts: Type.Number(),
});
