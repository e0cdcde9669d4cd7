/**
 * Builds the scoped `api` one plugin receives. Every registration is recorded with its undo, so the
 * host can remove all of it when the plugin is disposed, whatever the plugin's own disposer does.
 * Every callback the core will call (handlers, routes, upgrades, hook taps, sections, snapshots) is
 * wrapped to run in the plugin's scope, so what it schedules stays attributed to the plugin.
 */
import type { Connection } from "./connection.js";
import type { EventBus } from "./events.js";
import type { MethodRegistry } from "./methods.js";
import type { RouteRegistry } from "./routes.js";
import type { Contributors, KeyedProviders } from "./contributors.js";
import { createTapRecorder, type TapRecord } from "./hooks.js";
import type { Logger } from "./log.js";
import type { PluginScope } from "./plugin-scope.js";
import type { ConnectionsView, GatewayInfo, PluginApi, PluginDefinition } from "./plugin-types.js";
import type { MethodSpec, TSchema } from "./types.js";
import type { RawJson } from "./rawjson.js";
import { hostError } from "./host-errors.js";

export interface PluginRegistries {
  methods: MethodRegistry;
  routes: RouteRegistry;
  events: EventBus;
  healthSections: Contributors<() => Record<string, unknown>>;
  statusSections: Contributors<() => Record<string, unknown>>;
  snapshots: KeyedProviders<() => unknown[] | RawJson>;
  services: KeyedProviders<() => unknown>;
  connections: ConnectionsView;
  gateway: GatewayInfo;
  stateDir: string;
  healthChanged(): void;
}

/** What the host keeps about one plugin's registrations. */
export interface PluginRecording {
  undo: Array<() => void>;
  taps: TapRecord[];
  /** Set after setup resolves: registrations made later (e.g. from a timer) are refused. */
  sealed: boolean;
}

export function createPluginApi(
  def: PluginDefinition,
  config: unknown,
  log: Logger,
  scope: PluginScope,
  reg: PluginRegistries,
  rec: PluginRecording,
): PluginApi {
  const owner = def.name;
  const { signal } = scope;
  const record = (undo: () => void) => {
    rec.undo.push(undo);
  };
  const guard = (what: string) => {
    if (signal.aborted) throw hostError("OC_ERR_AFTER_DISPOSE", owner, what);
  };
  return Object.freeze({
    name: owner,
    config,
    log,
    stateDir: reg.stateDir,
    signal,
    gateway: reg.gateway,
    connections: reg.connections,
    hooks: createTapRecorder((tap) => {
      guard("hooks.tap");
      if (rec.sealed) throw hostError("OC_ERR_REGISTRATION_AFTER_SETUP", owner);
      rec.taps.push({ ...tap, fn: scope.bind(tap.fn as (ctx: unknown) => unknown) } as TapRecord);
    }),
    registerMethod<P extends TSchema, R extends TSchema>(name: string, spec: MethodSpec<P, R>) {
      guard("registerMethod");
      const scoped = { ...spec, handler: scope.bind(spec.handler) } as unknown as MethodSpec;
      record(reg.methods.register(name, scoped, owner));
    },
    registerRoute(method, path, handler, options) {
      guard("registerRoute");
      record(reg.routes.register(method, path, scope.bind(handler), options, owner));
    },
    registerUpgrade(path, handler, options = {}) {
      guard("registerUpgrade");
      const scoped = scope.bind(handler);
      // The server calls upgrade handlers synchronously from its "upgrade" event: a throw there would
      // escape as an uncaught exception, so it costs this one socket instead.
      const safe: typeof handler = (req, socket, head, url) => {
        try {
          scoped(req, socket, head, url);
        } catch (err) {
          log.warn(`upgrade handler for ${path} failed`, { error: err });
          socket.destroy();
        }
      };
      record(reg.routes.registerUpgrade(path, safe, owner, options));
    },
    declareEvent(name, spec = {}) {
      guard("declareEvent");
      record(reg.events.declare(name, spec, owner));
    },
    emit(event, payload, options) {
      if (signal.aborted) return 0; // a disposed plugin's late timers must not reach clients
      return reg.events.emit(event, payload, options);
    },
    provide<T>(name: string, service: T) {
      guard("provide");
      if (!def.provides?.includes(name)) throw hostError("OC_ERR_UNDECLARED_SERVICE", owner, name, "provides", "providing");
      record(reg.services.set(name, owner, () => service));
    },
    use<T>(name: string): T {
      if (!def.requires?.includes(name)) throw hostError("OC_ERR_UNDECLARED_SERVICE", owner, name, "requires", "using");
      const get = reg.services.get(name);
      if (!get) throw hostError("OC_ERR_UNKNOWN_SERVICE", owner, name);
      return get() as T;
    },
    registerHealth(section) {
      guard("registerHealth");
      record(reg.healthSections.add(owner, scope.bind(section)));
    },
    registerStatus(section) {
      guard("registerStatus");
      record(reg.statusSections.add(owner, scope.bind(section)));
    },
    registerSnapshot(key, provider) {
      guard("registerSnapshot");
      record(reg.snapshots.set(key, owner, scope.bind(provider)));
    },
    healthChanged() {
      if (!signal.aborted) reg.healthChanged();
    },
  } satisfies PluginApi);
}

/** The read-only connection view handed to plugins. */
export function connectionsView(connections: Map<string, Connection>): ConnectionsView {
  return {
    list: () => [...connections.values()].filter((c) => c.state === "open"),
    get: (id) => {
      const c = connections.get(id);
      return c && c.state === "open" ? c : undefined;
    },
    close: (id, code, reason) => {
      const c = connections.get(id);
      if (!c) return false;
      c.close(code, reason);
      return true;
    },
  };
}
