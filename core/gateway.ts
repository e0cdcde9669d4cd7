/**
 * createGateway(): one http.Server, the registries, the plugin host, the timers and the lifecycle.
 * Knows no feature; plugins bring those.
 */
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import type { WebSocketServer, WebSocket } from "ws";
import { ActivityCounter } from "./activity.js";
import { DEFAULT_LIMITS, DEFAULT_TIMINGS, validateResultsFromEnv, withDefaults, type GatewayLimits, type GatewayOptions, type GatewayTimings } from "./gateway-options.js";

export type { GatewayLimits, GatewayOptions, GatewayTimings };
import { Connection } from "./connection.js";
import { EventBus } from "./events.js";
import { MethodRegistry } from "./methods.js";
import { RouteRegistry } from "./routes.js";
import { Contributors, KeyedProviders } from "./contributors.js";
import { HealthService } from "./health.js";
import { PluginHost } from "./plugin-host.js";
import { connectionsView, type PluginRegistries } from "./plugin-api.js";
import { createHooks, notifyHook, runHookAsync, tapCount, type GatewayHooks } from "./hooks.js";
import { createGatewayServer } from "./server.js";
import { payloadJson, type RawJson } from "./rawjson.js";
import { attachSocket, type SocketDeps } from "./socket-handler.js";
import { TurnClock } from "./request-scheduler.js";
import { isLoopbackBind, networkPolicy, type NetworkPolicy } from "./network-policy.js";
import { buildHelloFrame, EncodedText } from "./hello-builder.js";
import { registerCoreMethods } from "./core-methods.js";
import { ConnectChallengePayload, HealthSummary, ShutdownPayload, TickPayload } from "./core-schemas.js";
import { AuthFailureLimiter } from "./auth-limiter.js";
import { createLogger } from "./log.js";
import { guardProcess } from "./process-guard.js";
import { startConfigWatching, type ConfigWatching } from "./config-watching.js";
import type { ClientAddress } from "./client-address.js";
import type { GatewayInfo } from "./plugin-types.js";

export class Gateway {
  readonly methods: MethodRegistry;
  readonly routes = new RouteRegistry();
  readonly connections = new Map<string, Connection>();
  readonly events: EventBus;
  readonly health: HealthService;
  readonly plugins: PluginHost;
  readonly info: GatewayInfo;
  readonly timings: GatewayTimings;
  readonly limits: GatewayLimits;
  private readonly log;
  private readonly wsLog;
  private readonly net: NetworkPolicy;
  private readonly limiter: AuthFailureLimiter;
  private readonly snapshots = new KeyedProviders<() => unknown[] | RawJson>();
  private hooks: GatewayHooks = createHooks();
  private server: Server;
  private wss: WebSocketServer;
  private boundPort = 0;
  private accepting = false;
  private stopping: Promise<void> | null = null;
  private timers: NodeJS.Timeout[] = [];
  private featuresJson: string | null = null;
  /** hello-ok's cached parts, encoded once per change. */
  private readonly helloParts = { features: new EncodedText(), presence: new EncodedText(), health: new EncodedText() };
  private unguard?: () => void;
  private configWatching?: ConfigWatching;
  private socketDeps?: SocketDeps;
  /** What may change `status` (see ActivityCounter). */
  private readonly activity = new ActivityCounter();
  private readonly healthSections: Contributors<() => Record<string, unknown>>;
  private readonly statusSections: Contributors<() => Record<string, unknown>>;

