/**
 * The plugin SDK: the one module plugins import, published as `openclaw-gateway-host/plugin`.
 * (Slice A owns the full surface; this entry re-exports the plugin-facing part of core/index.ts.)
 */
export { definePlugin } from "../plugin-types.js";
export type { PluginDefinition, PluginApi, Disposer, GatewayInfo, ConnectionsView, HttpRouteHandler, UpgradeRouteHandler } from "../plugin-types.js";
export { GatewayError, invalidRequest, unavailable } from "../errors.js";
export { ERROR_CODES } from "../protocol/error-codes.js";
export { OPERATOR_SCOPES } from "../protocol/scopes.js";
export { rawJson } from "../rawjson.js";
export type { ConnectionInfo, MethodContext, MethodSpec, EventSpec, EmitOptions, RouteOptions, HttpMethod } from "../types.js";
export { writeFileAtomic, writeJsonAtomic, readJsonFile } from "../state.js";
export { PLUGIN_API_VERSION } from "./version.js";
export { Type } from "@sinclair/typebox";
