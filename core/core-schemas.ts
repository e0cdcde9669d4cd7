/**
 * Result and event payload schemas of what the core itself answers and emits: `health`, `status`,
 * `plugins.list`, `config.*`, `logs.tail`, and the `connect.challenge`, `tick`, `shutdown`, `health`
 * events. Objects stay open: plugins add sections to `health` and `status`, and clients ignore fields
 * they do not know.
 */
import { Type, type Static } from "@sinclair/typebox";

const Strings = Type.Array(Type.String());
const NullableNumber = Type.Union([Type.Number(), Type.Null()]);
const NullableString = Type.Union([Type.String(), Type.Null()]);

/** One account in the `health` channels section. */
export const HealthChannelAccount = Type.Object({
  enabled: Type.Boolean(),
  configured: Type.Boolean(),
  linked: Type.Boolean(),
  running: Type.Boolean(),
  connected: Type.Boolean(),
  mode: NullableString,
  reconnectAttempts: Type.Integer(),
  lastConnectedAt: NullableNumber,
  authAgeMs: NullableNumber,
  lastError: NullableString,
});

/** One channel in the `health` summary: its roll-up and its accounts by id. */
export const HealthChannel = Type.Object({
  configured: Type.Boolean(),
  linked: Type.Boolean(),
  running: Type.Boolean(),
  connected: Type.Boolean(),
  mode: NullableString,
  self: NullableString,
  lastConnectedAt: NullableNumber,
  authAgeMs: NullableNumber,
  lastError: NullableString,
  defaultAccountId: Type.String(),
  accounts: Type.Record(Type.String(), HealthChannelAccount),
});

/** The `health` result, `health` event payload and `hello-ok.snapshot.health`; plugins add sections. */
export const HealthSummary = Type.Object({
  ok: Type.Boolean(),
  ts: Type.Number(),
  durationMs: Type.Number(),
  degraded: Type.Boolean(),
  plugins: Type.Object({
    loaded: Strings,
    failed: Type.Array(Type.Object({ name: Type.String(), state: Type.String(), error: Type.Optional(Type.String()) })),
    disabled: Strings,
  }),
  channels: Type.Record(Type.String(), HealthChannel),
  channelOrder: Strings,
  channelLabels: Type.Record(Type.String(), Type.String()),
});
export type HealthSummary = Static<typeof HealthSummary>;

/** The `status` result; plugins add sections (e.g. `agents`, `canvas`, `channels`). */
export const StatusSummary = Type.Object({
  runtimeVersion: Type.String(),
  uptimeMs: Type.Number(),
  pid: Type.Integer(),
  host: Type.String(),
  gateway: Type.Object({ url: Type.String(), bindHost: Type.String(), port: Type.Integer(), authMode: Type.String(), protocols: Type.Array(Type.Integer()) }),
  configPath: Type.String(),
  stateDir: Type.String(),
  plugins: Type.Object({ active: Strings, failed: Type.Array(Type.Object({ name: Type.String(), error: Type.Optional(Type.String()) })) }),
  connections: Type.Object({ operators: Type.Integer(), nodes: Type.Integer() }),
  channelSummary: Strings,
  /** Sessions and heartbeat: empty shapes from the core, filled by the agent plugin's section. */
  sessions: Type.Record(Type.String(), Type.Unknown()),
  heartbeat: Type.Record(Type.String(), Type.Unknown()),
  queuedSystemEvents: Type.Array(Type.Unknown()),
  lastError: Type.Union([Type.Object({ ts: Type.Number(), subsystem: Type.String(), message: Type.String() }), Type.Null()]),
  processMemory: Type.Object({ rssBytes: Type.Number(), heapUsedBytes: Type.Number() }),
});

/** One plugin as `plugins.list` shows it. */
export const PluginListEntry = Type.Object({
  name: Type.String(),
  source: Type.String(),
  /** Where it came from: built in, installed under <stateDir>/extensions, or a plugins.load.paths entry. */
  origin: Type.Union([Type.Literal("builtin"), Type.Literal("installed"), Type.Literal("path")]),
  version: Type.Optional(Type.String()),
  /** The plugin-API range its manifest declares. */
  apiVersion: Type.Optional(Type.String()),
  state: Type.Union([Type.Literal("active"), Type.Literal("failed"), Type.Literal("skipped"), Type.Literal("disabled"), Type.Literal("stopped")]),
  error: Type.Optional(Type.String()),
  /** The host error code (OC_ERR_*) behind `error`, when there is one: match on this, not on the text. */
  errorCode: Type.Optional(Type.String()),
  description: Type.Optional(Type.String()),
  provides: Strings,
  requires: Strings,
  configPaths: Strings,
  /** Wall-clock milliseconds its latest successful setup took: what this plugin adds to start-up. */
  setupMs: Type.Optional(Type.Number({ minimum: 0 })),
  /** The methods it registered. */
  methods: Strings,
  /** The HTTP routes it registered, as "METHOD /path". */
  routes: Strings,
});
export type PluginListEntry = Static<typeof PluginListEntry>;
export const PluginsListResult = Type.Object({ plugins: Type.Array(PluginListEntry) });

export const ConfigIssue = Type.Object({
  /** Dotted key path, e.g. "gateway.auth.mode" ("<root>" for the whole file). */
  path: Type.String(),
  message: Type.String(),
});

/** `config.get`: the config file as the gateway sees it. */
export const ConfigSnapshot = Type.Object({
  path: Type.String(),
  exists: Type.Boolean(),
  /** The file's text with secrets cut out; null when there is no file or the text cannot be shown without a secret. */
  raw: NullableString,
  /** The config after $include and ${VAR}, with every schema-marked secret replaced by __OPENCLAW_REDACTED__. */
  config: Type.Unknown(),
  /** sha256 of the raw file text ("" for a missing file): the `baseHash` for later writes. */
  hash: Type.String(),
  valid: Type.Boolean(),
  issues: Type.Array(ConfigIssue),
  warnings: Strings,
  /** Keys upstream OpenClaw defines that this gateway does not implement: accepted, kept in the file, unused. */
  ignored: Type.Optional(Strings),
});
export type ConfigSnapshot = Static<typeof ConfigSnapshot>;

/** `config.patch` / `config.apply`: the file written and its new hash. */
export const ConfigWriteResult = Type.Object({ ok: Type.Boolean(), path: Type.String(), hash: Type.String() });

/** `logs.tail`: JSON-lines from a byte cursor; `reset` after rotation, `truncated` when it jumped ahead. */
export const TailResult = Type.Object({
  file: Type.String(),
  cursor: Type.Integer(),
  size: Type.Integer(),
  lines: Strings,
  truncated: Type.Optional(Type.Boolean()),
  reset: Type.Optional(Type.Boolean()),
});
export type TailResult = Static<typeof TailResult>;

export const ConnectChallengePayload = Type.Object({ nonce: Type.String(), ts: Type.Number() });
export const TickPayload = Type.Object({ ts: Type.Number() });
export const ShutdownPayload = Type.Object({ reason: Type.String(), restartExpectedMs: NullableNumber });