  constructor(private readonly options: GatewayOptions) {
    this.timings = withDefaults(DEFAULT_TIMINGS, options.timings);
    this.limits = withDefaults(DEFAULT_LIMITS, options.limits);
    this.log = createLogger(options.logSink, "gateway");
    this.limiter = new AuthFailureLimiter(options.limiter);
    this.wsLog = this.log.child("ws");
    this.net = networkPolicy(this.limits, this.timings, this.wsLog);
    const validateResults = options.validateResults ?? validateResultsFromEnv();
    this.methods = new MethodRegistry({ validateResults });
    this.events = new EventBus(() => this.connections.values(), (id) => this.connections.get(id), { validatePayloads: validateResults, log: this.log, activity: this.activity });
    const invalidateFeatures = () => {
      this.featuresJson = null;
    };
    this.methods.onChange(invalidateFeatures);
    this.events.onChange(invalidateFeatures);
    const healthSections = (this.healthSections = new Contributors<() => Record<string, unknown>>());
    const statusSections = (this.statusSections = new Contributors<() => Record<string, unknown>>());
    const self = this;
    this.info = {
      version: options.version,
      host: options.host,
      get port() {
        return self.boundPort || options.port;
      },
      get httpUrl() {
        const h = options.host.includes(":") ? `[${options.host}]` : options.host;
        return `http://${h === "0.0.0.0" || h === "[::]" ? "127.0.0.1" : h}:${self.boundPort || options.port}`;
      },
      authMode: options.auth().mode,
      stateDir: options.stateDir,
      configPath: options.configPath,
      startedAtMs: Date.now(),
    };
    const registries: PluginRegistries = {
      methods: this.methods,
      routes: this.routes,
      events: this.events,
      healthSections,
      statusSections,
      snapshots: this.snapshots,
      services: new KeyedProviders<() => unknown>(),
      connections: connectionsView(this.connections),
      gateway: this.info,
      stateDir: options.stateDir,
      healthChanged: () => {
        this.activity.bump();
        // As for state changes below: before clients can connect there is nobody to broadcast to.
        if (this.accepting) this.health.changed();
        else this.health.invalidate();
      },
    };
    this.plugins = new PluginHost({
      registries,
      log: this.log.child("plugins"),
      logger: (name) => createLogger(options.logSink, name),
      onHooksChanged: (hooks) => {
        this.hooks = hooks;
      },
      // Before clients can connect there is nobody to broadcast to: only drop the cached summary.
      onStateChanged: () => {
        this.activity.bump();
        if (this.accepting) this.health.changed();
        else this.health.invalidate();
      },
    });
    this.health = new HealthService({
      sections: healthSections,
      plugins: () => this.plugins.list(),
      events: this.events,
      log: this.log,
      refreshIntervalMs: this.timings.healthRefreshMs,
    });
    for (const [name, spec] of [
      ["connect.challenge", { payload: ConnectChallengePayload }],
      ["tick", { payload: TickPayload }],
      ["shutdown", { payload: ShutdownPayload }],
      ["health", { stateVersion: "health", payload: HealthSummary }],
    ] as const) this.events.declare(name, spec, "core");
    registerCoreMethods({
      methods: this.methods,
      routes: this.routes,
      health: this.health,
      plugins: this.plugins,
      statusSections,
      gateway: this.info,
      connections: this.connections,
      logSink: options.logSink,
      pluginEntries: options.plugins,
      ready: () => this.accepting,
      activity: this.activity,
    });
    ({ server: this.server, wss: this.wss } = createGatewayServer({
      routes: this.routes,
      log: this.log.child("http"),
      authSettings: options.auth,
      limiter: this.limiter,
      trustedProxies: options.trustedProxies ?? (() => []),
      allowedOrigins: options.allowedOrigins ?? (() => []),
      loopbackBind: isLoopbackBind(options.host),
      sockets: this.net.httpSockets,
      onGatewaySocket: (ws, address, origin) => this.acceptSocket(ws, address, origin),
    }));
  }

  /** Adds a core section to `health` (e.g. config reload state); returns its remover. */
  addCoreHealthSection(section: () => Record<string, unknown>): () => void {
    return this.healthSections.add("core", section);
  }

  addCoreStatusSection(section: () => Record<string, unknown>): () => void {
    return this.statusSections.add("core", section);
  }

  /** Closes every open connection matching `predicate`; returns how many. */
  closeWhere(predicate: (conn: Connection) => boolean, code: number, reason: string): number {
    let n = 0;
    for (const conn of this.connections.values()) {
      if (conn.state === "open" && predicate(conn)) {
        conn.close(code, reason);
        n += 1;
      }
    }
    return n;
  }

  get port(): number {
    return this.boundPort;
  }

  get url(): string {
    return this.info.httpUrl.replace(/^http/, "ws");
  }

  /** Sets up plugins, then listens. Rejects with the listen error (e.g. EADDRINUSE). */
  async start(): Promise<void> {
    // Before plugin setup, so a stray timer of a plugin still setting up fails that setup.
    if (this.options.guardProcess) this.unguard ??= guardProcess({ plugins: this.plugins, log: this.log, listening: () => this.boundPort !== 0 });
    await this.plugins.start(this.options.plugins, this.options.config);
    await new Promise<void>((resolve, reject) => {
      const onError = (err: Error) => reject(err);
      this.server.once("error", onError);
      this.server.listen(this.options.port, this.options.host, () => {
        this.server.off("error", onError);
        resolve();
      });
    });
    this.boundPort = (this.server.address() as AddressInfo).port;
    this.server.on("error", (err) => this.log.error("server error", { error: err }));
    this.accepting = true;
    this.health.start();
    const tick = setInterval(() => this.events.emit("tick", { ts: Date.now() }), this.timings.tickIntervalMs);
    const ping = setInterval(() => this.pingAll(), this.timings.pingIntervalMs);
    for (const t of [tick, ping]) t.unref();
    this.timers.push(tick, ping);
    if (this.options.watchConfig) await this.watchConfig(this.options.watchConfig === true ? {} : this.options.watchConfig);
  }

  /** The reload state while `watchConfig` is on (also in health and status as `configReload`). */
  get configReload(): ConfigWatching["state"] | undefined {
    return this.configWatching?.state;
  }

