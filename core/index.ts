/** Public surface for plugin authors and embedders. */
export { definePlugin } from "./plugin-types.js";
export { PLUGIN_API_VERSION } from "./sdk/version.js";
export type { AnyPlugin, PluginDefinition, PluginApi, Disposer, GatewayInfo, ConnectionsView, HttpRouteHandler, UpgradeRouteHandler } from "./plugin-types.js";
export { GatewayError, invalidRequest, unavailable } from "./errors.js";
export { ERROR_CODES, CONNECT_DETAIL_CODES } from "./protocol/error-codes.js";
export { OPERATOR_SCOPES } from "./protocol/scopes.js";
export { rawJson } from "./rawjson.js";
export type { ConnectionInfo, MethodContext, MethodSpec, EventSpec, EmitOptions, RouteOptions, HttpMethod } from "./types.js";
export type { ConnectContext, FrameContext, FrameVerdict, DisconnectContext, ShutdownContext } from "./hooks.js";
export { GatewayClient, GatewayRequestError } from "./client.js";
export type { GatewayClientOptions } from "./client.js";
export { generateDeviceKeys, loadOrCreateDeviceKeys } from "./device-keys.js";
export { createGateway, Gateway } from "./gateway.js";
export { sendJson } from "./server.js";
export { IdempotencyCache, IDEMPOTENCY_TTL_MS, IDEMPOTENCY_MAX_ENTRIES } from "./idempotency.js";
export { writeFileAtomic, writeJsonAtomic, readJsonFile } from "./state.js";
export { removeStaleTempsOf } from "./stale-temps.js";
export { Type } from "@sinclair/typebox";
