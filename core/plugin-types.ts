/** The plugin contract: what a plugin declares and the `api` it receives in `setup`. */
import type { Static, TSchema } from "@sinclair/typebox";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import type { HookTaps } from "./hooks.js";
import type { Logger } from "./log.js";
import type { AuthMode } from "./auth.js";
import type { RawJson } from "./rawjson.js";
import type { Awaitable, ConnectionInfo, EmitOptions, EventPayload, EventSpec, HttpMethod, MethodSpec, RouteOptions, UpgradeOptions } from "./types.js";

/** Undoes what a plugin created itself (a server, a watcher, a bot). Registrations made through `api` need no undo. */
export type Disposer = () => Awaitable<void>;

export interface PluginDefinition<S extends TSchema = TSchema> {
  /** Unique name: log prefix, owner of its methods/routes/events, key in `plugins.entries`. */
  name: string;
  description?: string;
  version?: string;
  /** Config subtrees this plugin owns, as dotted paths (e.g. "canvasHost", "gateway.nodes"). */
  configPaths?: readonly string[];
  /** Schema of the owned subtrees, at their real positions (e.g. `{canvasHost?: {...}}`); validated strictly. */
  configSchema?: S;
  /** Services this plugin needs from other plugins; it is set up after them and skipped if they fail. */
  requires?: readonly string[];
  /** Services this plugin offers through `api.provide`. */
  provides?: readonly string[];
  /**
   * Sets the plugin up; may return a disposer. Throwing marks the plugin failed and undoes its registrations.
   * Declared method-style on purpose: a plugin with a typed config stays assignable to `AnyPlugin` (no casts).
   */
  setup(api: PluginApi<Static<S>>): Awaitable<Disposer | void>;
}

/** Facts about the running gateway a plugin may read. */
export interface GatewayInfo {
  readonly version: string;
  /** The bound host and port (the port is final once the gateway listens). */
  readonly host: string;
  readonly port: number;
  /** Base HTTP URL of the gateway, e.g. http://127.0.0.1:18789 */
  readonly httpUrl: string;
  readonly authMode: AuthMode;
  readonly stateDir: string;
  readonly configPath: string;
  readonly startedAtMs: number;
}

/** Live connections, read-only, plus the one thing a plugin may do to them: close one. */
export interface ConnectionsView {
  list(): ConnectionInfo[];
  get(id: string): ConnectionInfo | undefined;
  close(id: string, code: number, reason: string): boolean;
}

export type HttpRouteHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Awaitable<void>;
export type UpgradeRouteHandler = (req: IncomingMessage, socket: Duplex, head: Buffer, url: URL) => void;

/** The scoped api one plugin receives. Everything registered through it is undone when the plugin is disposed. */
export interface PluginApi<C = unknown> {
  readonly name: string;
  /** The plugin's validated config slice (owned paths at their real positions, schema defaults filled). */
  readonly config: C;
  readonly log: Logger;
  /** The gateway state directory (upstream-compatible files live here, e.g. `nodes/`, `devices/`). */
  readonly stateDir: string;
  /** Aborted when the plugin is disposed: pass it to timers, fetches and long polls. */
  readonly signal: AbortSignal;
  readonly hooks: HookTaps;
  readonly gateway: GatewayInfo;
  readonly connections: ConnectionsView;
  /**
   * Registers an RPC method; params are validated against `spec.params` before the handler runs. The
   * handler's types follow from `params` and `result`; `scope` is required.
   */
  registerMethod<P extends TSchema = TSchema, R extends TSchema = TSchema>(name: string, spec: MethodSpec<P, R>): void;
  /** Registers an HTTP route on the gateway port (exact path, or a prefix ending in `/*`). */
  registerRoute(method: HttpMethod, path: string, handler: HttpRouteHandler, options: RouteOptions): void;
  /** Registers a WebSocket upgrade path other than `/` (the Origin check has already passed, except `null` when `options.acceptNullOrigin`). */
  registerUpgrade(path: string, handler: UpgradeRouteHandler, options?: UpgradeOptions): void;
  /** Declares an event so it is advertised in `hello-ok` and filtered by scope. */
  declareEvent<S extends TSchema = TSchema>(name: string, spec?: EventSpec<S>): void;
  /** Emits a declared event to every permitted connection (or to `options.to`); returns the recipients. */
  emit(event: string, payload: EventPayload, options?: EmitOptions): number;
  /** Offers a service named in `provides`. */
  provide<T>(name: string, service: T): void;
  /** Gets a service named in `requires`. */
  use<T>(name: string): T;
  /** Adds fields to the `health` summary (e.g. `channels`); called when health is rebuilt. */
  registerHealth(section: () => Record<string, unknown>): void;
  /** Adds fields to the `status` summary. */
  registerStatus(section: () => Record<string, unknown>): void;
  /** Supplies a `hello-ok.snapshot` list (today: "presence"); may return `rawJson(text)` of a cached list. */
  registerSnapshot(key: "presence", provider: () => unknown[] | RawJson): void;
  /** Tells the gateway this plugin's health section changed: health is rebuilt and broadcast. */
  healthChanged(): void;
}

/** Identity helper that types `api.config` from `configSchema`. */
export function definePlugin<S extends TSchema = TSchema>(definition: PluginDefinition<S>): PluginDefinition<S> {
  return definition;
}

/** Any plugin, whatever its config schema: the element type of plugin lists (`plugins/index.ts`, tests). */
export type AnyPlugin = PluginDefinition<TSchema>;
