/**
 * The plugin SDK: `openclaw-gateway-host/plugin`. This module is the only surface plugins import,
 * the built-in ones included (they use it by relative path, so it is loaded once). Everything here is
 * covered by `PLUGIN_API_VERSION`; anything else in the package is internal and may change.
 */

// ── Defining a plugin ─────────────────────────────────────────────────────────────────────────
export { PLUGIN_API_VERSION } from "./version.js";
export { definePlugin } from "../plugin-types.js";
export type {
  AnyPlugin,
  PluginDefinition,
  PluginApi,
  Disposer,
  GatewayInfo,
  ConnectionsView,
  HttpRouteHandler,
  UpgradeRouteHandler,
} from "../plugin-types.js";
export type {
  Awaitable,
  ConnectionInfo,
  MethodContext,
  MethodSpec,
  EventSpec,
  EventPayload,
  EmitOptions,
  RouteOptions,
  UpgradeOptions,
  HttpMethod,
  ClientInfo,
  Role,
  ProtocolVersion,
  VerifiedDevice,
} from "../types.js";
export type { ConnectContext, HelloExtrasContext, ConnectedContext, FrameContext, FrameVerdict, DisconnectContext, ShutdownContext, HookTaps } from "../hooks.js";
export type { Logger, LogFields } from "../log.js";
export type { AuthMode } from "../auth.js";

// ── Schemas (TypeBox; the host compiles them with ajv) ───────────────────────────────────────
export { Type } from "@sinclair/typebox";
export type { Static, TSchema, TObject } from "@sinclair/typebox";

// ── Errors and scopes ────────────────────────────────────────────────────────────────────────
export { GatewayError, invalidRequest, unavailable, toGatewayError } from "../errors.js";
export type { GatewayErrorOptions } from "../errors.js";
export { GatewayHostError, HOST_ERRORS, isHostError, hostErrorCode } from "../host-errors.js";
export type { HostErrorCode } from "../host-errors.js";
export { ERROR_CODES, CONNECT_DETAIL_CODES } from "../protocol/error-codes.js";
export type { ErrorCode } from "../protocol/error-codes.js";
export { OPERATOR_SCOPES, hasScope } from "../protocol/scopes.js";
export type { OperatorScope, MethodScope } from "../protocol/scopes.js";
/** The answer the gateway gives a connection calling a method of `scope`: a GatewayError, or null when allowed. */
export { authorizeMethod } from "../authorize.js";
export { formatAjvErrors } from "../protocol/validators.js";

// ── Payloads ─────────────────────────────────────────────────────────────────────────────────
export { rawJson } from "../rawjson.js";
export type { RawJson } from "../rawjson.js";

// ── The kit: small helpers the built-in plugins share ────────────────────────────────────────
export { writeFileAtomic, writeJsonAtomic, readJsonFile, readJsonFileSync, ensurePrivateDir, STATE_FILE_MODE } from "../state.js";
export { removeStaleTempsOf } from "../stale-temps.js";
export { JsonFile, KeyedMutex } from "./kit/json-file.js";
export { JsonMapFile } from "./kit/json-map-file.js";
export { openWithinRoot, closeFd } from "./kit/open-within-root.js";
export type { OpenedFile, OpenResult } from "./kit/open-within-root.js";
export { accessProperties, openNeedsWildcard, resolveAccess, accessProblem, DmPolicySchema, GroupPolicySchema } from "./kit/access-schema.js";
export type { AccessFields, ChannelAccessConfig, DmPolicy, GroupPolicy } from "./kit/access-schema.js";
/** Exec policy: the host approvals document (shared with our node host), policy math, executable identity. */
export { Security, Ask, AllowlistEntry, ApprovalsFile, ApprovalsSnapshot } from "./kit/exec-policy/document-schema.js";
export { APPROVALS_FILE_NAME, MAX_DOCUMENT_BYTES, ApprovalsDocument } from "./kit/exec-policy/approvals-document.js";
export { MODE_POLICY, DEFAULT_MODE, DEFAULT_ASK_FALLBACK, tighten, effectivePolicy, entryMatches, matchAllowlist, evaluate, fallbackVerdict, withAllowAlways, withUse } from "./kit/exec-policy/policy.js";
export type { ExecMode, Policy, ExecBinding, Verdict } from "./kit/exec-policy/policy.js";
export { resolveExecutable, fileIdentity, sameIdentity } from "./kit/exec-policy/executable.js";
export type { FileIdentity } from "./kit/exec-policy/executable.js";
export { splitCommandLine, formatArgv } from "./kit/exec-policy/command-line.js";
export { IdempotencyCache, IDEMPOTENCY_TTL_MS, IDEMPOTENCY_MAX_ENTRIES } from "../idempotency.js";
export { safeEqualSecret } from "../secret-compare.js";
export { Redactor, maskSecret } from "../redact.js";
export { sendJson } from "../server.js";
export { normalizeIp, isLoopbackIp, resolveClientAddress } from "../client-address.js";
export type { ClientAddress } from "../client-address.js";
export { normalizeOrigin, checkOrigin } from "../origin.js";
export type { OriginVerdict } from "../origin.js";
export { expandHome } from "../config/paths.js";
export { configDefaults } from "../config/validate.js";

// ── Service contracts of the built-in plugins (types only) ───────────────────────────────────
// A third-party plugin that uses the `channels` or `agent` service (a channel, a tool) needs these
// shapes; they are published here so it never imports a path under plugins/.
export type {
  ChannelPlugin,
  ChannelsService,
  ChannelCapabilities,
  ChannelAccount,
  ChatType,
  InboundMessage,
  SendTextRequest,
  SendMediaRequest,
  SendResult,
  AccountRuntime,
  AccountStatusPatch,
  AccountStatus,
  LoginStartResult,
  LoginWaitResult,
} from "../../plugins/channels/contract.js";
export type {
  AgentService,
  AgentTool,
  ToolContext,
  ToolRegistry,
  RegisterToolOptions,
  AgentRunParams,
  AgentRunResult,
  AgentStreamEvent,
  AgentUsage,
  JsonSchemaObject,
  TranscriptMessage,
  RunSummary,
} from "../../plugins/agent/contract.js";
