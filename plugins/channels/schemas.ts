/** Params and result schemas of the channels plugin's methods (`send`, `channels.*`, `web.login.*`). */
import { Type, type Static } from "../../core/sdk/plugin.js";

const closed = { additionalProperties: false } as const;
const Id = Type.String({ minLength: 1, maxLength: 128 });
const Channel = Type.String({ minLength: 1, maxLength: 64 });

export const SendParams = Type.Object({
  to: Type.String({ minLength: 1, maxLength: 256 }),
  message: Type.Optional(Type.String({ maxLength: 100_000 })),
  mediaUrl: Type.Optional(Type.String({ minLength: 1 })),
  mediaUrls: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { maxItems: 10 })),
  gifPlayback: Type.Optional(Type.Boolean()),
  channel: Type.Optional(Id),
  accountId: Type.Optional(Id),
  agentId: Type.Optional(Id),
  threadId: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 64 }), Type.Integer()])),
  sessionKey: Type.Optional(Type.String({ maxLength: 512 })),
  idempotencyKey: Type.String({ minLength: 1, maxLength: 256 }),
}, closed);

export const SendResult = Type.Object({
  runId: Type.String(),
  messageId: Type.String(),
  channel: Type.String(),
  accountId: Type.String(),
  chatId: Type.String(),
  /** Set when the message went out in more than one part (e.g. several media). */
  messageIds: Type.Optional(Type.Array(Type.String())),
});

export const StatusParams = Type.Object({
  probe: Type.Optional(Type.Boolean()),
  timeoutMs: Type.Optional(Type.Integer({ minimum: 100, maximum: 60_000 })),
}, closed);

const NullableNumber = Type.Union([Type.Number(), Type.Null()]);
const NullableString = Type.Union([Type.String(), Type.Null()]);

/** One account of a channel as `channels.status` (and the `health` channels section) reports it. */
export const ChannelAccountStatus = Type.Object({
  accountId: Type.String(),
  enabled: Type.Boolean(),
  configured: Type.Boolean(),
  linked: Type.Boolean(),
  running: Type.Boolean(),
  connected: Type.Boolean(),
  reconnectAttempts: Type.Integer(),
  lastConnectedAt: NullableNumber,
  lastError: NullableString,
  lastInboundAt: NullableNumber,
  lastOutboundAt: NullableNumber,
  lastStartAt: NullableNumber,
  lastStopAt: NullableNumber,
  dmPolicy: Type.Union([Type.Literal("pairing"), Type.Literal("allowlist"), Type.Literal("open"), Type.Literal("disabled")]),
  tokenSource: Type.Optional(Type.String()),
  unconfiguredReason: Type.Optional(Type.String()),
  /** e.g. "polling", "webhook", "degraded", "conflict", "logged-out" */
  mode: Type.Optional(Type.String()),
  /** The bot's own name or number once known. */
  self: Type.Optional(Type.String()),
  /** Only with `probe: true`. */
  probe: Type.Optional(Type.Object({ ok: Type.Boolean(), detail: Type.Optional(Type.String()) })),
});
export type ChannelAccountStatus = Static<typeof ChannelAccountStatus>;

/** One channel rolled up from its accounts (the default account speaks for link state and errors). */
export const ChannelSummary = Type.Object({
  configured: Type.Boolean(),
  linked: Type.Boolean(),
  running: Type.Boolean(),
  connected: Type.Boolean(),
  mode: NullableString,
  self: NullableString,
  lastConnectedAt: NullableNumber,
  authAgeMs: NullableNumber,
  lastError: NullableString,
});

export const ChannelsStatusResult = Type.Object({
  ts: Type.Number(),
  channelOrder: Type.Array(Type.String()),
  channelLabels: Type.Record(Type.String(), Type.String()),
  channels: Type.Record(Type.String(), ChannelSummary),
  channelAccounts: Type.Record(Type.String(), Type.Array(ChannelAccountStatus)),
  channelDefaultAccountId: Type.Record(Type.String(), Type.String()),
});
export type ChannelsStatusResult = Static<typeof ChannelsStatusResult>;

export const LogoutParams = Type.Object({ channel: Type.Optional(Id), accountId: Type.Optional(Id) }, closed);
export const LogoutResult = Type.Object({ channel: Type.String(), accountId: Type.String(), cleared: Type.Boolean() });

export const LoginStartParams = Type.Object({
  channel: Type.Optional(Id),
  accountId: Type.Optional(Id),
  force: Type.Optional(Type.Boolean()),
  timeoutMs: Type.Optional(Type.Integer({ minimum: 1000, maximum: 600_000 })),
  verbose: Type.Optional(Type.Boolean()),
}, closed);
export const LoginStartResult = Type.Object({
  channel: Type.String(),
  accountId: Type.String(),
  /** A data: URL (PNG) of the QR code, for UIs. */
  qrDataUrl: Type.Optional(Type.String()),
  /** The raw QR string, for terminals. */
  qr: Type.Optional(Type.String()),
  message: Type.String(),
});

export const LoginWaitParams = Type.Object({
  channel: Type.Optional(Id),
  accountId: Type.Optional(Id),
  timeoutMs: Type.Optional(Type.Integer({ minimum: 1000, maximum: 600_000 })),
}, closed);
export const LoginWaitResult = Type.Object({ channel: Type.String(), accountId: Type.String(), connected: Type.Boolean(), message: Type.String() });

export const PairingListParams = Type.Object({ channel: Type.Optional(Channel) }, closed);
const PairingMeta = Type.Record(Type.String(), Type.String());
export const PairingListResult = Type.Object({
  requests: Type.Array(Type.Object({
    channel: Type.String(),
    accountId: Type.String(),
    id: Type.String(),
    code: Type.String(),
    createdAt: Type.String(),
    lastSeenAt: Type.String(),
    meta: PairingMeta,
  })),
  /** channel → account → approved sender ids. */
  allowFrom: Type.Record(Type.String(), Type.Record(Type.String(), Type.Array(Type.String()))),
  /** The store's bounds, as upstream reports them: pending requests kept per account, and how long one lives. */
  limits: Type.Object({ pendingPerAccount: Type.Integer({ minimum: 0 }), ttlMs: Type.Integer({ minimum: 0 }) }),
});
export type PairingListResult = Static<typeof PairingListResult>;

export const PairingApproveParams = Type.Object({
  channel: Channel,
  code: Type.String({ minLength: 1, maxLength: 32 }),
  /** Tell the sender they were approved (default true). */
  notify: Type.Optional(Type.Boolean()),
}, closed);
export const PairingApproveResult = Type.Object({
  channel: Type.String(),
  accountId: Type.String(),
  id: Type.String(),
  code: Type.String(),
  approved: Type.Boolean(),
  notified: Type.Boolean(),
  meta: PairingMeta,
});