  private async watchConfig(options: Exclude<GatewayOptions["watchConfig"], boolean | undefined>): Promise<void> {
    const o = this.options;
    this.configWatching = await startConfigWatching(options, {
      configPath: o.configPath, config: o.config, plugins: o.plugins, host: o.host, port: this.boundPort, auth: o.auth,
      gateway: this, sink: o.logSink, log: this.log.child("config"),
    });
  }

  /**
   * Stops: `shutdown` to every client, close 1012, onShutdown hooks, plugin disposal, listener close.
   * Hooks and disposal are bounded; the caller decides what to do when that bound is hit.
   */
  stop(reason = "gateway stopping", restartExpectedMs: number | null = null): Promise<void> {
    // The process guard goes last, even when stopping fails: Node's own handling applies again after.
    this.stopping ??= this.doStop(reason, restartExpectedMs).finally(() => this.unguard?.());
    return this.stopping;
  }

  private async doStop(reason: string, restartExpectedMs: number | null): Promise<void> {
    this.accepting = false;
    await this.configWatching?.close(); // no reload may start on a gateway that is going away
    for (const t of this.timers) clearInterval(t);
    this.health.stop();
    this.events.emit("shutdown", { reason, restartExpectedMs });
    // Let each close handshake finish (so queued frames, the shutdown event and the 1012 reach the
    // client) while onShutdown hooks run; both bounded, then anything left is terminated below.
    const closed = [...this.connections.values()].map(
      (conn) => new Promise<void>((resolve) => (conn.state === "closed" ? resolve() : conn.ws.once("close", () => resolve()))),
    );
    for (const conn of this.connections.values()) conn.close(1012, "service restart");
    const bounded = (p: Promise<unknown>) => Promise.race([p, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
    const hooks = this.hooks;
    await Promise.all([
      bounded(Promise.all(closed)),
      tapCount(hooks, "onShutdown") > 0
        ? bounded(runHookAsync(hooks, "onShutdown", { reason, restartExpectedMs }).catch((err: unknown) => this.log.warn("an onShutdown hook failed", { error: err })))
        : undefined,
    ]);
    await this.plugins.stop();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
      for (const conn of this.connections.values()) conn.ws.terminate();
    });
    this.wss.close();
  }

  private acceptSocket(ws: WebSocket, address: ClientAddress, origin: string | undefined): void {
    if (!this.accepting) {
      ws.close(1012, "service restart");
      return;
    }
    this.socketDeps ??= this.createSocketDeps();
    attachSocket(new Connection(ws, address, origin, this.net.sendBudget), this.socketDeps);
  }

  /** One deps object shared by every socket (no per-connection closures). */
  private createSocketDeps(): SocketDeps {
    return {
      log: this.wsLog,
      methods: this.methods,
      activity: this.activity,
      hooks: () => this.hooks,
      authSettings: this.options.auth,
      limiter: this.limiter,
      accepting: () => this.accepting,
      handshakeTimeoutMs: this.timings.handshakeTimeoutMs,
      requestLimits: this.net.requests,
      turnClock: new TurnClock(),
      helloFrame: (c, requestId, helloAuth, surfaces) => {
        this.activity.bump(); // the connection is about to count as open
        return this.helloFrame(c, requestId, helloAuth, surfaces);
      },
      onOpen: (c) => this.connections.set(c.id, c),
      onClosed: (c, code, reason, wasOpen) => {
        this.activity.bump();
        this.connections.delete(c.id);
        if (!wasOpen || !this.accepting) return;
        const hooks = this.hooks;
        notifyHook(hooks, "onDisconnect", { conn: c, code, reason }, (err) => this.log.warn("an onDisconnect hook failed", { error: err }));
      },
    };
  }

  private pingAll(): void {
    for (const conn of this.connections.values()) {
      if (!conn.alive) {
        conn.ws.terminate();
        continue;
      }
      conn.alive = false;
      try {
        conn.ws.ping();
      } catch {
        conn.ws.terminate();
      }
    }
  }

  private helloFrame(conn: Connection, requestId: string, helloAuth: Record<string, unknown>, surfaces: Record<string, string>): Buffer {
    this.featuresJson ??= JSON.stringify({ methods: this.methods.names(), events: this.events.names(), capabilities: this.methods.capabilities() });
    const presence = this.snapshots.get("presence");
    return buildHelloFrame(conn, requestId, {
      version: this.info.version,
      features: this.helloParts.features.of(this.featuresJson),
      presence: this.helloParts.presence.of(presence ? payloadJson(presence()) : "[]"),
      health: this.helloParts.health.of(this.health.json()),
      stateVersion: this.events.stateVersion,
      uptimeMs: Date.now() - this.info.startedAtMs,
      configPath: this.info.configPath,
      stateDir: this.info.stateDir,
      authMode: this.options.auth().mode,
      policyJson: this.net.helloPolicyJson,
    }, helloAuth, surfaces);
  }
}

export function createGateway(options: GatewayOptions): Gateway {
  return new Gateway(options);
}

