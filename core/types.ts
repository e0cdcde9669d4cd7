/** Types shared by the core and plugin authors. */
import type { Static, TSchema } from "@sinclair/typebox";
import type { RawJson } from "./rawjson.js";
import type { ClientInfo, Role } from "./protocol/connect-params.js";
import type { ProtocolVersion } from "./protocol/version.js";
import type { MethodScope, OperatorScope } from "./protocol/scopes.js";
import type { VerifiedDevice } from "./device-identity.js";
import type { Logger } from "./log.js";

/** What a plugin (or a handler) may know about one client connection. */
export interface ConnectionInfo {
  readonly id: string;
  readonly protocol: ProtocolVersion;
  readonly role: Role;
  /** Scopes granted by the gateway (never wider than the credential allows). */
  readonly scopes: ReadonlySet<string>;
  readonly client: ClientInfo;
  /** Set when the client proved a device identity in the handshake. */
  readonly device?: VerifiedDevice;
  readonly caps: readonly string[];
  readonly commands: readonly string[];
  readonly permissions: Readonly<Record<string, boolean>>;
  readonly pathEnv?: string;
  /** How the connection authenticated: "token", "password", "none", or a plugin's method (e.g. "device-token"). */
  readonly authMethod: string;
  readonly remoteIp: string;
  /** Direct loopback client with no proxy in between and no browser origin. */
  readonly localDirect: boolean;
  /** A browser page from a loopback origin (e.g. the Control UI on this machine) connected directly over loopback. */
  readonly localBrowser: boolean;
  readonly origin?: string;
  readonly connectedAtMs: number;
}

export type Awaitable<T> = T | Promise<T>;

/** Context passed to a method handler. */
export interface MethodContext {
  readonly conn: ConnectionInfo;
  /** The request id chosen by the client. */
  readonly requestId: string;
  readonly log: Logger;
  /** Aborted when the client disconnects. */
  readonly signal: AbortSignal;
  /**
   * Sends a first `res {ok:true, payload}` now; the handler's return value becomes the second
   * `res` with the same id (the two-phase shape of `agent`).
   */
  ack(payload: unknown): void;
}

/**
 * One RPC method. `params` and `result` are TypeBox schemas; the handler's parameter and return types
 * follow from them, so a handler returning the wrong shape does not type-check. Params are validated
 * on every request; results are checked only when the gateway runs with result validation on
 * (`OPENCLAW_VALIDATE_RESULTS=1` or `createGateway({ validateResults: true })`, as the tests do).
 */
export interface MethodSpec<P extends TSchema = TSchema, R extends TSchema = TSchema> {
  /** TypeBox schema for `params` (params default to `{}` when the client omits them). */
  params?: P;
  /** TypeBox schema of the `res` payload; published by `npm run protocol:gen`. Omitted: the result is untyped. */
  result?: R;
  /** The scope a caller needs ("any" for every role); there is no default. */
  scope: MethodScope;
  description?: string;
  /**
   * Feature names advertised in `hello-ok.features.capabilities` while this method is registered: upstream
   * clients check them before calling (e.g. "published-model-catalog" for `models.list`).
   */
  capabilities?: readonly string[];
  /** Returns the result (or `rawJson(text)` of an already serialized one, checked against `result` too). */
  handler(params: Static<P>, ctx: MethodContext): Awaitable<Static<R> | RawJson>;
}

/** Declares an event a plugin emits, so `hello-ok.features.events` and scope filtering know it. */
export interface EventSpec<S extends TSchema = TSchema> {
  /** TypeBox schema of the payload; published by `npm run protocol:gen`, checked on emit when result validation is on. */
  payload?: S;
  /** Operators need this scope to receive it; omit (or "any") to deliver to every connection. */
  scope?: OperatorScope | "any";
  /** May be skipped for a slow consumer instead of closing it. */
  droppable?: boolean;
  /** Which `stateVersion` counter this event bumps and carries. */
  stateVersion?: "presence" | "health";
}

export interface EmitOptions {
  /** Deliver only to these connection ids (no `seq`, no scope filter). */
  to?: string | readonly string[];
}

/** A payload (or `rawJson(text)`), or a function that shapes it per protocol generation (called at most once per version). */
export type EventPayload = unknown | ((protocol: ProtocolVersion) => unknown);

export type HttpMethod = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS";

export interface RouteOptions {
  /** "gateway": bearer token or password required (except from local-direct clients when `loopbackOpen`). */
  auth: "gateway" | "public";
  /** With auth "gateway", serve direct loopback clients without credentials. */
  loopbackOpen?: boolean;
}

export interface UpgradeOptions {
  /**
   * Pass upgrades with `Origin: null` (documents in an opaque origin, such as CSP-sandboxed pages) to the
   * handler instead of refusing them; the handler must then prove such a socket came from a page it served.
   * Every other Origin is still checked by the gateway.
   */
  acceptNullOrigin?: boolean;
}

export type { Static, TSchema, MethodScope, OperatorScope, Role, ClientInfo, ProtocolVersion, VerifiedDevice, Logger };
